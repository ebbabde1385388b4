// Presentation form of record data, identical whether it came off the wire or out of a zone file, so
// plan can compare desired and observed values as strings.
import { isIP } from "node:net";
import type { Answer } from "dns-packet";
import { absoluteName } from "./names.js";
import type { ObservedRRset, RRType } from "./types.js";

export interface PresentedRecord {
  value: string;
  strings?: string[];
  ttl: number;
}

/** The canonical text of an IPv6 address (RFC 5952 §4), via the URL parser's serialiser. */
export function canonicalIPv6(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}

function txtStrings(data: unknown): string[] {
  const parts = Array.isArray(data) ? data : [data];
  // TXT character-strings are octets; UTF-8 is how mail DNS text is written in practice.
  return parts.map((p) => (Buffer.isBuffer(p) ? p.toString("utf8") : String(p)));
}

/** The presentation value of one decoded answer, or null for types maildns does not observe. */
export function presentAnswer(answer: Answer): PresentedRecord | null {
  const ttl = "ttl" in answer && typeof answer.ttl === "number" ? answer.ttl : 0;
  // Type 99 (which dns-packet's types do not name) has TXT's RDATA (RFC 7208 §3.1), decoded alike.
  if ((answer.type as string) === "SPF") {
    const strings = txtStrings((answer as { data?: unknown }).data);
    return { value: strings.join(""), strings, ttl };
  }
  switch (answer.type) {
    case "A":
      return { value: answer.data, ttl };
    case "AAAA":
      return { value: canonicalIPv6(answer.data), ttl };
    case "CNAME":
    case "NS":
      return { value: absoluteName(answer.data), ttl };
    case "MX":
      return { value: `${answer.data.preference ?? 0} ${absoluteName(answer.data.exchange)}`, ttl };
    case "SRV":
      return {
        value: `${answer.data.priority ?? 0} ${answer.data.weight ?? 0} ${answer.data.port} ${absoluteName(answer.data.target)}`,
        ttl,
      };
    case "TXT": {
      const strings = txtStrings(answer.data);
      return { value: strings.join(""), strings, ttl };
    }
    case "SOA": {
      const d = answer.data;
      return {
        value: `${absoluteName(d.mname)} ${absoluteName(d.rname)} ${d.serial ?? 0} ${d.refresh ?? 0} ${d.retry ?? 0} ${d.expire ?? 0} ${d.minimum ?? 0}`,
        ttl,
      };
    }
    default:
      return null;
  }
}

/** An "ok" RRset from its records: values sorted (strings kept in step), duplicates dropped, min TTL. */
export function okRRset(name: string, type: RRType, records: readonly PresentedRecord[], cname?: string): ObservedRRset {
  if (records.length === 1) {
    // Most RRsets hold one record: nothing to sort or drop.
    const only = records[0]!;
    const single: ObservedRRset = { name, type, status: "ok", ttl: only.ttl, values: [only.value] };
    if (type === "TXT" || type === "SPF") single.strings = [only.strings ?? [only.value]];
    if (cname !== undefined) single.cname = cname;
    return single;
  }
  const byValue = new Map<string, PresentedRecord>();
  for (const r of records) if (!byValue.has(r.value)) byValue.set(r.value, r);
  const sorted = [...byValue.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const rrset: ObservedRRset = {
    name,
    type,
    status: "ok",
    ttl: minTtl(records),
    values: sorted.map((r) => r.value),
  };
  if (type === "TXT" || type === "SPF") rrset.strings = sorted.map((r) => r.strings ?? [r.value]);
  if (cname !== undefined) rrset.cname = cname;
  return rrset;
}

/** The smallest TTL, by a loop: an answer over TCP may hold thousands of records, too many to spread. */
function minTtl(records: readonly PresentedRecord[]): number {
  let min = Infinity;
  for (const r of records) if (r.ttl < min) min = r.ttl;
  return min;
}

export function emptyRRset(name: string, type: RRType, status: "nxdomain" | "nodata", cname?: string): ObservedRRset {
  const rrset: ObservedRRset = { name, type, status, ttl: null, values: [] };
  if (cname !== undefined) rrset.cname = cname;
  return rrset;
}

/** Records the TTL of the CNAME an answer went through (ObservedRRset.cnameTtl). */
export function withAliasTtl(rrset: ObservedRRset, cnameTtl: number | undefined): ObservedRRset {
  if (rrset.cname !== undefined && cnameTtl !== undefined) rrset.cnameTtl = cnameTtl;
  return rrset;
}

export function failedRRset(
  name: string,
  type: RRType,
  failure: NonNullable<ObservedRRset["failure"]>,
  cname?: string,
): ObservedRRset {
  const rrset: ObservedRRset = { name, type, status: "failed", ttl: null, values: [], failure };
  if (cname !== undefined) rrset.cname = cname;
  return rrset;
}

export function isIPv4(text: string): boolean {
  return isIP(text) === 4;
}

export function isIPv6(text: string): boolean {
  return isIP(text) === 6;
}
