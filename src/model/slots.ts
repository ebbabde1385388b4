// Records as any DNS host serves them, and the slot each one fills. A slot is the identity of one managed
// record: the apex SPF TXT, the `_dmarc` TXT, one DKIM selector, one MX host, one SRV target of an owner,
// one CNAME owner, `_mta-sts` and `_smtp._tls`. Identity by slot, never by value, is what lets an apply
// edit a value in place: a new SPF text is the same slot with another value, so no moment ever has the
// old and the new record side by side (RFC 7208 §3.2, RFC 7489 §6.6.3). Pure; no provider knows more.
import { absoluteHost, desiredRecords, type DesiredRRset } from "./records.js";
import type { DomainModel, Path } from "./types.js";
import { looksLikeDmarc, looksLikeSpf } from "./txt-version.js";

/** One DNS record in presentation form, whoever hosts it. */
export interface ZoneRecord {
  /** FQDN, lower case, no trailing dot. */
  name: string;
  /** Owner relative to the zone ("" for the apex). */
  subdomain: string;
  /** "MX", "TXT", "CNAME", "SRV" (what DNS serves; a host's own pseudo-types are its business). */
  type: string;
  /** MX "1 mx0.mail.ovh.net.", TXT the whole text (strings joined), CNAME "target.", SRV "0 1 993 ssl0.ovh.net.". */
  value: string;
  /** Seconds; null when not known. */
  ttl: number | null;
}

export type SlotRole = DesiredRRset["role"];

/** A record the domain file asks for, with its slot. */
export interface SlotRecord extends ZoneRecord {
  slot: string;
  role: SlotRole;
  ttl: number;
  file: string | null;
  path: Path;
}

/**
 * Live records that stay where they are, as the slot records the gates compare a zone's end state with: when
 * a zone's own records are deleted and the others stay, what stays is the "desired" side. Records outside
 * every slot are left out (no gate reads them); no file asks for these, so `file` is null.
 */
export function standingSlotRecords(records: readonly ZoneRecord[]): SlotRecord[] {
  const standing: SlotRecord[] = [];
  for (const record of records) {
    const slot = slotOf(record);
    if (slot) standing.push({ ...record, ...slot, ttl: record.ttl ?? 0, file: null, path: [] });
  }
  return standing;
}

/** "spf" or "dmarc" for a TXT that is one (the two kinds a name must never hold twice), else null. */
export function policyKind(record: Pick<ZoneRecord, "type" | "value">): "spf" | "dmarc" | null {
  if (record.type !== "TXT") return null;
  // The generous readings (txt-version.ts): a near-record is replaced, never left beside a new one.
  if (looksLikeSpf(record.value)) return "spf";
  if (looksLikeDmarc(record.value)) return "dmarc";
  return null;
}

function lastField(value: string): string {
  const fields = value.trim().split(/\s+/);
  return absoluteHost(fields[fields.length - 1] ?? ".");
}

/** The DKIM selector of an owner such as `s1._domainkey`, or null. */
export function selectorOf(subdomain: string): string | null {
  const match = /^(.+)\._domainkey$/i.exec(subdomain);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The slot a record at this owner fills, or null when maildns does not manage it (an apex TXT that is not
 * SPF, such as a verification token, is never touched). Which owners are looked at at all is up to the
 * caller (the listing or the observation decides); this only names the slot.
 */
export function slotOf(record: Pick<ZoneRecord, "subdomain" | "type" | "value">): { slot: string; role: SlotRole } | null {
  const owner = record.subdomain.toLowerCase();
  const type = record.type.toUpperCase();
  if (owner === "" && type === "MX") return { slot: `mx:${lastField(record.value)}`, role: "mx" };
  if (owner === "" && type === "TXT") return looksLikeSpf(record.value) ? { slot: "spf", role: "spf" } : null;
  if (owner === "_dmarc" && type === "TXT") return { slot: "dmarc", role: "dmarc" };
  const selector = selectorOf(owner);
  if (selector !== null && (type === "TXT" || type === "CNAME")) return { slot: `dkim:${selector}`, role: "dkim" };
  if (owner === "_mta-sts" && type === "TXT") return { slot: "mta-sts", role: "mta-sts" };
  if (owner === "_smtp._tls" && type === "TXT") return { slot: "tls-rpt", role: "tls-rpt" };
  if (type === "SRV") return { slot: `srv:${owner}:${lastField(record.value)}`, role: "srv" };
  if (type === "CNAME" && owner !== "") return { slot: `cname:${owner}`, role: "cname" };
  return null;
}

/** Every record the file asks for, one per slot, sorted by slot. */
export function desiredSlotRecords(domain: DomainModel, rrsets: readonly DesiredRRset[] = desiredRecords(domain)): SlotRecord[] {
  const bySlot = new Map<string, SlotRecord>();
  for (const rrset of rrsets) {
    for (const value of rrset.values) {
      const found = slotOf({ subdomain: rrset.subdomain, type: rrset.type, value });
      // An SPF-looking apex TXT is the only managed apex TXT; a non-SPF text written as `spf:` still
      // fills the SPF slot, so a typo never becomes a second, unmanaged record.
      const base = found?.slot ?? rrset.role;
      let slot = base;
      // The same MX host twice (two priorities): a second slot, numbered by the sorted values.
      for (let n = 2; bySlot.has(slot); n++) slot = `${base}#${n}`;
      bySlot.set(slot, {
        name: rrset.name,
        subdomain: rrset.subdomain.toLowerCase(),
        type: rrset.type,
        value,
        ttl: rrset.ttl,
        slot,
        role: rrset.role,
        file: domain.file,
        path: rrset.path,
      });
    }
  }
  return [...bySlot.values()].sort((a, b) => (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0));
}

/** `@` for the apex, the owner otherwise: how slots and records are named in messages. */
export function ownerLabel(subdomain: string): string {
  return subdomain === "" ? "@" : subdomain;
}
