import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  absoluteName,
  canonicalName,
  labelOctets,
  nameLabels,
  nameProblem,
  presentLabel
} from "./chunk-53CTTIHG.js";

// src/dns/ttl.ts
var MAX_TTL = 2 ** 31 - 1;
var TTL_UNITS = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
function parseTtl(text) {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value <= MAX_TTL ? value : null;
  }
  if (!/^(\d+[wdhms])+$/i.test(text)) return null;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([wdhms])/gi)) total += Number(amount) * TTL_UNITS[unit.toLowerCase()];
  return total <= MAX_TTL ? total : null;
}
function looksLikeTtl(text) {
  return /^\d+$/.test(text) || /^(\d+[wdhms])+$/i.test(text);
}

// src/dns/rr-types.ts
var CODES = {
  A: 1,
  NS: 2,
  MD: 3,
  MF: 4,
  CNAME: 5,
  SOA: 6,
  MB: 7,
  MG: 8,
  MR: 9,
  NULL: 10,
  WKS: 11,
  PTR: 12,
  HINFO: 13,
  MINFO: 14,
  MX: 15,
  TXT: 16,
  RP: 17,
  AFSDB: 18,
  X25: 19,
  ISDN: 20,
  RT: 21,
  NSAP: 22,
  "NSAP-PTR": 23,
  SIG: 24,
  KEY: 25,
  PX: 26,
  GPOS: 27,
  AAAA: 28,
  LOC: 29,
  NXT: 30,
  EID: 31,
  NIMLOC: 32,
  SRV: 33,
  ATMA: 34,
  NAPTR: 35,
  KX: 36,
  CERT: 37,
  A6: 38,
  DNAME: 39,
  SINK: 40,
  OPT: 41,
  APL: 42,
  DS: 43,
  SSHFP: 44,
  IPSECKEY: 45,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  DHCID: 49,
  NSEC3: 50,
  NSEC3PARAM: 51,
  TLSA: 52,
  SMIMEA: 53,
  HIP: 55,
  NINFO: 56,
  RKEY: 57,
  TALINK: 58,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  CSYNC: 62,
  ZONEMD: 63,
  SVCB: 64,
  HTTPS: 65,
  DSYNC: 66,
  HHIT: 67,
  BRID: 68,
  SPF: 99,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103,
  NID: 104,
  L32: 105,
  L64: 106,
  LP: 107,
  EUI48: 108,
  EUI64: 109,
  NXNAME: 128,
  TKEY: 249,
  TSIG: 250,
  IXFR: 251,
  AXFR: 252,
  MAILB: 253,
  MAILA: 254,
  ANY: 255,
  URI: 256,
  CAA: 257,
  AVC: 258,
  DOA: 259,
  AMTRELAY: 260,
  RESINFO: 261,
  WALLET: 262,
  CLA: 263,
  IPN: 264,
  TA: 32768,
  DLV: 32769
};
var MNEMONICS = new Map(Object.entries(CODES).map(([name, code]) => [code, name]));
var META = /* @__PURE__ */ new Set([41, 128, 249, 250, 251, 252, 253, 254, 255]);
function recordType(token) {
  let known = typeCache.get(token);
  if (!known) {
    known = readType(token);
    if (typeCache.size < 1024) typeCache.set(token, known);
  }
  return known;
}
var typeCache = /* @__PURE__ */ new Map();
function readType(token) {
  const upper = token.toUpperCase();
  const generic = /^TYPE(\d{1,5})$/.exec(upper);
  let code;
  if (generic) {
    code = Number(generic[1]);
    if (code > 65535) return { ok: false, message: `"${token}" is not a record type: TYPE numbers go up to 65535` };
  } else {
    code = CODES[upper];
    if (code === void 0) {
      return { ok: false, message: `unknown record type "${token}": write it as TYPEnnn with its number and its data as \\# LENGTH HEX (RFC 3597 §5)` };
    }
  }
  if (code === 0 || META.has(code)) return { ok: false, message: `${MNEMONICS.get(code) ?? `TYPE${code}`} is not a type a zone may hold` };
  return { ok: true, type: MNEMONICS.get(code) ?? `TYPE${code}`, code };
}
function recordClass(token) {
  const upper = token.toUpperCase();
  if (upper === "IN" || upper === "CLASS1") return "IN";
  if (upper === "CH" || upper === "CLASS3") return "CH";
  if (upper === "HS" || upper === "CLASS4") return "HS";
  if (upper === "CS" || upper === "CLASS2") return "CS";
  if (upper === "NONE" || upper === "ANY") return upper;
  const generic = /^CLASS(\d{1,5})$/.exec(upper);
  return generic && Number(generic[1]) <= 65535 ? upper : null;
}

// src/dns/zone-generate.ts
var MAX_GENERATED = 65536;
var MAX_VALUE = 2 ** 31 - 1;
function parseRange(text) {
  const match = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(text);
  if (!match) return `"${text}" is not a $GENERATE range: write START-STOP or START-STOP/STEP`;
  const [start, stop, step] = [Number(match[1]), Number(match[2]), match[3] === void 0 ? 1 : Number(match[3])];
  if (start > MAX_VALUE || stop > MAX_VALUE || step > MAX_VALUE) return `$GENERATE range values go up to ${MAX_VALUE}`;
  if (start > stop) return `$GENERATE range ${text} starts after it stops`;
  if (step === 0) return "$GENERATE step must be at least 1";
  const count = Math.floor((stop - start) / step) + 1;
  if (count > MAX_GENERATED) return `$GENERATE ${text} would create ${count} records; at most ${MAX_GENERATED} per directive`;
  return { start, stop, step };
}
function nibbles(value, width, upper) {
  const hex = (value < 0 ? 0 : value).toString(16);
  const digits = (upper ? hex.toUpperCase() : hex).split("").reverse();
  const length = Math.max(width, digits.length * 2 - 1);
  let text = digits.join(".");
  while (text.length < length) text += ".0";
  return text.slice(0, length);
}
function formatValue(value, width, base) {
  if (base === "n" || base === "N") return nibbles(value, width, base === "N");
  const radix = base === "o" ? 8 : base === "x" || base === "X" ? 16 : 10;
  let digits = Math.abs(value).toString(radix);
  if (base === "X") digits = digits.toUpperCase();
  const sign = value < 0 ? "-" : "";
  return sign + digits.padStart(Math.max(0, width - sign.length), "0");
}
function substitute(template, value) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === "\\" && i + 1 < template.length) {
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch !== "$") {
      out += ch;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "\\$";
      i++;
      continue;
    }
    if (template[i + 1] !== "{") {
      out += String(value);
      continue;
    }
    const close = template.indexOf("}", i + 2);
    const modifier = close < 0 ? null : /^(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(template.slice(i + 2, close));
    if (!modifier) return { error: `"${template}": a $GENERATE modifier is \${offset[,width[,base]]} with base d, o, x, X, n or N` };
    const width = modifier[2] === void 0 ? 0 : Number(modifier[2]);
    if (width > 255) return { error: `"${template}": a $GENERATE width goes up to 255` };
    out += formatValue(value + Number(modifier[1]), width, modifier[3] ?? "d");
    i = close;
  }
  return out;
}

// src/dns/zone-lexer.ts
function isBlank(c) {
  return c === 32 || c === 9 || c === 13;
}
function tokenize(text, errors, options = {}) {
  const entries = [];
  let line = options.firstLine ?? 1;
  let lineStart = 1 - (options.firstColumn ?? 1);
  let depth = 0;
  let parenLine = 0;
  let parenColumn = 0;
  let current = null;
  let i = 0;
  const n = text.length;
  const column = (at) => at - lineStart + 1;
  const endEntry = () => {
    if (current && current.tokens.length > 0) entries.push(current);
    current = null;
  };
  const readEscape = (at) => {
    const digits = /^\d{3}/.exec(text.slice(at + 1, at + 4));
    if (digits) {
      if (Number(digits[0]) > 255) errors.push({ line, column: column(at), message: `escape \\${digits[0]} is not an octet (000-255)` });
      return { next: at + 4 };
    }
    if (at + 1 >= n || text[at + 1] === "\n") {
      errors.push({ line, column: column(at), message: "a backslash at the end of a line escapes nothing" });
      return { next: at + 1 };
    }
    return { next: at + 1 + String.fromCodePoint(text.codePointAt(at + 1)).length };
  };
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (current === null) {
      current = { tokens: [], blankOwner: isBlank(ch) };
    }
    if (ch === 10) {
      line++;
      lineStart = i + 1;
      i++;
      if (depth === 0) endEntry();
      continue;
    }
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === 59) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
      continue;
    }
    if (ch === 40) {
      if (depth === 0) {
        parenLine = line;
        parenColumn = column(i);
      }
      depth++;
      i++;
      continue;
    }
    if (ch === 41) {
      if (depth === 0) errors.push({ line, column: column(i), message: 'unbalanced ")"' });
      else depth--;
      i++;
      continue;
    }
    const startLine = line;
    const startColumn = column(i);
    const quoted = ch === 34;
    if (quoted) i++;
    const start = i;
    let escaped = false;
    let closed = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          closed = true;
          break;
        }
        if (c === 10) break;
      } else if (c === 10 || c === 32 || c === 9 || c === 13 || c === 59 || c === 40 || c === 41 || c === 34) {
        break;
      }
      if (c === 92) {
        escaped = true;
        i = readEscape(i).next;
        continue;
      }
      i++;
    }
    const raw = text.slice(start, i);
    if (quoted) {
      if (closed) i++;
      else errors.push({ line: startLine, column: startColumn, message: "quoted string is not closed on this line" });
    }
    const token = escaped ? unescapeToken(raw, startLine, startColumn, quoted) : { text: raw, octets: octetLength(raw), raw, quoted, line: startLine, column: startColumn };
    current.tokens.push(token);
  }
  if (depth > 0) errors.push({ line: parenLine, column: parenColumn, message: '"(" is never closed' });
  endEntry();
  return entries;
}
function octetLength(text) {
  if (text.length > 32) return Buffer.byteLength(text, "utf8");
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return Buffer.byteLength(text, "utf8");
  return text.length;
}
function unescapeToken(raw, line, column, quoted) {
  const chunks = [];
  let run = 0;
  for (let i = 0; i < raw.length; ) {
    if (raw.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    chunks.push(Buffer.from(raw.slice(run, i), "utf8"));
    const digits = /^\d{3}/.exec(raw.slice(i + 1, i + 4));
    if (digits) {
      chunks.push(Buffer.from([Number(digits[0]) & 255]));
      i += 4;
    } else if (i + 1 < raw.length) {
      const ch = String.fromCodePoint(raw.codePointAt(i + 1));
      chunks.push(Buffer.from(ch, "utf8"));
      i += 1 + ch.length;
    } else {
      i++;
    }
    run = i;
  }
  chunks.push(Buffer.from(raw.slice(run), "utf8"));
  const bytes = Buffer.concat(chunks);
  return { text: bytes.toString("utf8"), octets: bytes.length, raw, quoted, line, column };
}

// src/dns/presentation.ts
import { isIP } from "node:net";
function canonicalIPv6(address) {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}
function txtStrings(data) {
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((p) => Buffer.isBuffer(p) ? p.toString("utf8") : String(p));
}
function presentAnswer(answer) {
  const ttl = "ttl" in answer && typeof answer.ttl === "number" ? answer.ttl : 0;
  if (answer.type === "SPF") {
    const strings = txtStrings(answer.data);
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
        ttl
      };
    case "TXT": {
      const strings = txtStrings(answer.data);
      return { value: strings.join(""), strings, ttl };
    }
    case "SOA": {
      const d = answer.data;
      return {
        value: `${absoluteName(d.mname)} ${absoluteName(d.rname)} ${d.serial ?? 0} ${d.refresh ?? 0} ${d.retry ?? 0} ${d.expire ?? 0} ${d.minimum ?? 0}`,
        ttl
      };
    }
    default:
      return null;
  }
}
function okRRset(name, type, records, cname) {
  if (records.length === 1) {
    const only = records[0];
    const single = { name, type, status: "ok", ttl: only.ttl, values: [only.value] };
    if (type === "TXT" || type === "SPF") single.strings = [only.strings ?? [only.value]];
    if (cname !== void 0) single.cname = cname;
    return single;
  }
  const byValue = /* @__PURE__ */ new Map();
  for (const r of records) if (!byValue.has(r.value)) byValue.set(r.value, r);
  const sorted = [...byValue.values()].sort((a, b) => a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const rrset = {
    name,
    type,
    status: "ok",
    ttl: minTtl(records),
    values: sorted.map((r) => r.value)
  };
  if (type === "TXT" || type === "SPF") rrset.strings = sorted.map((r) => r.strings ?? [r.value]);
  if (cname !== void 0) rrset.cname = cname;
  return rrset;
}
function minTtl(records) {
  let min = Infinity;
  for (const r of records) if (r.ttl < min) min = r.ttl;
  return min;
}
function emptyRRset(name, type, status, cname) {
  const rrset = { name, type, status, ttl: null, values: [] };
  if (cname !== void 0) rrset.cname = cname;
  return rrset;
}
function withAliasTtl(rrset, cnameTtl) {
  if (rrset.cname !== void 0 && cnameTtl !== void 0) rrset.cnameTtl = cnameTtl;
  return rrset;
}
function failedRRset(name, type, failure, cname) {
  const rrset = { name, type, status: "failed", ttl: null, values: [], failure };
  if (cname !== void 0) rrset.cname = cname;
  return rrset;
}
function isIPv4(text) {
  return isIP(text) === 4;
}
function isIPv6(text) {
  return isIP(text) === 6;
}

// src/dns/zone-rdata.ts
function uint(h, token, what, max) {
  if (!/^\d+$/.test(token.text) || Number(token.text) > max) return h.fail(token, `${what} must be an integer 0-${max}, got "${token.text}"`);
  return Number(token.text);
}
function parseRdata(type, rdata, typeToken, h) {
  if (rdata[0] && !rdata[0].quoted && rdata[0].raw === "\\#") return parseGeneric(type, rdata, typeToken, h);
  if (/^TYPE\d+$/.test(type)) {
    return h.fail(rdata[0] ?? typeToken, `${type} is a type maildns does not know: its data must be written as \\# LENGTH HEX (RFC 3597 §5)`);
  }
  const expect = (count, fields) => {
    if (rdata.length === count) return true;
    h.fail(rdata[count] ?? rdata[rdata.length - 1] ?? typeToken, `${type} takes ${count} field${count === 1 ? "" : "s"} (${fields}), got ${rdata.length}`);
    return false;
  };
  switch (type) {
    case "A": {
      if (!expect(1, "IPv4 address")) return null;
      const address = rdata[0].text;
      return isIPv4(address) ? { value: address } : h.fail(rdata[0], `"${address}" is not an IPv4 address`);
    }
    case "AAAA": {
      if (!expect(1, "IPv6 address")) return null;
      const address = rdata[0].text;
      return isIPv6(address) ? { value: canonicalIPv6(address) } : h.fail(rdata[0], `"${address}" is not an IPv6 address`);
    }
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME": {
      if (!expect(1, "host name")) return null;
      const host = h.hostValue(rdata[0]);
      return host === null ? null : { value: host };
    }
    case "MX": {
      if (!expect(2, "preference, exchange")) return null;
      const preference = uint(h, rdata[0], "MX preference", 65535);
      const exchange = h.hostValue(rdata[1]);
      return preference === null || exchange === null ? null : { value: `${preference} ${exchange}` };
    }
    case "SRV": {
      if (!expect(4, "priority, weight, port, target")) return null;
      const priority = uint(h, rdata[0], "SRV priority", 65535);
      const weight = uint(h, rdata[1], "SRV weight", 65535);
      const port = uint(h, rdata[2], "SRV port", 65535);
      const target = h.hostValue(rdata[3]);
      if (priority === null || weight === null || port === null || target === null) return null;
      return { value: `${priority} ${weight} ${port} ${target}` };
    }
    case "TXT":
    case "SPF": {
      if (rdata.length === 0) return h.fail(typeToken, `${type} needs at least one character-string`);
      for (const token of rdata) {
        if (token.octets > 255) {
          return h.fail(token, `character-string of ${token.octets} octets: split it into quoted strings of at most 255 ("…" "…")`);
        }
      }
      const strings = rdata.map((t) => t.text);
      return { value: strings.length === 1 ? strings[0] : strings.join(""), strings };
    }
    case "SOA": {
      if (!expect(7, "mname, rname, serial, refresh, retry, expire, minimum")) return null;
      const mname = h.hostValue(rdata[0]);
      const rname = h.hostValue(rdata[1]);
      const serial = uint(h, rdata[2], "SOA serial", 2 ** 32 - 1);
      const timers = rdata.slice(3).map((t) => parseTtl(t.text) ?? h.fail(t, `SOA timer "${t.text}" is not a TTL`));
      if (mname === null || rname === null || serial === null || timers.some((t) => t === null)) return null;
      return { value: `${mname} ${rname} ${serial} ${timers.join(" ")}` };
    }
    default:
      if (rdata.length === 0) return h.fail(typeToken, `${type} record has no data`);
      return { value: rdata.map((t) => t.quoted ? `"${t.text.replace(/["\\]/g, (c) => `\\${c}`)}"` : t.text).join(" ") };
  }
}
function parseGeneric(type, rdata, typeToken, h) {
  const lengthToken = rdata[1];
  if (!lengthToken || !/^\d+$/.test(lengthToken.text) || Number(lengthToken.text) > 65535) {
    return h.fail(lengthToken ?? rdata[0], "\\# must be followed by the data length in octets (0-65535) and the data in hexadecimal (RFC 3597 §5)");
  }
  const length = Number(lengthToken.text);
  const hexTokens = rdata.slice(2);
  const hex = hexTokens.map((t) => t.text).join("");
  const badToken = hexTokens.find((t) => t.quoted || !/^[0-9a-fA-F]*$/.test(t.text));
  if (badToken) return h.fail(badToken, `"${badToken.text}" is not hexadecimal data`);
  if (hex.length % 2 === 1) return h.fail(hexTokens[hexTokens.length - 1], "hexadecimal data has an odd number of digits");
  if (hex.length / 2 !== length) {
    return h.fail(lengthToken, `\\# says ${length} octets but the data has ${hex.length / 2} (RFC 3597 §5)`);
  }
  const wire = Buffer.from(hex, "hex");
  const decoded = decodeWire(type, wire);
  if (decoded === void 0) return { value: `\\# ${length}${length > 0 ? ` ${hex.toUpperCase()}` : ""}` };
  if (decoded === null) return h.fail(rdata[0], `the ${length} octets of \\# data are not a valid ${type} record`);
  return decoded;
}
function wireName(wire, at) {
  const labels = [];
  let length = 1;
  for (let i = at; i < wire.length; ) {
    const size = wire[i];
    if (size === 0) return { name: labels.length === 0 ? "." : `${labels.join(".")}.`, next: i + 1 };
    if (size > 63 || i + 1 + size > wire.length) return null;
    length += size + 1;
    if (length > 255) return null;
    labels.push(presentLabel(wire.subarray(i + 1, i + 1 + size)));
    i += 1 + size;
  }
  return null;
}
function decodeWire(type, wire) {
  switch (type) {
    case "A":
      return wire.length === 4 ? { value: [...wire].join(".") } : null;
    case "AAAA": {
      if (wire.length !== 16) return null;
      const groups = [];
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
      const strings = [];
      for (let i = 0; i < wire.length; ) {
        const size = wire[i];
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
      return void 0;
  }
}

// src/dns/zone-file.ts
var MAX_INCLUDE_DEPTH = 16;
function parseZoneFile(text, options = {}) {
  const origin = options.origin === void 0 ? null : canonicalName(options.origin);
  const shared = {
    records: [],
    errors: [],
    defaultTtl: null,
    lastTtl: null,
    soaMinimum: null,
    stack: options.file === void 0 ? [] : [options.file],
    include: options.include,
    topFile: options.file,
    sawRecord: false,
    spellings: options.ownerSpellings ? /* @__PURE__ */ new Set() : null,
    startOrigin: origin,
    startOriginAt: null,
    columns: []
  };
  parseText(shared, text, options.file, origin);
  cnameConflicts(shared, options.file);
  const at = shared.startOriginAt;
  return {
    records: shared.records,
    errors: shared.errors,
    origin: shared.startOrigin,
    ...at ? { originLine: at.line, originColumn: at.column } : {},
    ...shared.spellings ? { ownerSpellings: [...shared.spellings] } : {}
  };
}
function parseText(shared, text, file, startOrigin) {
  const top = file === shared.topFile;
  const errors = [];
  const entries = tokenize(text, errors);
  flush();
  let origin = startOrigin;
  let writtenOrigin = startOrigin;
  let previousOwner = null;
  function flush() {
    for (const error of errors) shared.errors.push(top || file === void 0 ? error : { ...error, file });
    errors.length = 0;
  }
  const fail = (token, message, code) => {
    errors.push({ line: token.line, column: token.column, message, ...code ? { code } : {} });
    return null;
  };
  const resolveName = (token) => {
    const raw = token.raw;
    if (raw.length <= 64 && CANONICAL_ABSOLUTE.test(raw)) return raw.slice(0, -1);
    if (raw === "") return fail(token, "empty name");
    if (raw === "@" && !token.quoted) {
      if (origin === null) return fail(token, `"@" used but the zone's name is not known: give --origin, add $ORIGIN, or name the file after the zone`, "no-origin");
      return origin;
    }
    const name = presentationName(raw);
    if (typeof name !== "string") return fail(token, name.error);
    let full;
    if (isAbsolute(raw)) {
      full = name;
    } else {
      if (origin === null) {
        return fail(token, `relative name "${raw}" but the zone's name is not known: give --origin, add $ORIGIN, or write "${raw}."`, "no-origin");
      }
      full = origin === "" ? name : `${name}.${origin}`;
    }
    const problem = nameProblem(full);
    return problem ? fail(token, problem) : full;
  };
  const spelt = (token) => {
    const raw = token.raw;
    if (raw === "@" && !token.quoted) return writtenOrigin ?? "";
    if (isAbsolute(raw)) return raw === "." ? "" : raw.slice(0, -1);
    return writtenOrigin === "" || writtenOrigin === null ? raw : `${raw}.${writtenOrigin}`;
  };
  const hostValue = (token) => {
    if (token.raw.length <= 64 && CANONICAL_ABSOLUTE.test(token.raw)) return token.raw;
    const name = resolveName(token);
    return name === null ? null : name === "" ? "." : `${name}.`;
  };
  const helpers = { fail, hostValue };
  const record = (entry, generated) => {
    const first = entry.tokens[0];
    let index = 0;
    let owner;
    if (entry.blankOwner) {
      if (previousOwner === null) {
        fail(first, "record has no owner name and there is no previous record to take it from");
        return;
      }
      owner = previousOwner;
    } else {
      owner = resolveName(first);
      index = 1;
      if (owner === null) return;
      if (shared.spellings && !generated) shared.spellings.add(spelt(first));
      if (owner === previousOwner) owner = previousOwner;
    }
    if (!generated) previousOwner = owner;
    let ttl = null;
    let klass = null;
    let typeToken;
    for (; index < entry.tokens.length; index++) {
      const token = entry.tokens[index];
      if (!token.quoted && ttl === null && startsWithDigit(token.text) && looksLikeTtl(token.text)) {
        ttl = parseTtl(token.text);
        if (ttl === null) {
          fail(token, `TTL "${token.text}" is larger than ${MAX_TTL} (RFC 2181 §8)`);
          return;
        }
      } else if (!token.quoted && klass === null && knownClass(token.text) !== null) {
        klass = knownClass(token.text);
      } else {
        typeToken = token;
        index++;
        break;
      }
    }
    if (!typeToken) {
      fail(entry.tokens[entry.tokens.length - 1], "record has no type");
      return;
    }
    if (typeToken.quoted) {
      fail(typeToken, `"${typeToken.text}" is not a record type`);
      return;
    }
    const known = recordType(typeToken.text);
    if (!known.ok) {
      fail(typeToken, known.message);
      return;
    }
    if (klass !== null && klass !== "IN") {
      fail(typeToken, `class ${klass} is not supported; only IN`);
      return;
    }
    const type = known.type;
    const parsed = parseRdata(type, entry.tokens.slice(index), typeToken, helpers);
    if (parsed === null) return;
    if (type === "SOA") shared.soaMinimum = Number(parsed.value.split(" ")[6]);
    if (ttl !== null) shared.lastTtl = ttl;
    const effectiveTtl = ttl ?? shared.defaultTtl ?? shared.lastTtl ?? shared.soaMinimum;
    if (effectiveTtl === null) {
      fail(typeToken, "no TTL for this record: give one or add $TTL at the top of the file");
      return;
    }
    shared.records.push(zoneRecord(owner, type, effectiveTtl, parsed.value, parsed.strings, file, first.line));
    shared.columns.push(first.column);
    shared.sawRecord = true;
  };
  const generate = (first, args) => {
    if (args.length < 4) {
      fail(args[args.length - 1] ?? first, "$GENERATE needs a range, an owner, a type and data: $GENERATE 1-10 host$ A 192.0.2.$");
      return;
    }
    const range = parseRange(args[0].text);
    if (typeof range === "string") {
      fail(args[0], range);
      return;
    }
    const lhs = args[1];
    const middle = args.slice(2, -1);
    const rhs = args[args.length - 1];
    if (middle.length === 0 || middle.length > 3) {
      fail(rhs, "$GENERATE takes one data token after the type: quote the data when it has blanks");
      return;
    }
    const fixed = middle.map((t) => t.quoted ? `"${t.raw}"` : t.raw).join(" ");
    for (let value = range.start; value <= range.stop; value += range.step) {
      const owner = substitute(lhs.raw, value);
      const data = substitute(rhs.raw, value);
      if (typeof owner !== "string" || typeof data !== "string") {
        fail(typeof owner !== "string" ? lhs : rhs, (typeof owner !== "string" ? owner : data).error);
        return;
      }
      const before = errors.length;
      for (const entry of tokenize(`${owner} ${fixed} ${data}`, errors, { firstLine: first.line, firstColumn: first.column })) record(entry, true);
      for (let i = before; i < errors.length; i++) errors[i] = { ...errors[i], message: `${errors[i].message} (in the record $GENERATE makes for ${value})` };
      if (errors.length > before) return;
    }
  };
  const includeFile = (first, args) => {
    const path = args[0];
    if (!path) {
      fail(first, "$INCLUDE needs a file name");
      return;
    }
    let includeOrigin = origin;
    if (args[1]) {
      includeOrigin = resolveName(args[1]);
      if (includeOrigin === null) return;
    }
    if (!shared.include) {
      fail(first, "$INCLUDE can only be read from a zone file on disk (give the file to --zone)");
      return;
    }
    if (shared.stack.length > MAX_INCLUDE_DEPTH) {
      fail(first, `$INCLUDE nested more than ${MAX_INCLUDE_DEPTH} deep`);
      return;
    }
    const read = shared.include(path.text, file);
    if ("error" in read) {
      fail(path, read.error);
      return;
    }
    if (shared.stack.includes(read.id)) {
      fail(path, `$INCLUDE loop: ${read.file} is already being read`);
      return;
    }
    flush();
    shared.stack.push(read.id);
    parseText(shared, read.text, read.file, includeOrigin);
    shared.stack.pop();
  };
  for (const entry of entries) {
    const first = entry.tokens[0];
    if (!entry.blankOwner && !first.quoted && first.text.startsWith("$")) {
      const directive = first.text.toUpperCase();
      const argument = entry.tokens[1];
      if (directive === "$ORIGIN") {
        if (!argument) {
          fail(first, "$ORIGIN needs a name");
        } else if (!isAbsolute(argument.raw) && origin === null) {
          fail(argument, `relative $ORIGIN "${argument.text}" with no origin to complete it: write "${argument.text}."`);
        } else {
          const name = resolveName(argument);
          if (name !== null) {
            if (shared.spellings) writtenOrigin = spelt(argument);
            origin = name;
            if (top && !shared.sawRecord) {
              shared.startOrigin = name;
              shared.startOriginAt = argument;
            }
          }
        }
      } else if (directive === "$TTL") {
        const ttl = argument ? parseTtl(argument.text) : null;
        if (ttl === null) fail(argument ?? first, `$TTL needs a TTL in seconds (0-${MAX_TTL}) or with units like 1h, got "${argument?.text ?? ""}"`);
        else shared.defaultTtl = ttl;
      } else if (directive === "$INCLUDE") {
        includeFile(first, entry.tokens.slice(1));
      } else if (directive === "$GENERATE") {
        generate(first, entry.tokens.slice(1));
      } else {
        fail(first, `unknown directive ${first.text}`);
      }
      flush();
      continue;
    }
    record(entry, false);
    flush();
  }
  flush();
}
var BESIDE_CNAME = /* @__PURE__ */ new Set(["SIG", "NXT", "KEY", "RRSIG", "NSEC", "NSEC3"]);
function cnameConflicts(shared, topFile) {
  const { records, columns } = shared;
  const cnames = /* @__PURE__ */ new Set();
  for (const record of records) if (record.type === "CNAME") cnames.add(record.name);
  if (cnames.size === 0) return;
  const first = /* @__PURE__ */ new Map();
  const said = /* @__PURE__ */ new Set();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!cnames.has(record.name) || BESIDE_CNAME.has(record.type) || said.has(record.name)) continue;
    const before = first.get(record.name);
    if (before === void 0) {
      first.set(record.name, i);
      continue;
    }
    const earlier = records[before];
    if (record.type === "CNAME" && earlier.type === "CNAME" && record.value === earlier.value) continue;
    if (record.type !== "CNAME" && earlier.type !== "CNAME") continue;
    said.add(record.name);
    const where = earlier.file !== record.file && earlier.file !== void 0 ? `${earlier.file}:${earlier.line}` : `line ${earlier.line}`;
    const shown = record.name === "" ? "." : record.name;
    const message = record.type === earlier.type ? `second CNAME record at ${shown}, beside the one at ${where} (to ${earlier.value}): a name has one canonical name (RFC 2181 §10.1), so name servers refuse this zone; keep one of the two` : `${record.type} record at ${shown}, beside the ${earlier.type} record at ${where}: a name with a CNAME holds no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), so name servers refuse this zone; remove the ${record.type === "CNAME" ? earlier.type : record.type} record or the CNAME`;
    shared.errors.push({ line: record.line ?? 0, column: columns[i] ?? 1, message, ...record.file !== void 0 && record.file !== topFile ? { file: record.file } : {} });
  }
}
function zoneRecord(name, type, ttl, value, strings, file, line) {
  if (strings) return file === void 0 ? { name, type, ttl, value, line, strings } : { name, type, ttl, value, line, strings, file };
  return file === void 0 ? { name, type, ttl, value, line } : { name, type, ttl, value, line, file };
}
function startsWithDigit(text) {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
var classes = /* @__PURE__ */ new Map();
function knownClass(token) {
  let klass = classes.get(token);
  if (klass === void 0) {
    klass = recordClass(token);
    if (classes.size < 1024) classes.set(token, klass);
  }
  return klass;
}
var CANONICAL_ABSOLUTE = /^[a-z0-9_*-]+(?:\.[a-z0-9_*-]+)*\.$/;
var PLAIN_NAME = /^[a-zA-Z0-9_*-]+(?:\.[a-zA-Z0-9_*-]+)*\.?$/;
function isAbsolute(raw) {
  if (!raw.endsWith(".")) return false;
  let slashes = 0;
  for (let i = raw.length - 2; i >= 0 && raw[i] === "\\"; i--) slashes++;
  return slashes % 2 === 0;
}
function presentationName(raw) {
  if (raw === ".") return "";
  if (PLAIN_NAME.test(raw)) {
    const name = raw.endsWith(".") ? raw.slice(0, -1) : raw;
    return /[A-Z]/.test(name) ? name.toLowerCase() : name;
  }
  if (!raw.includes("\\") && /[^\x00-\x7f]/.test(raw)) return canonicalName(raw);
  const labels = nameLabels(raw);
  if (labels.length > 1 && labels[labels.length - 1] === "") labels.pop();
  const out = [];
  for (const label of labels) {
    if (label === "") return { error: `empty label in "${raw}"` };
    out.push(presentLabel(labelOctets(label)));
  }
  return out.join(".");
}

export {
  presentAnswer,
  okRRset,
  emptyRRset,
  withAliasTtl,
  failedRRset,
  parseTtl,
  parseZoneFile
};
