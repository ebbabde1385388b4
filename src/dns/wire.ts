// DNS messages: building queries and reading answers into observations. Pure; the sockets live in
// transport.ts.
import * as packet from "dns-packet";
import type { Answer } from "dns-packet";
import { decodeMessage, type DnsResponse } from "./decode.js";
import { absoluteName, canonicalName } from "./names.js";
import { emptyRRset, failedRRset, okRRset, presentAnswer, withAliasTtl, type PresentedRecord } from "./presentation.js";
import type { FailureReason, ObservedRRset, RRType } from "./types.js";

/** CNAME hops followed inside one answer or across queries before giving up (resolvers use 8–16). */
export const MAX_CNAME_HOPS = 12;

/** Type codes of the types maildns asks for (RFC 1035 §3.2.2, RFC 3596 §2.1, RFC 2782, RFC 7208 §3.1). */
const TYPE_CODES: Readonly<Record<RRType, number>> = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33, SPF: 99 };
/** RD set, everything else clear (RFC 1035 §4.1.1). */
const QUERY_FLAGS = 0x0100;
const OPT_TYPE = 41;
const PLAIN_NAME = /^[\x21-\x2d\x2f-\x5b\x5d-\x7e]+(?:\.[\x21-\x2d\x2f-\x5b\x5d-\x7e]+)*$/;

/**
 * Build a query with RD set; with an EDNS0 OPT record when `ednsSize` is a number (RFC 6891 §6.1.1).
 * Written by hand for the names every query carries (printable ASCII labels, which canonical names are):
 * one buffer and no intermediate objects, since a large audit sends hundreds of thousands of queries.
 * Anything else goes through dns-packet, which gives the same octets.
 */
export function buildQuery(id: number, name: string, type: RRType, ednsSize: number | null): Buffer {
  if (name !== "" && !PLAIN_NAME.test(name)) return buildQueryWithPacket(id, name, type, ednsSize);
  const nameOctets = name === "" ? 1 : name.length + 2;
  const size = 12 + nameOctets + 4 + (ednsSize === null ? 0 : 11);
  const message = Buffer.allocUnsafe(size);
  message.writeUInt16BE(id, 0);
  message.writeUInt16BE(QUERY_FLAGS, 2);
  message.writeUInt16BE(1, 4); // QDCOUNT
  message.writeUInt32BE(0, 6); // ANCOUNT, NSCOUNT
  message.writeUInt16BE(ednsSize === null ? 0 : 1, 10); // ARCOUNT
  let offset = 12;
  if (name !== "") {
    let labelStart = 0;
    while (labelStart <= name.length) {
      const dot = name.indexOf(".", labelStart);
      const labelEnd = dot === -1 ? name.length : dot;
      // Longer labels never reach here (nameProblem), but would not fit the length octet's six bits.
      if (labelEnd - labelStart > 63) return buildQueryWithPacket(id, name, type, ednsSize);
      message[offset++] = labelEnd - labelStart;
      offset += message.write(name.slice(labelStart, labelEnd), offset, "latin1");
      labelStart = labelEnd + 1;
    }
  }
  message[offset++] = 0;
  message.writeUInt16BE(TYPE_CODES[type], offset);
  message.writeUInt16BE(1, offset + 2); // class IN
  offset += 4;
  if (ednsSize !== null) {
    message[offset] = 0; // owner: the root
    message.writeUInt16BE(OPT_TYPE, offset + 1);
    message.writeUInt16BE(ednsSize, offset + 3); // CLASS carries the UDP payload size
    message.writeUInt32BE(0, offset + 5); // extended RCODE, version 0, no DO bit
    message.writeUInt16BE(0, offset + 9); // no options
  }
  return message;
}

/** The same query through dns-packet's encoder. */
export function buildQueryWithPacket(id: number, name: string, type: RRType, ednsSize: number | null): Buffer {
  return packet.encode({
    type: "query",
    id,
    flags: packet.RECURSION_DESIRED,
    // dns-packet knows type 99 by name at run time; its type declarations do not list it.
    questions: [{ type: type as packet.RecordType, name: name === "" ? "." : name, class: "IN" }],
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
  /**
   * The answer stopped at an alias whose target it did not answer: ask again for `target`. `hops`: the
   * aliases this answer followed to get there (≥ 1), which count towards MAX_CNAME_HOPS across answers.
   * `cnameTtl`: the first alias's own TTL.
   */
  | { kind: "chase"; cname: string; target: string; hops: number; cnameTtl?: number }
  /** This server could not answer: another server (or attempt) may. */
  | { kind: "fault"; reason: FailureReason; detail: string; rcode?: string; server?: string };

function sameName(a: string, b: string): boolean {
  return canonicalName(a) === b;
}

/** Class IN: records of another class (CH, HS) answer nothing maildns asks (RFC 1035 §3.2.4). */
function inClassIN(answer: Answer): boolean {
  const cls = classOf(answer);
  return cls === undefined || cls === "IN";
}

function classOf(answer: Answer): string | undefined {
  return (answer as { class?: string }).class;
}

/**
 * The first answer record that a negative answer cannot hold, or undefined. NXDOMAIN and NODATA (RFC 2308
 * §2.1–2.2) come with an answer section that is empty or holds only the aliases leading to the name that
 * does not exist or has no such record (RFC 6604 §3: the RCODE is the last name's), with the DNAME a CNAME
 * was synthesised from (RFC 6672 §5.3.1) and signatures of those names. Anything else — a record for an
 * owner the aliases do not reach, another type at the name, the record asked beside NXDOMAIN, a DNAME
 * without its CNAME, a CNAME beside other data (RFC 2181 §10.1), another class — means the reply is not
 * the negative answer it claims: read as one, plan would create the records.
 */
function strayRecord(answers: readonly Answer[], chain: ReadonlySet<string>, last: string, aliased: boolean): Answer | undefined {
  return answers.find((a) => {
    if (!inClassIN(a)) return true;
    const owner = canonicalName(a.name);
    if ((a.type as string) === "RRSIG") return !chain.has(owner);
    if ((a.type as string) === "DNAME") return !aliased;
    return a.type !== "CNAME" || owner === last || !chain.has(owner);
  });
}

/** Why a reply's question section is not exactly the question asked, or null when it is. */
function questionProblem(questions: readonly { name: string; type: string; class?: string }[], name: string, type: RRType): string | null {
  if (questions.length === 0) return "reply has no question section, so it cannot be matched to the question asked";
  if (questions.length > 1) return `reply has ${questions.length} questions; one was asked`;
  const question = questions[0]!;
  const asked = `${name === "" ? "." : name}/${type}`;
  if (!sameName(question.name, name) || question.type !== type) return `reply answers ${showName(question.name)}/${question.type}, not ${asked}`;
  if (question.class !== undefined && question.class !== "IN") return `reply answers class ${question.class}, not IN, for ${asked}`;
  return null;
}

/** A name from a reply, for a message: one line, bounded. */
function showName(name: string): string {
  const shown = name.replace(/[^\x21-\x7e]/g, "?");
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/** Decode a response, or explain why it cannot be read. */
export function decodeResponse(message: Buffer): { packet: DnsResponse } | { error: string } {
  return decodeMessage(message);
}

/**
 * Read a decoded response for (name, type): follow CNAMEs inside the answer section (RFC 1034 §3.6.2),
 * keep NXDOMAIN apart from NODATA (RFC 2308 §2.1–2.2), and hand faults back to the caller for a retry.
 * `name` is canonical (lower case, no trailing dot). `authoritative`: only an answer from a server that
 * holds the zone (AA set) is read, as `--authoritative` asks.
 */
export function interpretResponse(name: string, type: RRType, response: DnsResponse, authoritative = false): Verdict {
  const rcode = response.rcode;
  if (!response.flag_qr) return { kind: "fault", reason: "malformed", detail: "reply is not a response (QR bit clear)" };
  // RFC 1035 §4.1.1: a response copies the query's opcode; another one (NOTIFY, UPDATE) answers no query.
  if (response.opcode !== "QUERY") return { kind: "fault", reason: "malformed", detail: `reply has opcode ${response.opcode}, not QUERY` };
  switch (rcode) {
    case "NOERROR":
    case "NXDOMAIN": {
      // An answer is only read when it repeats the question asked (RFC 5452 §9.1: name case-insensitively,
      // type and class). A reply with no question, or another one, says nothing about this name: read as
      // NODATA it made plan propose to create every record and import write an empty file.
      const problem = questionProblem(response.questions ?? [], name, type);
      if (problem) return { kind: "fault", reason: "malformed", detail: problem };
      // RFC 1035 §4.1.1: AA clear, the answer is not the zone's own; from a name server that does not serve
      // the zone (a lame delegation, a resolver in its place) it is a cache's, possibly from before an apply.
      if (authoritative && !response.flag_aa) {
        return { kind: "fault", reason: "refused", detail: `the server is not authoritative for ${name} (AA clear): its answer may come from a cache, not the zone (--authoritative)` };
      }
      break;
    }
    case "SERVFAIL":
      return { kind: "fault", reason: "servfail", detail: "server answered SERVFAIL", rcode };
    case "REFUSED":
      return { kind: "fault", reason: "refused", detail: "server answered REFUSED", rcode };
    case "FORMERR":
      return { kind: "fault", reason: "malformed", detail: "server answered FORMERR", rcode };
    case "BADVERS":
      // RFC 6891 §6.1.3: the server does not take the EDNS version asked (0); the header alone says NOERROR.
      return { kind: "fault", reason: "malformed", detail: "server answered BADVERS: it does not take EDNS0", rcode };
    case "NOTIMP":
      return { kind: "fault", reason: "refused", detail: "server answered NOTIMP", rcode };
    default:
      return { kind: "fault", reason: "servfail", detail: `server answered ${rcode}`, rcode };
  }

  const answers: Answer[] = response.answers ?? [];
  let current = name;
  let cname: string | undefined;
  let hops = 0;
  let cnameTtl: number | undefined;
  const seen = new Set([name]);
  if (type !== "CNAME") {
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const alias = answers.find((a) => a.type === "CNAME" && inClassIN(a) && sameName(a.name, current));
      if (!alias || alias.type !== "CNAME") break;
      const target = canonicalName(alias.data);
      if (cname === undefined) {
        cname = absoluteName(alias.data);
        if (typeof alias.ttl === "number") cnameTtl = alias.ttl;
      }
      if (seen.has(target) || hop === MAX_CNAME_HOPS) {
        return { kind: "answer", rrset: failedRRset(name, type, { reason: "malformed", detail: `CNAME loop or chain too long at ${current}` }, cname) };
      }
      seen.add(target);
      current = target;
      hops = hop + 1;
    }
  }

  const records: PresentedRecord[] = [];
  for (const a of answers) {
    if (a.type !== type || !inClassIN(a) || !sameName(a.name, current)) continue;
    const presented = presentAnswer(a);
    if (presented) records.push(presented);
  }

  /** NXDOMAIN or NODATA, read only from a reply that holds nothing else (strayRecord). */
  const negative = (status: "nxdomain" | "nodata"): Verdict => {
    const stray = strayRecord(answers, seen, current, cname !== undefined);
    if (stray) {
      const shown = `${showName(stray.name)}/${stray.type}${inClassIN(stray) ? "" : ` class ${classOf(stray)}`}`;
      const asked = `${name === "" ? "." : name}/${type}`;
      return { kind: "fault", reason: "malformed", detail: `reply says ${status === "nxdomain" ? "NXDOMAIN" : "NODATA"} for ${asked}, yet its answer section holds ${shown}` };
    }
    return { kind: "answer", rrset: withAliasTtl(emptyRRset(name, type, status, cname), cnameTtl) };
  };
  if (rcode === "NXDOMAIN") return negative("nxdomain");
  if (records.length > 0) return { kind: "answer", rrset: withAliasTtl(okRRset(name, type, records, cname), cnameTtl) };

  const authorities = response.authorities ?? [];
  const hasSoa = authorities.some((a) => a.type === "SOA");
  if (cname !== undefined) {
    // An authoritative server stops at an alias that leaves its zone; a negative answer for the target
    // carries the SOA (RFC 2308 §3). Without one, the target was not looked at.
    if (hasSoa) return negative("nodata");
    return cnameTtl === undefined ? { kind: "chase", cname, target: current, hops } : { kind: "chase", cname, target: current, hops, cnameTtl };
  }
  if (!response.flag_aa && !hasSoa && authorities.some((a) => a.type === "NS")) {
    return { kind: "fault", reason: "refused", detail: `referral: the server is not authoritative for ${name}` };
  }
  // A server that does not recurse (RA clear, RFC 1035 §4.1.1) and does not hold the zone (AA clear) has
  // not looked the name up: without the zone's SOA (RFC 2308 §2.2) its empty reply says nothing about it.
  if (!response.flag_aa && !response.flag_ra && !hasSoa) {
    return { kind: "fault", reason: "refused", detail: `the server neither recurses (RA clear) nor is authoritative (AA clear) for ${name}: its empty reply is not NODATA` };
  }
  return negative("nodata");
}
