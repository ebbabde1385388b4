// DNS messages: building queries and reading answers into observations. Pure; the sockets live in
// transport.ts.
import * as packet from "dns-packet";
import type { Answer, DecodedPacket } from "dns-packet";
import { absoluteName, canonicalName } from "./names.js";
import { emptyRRset, failedRRset, okRRset, presentAnswer, type PresentedRecord } from "./presentation.js";
import type { FailureReason, ObservedRRset, RRType } from "./types.js";

/** CNAME hops followed inside one answer or across queries before giving up (resolvers use 8–16). */
export const MAX_CNAME_HOPS = 12;

/** Build a query with RD set; with EDNS0 when `ednsSize` is a number (RFC 6891 §6.1.1). */
export function buildQuery(id: number, name: string, type: RRType, ednsSize: number | null): Buffer {
  return packet.encode({
    type: "query",
    id,
    flags: packet.RECURSION_DESIRED,
    questions: [{ type, name: name === "" ? "." : name, class: "IN" }],
    additionals:
      ednsSize === null
        ? []
        : [{ type: "OPT", name: ".", udpPayloadSize: ednsSize, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
}

/** The 16-bit message id of a datagram, or null when it is too short to carry one. */
export function messageId(message: Buffer): number | null {
  return message.length >= 2 ? message.readUInt16BE(0) : null;
}

/** What one response means for the question asked. */
export type Verdict =
  /** A final observation. */
  | { kind: "answer"; rrset: ObservedRRset }
  /** The answer stopped at an alias whose target it did not answer: ask again for `target`. */
  | { kind: "chase"; cname: string; target: string }
  /** This server could not answer: another server (or attempt) may. */
  | { kind: "fault"; reason: FailureReason; detail: string; rcode?: string; server?: string };

function sameName(a: string, b: string): boolean {
  return canonicalName(a) === b;
}

/** Decode a response, or explain why it cannot be read. */
export function decodeResponse(message: Buffer): { packet: DecodedPacket } | { error: string } {
  try {
    const decoded = packet.decode(message);
    // dns-packet reads fixed-size RDATA without bounds checks: a reply cut short decodes "past" its end.
    if (packet.decode.bytes > message.length) return { error: `cannot decode response: ${message.length} octets, records need ${packet.decode.bytes}` };
    return { packet: decoded };
  } catch (error) {
    return { error: `cannot decode response: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Read a decoded response for (name, type): follow CNAMEs inside the answer section (RFC 1034 §3.6.2),
 * keep NXDOMAIN apart from NODATA (RFC 2308 §2.1–2.2), and hand faults back to the caller for a retry.
 * `name` is canonical (lower case, no trailing dot).
 */
export function interpretResponse(name: string, type: RRType, response: DecodedPacket): Verdict {
  const rcode = (response as DecodedPacket & { rcode?: string }).rcode ?? "NOERROR";
  if (!response.flag_qr) return { kind: "fault", reason: "malformed", detail: "reply is not a response (QR bit clear)" };
  const question = response.questions?.[0];
  if (question && (!sameName(question.name, name) || question.type !== type)) {
    return { kind: "fault", reason: "malformed", detail: `reply answers ${question.name}/${question.type}, not ${name}/${type}` };
  }
  switch (rcode) {
    case "NOERROR":
    case "NXDOMAIN":
      break;
    case "SERVFAIL":
      return { kind: "fault", reason: "servfail", detail: "server answered SERVFAIL", rcode };
    case "REFUSED":
      return { kind: "fault", reason: "refused", detail: "server answered REFUSED", rcode };
    case "FORMERR":
      return { kind: "fault", reason: "malformed", detail: "server answered FORMERR", rcode };
    case "NOTIMP":
      return { kind: "fault", reason: "refused", detail: "server answered NOTIMP", rcode };
    default:
      return { kind: "fault", reason: "servfail", detail: `server answered ${rcode}`, rcode };
  }

  const answers: Answer[] = response.answers ?? [];
  let current = name;
  let cname: string | undefined;
  const seen = new Set([name]);
  if (type !== "CNAME") {
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const alias = answers.find((a) => a.type === "CNAME" && sameName(a.name, current));
      if (!alias || alias.type !== "CNAME") break;
      const target = canonicalName(alias.data);
      cname ??= absoluteName(alias.data);
      if (seen.has(target) || hop === MAX_CNAME_HOPS) {
        return { kind: "answer", rrset: failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${current}` }, cname) };
      }
      seen.add(target);
      current = target;
    }
  }

  const records: PresentedRecord[] = [];
  for (const a of answers) {
    if (a.type !== type || !sameName(a.name, current)) continue;
    const presented = presentAnswer(a);
    if (presented) records.push(presented);
  }

  if (rcode === "NXDOMAIN") return { kind: "answer", rrset: emptyRRset(name, type, "nxdomain", cname) };
  if (records.length > 0) return { kind: "answer", rrset: okRRset(name, type, records, cname) };

  const authorities = response.authorities ?? [];
  const hasSoa = authorities.some((a) => a.type === "SOA");
  if (cname !== undefined) {
    // An authoritative server stops at an alias that leaves its zone; a negative answer for the target
    // carries the SOA (RFC 2308 §3). Without one, the target was not looked at.
    return hasSoa ? { kind: "answer", rrset: emptyRRset(name, type, "nodata", cname) } : { kind: "chase", cname, target: current };
  }
  if (!response.flag_aa && !hasSoa && authorities.some((a) => a.type === "NS")) {
    return { kind: "fault", reason: "refused", detail: `referral: the server is not authoritative for ${name}` };
  }
  return { kind: "answer", rrset: emptyRRset(name, type, "nodata") };
}
