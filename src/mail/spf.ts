// SPF record parser (RFC 7208 §4.5, §4.6, §5, §6, §7, ABNF §12). Pure, never throws: every problem is an
// error in the result, with [start, end) offsets into the record text so rules can point at the term.
import { isIP } from "node:net";
import { codePointName } from "../model/show.js";
import { memoizeText } from "./parse-once.js";
import { parseMacroString, type SpfMacro, type SpfSyntaxError } from "./spf-macro.js";

export { parseMacroString } from "./spf-macro.js";
export type { SpfErrorCode, SpfMacro, SpfMacroContext, SpfMacroString, SpfSyntaxError } from "./spf-macro.js";

export type SpfQualifier = "+" | "-" | "~" | "?";

export const SPF_MECHANISMS = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"] as const;
export type SpfMechanismName = (typeof SPF_MECHANISMS)[number];

/** The modifiers RFC 7208 defines; any other `name=value` is an unknown modifier, ignored (§6). */
export const SPF_MODIFIERS = ["redirect", "exp"] as const;

interface SpfTermBase {
  /** The term as written. */
  text: string;
  /** [start, end) offsets of the term in the record text. */
  start: number;
  end: number;
  /** Lower-case name (mechanism or modifier name; for an invalid term, its best reading, possibly ""). */
  name: string;
}

export interface SpfMechanism extends SpfTermBase {
  kind: "mechanism";
  /** Effective qualifier: "+" when none is written (§4.6.2). */
  qualifier: SpfQualifier;
  qualifierWritten: boolean;
  /** False for names outside RFC 7208 §5 (`ip:`, `inlcude:`); such terms make the record a permerror. */
  known: boolean;
  /** Text after `:` up to the CIDR part (domain-spec or address), null when there is no `:`. */
  value: string | null;
  /** Offset of `value` in the record, null when there is no value. */
  valueStart: number | null;
  /** Domain-spec of include/exists/a/mx/ptr, null when absent (a, mx, ptr then use the current domain). */
  domainSpec: string | null;
  /** Address of ip4/ip6 as written. */
  ip: string | null;
  /** ip4 CIDR length (ip4, and the first length of a/mx), null when absent or invalid. */
  cidr4: number | null;
  /** ip6 CIDR length (ip6, and the `//` length of a/mx), null when absent or invalid. */
  cidr6: number | null;
  macros: SpfMacro[];
}

export interface SpfModifier extends SpfTermBase {
  kind: "modifier";
  /** True for redirect and exp; unknown modifiers are legal and ignored (§6). */
  known: boolean;
  value: string;
  valueStart: number;
  macros: SpfMacro[];
}

/** A term that is neither a directive nor a modifier; its error is in `errors`. */
export interface SpfInvalidTerm extends SpfTermBase {
  kind: "invalid";
}

export type SpfTerm = SpfMechanism | SpfModifier | SpfInvalidTerm;

export interface SpfRecord {
  text: string;
  /** The version section; `valid` when the text starts with `v=spf1` followed by a space or the end. */
  version: { valid: boolean; start: number; end: number };
  /** Every term after the version, in order. */
  terms: SpfTerm[];
  /** Every problem found, in text order: each makes the record a permerror (§4.6). */
  errors: SpfSyntaxError[];
  /** What the grammar accepts but is almost certainly a mistake ("odd-domain"), in text order. */
  warnings: SpfSyntaxError[];
}

const QUALIFIERS = "+-~?";
const VERSION = "v=spf1";

/** Parses an SPF record's text (character-strings already joined, §3.3). */
export function parseSpf(text: string): SpfRecord {
  const collected: SpfSyntaxError[] = [];
  const terms: SpfTerm[] = [];
  const tokens = splitOnSpaces(text);
  const version = { valid: false, start: 0, end: 0 };

  const first = tokens[0];
  if (first === undefined) {
    collected.push({ code: "version", message: "the record is empty; it must start with v=spf1", start: 0, end: text.length });
  } else if (first.start > 0) {
    collected.push({ code: "version", message: "the record starts with a space; it must start with v=spf1", start: 0, end: first.start });
  }

  const seenModifiers = new Set<string>();
  // `versionOutOfPlace`: a second v=spf1 is an error, except in the rest of the first word ("v=spf1v=spf1"),
  // which is read as a term, as before.
  const readTerm = (start: number, end: number, versionOutOfPlace: boolean) => {
    if (versionOutOfPlace && text.slice(start, end).toLowerCase() === VERSION) {
      collected.push({ code: "version", message: "v=spf1 must be the first thing in the record", start, end });
      terms.push({ kind: "invalid", text: text.slice(start, end), start, end, name: "" });
      return;
    }
    const term = parseTerm(text.slice(start, end), start, collected);
    if (term.kind === "modifier" && term.known) {
      if (seenModifiers.has(term.name)) {
        collected.push({
          code: "duplicate-modifier",
          message: `${term.name}= appears more than once; RFC 7208 §6 allows each at most once`,
          start,
          end,
        });
      }
      seenModifiers.add(term.name);
    }
    terms.push(term);
  };
  // White space other than SP where terms are separated: one error naming its characters (RFC 7208 §12).
  const badSeparator = (blank: string, start: number, end: number) => {
    const named = [...new Set([...blank].map(codePointName))].join(" ");
    collected.push({ code: "invalid-character", message: `terms must be separated by spaces, not ${named} (RFC 7208 §12)`, start, end });
  };
  tokens.forEach((token, index) => {
    let { start } = token;
    const { end } = token;
    if (index === 0) {
      const lower = token.text.toLowerCase();
      if (lower === VERSION) {
        // A leading space already made the record unrecognisable (§4.5); the token is still the version.
        Object.assign(version, { valid: start === 0, start, end });
        return;
      }
      Object.assign(version, { start, end });
      if (!lower.startsWith(VERSION)) {
        // Not an SPF record at all ("spf2.0/pra", "include:... -all"): the first word is not read as a term.
        collected.push({ code: "version", message: `the record must start with v=spf1, not "${token.text}"`, start, end });
        return;
      }
      // "v=spf1include:..." — report the missing space, then read the rest as a term.
      version.end = start + VERSION.length;
      // A tab, line break or other white space where the space should be (a record pasted from a
      // document) is that same error, said once: the separator is one SP (RFC 7208 §4.5, §12), and the
      // white space is skipped so the term after it is read as written instead of drawing two more errors.
      const separator = /^\s+/.exec(token.text.slice(VERSION.length))?.[0] ?? "";
      const named = [...separator].map(codePointName);
      const but = separator === "" ? "" : `, not ${[...new Set(named)].join(" ")}`;
      collected.push({ code: "version", message: `v=spf1 must be followed by a space${but}`, start, end });
      start += VERSION.length + separator.length;
      if (start === end) return;
    } else if (/^\s/.test(token.text)) {
      // A tab or other white space after the separating space ("v=spf1 \t-all"): only SP separates terms
      // (RFC 7208 §12), so it is one error, said once, and the term after it is read as written rather
      // than drawing a bad-qualifier error as well.
      const blank = /^\s+/.exec(token.text)![0];
      badSeparator(blank, start, end);
      start += blank.length;
      if (start === end) return;
    }
    // White space other than SP between terms ("-all\t", "a\t-all"): each run is one error where it stands,
    // and the terms on either side are read as written, since the mistake is the separator, not them (RFC
    // 7208 §12: terms = *( 1*SP ( directive / modifier ) )); "v=spf1 -all\t" is one error, not two.
    const rest = text.slice(start, end);
    // White space as JavaScript reads it, but the byte-order mark (U+FEFF), which is an invisible format
    // character inside a term, not a separator anyone meant.
    const blanks = /[^\S\ufeff]+/g;
    let from = start;
    for (let blank = blanks.exec(rest); blank; blank = blanks.exec(rest)) {
      const at = start + blank.index;
      // After ":" or "=" a value was to follow ("a:\u00a0example.com"): the white space is inside the term,
      // whose own error names the character.
      if (at > from && /[:=]$/.test(text.slice(from, at))) continue;
      if (at > from) readTerm(from, at, index > 0 || from > start);
      badSeparator(blank[0], at, at + blank[0].length);
      from = at + blank[0].length;
    }
    if (from < end) readTerm(from, end, index > 0 || from > start);
  });
  collected.sort((a, b) => a.start - b.start || a.end - b.end);
  const errors: SpfSyntaxError[] = [];
  const warnings: SpfSyntaxError[] = [];
  for (const problem of collected) (problem.code === "odd-domain" ? warnings : errors).push(problem);
  return { text, version, terms, errors, warnings };
}

/**
 * parseSpf once per distinct text for the whole run, shared by the lint rules and the live walk: many
 * domains publish the same record, and every domain's walk meets the same included ones (mx.ovh.com…).
 * Results are frozen, since they are shared; at most 10,000 texts are kept.
 */
export const parseSpfShared: (text: string) => SpfRecord = memoizeText(parseSpf, 10_000);

function splitOnSpaces(text: string): { text: string; start: number; end: number }[] {
  // Only SP separates terms (§12: terms = *( 1*SP ( directive / modifier ) )); runs of spaces are legal.
  const tokens: { text: string; start: number; end: number }[] = [];
  const pattern = /[^ ]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function parseTerm(text: string, start: number, errors: SpfSyntaxError[]): SpfTerm {
  const end = start + text.length;
  const badCharacter = findInvalidCharacter(text);
  if (badCharacter >= 0) {
    const codePoint = text.codePointAt(badCharacter)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const named = codePointName(text.slice(badCharacter, badCharacter + width));
    errors.push({
      code: "invalid-character",
      message: `character ${named} is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)`,
      start: start + badCharacter,
      end: start + badCharacter + width,
    });
  }
  const checkDomains = badCharacter < 0;

  const nameStart = text.search(/[A-Za-z]/);
  const prefix = nameStart < 0 ? text : text.slice(0, nameStart);
  const nameMatch = /^[A-Za-z][A-Za-z0-9_.-]*/.exec(text.slice(Math.max(nameStart, 0)));
  const name = nameMatch ? nameMatch[0].toLowerCase() : "";
  const afterName = nameStart < 0 ? text.length : nameStart + name.length;
  const separator = text[afterName];

  // ":mx.ovh.com" or "/24" lack a mechanism name rather than carry a bad qualifier.
  if (nameStart < 0 || name === "" || /[:/=%]/.test(prefix)) {
    errors.push({ code: "bad-term", message: `"${text}" is neither a mechanism nor a modifier`, start, end });
    return { kind: "invalid", text, start, end, name: "" };
  }

  if (separator === "=") {
    if (prefix !== "") {
      errors.push({
        code: prefix.length === 1 && QUALIFIERS.includes(prefix) ? "bad-term" : "bad-qualifier",
        message: `modifiers take no qualifier: write "${text.slice(nameStart)}"`,
        start,
        end,
      });
      return { kind: "invalid", text, start, end, name };
    }
    return parseModifier(text, start, name, afterName + 1, checkDomains, errors);
  }

  if (prefix.length > 1 || (prefix.length === 1 && !QUALIFIERS.includes(prefix))) {
    errors.push({
      code: "bad-qualifier",
      message: `"${prefix}" is not a qualifier; use one of + - ~ ? (or none, which means +)`,
      start,
      end: start + prefix.length,
    });
    return { kind: "invalid", text, start, end, name };
  }

  const mechanism: SpfMechanism = {
    kind: "mechanism",
    text,
    start,
    end,
    name,
    qualifier: (prefix || "+") as SpfQualifier,
    qualifierWritten: prefix !== "",
    known: (SPF_MECHANISMS as readonly string[]).includes(name),
    value: null,
    valueStart: null,
    domainSpec: null,
    ip: null,
    cidr4: null,
    cidr6: null,
    macros: [],
  };
  if (!mechanism.known) {
    errors.push({
      code: "unknown-mechanism",
      message: `"${name}" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists)`,
      start,
      end,
    });
    if (separator === ":") {
      mechanism.value = text.slice(afterName + 1);
      mechanism.valueStart = start + afterName + 1;
    }
    return mechanism;
  }
  readArguments(mechanism, text.slice(afterName), start + afterName, checkDomains, errors);
  return mechanism;
}

/** Index of the first character outside %x21-7E, or -1 (§12: every term character is visible ASCII). */
function findInvalidCharacter(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return i;
  }
  return -1;
}

function parseModifier(
  text: string,
  start: number,
  name: string,
  valueOffset: number,
  checkDomains: boolean,
  errors: SpfSyntaxError[],
): SpfModifier {
  const value = text.slice(valueOffset);
  const valueStart = start + valueOffset;
  const known = (SPF_MODIFIERS as readonly string[]).includes(name);
  const macroString = parseMacroString(value, valueStart, "record");
  const modifier: SpfModifier = {
    kind: "modifier",
    text,
    start,
    end: start + text.length,
    name,
    known,
    value,
    valueStart,
    macros: macroString.macros,
  };
  if (!known) {
    // Unknown modifiers are never expanded, so only their macro syntax matters (§6, §7.1 ABNF).
    // Loops, not push(...x): a long hostile term holds more errors than a call takes arguments.
    for (const error of macroString.errors) if (error.code === "macro-syntax") errors.push(error);
    return modifier;
  }
  if (value === "") {
    errors.push({ code: "missing-domain", message: `${name}= needs a domain, e.g. ${name}=_spf.example.com`, start, end: modifier.end });
    return modifier;
  }
  for (const error of macroString.errors) errors.push(error);
  // redirect= to a name DNS cannot hold finds no record: permerror (§6.1). exp= is then just ignored (§6.2).
  if (checkDomains) checkDomainSpec(value, valueStart, macroString, errors, name === "redirect");
  return modifier;
}

function readArguments(
  mechanism: SpfMechanism,
  rest: string,
  restStart: number,
  checkDomains: boolean,
  errors: SpfSyntaxError[],
): void {
  const { name, start, end } = mechanism;
  const fail = (code: SpfSyntaxError["code"], message: string, from = start, to = end) => {
    errors.push({ code, message, start: from, end: to });
  };
  if (rest !== "" && rest[0] !== ":" && rest[0] !== "/") {
    fail("unexpected-argument", `"${rest}" cannot follow ${name}; expected ":" or "/"`);
    return;
  }
  const hasValue = rest[0] === ":";
  switch (name) {
    case "all": {
      if (rest !== "") fail("unexpected-argument", `all takes no argument: write "${mechanism.qualifierWritten ? mechanism.qualifier : ""}all"`);
      return;
    }
    case "include":
    case "exists": {
      if (!hasValue || rest.length === 1) {
        fail("missing-domain", `${name} needs a domain, e.g. ${name}:${name === "include" ? "_spf.example.com" : "%{i}._spf.example.com"}`);
        if (!hasValue) return;
      }
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "ptr": {
      if (!hasValue) {
        if (rest !== "") fail("unexpected-argument", "ptr takes no CIDR length");
        return;
      }
      if (rest.length === 1) fail("missing-domain", "ptr: needs a domain after the colon (or write ptr alone)");
      readDomainSpec(mechanism, rest.slice(1), restStart + 1, checkDomains, errors);
      return;
    }
    case "a":
    case "mx": {
      // `"a" [ ":" domain-spec ] [ dual-cidr-length ]`: a domain-spec may hold "/" (and ":"), so the CIDR
      // part is what ends the term: `/24`, `//64` or `/24//64` at its very end (§5.3, §7.1, §12).
      const slash = hasValue ? trailingCidrStart(rest) : 0;
      const cidrText = slash < 0 ? "" : rest.slice(slash);
      if (hasValue) {
        const domainText = rest.slice(1, slash < 0 ? rest.length : slash);
        if (domainText === "") {
          fail("missing-domain", `${name}: needs a domain after the colon (or write ${name} alone for this domain)`);
        }
        readDomainSpec(mechanism, domainText, restStart + 1, checkDomains, errors);
      }
      if (cidrText !== "") readDualCidr(mechanism, cidrText, restStart + (slash < 0 ? 0 : slash), errors);
      return;
    }
    case "ip4":
    case "ip6": {
      readIp(mechanism, rest, restStart, errors);
      return;
    }
  }
}

function readDomainSpec(
  mechanism: SpfMechanism,
  domainSpec: string,
  domainStart: number,
  checkDomains: boolean,
  errors: SpfSyntaxError[],
): void {
  mechanism.value = domainSpec;
  mechanism.valueStart = domainStart;
  if (domainSpec === "") return;
  mechanism.domainSpec = domainSpec;
  const macroString = parseMacroString(domainSpec, domainStart, "record");
  mechanism.macros = macroString.macros;
  for (const error of macroString.errors) errors.push(error);
  // An include of a name DNS cannot hold finds no record: permerror (§5.2); a, mx, ptr, exists just miss.
  if (checkDomains) checkDomainSpec(domainSpec, domainStart, macroString, errors, mechanism.name === "include");
}

/** Where a trailing dual-cidr-length starts in `:domain-spec[cidr]`, or -1 (a lone "/" or a bad length is still read as CIDR). */
function trailingCidrStart(text: string): number {
  const cidr = /(?:\/\d+)?(?:\/\/\d+)?$/.exec(text);
  if (cidr && cidr[0] !== "") return cidr.index;
  // No well-formed length at the end: a "/" after the last "." is a malformed CIDR (`mx:example.com/`,
  // `a:example.com/abc`), one before it belongs to the domain-spec (`a:foo:bar/baz.example.com`).
  const slash = text.indexOf("/", text.lastIndexOf(".") + 1);
  return slash >= 0 && !text.slice(slash).includes("}") ? slash : -1;
}

const TOPLABEL = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$/;
const HOST_LABEL = /^[A-Za-z0-9_-]+$/;

/**
 * §7.1: `domain-spec = macro-string domain-end`, `domain-end = ( "." toplabel [ "." ] ) / macro-expand`,
 * and a macro-literal is any visible character but "%". So "foo:bar/baz.example.com" is valid and
 * "example.com:8080" (top label "com:8080") is not. Beyond the grammar, a name DNS cannot hold (an empty
 * label, a label over 63 octets, a name over 253) or that no host can have (characters other than
 * letters, digits, "-", "_") is reported: as a permerror for include and redirect (no record can be found
 * there, §5.2, §6.1), as a warning elsewhere (the term just never matches, or exp= is ignored).
 */
function checkDomainSpec(
  domainSpec: string,
  domainStart: number,
  macroString: ReturnType<typeof parseMacroString>,
  errors: SpfSyntaxError[],
  unusableIsFatal: boolean,
): void {
  if (macroString.errors.length > 0) return;
  const range = { start: domainStart, end: domainStart + domainSpec.length };
  const fail = (message: string): void => {
    errors.push({ code: "bad-domain", message, ...range });
  };
  const odd = (message: string): void => {
    errors.push({ code: "odd-domain", message, ...range });
  };
  if (macroString.endsWithExpand) return;
  // The literal characters after the last macro (all of them without macros) end with "." toplabel.
  const tail = domainSpec.slice(macroString.literalTailStart).replace(/\.$/, "");
  const dot = tail.lastIndexOf(".");
  const top = tail.slice(dot + 1);
  if (dot < 0 && !macroString.hasExpand) {
    return fail(`"${domainSpec}" is a single label; SPF needs a full domain name such as ${domainSpec.replace(/\.$/, "")}.example.com (RFC 7208 §7.1, domain-end)`);
  }
  if (dot < 0 || !TOPLABEL.test(top)) {
    const hint = /^\d+$/.test(top) ? " (an IP address? use ip4:/ip6:)" : /[:/]/.test(top) ? " (a port or a path cannot follow the domain)" : "";
    return fail(`"${domainSpec}" ends with "${top}", which is not a top label${hint} (RFC 7208 §7.1, domain-end)`);
  }
  if (macroString.hasExpand) return;
  const labels = domainSpec.replace(/\.$/, "").split(".");
  const unusable = labels.some((label) => label === "")
    ? "has an empty label"
    : labels.some((label) => label.length > 63)
      ? "has a label longer than 63 octets"
      : domainSpec.replace(/\.$/, "").length > 253
        ? "is longer than 253 characters"
        : null;
  if (unusable) {
    const why = `"${domainSpec}" ${unusable}, so it names nothing DNS can hold`;
    return unusableIsFatal ? fail(`${why}: no SPF record can be found there, a permerror (RFC 7208 §5.2, §6.1)`) : odd(`${why}: the term can never match`);
  }
  const oddLabel = labels.find((label) => !HOST_LABEL.test(label));
  if (oddLabel !== undefined) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(domainSpec) ? " (a URL? write the host name alone)" : "";
    odd(`"${domainSpec}" is not a host name: "${oddLabel}" holds characters other than letters, digits, "-" and "_"${url}`);
  }
}

/** a/mx dual-cidr-length: `/24`, `//64` or `/24//64` (§5.6, §12). */
function readDualCidr(mechanism: SpfMechanism, cidrText: string, cidrStart: number, errors: SpfSyntaxError[]): void {
  const match = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(cidrText);
  const range = { start: cidrStart, end: cidrStart + cidrText.length };
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    errors.push({
      code: "invalid-cidr",
      message: `"${cidrText}" is not a CIDR length; write /24 for IPv4, //64 for IPv6, or /24//64 for both`,
      ...range,
    });
    return;
  }
  mechanism.cidr4 = readCidrLength(match[1], 32, "IPv4", range, errors);
  mechanism.cidr6 = readCidrLength(match[2], 128, "IPv6", range, errors);
}

function readCidrLength(
  digits: string | undefined,
  max: number,
  family: string,
  range: { start: number; end: number },
  errors: SpfSyntaxError[],
): number | null {
  if (digits === undefined) return null;
  if (digits.length > 1 && digits.startsWith("0")) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length "${digits}" has a leading zero`, ...range });
    return null;
  }
  const length = Number(digits);
  if (length > max) {
    errors.push({ code: "invalid-cidr", message: `${family} CIDR length ${length} is larger than ${max}`, ...range });
    return null;
  }
  return length;
}

function readIp(mechanism: SpfMechanism, rest: string, restStart: number, errors: SpfSyntaxError[]): void {
  const family = mechanism.name === "ip4" ? 4 : 6;
  const example = family === 4 ? "ip4:192.0.2.0/24" : "ip6:2001:db8::/32";
  if (rest[0] !== ":" || rest.length === 1) {
    errors.push({ code: "invalid-ip", message: `${mechanism.name} needs an address, e.g. ${example}`, start: mechanism.start, end: mechanism.end });
    return;
  }
  const slash = rest.indexOf("/");
  const address = rest.slice(1, slash < 0 ? rest.length : slash);
  mechanism.value = rest.slice(1);
  mechanism.valueStart = restStart + 1;
  mechanism.ip = address;
  // node's isIP accepts IPv6 zone ids ("fe80::1%eth0"), which SPF's ip6-network does not.
  const detected = address.includes("%") ? 0 : isIP(address);
  if (detected !== family) {
    const other = detected === 0 ? "" : ` (it is an IPv${detected} address: use ip${detected}:)`;
    errors.push({
      code: "invalid-ip",
      message: `"${address}" is not an IPv${family} address${other}`,
      start: restStart + 1,
      end: restStart + 1 + address.length,
    });
  }
  if (slash < 0) return;
  const cidrText = rest.slice(slash);
  const range = { start: restStart + slash, end: restStart + rest.length };
  const match = /^\/([0-9]+)$/.exec(cidrText);
  if (!match) {
    errors.push({ code: "invalid-cidr", message: `"${cidrText}" is not a CIDR length; write e.g. ${example}`, ...range });
    return;
  }
  const length = readCidrLength(match[1], family === 4 ? 32 : 128, `IPv${family}`, range, errors);
  if (family === 4) mechanism.cidr4 = length;
  else mechanism.cidr6 = length;
}

/** A term that costs a DNS lookup (§4.6.4), and whether evaluation can reach it. */
export interface SpfLookupTerm {
  term: SpfMechanism | SpfModifier;
  cost: number;
  /**
   * False when evaluation never gets there: mechanisms after the first `all` (§5.1), and `redirect=` in a
   * record that has `all` (§6.1). Such terms cost nothing; their own rules flag them.
   */
  reachable: boolean;
}

const LOOKUP_MECHANISMS: readonly string[] = ["include", "a", "mx", "ptr", "exists"];

/** The terms of the record itself that cost one DNS lookup each: include, a, mx, ptr, exists, redirect. */
export function lookupTerms(record: SpfRecord): SpfLookupTerm[] {
  const hasAll = record.terms.some((term) => term.kind === "mechanism" && term.name === "all");
  const result: SpfLookupTerm[] = [];
  let afterAll = false;
  let redirected = false;
  for (const term of record.terms) {
    if (term.kind === "mechanism") {
      if (LOOKUP_MECHANISMS.includes(term.name)) result.push({ term, cost: 1, reachable: !afterAll });
      if (term.name === "all") afterAll = true;
    } else if (term.kind === "modifier" && term.name === "redirect") {
      // §6: a second redirect= makes the record a permerror (spf-duplicate-modifier's finding); no
      // evaluation follows it, so it is neither counted nor walked, which would add findings of its target.
      result.push({ term, cost: 1, reachable: !hasAll && !redirected });
      redirected = true;
    }
  }
  return result;
}

/**
 * The DNS lookups this record alone costs on its longest evaluation path. It is a lower bound of the
 * RFC 7208 §4.6.4 count: every include/redirect target adds its own terms, which only live lookups see.
 */
export function countLookups(record: SpfRecord): number {
  return lookupTerms(record).reduce((sum, entry) => sum + (entry.reachable ? entry.cost : 0), 0);
}

/**
 * Whether a record authorises nobody, as receivers read it: it reads without error (one that does not is a
 * permerror, no statement of intent) and its one mechanism is `-all`, which fails every sender (§5.1). Any
 * letter case and runs of spaces (§4.6.1, §12), an `exp=` explanation (§6.2) or a modifier receivers ignore
 * (§6) change nothing; a `redirect=` beside it is a record meant to send through another's, written wrong.
 */
export function authorisesNobody(record: SpfRecord): boolean {
  if (!record.version.valid || record.errors.length > 0) return false;
  const mechanisms = record.terms.filter((term) => term.kind === "mechanism");
  const only = mechanisms.length === 1 ? mechanisms[0]! : null;
  const redirects = record.terms.some((term) => term.kind === "modifier" && term.name === "redirect");
  return only?.kind === "mechanism" && only.name === "all" && only.qualifier === "-" && !redirects;
}

/** The first `all` mechanism: the one evaluation stops at (§5.1). */
export function firstAll(record: SpfRecord): SpfMechanism | null {
  for (const term of record.terms) if (term.kind === "mechanism" && term.name === "all") return term;
  return null;
}

/** Mechanisms, in order. */
export function mechanisms(record: SpfRecord): SpfMechanism[] {
  return record.terms.filter((term): term is SpfMechanism => term.kind === "mechanism");
}

/** Known modifiers (redirect, exp) and unknown ones, in order. */
export function modifiers(record: SpfRecord): SpfModifier[] {
  return record.terms.filter((term): term is SpfModifier => term.kind === "modifier");
}

/** Lower-cases a domain-spec and drops one trailing dot, for comparisons (DNS names are case-insensitive). */
export function normalizeDomainSpec(domainSpec: string): string {
  return domainSpec.toLowerCase().replace(/\.$/, "");
}

/**
 * The real mechanism an unknown name most likely meant (`ip` → ip4/ip6 by the value, `inlcude` → include),
 * or null when nothing is close (edit distance ≤ 2, transpositions count once).
 */
export function suggestMechanism(name: string, value: string | null = null): SpfMechanismName | null {
  const lower = name.toLowerCase();
  if (/^ip(v?[46])?$/.test(lower) || lower === "ipv") {
    if (/[46]$/.test(lower)) return lower.endsWith("4") ? "ip4" : "ip6";
    return value !== null && value.includes(":") ? "ip6" : "ip4";
  }
  // "mx.ovh.com" written without "include:" reads as a mechanism named like a domain.
  if (lower.includes(".")) return "include";
  let best: SpfMechanismName | null = null;
  let bestDistance = 3;
  for (const candidate of SPF_MECHANISMS) {
    const distance = editDistance(lower, candidate);
    // Short names are reached from almost anything at distance 2, so they only get distance 1.
    const limit = candidate.length <= 3 ? 1 : 2;
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
