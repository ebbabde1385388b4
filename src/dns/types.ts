// The observation contract: what plan, audit and live rules read from DNS or from a zone file.
// Every outcome is data; DNS faults never throw.

/** "SPF" is RR type 99 (RFC 7208 §3.1, §14.1: deprecated); maildns only asks for it to warn about it. */
export type RRType = "MX" | "TXT" | "CNAME" | "SRV" | "A" | "AAAA" | "NS" | "SOA" | "SPF";

export const RR_TYPES: readonly RRType[] = ["MX", "TXT", "CNAME", "SRV", "A", "AAAA", "NS", "SOA", "SPF"];

/** Identifies one RRset: an owner name (FQDN, lower case, no trailing dot) and a type. */
export interface RRsetKey {
  name: string;
  type: RRType;
}

/**
 * "budget": not asked, the per-domain question budget was spent (plan/budget.ts). "outside-zones": not asked,
 * zone files were read instead of DNS and none of them holds the name (no server refused anything).
 */
export type FailureReason = "timeout" | "servfail" | "refused" | "malformed" | "network" | "truncated" | "budget" | "outside-zones";

export interface ObservedRRset {
  /** FQDN, lower case, no trailing dot. */
  name: string;
  type: RRType;
  status: "ok" | "nxdomain" | "nodata" | "failed";
  /** Min TTL of the RRset when ok. */
  ttl: number | null;
  /**
   * Presentation form, sorted: MX "1 mx0.mail.ovh.net.", TXT = character-strings joined with no separator
   * (RFC 7208 §3.3), CNAME "target.", SRV "0 0 993 ssl0.ovh.net.", A "192.0.2.1"; host names lower case with
   * a trailing dot.
   */
  values: string[];
  /** TXT only: the character-strings of each record, in the same order as values. */
  strings?: string[][];
  /** The first alias target ("target.") when the answer went through a CNAME at `name`. */
  cname?: string;
  /**
   * That CNAME's own TTL, when the answer carried it: with it, the alias at `name` is known in full from one
   * question of another type (a DKIM selector's TXT answer says a CNAME sits there, and which).
   */
  cnameTtl?: number;
  failure?: { reason: FailureReason; detail: string; server?: string };
}

/** Why a failed answer failed: its own failure, or a network one when a source gave none. */
export function failureOf(rrset: ObservedRRset): NonNullable<ObservedRRset["failure"]> {
  return rrset.failure ?? { reason: "network", detail: "lookup failed" };
}

export interface RecordSource {
  lookup(name: string, type: RRType): Promise<ObservedRRset>;
  close?(): Promise<void> | void;
}

export interface ServerAddress {
  host: string;
  port: number;
}

/**
 * One resource record from a zone file (or added by hand to a test zone).
 * `value` uses the same presentation form as ObservedRRset.values; types maildns does not interpret
 * (CAA, PTR...) keep their RDATA tokens joined by one space.
 */
export interface ZoneRecord {
  /** FQDN, lower case, no trailing dot ("" for the root). */
  name: string;
  /** Upper-case mnemonic ("MX", "TXT", "CAA", "TYPE65"...). */
  type: string;
  ttl: number;
  value: string;
  /** TXT/SPF: the character-strings as written. */
  strings?: string[];
  file?: string;
  line?: number;
}

export interface ZoneFileError {
  line: number;
  column: number;
  message: string;
  /** The included file the error is in, when it is not the file parsed ($INCLUDE). */
  file?: string;
  /** "no-origin": a relative name or "@" in a file whose zone is not known (the caller asks for --origin). */
  code?: "no-origin";
}

export function isRRType(type: string): type is RRType {
  return (RR_TYPES as readonly string[]).includes(type);
}
