// Desired records in the form OVH's zone API keeps stable (rules.md §2.3, §2.4), their stable Pulumi
// resource names, and the comparison that decides whether a live OVH record is "the same" record.
import { createHash } from "node:crypto";
import { desiredRecords, type DesiredRRset } from "../model/records.js";
import type { DomainModel, Path } from "../model/types.js";

/** A record as OVH's API returns it (`GET /domain/zone/{zone}/record/{id}`, rules.md §2.2). */
export interface OvhLiveRecord {
  id: number;
  zone: string;
  subDomain: string;
  fieldType: string;
  target: string;
  ttl: number;
}

/** One `ovh.domain.ZoneRecord` to declare: exactly the inputs the resource gets. */
export interface OvhZoneRecord {
  /** Stable Pulumi resource name, derived from the record's content, never its position in the YAML. */
  name: string;
  zone: string;
  /** "" for the apex (PULUMI-REC: subdomain may be empty). */
  subdomain: string;
  /** Always TXT for SPF/DKIM/DMARC: OVH's SPF/DKIM/DMARC pseudo-types are read-only and quoting-sensitive (DNSC). */
  fieldtype: "MX" | "TXT" | "CNAME" | "SRV";
  target: string;
  /** 0 = the zone default; otherwise ≥ 60 (TF-REC validation). */
  ttl: number;
  role: DesiredRRset["role"];
  file: string | null;
  path: Path;
}

/** A desired record OVH's API would refuse or mangle; the program fails on these rather than apply half. */
export class OvhRecordError extends Error {
  override name = "OvhRecordError";
}

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);

/** OVH's API wraps TXT targets in one pair of double quotes on write (TF-REC dd234d78): send them that way. */
export function quoteTxt(text: string): string {
  return `"${text}"`;
}

/**
 * The text of a TXT target as OVH returns it: one pair of outer quotes stripped, and character-strings
 * joined when the API answers with several (`"a" "b"`), since a TXT value is their concatenation
 * (RFC 7208 §3.3). Embedded quotes are not unescaped: OVH does not support them (DNSC auditrecords).
 */
export function unquoteTxt(target: string): string {
  const trimmed = target.trim();
  const strings = trimmed.match(/^"(?:[^"\\]|\\.)*"(?:\s+"(?:[^"\\]|\\.)*")*$/);
  if (!strings) return trimmed;
  return [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? "").join("");
}

function normaliseHostField(field: string): string {
  const lower = field.toLowerCase();
  return lower === "." || lower.endsWith(".") ? lower : `${lower}.`;
}

/**
 * The form two targets are compared in. TXT text stays case-sensitive (DKIM `p=` is base64, RFC 6376
 * §3.6.1), only OVH's outer quotes go; MX/SRV/CNAME host names compare without case and with one
 * trailing dot (RFC 4343), numbers as numbers.
 */
export function comparableTarget(fieldType: string, target: string): string {
  const type = fieldType.toUpperCase();
  if (TXT_FAMILY.has(type)) return unquoteTxt(target);
  const fields = target.trim().split(/\s+/);
  if (type === "MX" && fields.length === 2) return `${Number(fields[0])} ${normaliseHostField(fields[1]!)}`;
  if (type === "SRV" && fields.length === 4) {
    return `${fields.slice(0, 3).map(Number).join(" ")} ${normaliseHostField(fields[3]!)}`;
  }
  if (type === "CNAME" && fields.length === 1) return normaliseHostField(fields[0]!);
  return fields.join(" ").toLowerCase();
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/** `${zone}/${subdomain||"@"}/${type}/${hash}`: the same record keeps its name whatever the YAML order. */
export function recordName(zone: string, subdomain: string, fieldtype: string, target: string): string {
  return `${zone}/${subdomain === "" ? "@" : subdomain}/${fieldtype}/${shortHash(comparableTarget(fieldtype, target))}`;
}

function checkTtl(rrset: DesiredRRset, domain: DomainModel): number {
  // TF-REC validation and MGR: 0 means the zone default, any other TTL must be at least 60.
  if (!Number.isInteger(rrset.ttl) || rrset.ttl < 0 || (rrset.ttl > 0 && rrset.ttl < 60)) {
    throw new OvhRecordError(
      `${domain.file ?? domain.domain}: ${rrset.type} ${rrset.name} has TTL ${rrset.ttl}; OVH accepts 0 (zone default) or 60 and more [ttl-below-ovh-min]`,
    );
  }
  return rrset.ttl;
}

function checkTxt(text: string, rrset: DesiredRRset, domain: DomainModel): void {
  // DNSC auditrecords: OVH's API mangles TXT values holding `"` or `\`.
  if (/["\\]/.test(text)) {
    throw new OvhRecordError(
      `${domain.file ?? domain.domain}: TXT ${rrset.name} contains a double quote or backslash, which OVH's API does not keep [txt-ovh-embedded-quote]`,
    );
  }
}

/** One OVH record per desired value (an MX RRset of 5 hosts gives 5 records), sorted by resource name. */
export function ovhRecordsFor(domain: DomainModel): OvhZoneRecord[] {
  const zone = domain.domain.toLowerCase();
  const records = new Map<string, OvhZoneRecord>();
  for (const rrset of desiredRecords(domain)) {
    const ttl = checkTtl(rrset, domain);
    for (const value of rrset.values) {
      let target = value;
      if (rrset.type === "TXT") {
        checkTxt(value, rrset, domain);
        target = quoteTxt(value);
      } else {
        target = comparableTarget(rrset.type, value);
      }
      const name = recordName(zone, rrset.subdomain, rrset.type, target);
      // Two identical values in one RRset are one DNS record (RFC 2181 §5): declare it once.
      if (records.has(name)) continue;
      records.set(name, {
        name,
        zone,
        subdomain: rrset.subdomain.toLowerCase(),
        fieldtype: rrset.type,
        target,
        ttl,
        role: rrset.role,
        file: domain.file,
        path: rrset.path,
      });
    }
  }
  return [...records.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Where a managed record may live: an owner and the OVH field types to list there. */
export interface ManagedQuery {
  subDomain: string;
  fieldTypes: string[];
}

/**
 * The (subdomain, fieldType) pairs whose records maildns manages in a zone. The mail RRsets (apex MX and
 * SPF, `_dmarc`) are always listed, even when the YAML dropped them, so a removal shows up as deletions.
 * OVH's pseudo-types are listed too: a live SPF/DKIM/DMARC record is replaced by a TXT (rules.md §2.3).
 */
export function managedQueries(desired: readonly OvhZoneRecord[]): ManagedQuery[] {
  const byOwner = new Map<string, Set<string>>([
    ["", new Set(["MX", "TXT", "SPF"])],
    ["_dmarc", new Set(["TXT", "DMARC"])],
  ]);
  const add = (owner: string, ...types: string[]) => {
    const set = byOwner.get(owner) ?? new Set<string>();
    for (const type of types) set.add(type);
    byOwner.set(owner, set);
  };
  for (const record of desired) {
    // A DKIM selector may move between a key TXT and OVH's CNAME delegation: list both forms.
    if (record.role === "dkim") add(record.subdomain, "TXT", "DKIM", "CNAME");
    else add(record.subdomain, record.fieldtype);
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subDomain, types]) => ({ subDomain, fieldTypes: [...types].sort() }));
}

/** Live records maildns owns: at the apex only SPF-looking TXT (other TXT, e.g. verification tokens, are never touched). */
export function isManagedLive(record: OvhLiveRecord): boolean {
  const type = record.fieldType.toUpperCase();
  if (record.subDomain === "" && (type === "TXT" || type === "SPF")) {
    return /^v=spf1(\s|$)/i.test(unquoteTxt(record.target));
  }
  return true;
}

export function describeLive(record: OvhLiveRecord): string {
  return `${record.fieldType} ${record.subDomain === "" ? "@" : record.subDomain} ${record.target} (id ${record.id}, ttl ${record.ttl})`;
}

export function describeDesired(record: OvhZoneRecord): string {
  return `${record.fieldtype} ${record.subdomain === "" ? "@" : record.subdomain} ${record.target} (ttl ${record.ttl})`;
}
