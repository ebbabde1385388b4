// BIND master-file syntax (RFC 1035 §5.1, $TTL from RFC 2308 §4, generic types from RFC 3597 §5, BIND's
// $GENERATE), as OVH's control panel exports zones and as named-checkzone and kzonecheck read them.
// Pure: text in, records and positioned errors out; it never throws. $INCLUDE reads through a callback
// the caller gives (zone-source.ts keeps it inside the zone's folder).
import { canonicalName, labelOctets, nameLabels, nameProblem, presentLabel } from "./names.js";
import { recordClass, recordType } from "./rr-types.js";
import { looksLikeTtl, MAX_TTL, parseTtl } from "./ttl.js";
import type { ZoneFileError, ZoneRecord } from "./types.js";
import { parseRange, substitute } from "./zone-generate.js";
import { tokenize, type Entry, type Token } from "./zone-lexer.js";
import { parseRdata } from "./zone-rdata.js";

export { parseTtl } from "./ttl.js";

/** A file an $INCLUDE names, as the caller read it. */
export interface IncludedFile {
  /** The file's path as records and errors name it. */
  file: string;
  /** A stable identity (the real path) to tell an include loop. */
  id: string;
  text: string;
}

export interface ZoneParseOptions {
  /** Origin for relative names until a $ORIGIN (e.g. from the file name or --origin). */
  origin?: string;
  /** Copied into each record, for messages. */
  file?: string;
  /**
   * Reads the file an $INCLUDE names (`path` as written; `from` the including file). Without it, $INCLUDE
   * is an error.
   */
  include?: (path: string, from: string | undefined) => IncludedFile | { error: string };
  /**
   * Also collect each owner as written (`ownerSpellings`). Names compare without case (RFC 4343) and records
   * carry them lower-cased, but a provider that keeps a name as it was given (OVH's `subDomain`) must be
   * asked for it in that spelling.
   */
  ownerSpellings?: boolean;
}

export interface ZoneParseResult {
  records: ZoneRecord[];
  errors: ZoneFileError[];
  /** The origin in force at the start of the file: the option, or the first $ORIGIN before any record. */
  origin: string | null;
  /** Where that $ORIGIN is (absent when the origin came from the option). */
  originLine?: number;
  originColumn?: number;
  /**
   * With the option: every owner an entry writes (not a blank one, nor one $GENERATE makes), absolute with
   * no final dot, letter case and escapes as in the file; a relative one completed with the origin as its
   * $ORIGIN wrote it. An entry whose type or data is in error still names its owner.
   */
  ownerSpellings?: string[];
}

/** $INCLUDE nesting deeper than this is refused (a loop through copies of one file would never end). */
const MAX_INCLUDE_DEPTH = 16;

/** State shared by a file and the files it includes: BIND keeps $TTL across an $INCLUDE. */
interface Shared {
  records: ZoneRecord[];
  errors: ZoneFileError[];
  defaultTtl: number | null;
  lastTtl: number | null;
  soaMinimum: number | null;
  /** Identities of the files being read, outermost first. */
  stack: string[];
  include: ZoneParseOptions["include"];
  topFile: string | undefined;
  sawRecord: boolean;
  /** Owners as written, when asked for. */
  spellings: Set<string> | null;
  startOrigin: string | null;
  startOriginAt: Token | null;
  /** The column each record of `records` starts at (its first token), for errors found once all are read. */
  columns: number[];
}

/** Parse a zone file. Records with errors are left out; everything else is kept (collect, don't bail). */
export function parseZoneFile(text: string, options: ZoneParseOptions = {}): ZoneParseResult {
  const origin = options.origin === undefined ? null : canonicalName(options.origin);
  const shared: Shared = {
    records: [],
    errors: [],
    defaultTtl: null,
    lastTtl: null,
    soaMinimum: null,
    stack: options.file === undefined ? [] : [options.file],
    include: options.include,
    topFile: options.file,
    sawRecord: false,
    spellings: options.ownerSpellings ? new Set() : null,
    startOrigin: origin,
    startOriginAt: null,
    columns: [],
  };
  parseText(shared, text, options.file, origin);
  cnameConflicts(shared, options.file);
  const at = shared.startOriginAt;
  return {
    records: shared.records,
    errors: shared.errors,
    origin: shared.startOrigin,
    ...(at ? { originLine: at.line, originColumn: at.column } : {}),
    ...(shared.spellings ? { ownerSpellings: [...shared.spellings] } : {}),
  };
}

/** Reads one file's text into `shared`, with its own origin and previous owner (RFC 1035 §5.1: an $INCLUDE does not change the includer's). */
function parseText(shared: Shared, text: string, file: string | undefined, startOrigin: string | null): void {
  const top = file === shared.topFile;
  const errors: ZoneFileError[] = [];
  const entries = tokenize(text, errors);
  flush();
  let origin = startOrigin;
  /** The origin as its $ORIGIN wrote it, for ownerSpellings. */
  let writtenOrigin = startOrigin;
  let previousOwner: string | null = null;

  function flush(): void {
    for (const error of errors) shared.errors.push(top || file === undefined ? error : { ...error, file });
    errors.length = 0;
  }

  const fail = (token: Token, message: string, code?: ZoneFileError["code"]): null => {
    errors.push({ line: token.line, column: token.column, message, ...(code ? { code } : {}) });
    return null;
  };

  /** A name from the file, relative ones completed with the origin (RFC 1035 §5.1); escapes kept in presentation form. */
  const resolveName = (token: Token): string | null => {
    const raw = token.raw;
    // Nearly every name in an export is written absolute, plain and in lower case: it is its own name,
    // and at 64 characters or fewer no label can pass 63 octets nor the name 255 (RFC 1035 §2.3.4).
    if (raw.length <= 64 && CANONICAL_ABSOLUTE.test(raw)) return raw.slice(0, -1);
    if (raw === "") return fail(token, "empty name");
    if (raw === "@" && !token.quoted) {
      if (origin === null) return fail(token, '"@" used but the zone\'s name is not known: give --origin, add $ORIGIN, or name the file after the zone', "no-origin");
      return origin;
    }
    const name = presentationName(raw);
    if (typeof name !== "string") return fail(token, name.error);
    let full: string;
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

  /** A name as written, made absolute like resolveName does, its letter case and escapes kept. */
  const spelt = (token: Token): string => {
    const raw = token.raw;
    if (raw === "@" && !token.quoted) return writtenOrigin ?? "";
    if (isAbsolute(raw)) return raw === "." ? "" : raw.slice(0, -1);
    return writtenOrigin === "" || writtenOrigin === null ? raw : `${raw}.${writtenOrigin}`;
  };

  const hostValue = (token: Token): string | null => {
    // A plain absolute host is already in presentation form: the text as written, not a copy.
    if (token.raw.length <= 64 && CANONICAL_ABSOLUTE.test(token.raw)) return token.raw;
    const name = resolveName(token);
    return name === null ? null : name === "" ? "." : `${name}.`;
  };

  const helpers = { fail, hostValue };

  /** One record entry; the owner given for a $GENERATE line, else read from the entry. */
  const record = (entry: Entry, generated: boolean): void => {
    const first = entry.tokens[0]!;
    let index = 0;
    let owner: string | null;
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
      // A file repeats a name on each of its records: they share one string, so each record does not keep
      // a copy of its own for as long as the zones are loaded.
      if (owner === previousOwner) owner = previousOwner;
    }
    if (!generated) previousOwner = owner;

    let ttl: number | null = null;
    let klass: string | null = null;
    let typeToken: Token | undefined;
    for (; index < entry.tokens.length; index++) {
      const token = entry.tokens[index]!;
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
      fail(entry.tokens[entry.tokens.length - 1]!, "record has no type");
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
    // RFC 2308 §4: $TTL; otherwise the last TTL given (RFC 1035 §5.1); BIND falls back on the SOA minimum.
    const effectiveTtl = ttl ?? shared.defaultTtl ?? shared.lastTtl ?? shared.soaMinimum;
    if (effectiveTtl === null) {
      fail(typeToken, "no TTL for this record: give one or add $TTL at the top of the file");
      return;
    }
    shared.records.push(zoneRecord(owner, type, effectiveTtl, parsed.value, parsed.strings, file, first.line));
    shared.columns.push(first.column);
    shared.sawRecord = true;
  };

  /** `$GENERATE range lhs [ttl] [class] type rhs`: each record read as if written out on this line. */
  const generate = (first: Token, args: Token[]): void => {
    if (args.length < 4) {
      fail(args[args.length - 1] ?? first, "$GENERATE needs a range, an owner, a type and data: $GENERATE 1-10 host$ A 192.0.2.$");
      return;
    }
    const range = parseRange(args[0]!.text);
    if (typeof range === "string") {
      fail(args[0]!, range);
      return;
    }
    const lhs = args[1]!;
    const middle = args.slice(2, -1);
    const rhs = args[args.length - 1]!;
    if (middle.length === 0 || middle.length > 3) {
      fail(rhs, "$GENERATE takes one data token after the type: quote the data when it has blanks");
      return;
    }
    const fixed = middle.map((t) => (t.quoted ? `"${t.raw}"` : t.raw)).join(" ");
    for (let value = range.start; value <= range.stop; value += range.step) {
      const owner = substitute(lhs.raw, value);
      const data = substitute(rhs.raw, value);
      if (typeof owner !== "string" || typeof data !== "string") {
        fail(typeof owner !== "string" ? lhs : rhs, (typeof owner !== "string" ? owner : (data as { error: string })).error);
        return;
      }
      const before = errors.length;
      for (const entry of tokenize(`${owner} ${fixed} ${data}`, errors, { firstLine: first.line, firstColumn: first.column })) record(entry, true);
      for (let i = before; i < errors.length; i++) errors[i] = { ...errors[i]!, message: `${errors[i]!.message} (in the record $GENERATE makes for ${value})` };
      if (errors.length > before) return;
    }
  };

  const includeFile = (first: Token, args: Token[]): void => {
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
    const first = entry.tokens[0]!;
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

/**
 * Types a name with a CNAME may hold beside it: DNSSEC's own, which sign and deny the CNAME itself (SIG,
 * NXT and KEY, RFC 2181 §10.1; their successors RRSIG and NSEC, and KEY for dynamic update, RFC 4035 §2.5;
 * NSEC3, RFC 5155 §7.1, whose owner is a hash and so never meets a CNAME but is not data either).
 */
const BESIDE_CNAME: ReadonlySet<string> = new Set(["SIG", "NXT", "KEY", "RRSIG", "NSEC", "NSEC3"]);

/**
 * A name with a CNAME holds no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), and one CNAME only: its one
 * canonical name (RFC 2181 §10.1). A server refuses such a zone (BIND: "CNAME and other data"), so the
 * zone is refused here too, as for any invalid record: an error at the second record found, naming the
 * first. Read as it stood, the CNAME would hide the other records from every lookup, and a plan would
 * update one of the two and leave the other beside it. A file and the files it includes are one zone.
 * Identical records are one record (RFC 2181 §5), so a CNAME written twice is no conflict.
 */
function cnameConflicts(shared: Shared, topFile: string | undefined): void {
  const { records, columns } = shared;
  /** The names with a CNAME: most zones hold few, and a zone without any is not looked at again. */
  const cnames = new Set<string>();
  for (const record of records) if (record.type === "CNAME") cnames.add(record.name);
  if (cnames.size === 0) return;
  /** The first record at each such name, and whether a conflict there was said already (once per name). */
  const first = new Map<string, number>();
  const said = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (!cnames.has(record.name) || BESIDE_CNAME.has(record.type) || said.has(record.name)) continue;
    const before = first.get(record.name);
    if (before === undefined) {
      first.set(record.name, i);
      continue;
    }
    const earlier = records[before]!;
    // The same CNAME twice is one record; records of other types before the CNAME (an MX, a TXT) stand
    // together, and the CNAME, when it comes, is the conflict.
    if (record.type === "CNAME" && earlier.type === "CNAME" && record.value === earlier.value) continue;
    if (record.type !== "CNAME" && earlier.type !== "CNAME") continue;
    said.add(record.name);
    const where = earlier.file !== record.file && earlier.file !== undefined ? `${earlier.file}:${earlier.line}` : `line ${earlier.line}`;
    const shown = record.name === "" ? "." : record.name;
    const message =
      record.type === earlier.type
        ? `second CNAME record at ${shown}, beside the one at ${where} (to ${earlier.value}): a name has one canonical name (RFC 2181 §10.1), so name servers refuse this zone; keep one of the two`
        : `${record.type} record at ${shown}, beside the ${earlier.type} record at ${where}: a name with a CNAME holds no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), so name servers refuse this zone; remove the ${record.type === "CNAME" ? earlier.type : record.type} record or the CNAME`;
    shared.errors.push({ line: record.line ?? 0, column: columns[i] ?? 1, message, ...(record.file !== undefined && record.file !== topFile ? { file: record.file } : {}) });
  }
}

/**
 * A record with every field it has given at once: added one by one, the last ones went to a separate
 * property store, one more object per record for as long as the zones are loaded.
 */
function zoneRecord(name: string, type: string, ttl: number, value: string, strings: string[] | undefined, file: string | undefined, line: number): ZoneRecord {
  if (strings) return file === undefined ? { name, type, ttl, value, line, strings } : { name, type, ttl, value, line, strings, file };
  return file === undefined ? { name, type, ttl, value, line } : { name, type, ttl, value, line, file };
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** recordClass, remembered per token as written: a zone repeats "IN" on every line and names each type often. */
const classes = new Map<string, string | null>();
function knownClass(token: string): string | null {
  let klass = classes.get(token);
  if (klass === undefined) {
    klass = recordClass(token);
    if (classes.size < 1024) classes.set(token, klass);
  }
  return klass;
}

/** An absolute name already canonical: lower-case letters, digits, "-", "_" and "*" in labels, a final dot. */
const CANONICAL_ABSOLUTE = /^[a-z0-9_*-]+(?:\.[a-z0-9_*-]+)*\.$/;

const PLAIN_NAME = /^[a-zA-Z0-9_*-]+(?:\.[a-zA-Z0-9_*-]+)*\.?$/;

/** Ends with a dot that no backslash escapes: "example.com." and "a\\\\." are absolute, "a\\." is not. */
function isAbsolute(raw: string): boolean {
  if (!raw.endsWith(".")) return false;
  let slashes = 0;
  for (let i = raw.length - 2; i >= 0 && raw[i] === "\\"; i--) slashes++;
  return slashes % 2 === 0;
}

/**
 * A name as written, in canonical presentation form: labels split on unescaped dots, escapes read, ASCII
 * lower-cased and special octets escaped again ("A\.b" is the one label "a.b": "a\.b"). A name written
 * in UTF-8 without escapes becomes A-labels (RFC 5891 §4), as everywhere else in maildns.
 */
function presentationName(raw: string): string | { error: string } {
  if (raw === ".") return "";
  // Nearly every name is plain letters, digits, "-", "_" and "*": lower-cased, its final dot dropped.
  if (PLAIN_NAME.test(raw)) {
    const name = raw.endsWith(".") ? raw.slice(0, -1) : raw;
    return /[A-Z]/.test(name) ? name.toLowerCase() : name;
  }
  if (!raw.includes("\\") && /[^\x00-\x7f]/.test(raw)) return canonicalName(raw);
  const labels = nameLabels(raw);
  // A trailing unescaped dot leaves an empty last label: the name is absolute.
  if (labels.length > 1 && labels[labels.length - 1] === "") labels.pop();
  const out: string[] = [];
  for (const label of labels) {
    if (label === "") return { error: `empty label in "${raw}"` };
    out.push(presentLabel(labelOctets(label)));
  }
  return out.join(".");
}
