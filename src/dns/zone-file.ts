// BIND master-file syntax (RFC 1035 §5.1, $TTL from RFC 2308 §4), as OVH's control panel exports zones.
// Pure: text in, records and positioned errors out; it never throws.
import { canonicalName, nameProblem } from "./names.js";
import { canonicalIPv6, isIPv4, isIPv6 } from "./presentation.js";
import type { ZoneFileError, ZoneRecord } from "./types.js";

export interface ZoneParseOptions {
  /** Origin for relative names until a $ORIGIN (e.g. from the file name). */
  origin?: string;
  /** Copied into each record, for messages. */
  file?: string;
}

export interface ZoneParseResult {
  records: ZoneRecord[];
  errors: ZoneFileError[];
  /** The origin in force at the start of the file: the option, or the first $ORIGIN before any record. */
  origin: string | null;
}

interface Token {
  /** Unescaped text (UTF-8). */
  text: string;
  /** Unescaped octets: what goes on the wire for a character-string. */
  bytes: Buffer;
  quoted: boolean;
  line: number;
  column: number;
}

interface Entry {
  tokens: Token[];
  /** The entry started with blank space: the owner is the previous one (RFC 1035 §5.1). */
  blankOwner: boolean;
}

/** Largest TTL (RFC 2181 §8). */
const MAX_TTL = 2 ** 31 - 1;
const CLASSES = new Set(["IN", "CH", "HS", "CS", "NONE", "ANY"]);
const TTL_UNITS: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

function isBlank(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\r";
}

/** Split the text into entries (one per record, parentheses joining lines), unescaping tokens. */
function tokenize(text: string, errors: ZoneFileError[]): Entry[] {
  const entries: Entry[] = [];
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let parenLine = 0;
  let parenColumn = 0;
  let current: Entry | null = null;
  let i = 0;
  const n = text.length;

  const column = (at: number) => at - lineStart + 1;
  const endEntry = () => {
    if (current && current.tokens.length > 0) entries.push(current);
    current = null;
  };

  /** Read an escape at text[at] === "\\"; returns the octets and the index after it. */
  const readEscape = (at: number): { bytes: Buffer; next: number } => {
    const digits = /^\d{3}/.exec(text.slice(at + 1, at + 4));
    if (digits) {
      const value = Number(digits[0]);
      if (value > 255) errors.push({ line, column: column(at), message: `escape \\${digits[0]} is not an octet (000-255)` });
      return { bytes: Buffer.from([value & 0xff]), next: at + 4 };
    }
    if (at + 1 >= n || text[at + 1] === "\n") {
      errors.push({ line, column: column(at), message: "a backslash at the end of a line escapes nothing" });
      return { bytes: Buffer.alloc(0), next: at + 1 };
    }
    const cp = text.codePointAt(at + 1)!;
    const ch = String.fromCodePoint(cp);
    return { bytes: Buffer.from(ch, "utf8"), next: at + 1 + ch.length };
  };

  while (i < n) {
    const ch = text[i]!;
    if (current === null) {
      current = { tokens: [], blankOwner: isBlank(ch) };
    }
    if (ch === "\n") {
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
    if (ch === ";") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (ch === "(") {
      if (depth === 0) {
        parenLine = line;
        parenColumn = column(i);
      }
      depth++;
      i++;
      continue;
    }
    if (ch === ")") {
      if (depth === 0) errors.push({ line, column: column(i), message: 'unbalanced ")"' });
      else depth--;
      i++;
      continue;
    }
    const startLine = line;
    const startColumn = column(i);
    const chunks: Buffer[] = [];
    if (ch === '"') {
      i++;
      let run = i;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          closed = true;
          break;
        }
        if (c === "\n") break;
        if (c === "\\") {
          chunks.push(Buffer.from(text.slice(run, i), "utf8"));
          const escape = readEscape(i);
          chunks.push(escape.bytes);
          i = escape.next;
          run = i;
          continue;
        }
        i++;
      }
      chunks.push(Buffer.from(text.slice(run, i), "utf8"));
      if (closed) i++;
      else errors.push({ line: startLine, column: startColumn, message: "quoted string is not closed on this line" });
      const bytes = Buffer.concat(chunks);
      current.tokens.push({ text: bytes.toString("utf8"), bytes, quoted: true, line: startLine, column: startColumn });
      continue;
    }
    let run = i;
    while (i < n) {
      const c = text[i]!;
      if (c === "\n" || isBlank(c) || c === ";" || c === "(" || c === ")" || c === '"') break;
      if (c === "\\") {
        chunks.push(Buffer.from(text.slice(run, i), "utf8"));
        const escape = readEscape(i);
        chunks.push(escape.bytes);
        i = escape.next;
        run = i;
        continue;
      }
      i++;
    }
    chunks.push(Buffer.from(text.slice(run, i), "utf8"));
    const bytes = Buffer.concat(chunks);
    current.tokens.push({ text: bytes.toString("utf8"), bytes, quoted: false, line: startLine, column: startColumn });
  }
  if (depth > 0) errors.push({ line: parenLine, column: parenColumn, message: '"(" is never closed' });
  endEntry();
  return entries;
}

/** A TTL in seconds: digits, or BIND units such as "1h30m" or "1W". */
export function parseTtl(text: string): number | null {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    return value <= MAX_TTL ? value : null;
  }
  if (!/^(\d+[wdhms])+$/i.test(text)) return null;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([wdhms])/gi)) total += Number(amount) * TTL_UNITS[unit!.toLowerCase()]!;
  return total <= MAX_TTL ? total : null;
}

function looksLikeTtl(text: string): boolean {
  return /^\d+$/.test(text) || /^(\d+[wdhms])+$/i.test(text);
}

/** Parse a zone file. Records with errors are left out; everything else is kept (collect, don't bail). */
export function parseZoneFile(text: string, options: ZoneParseOptions = {}): ZoneParseResult {
  const errors: ZoneFileError[] = [];
  const records: ZoneRecord[] = [];
  const entries = tokenize(text, errors);
  let origin: string | null = options.origin === undefined ? null : canonicalName(options.origin);
  let startOrigin = origin;
  let defaultTtl: number | null = null;
  let lastTtl: number | null = null;
  let soaMinimum: number | null = null;
  let previousOwner: string | null = null;
  let sawRecord = false;

  const fail = (token: Token, message: string): null => {
    errors.push({ line: token.line, column: token.column, message });
    return null;
  };

  /** A name from the file, relative ones completed with the origin (RFC 1035 §5.1). */
  const resolveName = (token: Token): string | null => {
    const raw = token.text;
    if (raw === "") return fail(token, "empty name");
    let name: string;
    if (raw === "@") {
      if (origin === null) return fail(token, '"@" used but no origin is known: add $ORIGIN or name the file after the zone');
      name = origin;
    } else if (raw.endsWith(".")) {
      name = canonicalName(raw);
      if (raw !== "." && name === "") return fail(token, `bad name "${raw}"`);
    } else {
      if (origin === null) return fail(token, `relative name "${raw}" but no origin is known: add $ORIGIN or write "${raw}."`);
      name = canonicalName(origin === "" ? raw : `${raw}.${origin}`);
    }
    const problem = nameProblem(name);
    return problem ? fail(token, problem) : name;
  };

  const hostValue = (token: Token): string | null => {
    const name = resolveName(token);
    return name === null ? null : name === "" ? "." : `${name}.`;
  };

  const uint = (token: Token, what: string, max: number): number | null => {
    if (!/^\d+$/.test(token.text) || Number(token.text) > max) return fail(token, `${what} must be an integer 0-${max}, got "${token.text}"`);
    return Number(token.text);
  };

  for (const entry of entries) {
    const first = entry.tokens[0]!;
    if (!entry.blankOwner && !first.quoted && first.text.startsWith("$")) {
      const directive = first.text.toUpperCase();
      const argument = entry.tokens[1];
      if (directive === "$ORIGIN") {
        if (!argument) {
          fail(first, "$ORIGIN needs a name");
          continue;
        }
        const name = argument.text.endsWith(".") ? canonicalName(argument.text) : origin === null ? null : canonicalName(origin === "" ? argument.text : `${argument.text}.${origin}`);
        if (name === null) {
          fail(argument, `relative $ORIGIN "${argument.text}" with no origin to complete it: write "${argument.text}."`);
          continue;
        }
        const problem = nameProblem(name);
        if (problem) {
          fail(argument, problem);
          continue;
        }
        origin = name;
        if (!sawRecord) startOrigin = name;
      } else if (directive === "$TTL") {
        const ttl = argument ? parseTtl(argument.text) : null;
        if (ttl === null) fail(argument ?? first, `$TTL needs a TTL in seconds (0-${MAX_TTL}) or with units like 1h, got "${argument?.text ?? ""}"`);
        else defaultTtl = ttl;
      } else if (directive === "$INCLUDE") {
        fail(first, "$INCLUDE is not supported: concatenate the files or give each one to --zone");
      } else if (directive === "$GENERATE") {
        fail(first, "$GENERATE is not supported");
      } else {
        fail(first, `unknown directive ${first.text}`);
      }
      continue;
    }

    let index = 0;
    let owner: string | null;
    if (entry.blankOwner) {
      if (previousOwner === null) {
        fail(first, "record has no owner name and there is no previous record to take it from");
        continue;
      }
      owner = previousOwner;
    } else {
      owner = resolveName(first);
      index = 1;
      if (owner === null) continue;
    }
    previousOwner = owner;

    let ttl: number | null = null;
    let recordClass: string | null = null;
    let typeToken: Token | undefined;
    let bad = false;
    for (; index < entry.tokens.length; index++) {
      const token = entry.tokens[index]!;
      if (!token.quoted && ttl === null && looksLikeTtl(token.text)) {
        ttl = parseTtl(token.text);
        if (ttl === null) {
          fail(token, `TTL "${token.text}" is larger than ${MAX_TTL} (RFC 2181 §8)`);
          bad = true;
          break;
        }
      } else if (!token.quoted && recordClass === null && CLASSES.has(token.text.toUpperCase())) {
        recordClass = token.text.toUpperCase();
      } else {
        typeToken = token;
        index++;
        break;
      }
    }
    if (bad) continue;
    if (!typeToken) {
      fail(entry.tokens[entry.tokens.length - 1]!, "record has no type");
      continue;
    }
    const type = typeToken.text.toUpperCase();
    if (typeToken.quoted || !/^[A-Z][A-Z0-9-]*$/.test(type)) {
      fail(typeToken, `"${typeToken.text}" is not a record type`);
      continue;
    }
    if (recordClass !== null && recordClass !== "IN") {
      fail(typeToken, `class ${recordClass} is not supported; only IN`);
      continue;
    }
    const rdata = entry.tokens.slice(index);
    const parsed = parseRdata(type, rdata, typeToken, { fail, hostValue, uint });
    if (parsed === null) continue;
    if (type === "SOA") soaMinimum = Number(parsed.value.split(" ")[6]);

    if (ttl !== null) lastTtl = ttl;
    // RFC 2308 §4: $TTL; otherwise the last TTL given (RFC 1035 §5.1); BIND falls back on the SOA minimum.
    const effectiveTtl = ttl ?? defaultTtl ?? lastTtl ?? soaMinimum;
    if (effectiveTtl === null) {
      fail(typeToken, "no TTL for this record: give one or add $TTL at the top of the file");
      continue;
    }
    const record: ZoneRecord = { name: owner, type, ttl: effectiveTtl, value: parsed.value, line: first.line };
    if (parsed.strings) record.strings = parsed.strings;
    if (options.file !== undefined) record.file = options.file;
    records.push(record);
    sawRecord = true;
  }
  return { records, errors, origin: startOrigin };
}

interface RdataHelpers {
  fail(token: Token, message: string): null;
  hostValue(token: Token): string | null;
  uint(token: Token, what: string, max: number): number | null;
}

function parseRdata(type: string, rdata: Token[], typeToken: Token, h: RdataHelpers): { value: string; strings?: string[] } | null {
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
      const preference = h.uint(rdata[0]!, "MX preference", 65535);
      const exchange = h.hostValue(rdata[1]!);
      return preference === null || exchange === null ? null : { value: `${preference} ${exchange}` };
    }
    case "SRV": {
      if (!expect(4, "priority, weight, port, target")) return null;
      const priority = h.uint(rdata[0]!, "SRV priority", 65535);
      const weight = h.uint(rdata[1]!, "SRV weight", 65535);
      const port = h.uint(rdata[2]!, "SRV port", 65535);
      const target = h.hostValue(rdata[3]!);
      if (priority === null || weight === null || port === null || target === null) return null;
      return { value: `${priority} ${weight} ${port} ${target}` };
    }
    case "TXT":
    case "SPF": {
      if (rdata.length === 0) return h.fail(typeToken, `${type} needs at least one character-string`);
      // Each token is one character-string of at most 255 octets (RFC 1035 §3.3, §3.3.14).
      for (const token of rdata) {
        if (token.bytes.length > 255) {
          return h.fail(token, `character-string of ${token.bytes.length} octets: split it into quoted strings of at most 255 ("…" "…")`);
        }
      }
      const strings = rdata.map((t) => t.text);
      return { value: strings.join(""), strings };
    }
    case "SOA": {
      if (!expect(7, "mname, rname, serial, refresh, retry, expire, minimum")) return null;
      const mname = h.hostValue(rdata[0]!);
      const rname = h.hostValue(rdata[1]!);
      const serial = h.uint(rdata[2]!, "SOA serial", 2 ** 32 - 1);
      const timers = rdata.slice(3).map((t) => parseTtl(t.text) ?? h.fail(t, `SOA timer "${t.text}" is not a TTL`));
      if (mname === null || rname === null || serial === null || timers.some((t) => t === null)) return null;
      return { value: `${mname} ${rname} ${serial} ${timers.join(" ")}` };
    }
    default:
      if (rdata.length === 0) return h.fail(typeToken, `${type} record has no data`);
      return { value: rdata.map((t) => (t.quoted ? `"${t.text.replace(/["\\]/g, (c) => `\\${c}`)}"` : t.text)).join(" ") };
  }
}
