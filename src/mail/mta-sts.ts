// MTA-STS (RFC 8461): the `_mta-sts` TXT record (§3.1) and the policy's MX patterns (§3.2, §4.1).
// Pure functions that never throw; every field and every problem carries [start, end) offsets into the
// record text, so rules can point at the exact characters. TLS-RPT (RFC 8460 §3) shares the field grammar.

export interface Span {
  start: number;
  end: number;
}

/** One `name=value` field of a `;`-separated record, trimmed of the WSP that separators allow. */
export interface RecordField {
  /** Name as written: everything before the first `=` (spaces before `=` kept, so rules can flag them). */
  name: string;
  value: string;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** False for a field with no `=` at all. */
  hasEquals: boolean;
}

export interface FieldList {
  fields: RecordField[];
  /** A `;` that closes an empty field (`;;`, or `;` at the start): the ABNF allows one separator per field. */
  emptyFields: Span[];
  /** Whitespace before the first field, or after the last one when no `;` follows it (not in the ABNF). */
  strayWhitespace: Span[];
}

/** A problem found in a record, at characters [start, end) of its text; `found` is that text. */
export interface RecordProblem<K extends string> {
  kind: K;
  start: number;
  end: number;
  found: string;
}

/** WSP in the ABNF sense (RFC 5234 B.1): space and horizontal tab only. */
const isWsp = (c: string | undefined): boolean => c === " " || c === "\t";

/**
 * Splits `field *(sep field) [sep]` where `sep = *WSP ";" *WSP` (RFC 8461 §3.1 `sts-sep`; RFC 8460 §3
 * `field-delim`). A single trailing separator is allowed; anything else empty is reported.
 */
export function splitFields(text: string): FieldList {
  const source = typeof text === "string" ? text : "";
  const list: FieldList = { fields: [], emptyFields: [], strayWhitespace: [] };
  let segmentStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const atEnd = i === source.length;
    if (!atEnd && source[i] !== ";") continue;
    let start = segmentStart;
    let end = i;
    while (start < end && isWsp(source[start])) start++;
    while (end > start && isWsp(source[end - 1])) end--;
    segmentStart = i + 1;
    if (start === end) {
      // The empty tail after the last `;` is the optional trailing separator; other empties are not.
      if (!atEnd) list.emptyFields.push({ start: i, end: i + 1 });
      continue;
    }
    list.fields.push(parseField(source, start, end));
  }
  let lead = 0;
  while (lead < source.length && isWsp(source[lead])) lead++;
  if (lead > 0 && lead < source.length) list.strayWhitespace.push({ start: 0, end: lead });
  let tail = source.length;
  while (tail > 0 && isWsp(source[tail - 1])) tail--;
  if (tail < source.length && tail > 0 && source[tail - 1] !== ";") list.strayWhitespace.push({ start: tail, end: source.length });
  return list;
}

function parseField(text: string, start: number, end: number): RecordField {
  // Look for `=` inside the field only, so a long record without one stays linear.
  let equals = start;
  while (equals < end && text[equals] !== "=") equals++;
  const hasEquals = equals < end;
  const nameEnd = hasEquals ? equals : end;
  const valueStart = hasEquals ? equals + 1 : end;
  return {
    name: text.slice(start, nameEnd),
    value: text.slice(valueStart, end),
    start,
    end,
    nameStart: start,
    nameEnd,
    valueStart,
    valueEnd: end,
    hasEquals,
  };
}

export const problemAt = <K extends string>(text: string, kind: K, start: number, end: number): RecordProblem<K> => ({
  kind,
  start,
  end,
  found: text.slice(start, end),
});

/** `sts-ext-value` / `tlsrpt-ext-value`: visible ASCII except `=` and `;` (RFC 8461 §3.1; RFC 8460 §3). */
export const EXTENSION_VALUE = /^[\x21-\x3A\x3C\x3E-\x7E]+$/;

export type StsRecordProblemKind =
  | "empty"
  | "versionMissing"
  | "versionValue"
  | "idMissing"
  | "idValue"
  | "idCase"
  | "idDuplicate"
  | "fieldSyntax"
  | "emptyField"
  | "strayWhitespace";

/** `sts-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")` (RFC 8461 §3.1). */
const STS_EXTENSION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
/** `sts-id = %s"id=" 1*32(ALPHA / DIGIT)` (RFC 8461 §3.1). */
const STS_ID = /^[A-Za-z0-9]{1,32}$/;
export const STS_VERSION = "STSv1";

type VersionProblemKind = "strayWhitespace" | "emptyField" | "versionMissing" | "versionValue";

/**
 * What `_mta-sts` (RFC 8461 §3.1) and `_smtp._tls` (RFC 8460 §3) records share: `;`-separated fields, the
 * first of them a case-sensitive version (`%s"v=…"`, RFC 7405). Returns null for an empty record, else
 * the problems found so far and the fields after the version (all of them when the first is no version).
 */
export function versionedFields(source: string, version: string): { first: RecordField; rest: RecordField[]; problems: RecordProblem<VersionProblemKind>[] } | null {
  const list = splitFields(source);
  const first = list.fields[0];
  if (!first) return null;
  const problems: RecordProblem<VersionProblemKind>[] = [];
  for (const s of list.strayWhitespace) problems.push(problemAt(source, "strayWhitespace", s.start, s.end));
  for (const s of list.emptyFields) problems.push(problemAt(source, "emptyField", s.start, s.end));
  // `V=STSv1` is not the version field.
  const versionAttempt = first.hasEquals && first.name.trim().toLowerCase() === "v";
  if (!versionAttempt || first.name !== "v") problems.push(problemAt(source, "versionMissing", first.start, first.end));
  else if (first.value !== version) {
    const [start, end] = first.valueStart < first.valueEnd ? [first.valueStart, first.valueEnd] : [first.start, first.end];
    problems.push(problemAt(source, "versionValue", start, end));
  }
  return { first, rest: versionAttempt ? list.fields.slice(1) : list.fields, problems };
}

/**
 * Everything that makes a `_mta-sts` record invalid under RFC 8461 §3.1:
 * `sts-text-record = sts-version 1*(sts-sep sts-field) [sts-sep]`, `sts-version = %s"v=STSv1"`, an `id`
 * of 1–32 letters and digits, extension fields `name=value`. Senders treat an invalid record as no
 * MTA-STS at all, so every problem is reported, in text order.
 */
export function stsRecordProblems(text: string): RecordProblem<StsRecordProblemKind>[] {
  const source = typeof text === "string" ? text : "";
  const record = versionedFields(source, STS_VERSION);
  if (!record) return [problemAt(source, "empty", 0, source.length)];
  const { first, rest } = record;
  const problems: RecordProblem<StsRecordProblemKind>[] = [...record.problems];

  let idSeen = false;
  let idCaseSeen = false;
  for (const field of rest) {
    const key = field.name.trim();
    if (field.hasEquals && key === "id") {
      if (idSeen) {
        problems.push(problemAt(source, "idDuplicate", field.start, field.end));
        continue;
      }
      idSeen = true;
      if (key !== field.name) problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
      if (!STS_ID.test(field.value)) {
        const [start, end] = field.valueStart < field.valueEnd ? [field.valueStart, field.valueEnd] : [field.start, field.end];
        problems.push(problemAt(source, "idValue", start, end));
      }
      continue;
    }
    if (field.hasEquals && key.toLowerCase() === "id") {
      idCaseSeen = true;
      problems.push(problemAt(source, "idCase", field.nameStart, field.nameEnd));
      continue;
    }
    // A first field that is not the version is already reported as versionMissing.
    if (field === first) continue;
    if (!field.hasEquals || !STS_EXTENSION_NAME.test(field.name) || !EXTENSION_VALUE.test(field.value)) {
      problems.push(problemAt(source, "fieldSyntax", field.start, field.end));
    }
  }
  if (!idSeen && !idCaseSeen) problems.push(problemAt(source, "idMissing", 0, source.length));
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The policy modes of RFC 8461 §3.2 (`sts-policy-mode-value`, case-sensitive). */
export const STS_MODES = ["enforce", "testing", "none"] as const;
export type StsMode = (typeof STS_MODES)[number];

export const isStsMode = (mode: string): mode is StsMode => (STS_MODES as readonly string[]).includes(mode);

/** Lower case, no surrounding whitespace, no trailing dot: how MX names and patterns are compared. */
export function normaliseHostName(name: string): string {
  return name.trim().replace(/\.$/, "").toLowerCase();
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * `sts-policy-mx-value = ["*."] Domain` (RFC 8461 §3.2; Domain from RFC 5321 §4.1.2): a host name, or
 * `*.` followed by one. A trailing dot is tolerated (it names the same host). Names must be A-labels.
 */
export function isValidMxPattern(pattern: string): boolean {
  const name = normaliseHostName(pattern);
  const domain = name.startsWith("*.") ? name.slice(2) : name;
  if (domain === "" || domain.length > 253) return false;
  return domain.split(".").every((label) => LABEL.test(label));
}

/**
 * RFC 8461 §4.1: an MX host matches a pattern when the names are equal (case-insensitive), or when the
 * pattern is `*.` + domain and the host is exactly one label more than that domain:
 * `*.example.com` matches `mail.example.com` but not `example.com` nor `foo.bar.example.com`.
 */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const p = normaliseHostName(pattern);
  const h = normaliseHostName(host);
  if (p === "" || h === "") return false;
  if (!p.startsWith("*.")) return p === h;
  const suffix = p.slice(1);
  if (!h.endsWith(suffix)) return false;
  const label = h.slice(0, h.length - suffix.length);
  return label.length > 0 && !label.includes(".");
}

/** `max_age`: a non-negative integer of seconds, at most 31557600 (one year; RFC 8461 §3.2). */
export const STS_MAX_AGE_LIMIT = 31_557_600;
