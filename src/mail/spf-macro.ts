// SPF macro-strings (RFC 7208 §7.1). Pure: reports problems as data with absolute offsets, never throws.
import { codePointName } from "../model/show.js";

/** An error found in an SPF record, with [start, end) offsets in the record's text. */
export interface SpfSyntaxError {
  code: SpfErrorCode;
  /** A short English explanation of what is wrong (rules wrap it in their own message). */
  message: string;
  start: number;
  end: number;
}

export type SpfErrorCode =
  /** The record does not start with `v=spf1` followed by a space or the end (§4.5). */
  | "version"
  /** A character outside the visible ASCII range (§12: terms are %x21-7E). */
  | "invalid-character"
  /** Something other than one of `+ - ~ ?` in front of a mechanism (§4.6.2). */
  | "bad-qualifier"
  /** A term that is neither a directive nor a modifier (§4.6.1). */
  | "bad-term"
  /** A mechanism name outside all/include/a/mx/ptr/ip4/ip6/exists (§5, §12). */
  | "unknown-mechanism"
  /** include/exists/redirect/exp without a domain (§5.2, §5.7, §6). */
  | "missing-domain"
  /** An argument the mechanism does not take (`all:x`, `ptr/24`, `mx!`). */
  | "unexpected-argument"
  /**
   * A domain-spec that breaks §7.1's `domain-end` (no "." toplabel: a single label, an IP address, a port
   * or CIDR glued to the top label), or an include/redirect target no DNS name can be formed from (an
   * empty label, a label over 63 octets): check_host() on it is "none", so the term is a permerror (§5.2,
   * §6.1).
   */
  | "bad-domain"
  /**
   * Not an error (see SpfRecord.warnings): a domain-spec the grammar accepts but that names no usable host:
   * characters other than letters, digits, "-" and "_" in a label (a URL pasted as a domain), or, for a,
   * mx, ptr, exists and exp, an empty or over-long label, so the term never matches or the exp= is ignored.
   */
  | "odd-domain"
  /** ip4/ip6 value that is not an address of that family (§5.6). */
  | "invalid-ip"
  /** CIDR length malformed or out of range: ip4 ≤ 32, ip6 ≤ 128 (§5.6). */
  | "invalid-cidr"
  /** `redirect=` or `exp=` more than once (§6). */
  | "duplicate-modifier"
  /** Malformed `%` sequence or `%{...}` macro (§7.1). */
  | "macro-syntax"
  /** `c`, `r` or `t` used outside explanation text (§7.1). */
  | "macro-context";

/** A `%{...}` macro-expand, with absolute offsets. */
export interface SpfMacro {
  /** Lower-case macro letter (s l o d i p h c r t v). */
  letter: string;
  /** Upper-case letters expand the same, then URL-escape (§7.3). */
  urlEscape: boolean;
  /** Number of right-hand parts to keep, null when absent. */
  digits: number | null;
  reverse: boolean;
  /** Delimiters as written; empty means "." (§7.3). */
  delimiters: string;
  start: number;
  end: number;
}

export interface SpfMacroString {
  macros: SpfMacro[];
  /** True when the string holds any macro-expand, including the escapes %% %_ %-. */
  hasExpand: boolean;
  /** True when the string ends with a macro-expand (a valid domain-end, §7.1 ABNF). */
  endsWithExpand: boolean;
  /** Offset (relative to the string) where the trailing run of literal characters starts. */
  literalTailStart: number;
  errors: SpfSyntaxError[];
}

/**
 * Where the string is used. Only explanation text (the TXT found through `exp=`) may use `c`, `r` and `t`
 * and spaces (§6.2, §7.1); inside the record every macro-string is a domain-spec or a modifier value.
 */
export type SpfMacroContext = "record" | "explanation";

const MACRO_LETTERS = "slodiphcrtv";
const EXPLANATION_ONLY_LETTERS = "crt";
const DELIMITERS = ".-+,/_=";

/**
 * Parses `text` as a macro-string (§7.1). `offset` is where `text` starts in the record, so errors and
 * macros carry record offsets. Characters other than `%` are not checked here (the record parser checks
 * them once per term).
 */
export function parseMacroString(text: string, offset = 0, context: SpfMacroContext = "record"): SpfMacroString {
  const macros: SpfMacro[] = [];
  const errors: SpfSyntaxError[] = [];
  let hasExpand = false;
  let literalTailStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "%") {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === "%" || next === "_" || next === "-") {
      hasExpand = true;
      i += 2;
      literalTailStart = i;
      continue;
    }
    if (next !== "{") {
      const end = next === undefined ? i + 1 : i + 2;
      errors.push({
        code: "macro-syntax",
        message: next === undefined
          ? "a lone '%' ends the string; write '%%' for a literal percent sign"
          : `'%${next}' is not a macro; use %{letter}, or %% %_ %- for a literal '%', space or '%20'`,
        start: offset + i,
        end: offset + end,
      });
      i = end;
      continue;
    }
    const close = text.indexOf("}", i + 2);
    if (close < 0) {
      errors.push({ code: "macro-syntax", message: "'%{' has no closing '}'", start: offset + i, end: offset + text.length });
      break;
    }
    const body = text.slice(i + 2, close);
    const parsed = parseMacroBody(body);
    const start = offset + i;
    const end = offset + close + 1;
    if (typeof parsed === "string") {
      errors.push({ code: "macro-syntax", message: parsed, start, end });
    } else {
      macros.push({ ...parsed, start, end });
      if (context === "record" && EXPLANATION_ONLY_LETTERS.includes(parsed.letter)) {
        errors.push({
          code: "macro-context",
          message: `macro letter '${parsed.letter}' is only allowed in explanation text (the TXT record named by exp=)`,
          start,
          end,
        });
      }
    }
    hasExpand = true;
    i = close + 1;
    literalTailStart = i;
  }
  return {
    macros,
    hasExpand,
    endsWithExpand: hasExpand && literalTailStart === text.length,
    literalTailStart,
    errors,
  };
}

/** Text for a message: characters outside printable ASCII as U+XXXX, so a line terminator cannot split a report line. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, codePointName);
}

/** Reads `letter transformers *delimiter` (§7.1); a string result is the reason it is malformed. */
function parseMacroBody(body: string): Omit<SpfMacro, "start" | "end"> | string {
  if (body === "") return "empty macro '%{}'; expected a letter such as %{d} or %{i}";
  const written = body[0]!;
  const letter = written.toLowerCase();
  if (!MACRO_LETTERS.includes(letter)) {
    return `'${written}' is not a macro letter; use one of s l o d i p h v (c r t only in explanation text)`;
  }
  // [^] rather than `.`: the rest may hold a line terminator (\n, \r, U+2028, U+2029), which `.` does not
  // match; it is then reported below as a character that is not a delimiter.
  const match = /^([0-9]*)(r?)([^]*)$/i.exec(body.slice(1))!;
  const [, digitText = "", reverseText = "", delimiters = ""] = match;
  if (digitText !== "" && Number(digitText) === 0) {
    return `the part count in '%{${body}}' must be greater than zero (RFC 7208 §7.3)`;
  }
  for (const character of delimiters) {
    if (!DELIMITERS.includes(character)) {
      return `'${visible(character)}' in '%{${visible(body)}}' is not a delimiter; delimiters are . - + , / _ =`;
    }
  }
  return {
    letter,
    urlEscape: written !== letter,
    digits: digitText === "" ? null : Number(digitText),
    reverse: reverseText !== "",
    delimiters,
  };
}
