// How an arbitrary value or a thrown thing is shown inside a message: never "[object Object]", never a
// line terminator that would split a report line, never unbounded.

/** How a message names one character: `U+` and its code point in at least four upper-case hex digits (Unicode's notation). */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** One character as a reader can see it: printable ASCII other than the space as is, anything else by its code point. */
export function visibleCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0x20 && code < 0x7f ? char : codePointName(char);
}

/** Longest text a message quotes from a value or an error before cutting it. */
export const MAX_SHOWN = 200;

/** Cuts `text` to `max` characters, saying how long it was. */
export function truncateText(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * What a terminal acts on instead of showing, beyond C0: DEL and the C1 controls, the line and paragraph
 * separators, and every format character (Unicode general category Cf): the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and those
 * that render as nothing at all: the zero-width space, non-joiner and joiner (U+200B–U+200D), the word
 * joiner (U+2060), the byte-order mark (U+FEFF), the soft hyphen (U+00AD), tag characters. A TXT value or a
 * file name holding one looks like one without it (`_spf.example.net` with a U+200B inside), so a reader
 * must see it. One list for every output: text (oneLine, doctor's defang), Markdown (built on oneLine) and
 * JSON.
 */
const ACTING_BEYOND_C0 = "\\u007f-\\u009f\\u2028\\u2029\\p{Cf}";
/** C0 and the characters above. */
export const TERMINAL_ACTING = new RegExp(`[\\u0000-\\u001f${ACTING_BEYOND_C0}]`, "gu");
/** Whether a text holds one of TERMINAL_ACTING's characters (not global, so `test` keeps no state). */
export const HOLDS_TERMINAL_ACTING = new RegExp(`[\\u0000-\\u001f${ACTING_BEYOND_C0}]`, "u");

/**
 * Line terminators and other controls as U+XXXX, so a shown value stays on its line and cannot drive a
 * terminal: C0, DEL and C1 (U+009B is an escape sequence's start on 8-bit terminals), and the Unicode
 * bidirectional controls, which would show a value's characters in another order than they are
 * (Unicode TR #9; CVE-2021-42574, "Trojan Source"), and the other format characters, which show as nothing
 * (ACTING_BEYOND_C0). Also the `[` of `##[` and `##vso[`: the GitHub runner's
 * older command form (`##[error]…`, ActionCommand.TryParse) and Azure Pipelines' (`##vso[…]`) are acted on
 * wherever they stand in a log line, so a TXT value quoted in a finding could raise an annotation.
 */
export function oneLine(text: string): string {
  return text
    .replace(TERMINAL_ACTING, codePointName)
    .replace(LOG_COMMAND, "$1U+005B");
}
/** The start of a CI log command acted on anywhere in a line (see oneLine), up to its `[` ($1: before it). */
export const LOG_COMMAND = /(##(?:vso)?)\[/giu;

/** What a terminal acts on that JSON.stringify leaves raw inside strings: it escapes C0 itself. */
const UNSAFE_AFTER_JSON = new RegExp(`[${ACTING_BEYOND_C0}]`, "gu");

/**
 * JSON text that says the same to a program and nothing to a terminal or a CI log: the characters above as
 * \uXXXX escapes, and the `[` of `##[` and `##vso[` as \u005b (JSON.parse gives back the same string), so a
 * TXT value or a file name in a JSON or SARIF report printed to a workflow's log raises no annotation.
 * Outside strings JSON text is ASCII punctuation, digits, literals and whitespace, never `#`, so the whole
 * document (or any run of whole values) may be passed through.
 */
export function escapeUnsafeInJson(json: string): string {
  return escapeActingInJson(json).replace(LOG_COMMAND, "$1\\u005b");
}

/**
 * JSON text (or a YAML double-quoted scalar written as one) with DEL, C1, the line and paragraph separators
 * and the format characters as \uXXXX escapes, and nothing else changed: JSON.stringify escapes C0 itself.
 */
export function escapeActingInJson(json: string): string {
  // A format character beyond the Basic Multilingual Plane (a tag character, U+E0001) is two code units:
  // each is escaped, as JSON writes such a character (RFC 8259 §7).
  const escape = (c: string) => c.split("").map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  return json.replace(UNSAFE_AFTER_JSON, escape);
}

/** A report's JSON text: JSON.stringify(value, null, 2), made safe to print (escapeUnsafeInJson). */
export function reportJson(value: unknown): string {
  return escapeUnsafeInJson(JSON.stringify(value, null, 2));
}

/**
 * An error message of several lines as the CLI prints it: controls but the line feed as U+XXXX (oneLine, which
 * also defangs `##[` and `##vso[` anywhere), and a line feed too when the line after it would start like a
 * GitHub workflow command (`::warning::` and its kin, read only at a line's start): a message may quote an
 * argument or a file name holding a line break, and no message of maildns's own starts a line so. Blanks
 * before it do not help: the GitHub runner trims a line's leading whitespace before it looks for `::`.
 */
export function messageLines(text: string): string {
  return text
    .split("\n")
    .map((line) => oneLine(line))
    .reduce((out, line) => (/^\s*::/u.test(line) ? `${out}U+000A${line}` : `${out}\n${line}`));
}

/** A value from a user's file as a message shows it: strings as they are, anything else as JSON. */
export function showValue(value: unknown, max = MAX_SHOWN): string {
  if (typeof value === "string") return truncateText(oneLine(value), max);
  if (value === undefined) return "nothing";
  if (typeof value === "number" || typeof value === "boolean" || value === null || typeof value === "bigint") return String(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return truncateText(oneLine(json ?? (Array.isArray(value) ? "a list" : "a mapping")), max);
}

/** What went wrong, from anything thrown: an Error's message, a string, or the thrown value shown as JSON. */
export function errorText(error: unknown, max = MAX_SHOWN): string {
  if (error instanceof Error) return truncateText(oneLine(error.message || error.name), max);
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    return truncateText(oneLine((error as { message: string }).message), max);
  }
  return showValue(error, max);
}
