// SMTP TLS Reporting (RFC 8460 §3): the `_smtp._tls` TXT record. Pure, never throws; problems carry
// [start, end) offsets into the record text. The field grammar is MTA-STS's (RFC 8461 §3.1).
import { EXTENSION_VALUE, problemAt, versionedFields, type RecordProblem } from "./mta-sts.js";

export type TlsRptProblemKind =
  | "empty"
  | "versionMissing"
  | "versionValue"
  | "ruaMissing"
  | "ruaEmpty"
  | "uriScheme"
  | "uriInvalid"
  | "invalidCharacter"
  | "fieldSyntax"
  | "emptyField"
  | "strayWhitespace";

export interface TlsRptUri {
  /** The URI as written. */
  text: string;
  start: number;
  end: number;
  /** Lower-cased scheme, or null when the entry has no `scheme:` prefix. */
  scheme: string | null;
}

export const TLSRPT_VERSION = "TLSRPTv1";
/** The two schemes RFC 8460 §3 defines for `rua`. */
export const TLSRPT_SCHEMES: readonly string[] = ["mailto", "https"];

/** `tlsrpt-ext-name = 1*32(ALPHA / DIGIT / "_" / "-" / ".")` (RFC 8460 §3). */
const TLSRPT_EXTENSION_NAME = /^[A-Za-z0-9_.-]{1,32}$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const isWsp = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * `tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)`: the URIs, and the empty entries
 * (`a,,b`, a trailing comma) at the comma beside them.
 */
export function parseRuaUris(text: string, from: number, to: number): { uris: TlsRptUri[]; emptyEntries: { start: number; end: number }[] } {
  const uris: TlsRptUri[] = [];
  const emptyEntries: { start: number; end: number }[] = [];
  let entryStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ",") continue;
    let start = entryStart;
    let end = i;
    while (start < end && isWsp(text[start])) start++;
    while (end > start && isWsp(text[end - 1])) end--;
    const previousComma = entryStart - 1;
    entryStart = i + 1;
    if (start === end) {
      // Point at a comma next to the empty entry (the one closing it, else the one opening it).
      const comma = i < to ? i : previousComma >= from ? previousComma : -1;
      emptyEntries.push(comma >= 0 ? { start: comma, end: comma + 1 } : { start, end });
      continue;
    }
    const uri = text.slice(start, end);
    const scheme = SCHEME.exec(uri)?.[1]?.toLowerCase() ?? null;
    uris.push({ text: uri, start, end, scheme });
  }
  return { uris, emptyEntries };
}

/**
 * Whether a mailto: or https: URI is usable as a report destination. Commas and `!` must be
 * percent-encoded inside a URI (RFC 8460 §3), spaces are never part of one (RFC 3986 §2), a mailto
 * needs an address (RFC 6068 §2) and an https URI an authority (RFC 3986 §3.2, RFC 9110 §4.2.2).
 */
export function isUsableReportUri(uri: TlsRptUri): boolean {
  if (/[\s!]/.test(uri.text)) return false;
  const rest = uri.text.slice((uri.scheme ?? "").length + 1);
  if (uri.scheme === "mailto") return /^[^@?]+@[^@?.][^@?]*(\?.*)?$/.test(rest);
  if (uri.scheme === "https") return /^\/\/[^/?#@]+([/?#].*)?$/.test(rest);
  return false;
}

/**
 * Everything that makes a `_smtp._tls` record invalid under RFC 8460 §3:
 * `tlsrpt-record = tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]`, `tlsrpt-version =
 * %s"v=TLSRPTv1"`, a required `rua` whose URIs use the mailto: or https: scheme, extension fields
 * `name=value`. Every problem is reported, in text order.
 */
export function tlsRptProblems(text: string): RecordProblem<TlsRptProblemKind>[] {
  const source = typeof text === "string" ? text : "";
  const record = versionedFields(source, TLSRPT_VERSION);
  if (!record) return [problemAt(source, "empty", 0, source.length)];
  const { first, rest } = record;
  const problems: RecordProblem<TlsRptProblemKind>[] = [...record.problems];

  let ruaSeen = false;
  for (const field of rest) {
    if (field.hasEquals && field.name.trim().toLowerCase() === "rua") {
      ruaSeen = true;
      if (field.name !== "rua") problems.push(problemAt(source, "fieldSyntax", field.nameStart, field.nameEnd));
      const { uris, emptyEntries } = parseRuaUris(source, field.valueStart, field.valueEnd);
      if (uris.length === 0) {
        problems.push(problemAt(source, "ruaEmpty", field.start, field.end));
        continue;
      }
      for (const e of emptyEntries) problems.push(problemAt(source, "ruaEmpty", e.start, e.end));
      for (const uri of uris) {
        // A URI is ASCII (RFC 3986 §2): a non-ASCII character, often an invisible one pasted with the address
        // (U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN), is pointed at itself rather than the whole URI.
        const nonAscii = /[^\x00-\x7f]/u.exec(uri.text);
        if (nonAscii) problems.push(problemAt(source, "invalidCharacter", uri.start + nonAscii.index, uri.start + nonAscii.index + nonAscii[0].length));
        else if (uri.scheme === null || !TLSRPT_SCHEMES.includes(uri.scheme)) problems.push(problemAt(source, "uriScheme", uri.start, uri.end));
        else if (!isUsableReportUri(uri)) problems.push(problemAt(source, "uriInvalid", uri.start, uri.end));
      }
      continue;
    }
    // A first field that is not the version is already reported as versionMissing.
    if (field === first) continue;
    if (!field.hasEquals || !TLSRPT_EXTENSION_NAME.test(field.name) || !EXTENSION_VALUE.test(field.value)) {
      problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
    }
  }
  if (!ruaSeen) problems.push(problemAt(source, "ruaMissing", 0, source.length));
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
