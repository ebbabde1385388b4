// Record data in master-file form: the types maildns reads (A, AAAA, NS, CNAME, PTR, DNAME, MX, SRV,
// TXT, SPF, SOA) into the presentation ObservedRRset uses, other registered types kept as written, and
// RFC 3597 §5 generic data ("\# LENGTH HEX") for any type, decoded for the types maildns reads so that
// "TYPE16 \# 6 0568656c6c6f" is the TXT record "hello", as BIND and Knot read it.
import { presentLabel } from "./names.js";
import { canonicalIPv6, isIPv4, isIPv6 } from "./presentation.js";
import { parseTtl } from "./ttl.js";
import type { Token } from "./zone-lexer.js";

export interface RdataHelpers {
  fail(token: Token, message: string): null;
  /** A host name from the file, completed with the origin: "name." ("." for the root), or null (reported). */
  hostValue(token: Token): string | null;
}

export interface Rdata {
  value: string;
  strings?: string[];
}

function uint(h: RdataHelpers, token: Token, what: string, max: number): number | null {
  if (!/^\d+$/.test(token.text) || Number(token.text) > max) return h.fail(token, `${what} must be an integer 0-${max}, got "${token.text}"`);
  return Number(token.text);
}

/** Parse the data of one record of `type` (a registry mnemonic or TYPEnnn). */
export function parseRdata(type: string, rdata: Token[], typeToken: Token, h: RdataHelpers): Rdata | null {
  if (rdata[0] && !rdata[0].quoted && rdata[0].raw === "\\#") return parseGeneric(type, rdata, typeToken, h);
  if (/^TYPE\d+$/.test(type)) {
    return h.fail(rdata[0] ?? typeToken, `${type} is a type maildns does not know: its data must be written as \\# LENGTH HEX (RFC 3597 §5)`);
  }
  const expect = (count: number, fields: string): boolean => {
    if (rdata.length === count) return true;
    h.fail(rdata[count] ?? rdata[rdata.length - 1] ?? typeToken, `${type} takes ${count} field${count === 1 ? "" : "s"} (${fields}), got ${rdata.length}`);
    return false;
  };
  switch (type) {
    case "A": {
      if (!expect(1, "IPv4 address")) return null;
      const address = rdata[0]!.text;
      return isIPv4(address) ? { value: address } : h.fail(rdata[0]!, `"${address}" is not an IPv4 address`);
    }
    case "AAAA": {
      if (!expect(1, "IPv6 address")) return null;
      const address = rdata[0]!.text;
      return isIPv6(address) ? { value: canonicalIPv6(address) } : h.fail(rdata[0]!, `"${address}" is not an IPv6 address`);
    }
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME": {
      if (!expect(1, "host name")) return null;
      const host = h.hostValue(rdata[0]!);
      return host === null ? null : { value: host };
    }
    case "MX": {
      if (!expect(2, "preference, exchange")) return null;
      const preference = uint(h, rdata[0]!, "MX preference", 65535);
      const exchange = h.hostValue(rdata[1]!);
      return preference === null || exchange === null ? null : { value: `${preference} ${exchange}` };
    }
    case "SRV": {
      if (!expect(4, "priority, weight, port, target")) return null;
      const priority = uint(h, rdata[0]!, "SRV priority", 65535);
      const weight = uint(h, rdata[1]!, "SRV weight", 65535);
      const port = uint(h, rdata[2]!, "SRV port", 65535);
      const target = h.hostValue(rdata[3]!);
      if (priority === null || weight === null || port === null || target === null) return null;
      return { value: `${priority} ${weight} ${port} ${target}` };
    }
    case "TXT":
    case "SPF": {
      if (rdata.length === 0) return h.fail(typeToken, `${type} needs at least one character-string`);
      // Each token is one character-string of at most 255 octets (RFC 1035 §3.3, §3.3.14).
      for (const token of rdata) {
        if (token.octets > 255) {
          return h.fail(token, `character-string of ${token.octets} octets: split it into quoted strings of at most 255 ("…" "…")`);
        }
      }
      const strings = rdata.map((t) => t.text);
      // One string (nearly every TXT record) is its own value: join would copy it, a DKIM key kept twice.
      return { value: strings.length === 1 ? strings[0]! : strings.join(""), strings };
    }
    case "SOA": {
      if (!expect(7, "mname, rname, serial, refresh, retry, expire, minimum")) return null;
      const mname = h.hostValue(rdata[0]!);
      const rname = h.hostValue(rdata[1]!);
      const serial = uint(h, rdata[2]!, "SOA serial", 2 ** 32 - 1);
      const timers = rdata.slice(3).map((t) => parseTtl(t.text) ?? h.fail(t, `SOA timer "${t.text}" is not a TTL`));
      if (mname === null || rname === null || serial === null || timers.some((t) => t === null)) return null;
      return { value: `${mname} ${rname} ${serial} ${timers.join(" ")}` };
    }
    default:
      if (rdata.length === 0) return h.fail(typeToken, `${type} record has no data`);
      return { value: rdata.map((t) => (t.quoted ? `"${t.text.replace(/["\\]/g, (c) => `\\${c}`)}"` : t.text)).join(" ") };
  }
}

/** RFC 3597 §5: "\#", the data length in octets, then the data in hexadecimal (blanks allowed between). */
function parseGeneric(type: string, rdata: Token[], typeToken: Token, h: RdataHelpers): Rdata | null {
  const lengthToken = rdata[1];
  if (!lengthToken || !/^\d+$/.test(lengthToken.text) || Number(lengthToken.text) > 65535) {
    return h.fail(lengthToken ?? rdata[0]!, "\\# must be followed by the data length in octets (0-65535) and the data in hexadecimal (RFC 3597 §5)");
  }
  const length = Number(lengthToken.text);
  const hexTokens = rdata.slice(2);
  const hex = hexTokens.map((t) => t.text).join("");
  const badToken = hexTokens.find((t) => t.quoted || !/^[0-9a-fA-F]*$/.test(t.text));
  if (badToken) return h.fail(badToken, `"${badToken.text}" is not hexadecimal data`);
  if (hex.length % 2 === 1) return h.fail(hexTokens[hexTokens.length - 1]!, "hexadecimal data has an odd number of digits");
  if (hex.length / 2 !== length) {
    return h.fail(lengthToken, `\\# says ${length} octets but the data has ${hex.length / 2} (RFC 3597 §5)`);
  }
  const wire = Buffer.from(hex, "hex");
  const decoded = decodeWire(type, wire);
  if (decoded === undefined) return { value: `\\# ${length}${length > 0 ? ` ${hex.toUpperCase()}` : ""}` };
  if (decoded === null) return h.fail(rdata[0]!, `the ${length} octets of \\# data are not a valid ${type} record`);
  return decoded;
}

/** A domain name in uncompressed wire form (RFC 3597 §4: no compression in generic data). */
function wireName(wire: Buffer, at: number): { name: string; next: number } | null {
  const labels: string[] = [];
  let length = 1;
  for (let i = at; i < wire.length; ) {
    const size = wire[i]!;
    if (size === 0) return { name: labels.length === 0 ? "." : `${labels.join(".")}.`, next: i + 1 };
    if (size > 63 || i + 1 + size > wire.length) return null;
    length += size + 1;
    if (length > 255) return null;
    labels.push(presentLabel(wire.subarray(i + 1, i + 1 + size)));
    i += 1 + size;
  }
  return null;
}

/** The record in presentation form; undefined for types maildns keeps as generic data; null when malformed. */
function decodeWire(type: string, wire: Buffer): Rdata | null | undefined {
  switch (type) {
    case "A":
      return wire.length === 4 ? { value: [...wire].join(".") } : null;
    case "AAAA": {
      if (wire.length !== 16) return null;
      const groups: string[] = [];
      for (let i = 0; i < 16; i += 2) groups.push(wire.readUInt16BE(i).toString(16));
      return { value: canonicalIPv6(groups.join(":")) };
    }
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME": {
      const name = wireName(wire, 0);
      return name && name.next === wire.length ? { value: name.name } : null;
    }
    case "MX": {
      if (wire.length < 3) return null;
      const name = wireName(wire, 2);
      return name && name.next === wire.length ? { value: `${wire.readUInt16BE(0)} ${name.name}` } : null;
    }
    case "SRV": {
      if (wire.length < 7) return null;
      const name = wireName(wire, 6);
      if (!name || name.next !== wire.length) return null;
      return { value: `${wire.readUInt16BE(0)} ${wire.readUInt16BE(2)} ${wire.readUInt16BE(4)} ${name.name}` };
    }
    case "TXT":
    case "SPF": {
      const strings: string[] = [];
      for (let i = 0; i < wire.length; ) {
        const size = wire[i]!;
        if (i + 1 + size > wire.length) return null;
        strings.push(wire.toString("utf8", i + 1, i + 1 + size));
        i += 1 + size;
      }
      return strings.length === 0 ? null : { value: strings.join(""), strings };
    }
    case "SOA": {
      const mname = wireName(wire, 0);
      const rname = mname && wireName(wire, mname.next);
      if (!mname || !rname || rname.next + 20 !== wire.length) return null;
      const numbers = [0, 4, 8, 12, 16].map((offset) => wire.readUInt32BE(rname.next + offset));
      if (numbers.slice(1).some((n) => n > 2 ** 31 - 1)) return null;
      return { value: `${mname.name} ${rname.name} ${numbers.join(" ")}` };
    }
    default:
      return undefined;
  }
}
