// Records in the form OVH's zone API keeps stable (TF-REC, DNSC), and back: SPF, DKIM and DMARC always as
// TXT in one pair of quotes (never OVH's read-only SPF/DKIM/DMARC pseudo-types), host names lower case with
// a trailing dot, MX as `1 mx0.mail.ovh.net.`, SRV as `0 1 993 ssl0.ovh.net.`, `""` for the apex, TTL 0
// (the zone default) or at least 60.
import { asciiLowerCase } from "../../model/dns-case.js";
import { createHash } from "node:crypto";
import { ownerLabel, type SlotRecord } from "../../model/slots.js";
import { looksLikeSpf } from "../../model/txt-version.js";
import type { LiveSlotRecord } from "../../model/operations.js";
import { HostRecordError, type HostRecord, type LiveHostRecord } from "../types.js";
import { OVH_MIN_TTL, OVH_PSEUDO_TYPES, OVH_TXT_FORBIDDEN, ovhTtlAccepted } from "./limits.js";

/** A record as OVH's API returns it (`GET /domain/zone/{zone}/record/{id}`). */
export interface OvhLiveRecord {
  id: number;
  zone: string;
  subDomain: string;
  fieldType: string;
  target: string;
  ttl: number;
}

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);

/** OVH's API wraps TXT targets in one pair of double quotes on write (TF-REC dd234d78): send them that way. */
export function quoteTxt(text: string): string {
  return `"${text}"`;
}

/**
 * The text of a TXT target as OVH returns it: one pair of outer quotes stripped, and character-strings
 * joined when the API answers with several (`"a" "b"`, or `"a""b"` with no space, which a zone file reads
 * as two strings as well), since a TXT value is their concatenation (RFC 7208 §3.3). Read as one string,
 * `"v=spf1 ""include:…"` is not SPF, and the apply would create a second SPF record beside it. Embedded
 * quotes are not unescaped: OVH does not support them (DNSC auditrecords).
 */
export function unquoteTxt(target: string): string {
  const trimmed = target.trim();
  const strings = trimmed.match(/^"(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*$/);
  if (!strings) return trimmed;
  return [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? "").join("");
}

function normaliseHostField(field: string): string {
  const lower = asciiLowerCase(field);
  return lower === "." || lower.endsWith(".") ? lower : `${lower}.`;
}

/**
 * The form two targets are compared in. TXT text stays case-sensitive (DKIM `p=` is base64, RFC 6376
 * §3.6.1), only OVH's outer quotes go; MX/SRV/CNAME host names compare without the case of A-Z and with one
 * trailing dot (RFC 4343 §3, model/dns-case.ts), numbers as numbers.
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
  return asciiLowerCase(fields.join(" "));
}

/**
 * The resource name maildns gave a record before names followed slots: zone, owner, type and a hash of
 * the value. Kept to explain (and test) what a stack created then holds; the state itself says which old
 * name holds which record, and the program aliases it.
 */
export function legacyRecordName(zone: string, subdomain: string, fieldtype: string, target: string): string {
  const hash = createHash("sha256").update(comparableTarget(fieldtype, target)).digest("hex").slice(0, 8);
  return `${zone}/${ownerLabel(subdomain)}/${fieldtype}/${hash}`;
}

function where(record: SlotRecord, zone: string): string {
  return record.file ?? zone;
}

/** The desired record in OVH's form; throws HostRecordError for what OVH would refuse or mangle. */
export function ovhHostRecord(record: SlotRecord, zone: string): HostRecord {
  if (!ovhTtlAccepted(record.ttl)) {
    throw new HostRecordError(
      `${where(record, zone)}: ${record.type} ${record.name} has TTL ${record.ttl}; OVH accepts 0 (zone default) or ${OVH_MIN_TTL} and more [ttl-below-ovh-min]`,
    );
  }
  let target: string;
  if (record.type === "TXT") {
    if (OVH_TXT_FORBIDDEN.test(record.value)) {
      throw new HostRecordError(
        `${where(record, zone)}: TXT ${record.name} contains a double quote or backslash, which OVH's API does not keep [txt-ovh-embedded-quote]`,
      );
    }
    target = quoteTxt(record.value);
  } else {
    target = comparableTarget(record.type, record.value);
  }
  return { slot: record.slot, zone, subdomain: record.subdomain, type: record.type, target, ttl: record.ttl, file: record.file };
}

export function fromOvhLive(record: OvhLiveRecord): LiveHostRecord {
  return { id: String(record.id), zone: record.zone, subdomain: record.subDomain, type: record.fieldType, target: record.target, ttl: record.ttl };
}

/** A live OVH record as DNS serves it: pseudo-types are TXT, and only a delete can change them. */
export function ovhLiveSlot(record: LiveHostRecord): LiveSlotRecord {
  const type = record.type.toUpperCase();
  const pseudo = OVH_PSEUDO_TYPES.has(type);
  const servedType = pseudo ? "TXT" : type;
  const subdomain = record.subdomain.toLowerCase();
  const zone = record.zone.toLowerCase();
  const live: LiveSlotRecord = {
    key: record.id,
    name: subdomain === "" ? zone : `${subdomain}.${zone}`,
    subdomain,
    type: servedType,
    value: comparableTarget(type, record.target),
    ttl: record.ttl,
  };
  if (pseudo) live.replaceOnly = true;
  return live;
}

/** `<recordId>.<zone>`, split by OVH's provider at the first dot (TF-REC import). */
export function ovhImportId(record: LiveHostRecord): string {
  return `${record.id}.${record.zone.toLowerCase()}`;
}

/** Exactly the inputs of `ovh.domain.ZoneRecord`. */
export function ovhInputs(record: HostRecord | LiveHostRecord): Record<string, string | number> {
  return { zone: record.zone, subdomain: record.subdomain, fieldtype: record.type, target: record.target, ttl: record.ttl };
}

/** Where a managed record may live: an owner and the OVH field types to list there. */
export interface ManagedQuery {
  subDomain: string;
  fieldTypes: string[];
}

/**
 * The (subdomain, fieldType) pairs whose records maildns manages in a zone. The mail owners (apex MX and
 * SPF, `_dmarc`) are always listed, even when the file dropped them, so a removal is seen; so is every DKIM
 * selector the zone publishes (`extraOwners`, from its export), so a selector the file dropped is seen too.
 * OVH's pseudo-types are listed: a live SPF/DKIM/DMARC record is replaced by a TXT.
 */
export function managedQueries(desired: readonly HostRecord[], extraOwners: readonly string[] = []): ManagedQuery[] {
  const byOwner = new Map<string, Set<string>>([
    ["", new Set(["MX", "TXT", "SPF"])],
    ["_dmarc", new Set(["TXT", "DMARC"])],
  ]);
  const add = (owner: string, ...types: string[]) => {
    const set = byOwner.get(owner) ?? new Set<string>();
    for (const type of types) set.add(type);
    byOwner.set(owner, set);
  };
  const dkimOwner = (owner: string) => /\._domainkey$/i.test(owner);
  for (const record of desired) {
    // A DKIM selector may move between a key TXT and OVH's CNAME delegation: list both forms.
    if (dkimOwner(record.subdomain)) add(record.subdomain, "TXT", "DKIM", "CNAME");
    // DMARC may move between a record and a CNAME delegation to a provider's: when the file declares either
    // at `_dmarc`, list both forms, so the apply replaces the other one and the loosen-dmarc gate sees it.
    else if (record.subdomain.toLowerCase() === "_dmarc") add("_dmarc", "TXT", "DMARC", "CNAME");
    // Any other owner (`_mta-sts`, `_smtp._tls`, an SRV's, a CNAME entry's): a CNAME there too, since a
    // CNAME tolerates no other record at its name (RFC 1034 §3.6.2). Unlisted, a delegation of TLS-RPT or
    // MTA-STS to a provider by CNAME stayed beside the TXT the file writes there.
    else if (record.subdomain !== "") add(record.subdomain, record.type, "CNAME");
  }
  for (const owner of extraOwners) if (dkimOwner(owner)) add(owner.toLowerCase(), "TXT", "DKIM", "CNAME");
  return [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subDomain, types]) => ({ subDomain, fieldTypes: [...types].sort() }));
}

/** Live records maildns owns: at the apex only SPF-looking TXT (other TXT, e.g. verification tokens, are never touched). */
export function isManagedLive(record: Pick<LiveHostRecord, "subdomain" | "type" | "target">): boolean {
  const type = record.type.toUpperCase();
  if (record.subdomain === "" && (type === "TXT" || type === "SPF")) {
    // The SPF slot's reading (model/slots.ts): a near-record is managed, so it is replaced, not left beside.
    return looksLikeSpf(unquoteTxt(record.target));
  }
  return true;
}
