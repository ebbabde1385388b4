// Reading a DNS response (RFC 1035 §4.1) into what interpretResponse needs: header flags, the question, the
// answer records with their data, and the authority records' types. Written by hand because an audit reads
// hundreds of thousands of responses: a general decoder builds an object per record and per field,
// including the SOA that comes with every negative answer and the OPT record, of which only the extended
// RCODE is read.
// The records maildns presents are decoded as dns-packet decodes them (test/dns/decode.test.ts compares
// the two); every length is checked against the message, and a bad one is an error, never a wrong read.
import type { Answer } from "dns-packet";

/** A response as interpretResponse reads it (the field names are dns-packet's). */
export interface DnsResponse {
  flag_qr: boolean;
  flag_aa: boolean;
  flag_tc: boolean;
  flag_ra: boolean;
  /** "QUERY", or another opcode as dns-packet names it. */
  opcode: string;
  /**
   * The header's four bits, with the OPT record's upper eight bits when it has one (RFC 6891 §6.1.3): a
   * reply whose header says NOERROR can carry BADVERS (16) there.
   */
  rcode: string;
  questions: { name: string; type: string; class: string }[];
  /** With their class; records of the types presentAnswer knows carry their data, others carry null. */
  answers: Answer[];
  /** Only the type (and owner) of each authority record is read. */
  authorities: { name: string; type: string }[];
}

/** RFC 1035 §3.2.2, RFC 3596 §2.1, RFC 2782, RFC 6672 §2.1, RFC 6891 §6.1.1, RFC 4034 §3, RFC 7208 §3.1. */
const TYPE_NAMES: Readonly<Record<number, string>> = { 1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 15: "MX", 16: "TXT", 28: "AAAA", 33: "SRV", 39: "DNAME", 41: "OPT", 46: "RRSIG", 99: "SPF" };
const RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"];
/** RFC 6891 §9: the extended RCODE only an OPT record can carry. */
const EXTENDED_RCODES: Readonly<Record<number, string>> = { 16: "BADVERS" };
const OPT = 41;
/** RFC 1035 §4.1.1, RFC 1996, RFC 2136, RFC 8490, with dns-packet's names. */
const OPCODES: Readonly<Record<number, string>> = { 0: "QUERY", 1: "IQUERY", 2: "STATUS", 4: "NOTIFY", 5: "UPDATE", 6: "DSO" };

function rcodeName(code: number): string {
  return (code < 16 ? RCODES[code] : EXTENDED_RCODES[code]) ?? `RCODE_${code}`;
}

class DecodeError extends Error {}

const typeName = (code: number) => TYPE_NAMES[code] ?? `TYPE${code}`;
/** RFC 1035 §3.2.4, with dns-packet's names. */
const CLASS_NAMES: Readonly<Record<number, string>> = { 1: "IN", 2: "CS", 3: "CH", 4: "HS", 255: "ANY" };
const className = (code: number) => CLASS_NAMES[code] ?? `CLASS${code}`;

/** Where the last name read by readName ended in the message (a module variable, to return two values without an allocation). */
let nameEnd = 0;

/**
 * A domain name at `offset`, following compression pointers (RFC 1035 §4.1.4) only backwards, as
 * dns-packet does. `mail`: a dot inside a label is escaped (an SOA RNAME's local part).
 */
function readName(buf: Buffer, offset: number, mail = false): string {
  let name = "";
  let length = 0;
  let floor = offset;
  let end = -1;
  for (;;) {
    if (offset >= buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
    const len = buf[offset++]!;
    if (len === 0) break;
    if ((len & 0xc0) === 0) {
      if (offset + len > buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
      length += len + 1;
      if (length > 254) throw new DecodeError("Cannot decode name (name too long)");
      let ascii = true;
      for (let i = offset; i < offset + len; i++) if (buf[i]! > 0x7f) ascii = false;
      let label = buf.toString(ascii ? "latin1" : "utf8", offset, offset + len);
      if (mail && label.includes(".")) label = label.replace(/\./g, "\\.");
      name = name === "" ? label : `${name}.${label}`;
      offset += len;
    } else if ((len & 0xc0) === 0xc0) {
      if (offset >= buf.length) throw new DecodeError("Cannot decode name (buffer overflow)");
      const target = ((len & 0x3f) << 8) | buf[offset]!;
      if (target >= floor) throw new DecodeError("Cannot decode name (bad pointer)");
      if (end < 0) end = offset + 1;
      offset = target;
      floor = target;
    } else {
      throw new DecodeError("Cannot decode name (bad label)");
    }
  }
  nameEnd = end < 0 ? offset : end;
  return name === "" ? "." : name;
}

function need(buf: Buffer, offset: number, octets: number): void {
  if (offset + octets > buf.length) throw new DecodeError(`${buf.length} octets, records need ${offset + octets}`);
}

/**
 * The name at `start` that is the rest of a record's data, which ends at `end`: a name that runs past the
 * record's length, or stops short of it, is an error (RFC 1035 §3.3: RDLENGTH is the data's length). Read
 * on past its length, a CNAME whose RDLENGTH is 0 took the next record's owner for its target.
 */
function nameToEnd(buf: Buffer, type: string, start: number, end: number): string {
  const name = readName(buf, start);
  if (nameEnd !== end) throw new DecodeError(`${type} record data is not one name and its length`);
  return name;
}

function ipv6(buf: Buffer, at: number): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(buf.readUInt16BE(at + i).toString(16));
  return groups.join(":");
}

/** The data of one record whose RDATA is buf[start, end), for the types presentAnswer reads. */
function readData(buf: Buffer, type: string, start: number, end: number): unknown {
  switch (type) {
    case "A":
      if (end - start !== 4) throw new DecodeError("A record data is not 4 octets");
      return `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}`;
    case "AAAA":
      if (end - start !== 16) throw new DecodeError("AAAA record data is not 16 octets");
      return ipv6(buf, start);
    case "CNAME":
    case "NS":
      return nameToEnd(buf, type, start, end);
    case "MX":
      need(buf, start, 2);
      return { preference: buf.readUInt16BE(start), exchange: nameToEnd(buf, type, start + 2, end) };
    case "SRV":
      need(buf, start, 6);
      return { priority: buf.readUInt16BE(start), weight: buf.readUInt16BE(start + 2), port: buf.readUInt16BE(start + 4), target: nameToEnd(buf, type, start + 6, end) };
    case "TXT":
    case "SPF": {
      // Type 99 has TXT's RDATA (RFC 7208 §3.1): one or more character-strings (RFC 1035 §3.3.14).
      if (start === end) throw new DecodeError(`${type} record data holds no character-string`);
      const strings: string[] = [];
      for (let at = start; at < end; ) {
        const len = buf[at++]!;
        if (at + len > end) throw new DecodeError("TXT character-string runs past its record");
        strings.push(buf.toString("utf8", at, at + len));
        at += len;
      }
      return strings;
    }
    case "SOA": {
      const mname = readName(buf, start);
      const rname = readName(buf, nameEnd, true);
      const at = nameEnd;
      if (at + 20 !== end) throw new DecodeError("SOA record data is not two names, five numbers and its length");
      need(buf, at, 20);
      return { mname, rname, serial: buf.readUInt32BE(at), refresh: buf.readUInt32BE(at + 4), retry: buf.readUInt32BE(at + 8), expire: buf.readUInt32BE(at + 12), minimum: buf.readUInt32BE(at + 16) };
    }
    default:
      return null;
  }
}

/**
 * Reads `count` resource records from `offset` into `into` (with their data when `withData`). Returns the
 * offset after them.
 */
function readRecords(buf: Buffer, offset: number, count: number, into: { name: string; type: string }[], withData: boolean): number {
  for (let i = 0; i < count; i++) {
    const name = readName(buf, offset);
    offset = nameEnd;
    need(buf, offset, 10);
    const type = typeName(buf.readUInt16BE(offset));
    const length = buf.readUInt16BE(offset + 8);
    const start = offset + 10;
    need(buf, start, length);
    if (withData) into.push({ name, type, class: className(buf.readUInt16BE(offset + 2)), ttl: buf.readUInt32BE(offset + 4), data: readData(buf, type, start, start + length) } as { name: string; type: string });
    else into.push({ name, type });
    offset = start + length;
  }
  return offset;
}

/**
 * The extended RCODE's upper eight bits from the additional records (RFC 6891 §6.1.3: the OPT record's TTL
 * field carries them), 0 without an OPT record. A reply with two OPT records cannot be read (§6.1.1).
 */
function extendedRcode(buf: Buffer, offset: number, count: number): number {
  let upper: number | null = null;
  for (let i = 0; i < count; i++) {
    readName(buf, offset);
    offset = nameEnd;
    need(buf, offset, 10);
    if (buf.readUInt16BE(offset) === OPT) {
      if (upper !== null) throw new DecodeError("more than one OPT record (RFC 6891 §6.1.1)");
      upper = buf[offset + 4]!;
    }
    const length = buf.readUInt16BE(offset + 8);
    need(buf, offset + 10, length);
    offset += 10 + length;
  }
  return upper ?? 0;
}

/** Decodes a response, or says why it cannot be read. */
export function decodeMessage(buf: Buffer): { packet: DnsResponse } | { error: string } {
  try {
    if (buf.length < 12) throw new DecodeError("Header must be 12 bytes");
    const flags = buf.readUInt16BE(2);
    const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6), buf.readUInt16BE(8), buf.readUInt16BE(10)] as const;
    const questions: DnsResponse["questions"] = [];
    let offset = 12;
    for (let i = 0; i < counts[0]; i++) {
      const name = readName(buf, offset);
      need(buf, nameEnd, 4);
      questions.push({ name, type: typeName(buf.readUInt16BE(nameEnd)), class: className(buf.readUInt16BE(nameEnd + 2)) });
      offset = nameEnd + 4;
    }
    const answers: { name: string; type: string }[] = [];
    offset = readRecords(buf, offset, counts[1], answers, true);
    const authorities: DnsResponse["authorities"] = [];
    offset = readRecords(buf, offset, counts[2], authorities, false);
    const upper = extendedRcode(buf, offset, counts[3]);
    return {
      packet: {
        flag_qr: (flags & 0x8000) !== 0,
        flag_aa: (flags & 0x0400) !== 0,
        flag_tc: (flags & 0x0200) !== 0,
        flag_ra: (flags & 0x0080) !== 0,
        opcode: OPCODES[(flags >> 11) & 0xf] ?? `OPCODE_${(flags >> 11) & 0xf}`,
        rcode: rcodeName((upper << 4) | (flags & 0xf)),
        questions,
        // Records decoded by readData have the shape dns-packet gives each type.
        answers: answers as Answer[],
        authorities,
      },
    };
  } catch (error) {
    return { error: `cannot decode response: ${error instanceof Error ? error.message : String(error)}` };
  }
}
