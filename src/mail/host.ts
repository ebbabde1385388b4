// A pure classifier for host names as people write them in MX, SRV, CNAME and client settings.
// It never throws: whatever the text, it says what the core is (host name, IP literal, null target,
// nothing) and lists every problem around or inside it with [start, end) offsets into the text, so rules
// can point at the exact characters (e.g. the "https://" of a URL pasted from an OVH guide).
import { isIPv4, isIPv6 } from "node:net";
import { domainToASCII, domainToUnicode } from "node:url";
import { droppedByIdna } from "../model/idna-dropped.js";
import { memoizeText } from "./parse-once.js";

/** What the text is once decorations (scheme, user, port, path, spaces) are set aside. */
export type HostKind = "hostname" | "ipv4" | "ipv6" | "null" | "empty";

export type HostProblemCode =
  /** Nothing written (or only spaces). */
  | "empty"
  /** `https://`, `smtp://`, `mailto:`: a URL, not a host (RFC 1035 §3.3.9 wants a domain name). */
  | "scheme"
  /** `user@`: an e-mail address or URL user part. */
  | "at-sign"
  /** `:25` after the host: ports live in SRV records or client settings, never in a host name. */
  | "port"
  /** `/path`, `?query` or `#fragment` after the host. */
  | "path"
  /** Spaces, tabs or line breaks anywhere in the text. */
  | "whitespace"
  /** `_` in a label: legal in SRV owner names (RFC 2782) but not in a host name (RFC 952/1123 LDH). */
  | "underscore"
  /** Any other character outside letters, digits and hyphen (RFC 1035 §2.3.1, RFC 1123 §2.1). */
  | "bad-character"
  /** A label that starts or ends with a hyphen (RFC 1035 §2.3.1). */
  | "hyphen-edge"
  /** Two dots in a row, or a leading dot. */
  | "empty-label"
  /** A label longer than 63 octets (in A-label form) (RFC 1035 §2.3.4). */
  | "label-too-long"
  /** A name longer than 253 characters without the trailing dot (RFC 1035 §2.3.4: 255 octets on the wire). */
  | "name-too-long"
  /** A Unicode label that has no valid A-label (IDNA, RFC 5891). */
  | "idn-invalid"
  /** The host is an IPv4 or IPv6 literal, where a host name is required (RFC 5321 §5.1). */
  | "ip-literal";

export interface HostProblem {
  code: HostProblemCode;
  /** [start, end) offsets into the analysed text (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
  /** The characters at [start, end). */
  text: string;
}

export interface HostLabel {
  /** As written (no case change). */
  text: string;
  /** A-label form, lower case ("" when it has none). */
  ascii: string;
  start: number;
  end: number;
}

export interface HostAnalysis {
  input: string;
  kind: HostKind;
  /** The core host as written, without scheme, user, port, path or surrounding spaces. */
  host: string;
  /** [start, end) of `host` inside `input`. */
  hostStart: number;
  hostEnd: number;
  /** The host ends with a dot (absolute, as OVH's API and zone files want it). */
  trailingDot: boolean;
  /** Lower-case A-label form without trailing dot (kind "hostname"), the address (IP kinds), or null. */
  ascii: string | null;
  /** Unicode form of `ascii` (equal to it for plain ASCII names), or null. */
  unicode: string | null;
  /** True when the written host holds non-ASCII characters or A-labels (`xn--`). */
  idn: boolean;
  labels: HostLabel[];
  problems: HostProblem[];
  /**
   * What to write instead: the core host in A-label form, lower case, with a trailing dot, when stripping the
   * decorations leaves a valid host name; null otherwise (IP literals, underscores, broken labels...).
   */
  suggestion: string | null;
}

/** Schemes recognised without `//` (`mailto:x@y`); `name:` followed by digits is a port instead. */
const BARE_SCHEMES = /^(mailto|smtps?|submissions?|imaps?|pop3?s?|https?|ftp|ldaps?|tel|sip):(?!\d)/i;
const SCHEME_WITH_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const LDH = /^[A-Za-z0-9-]$/;
const MAX_LABEL = 63;
const MAX_NAME = 253;

/**
 * Classify a written host name. Never throws. The same few hosts (OVH's MX set, ssl0.ovh.net…) recur in
 * every domain file: each string is analysed once.
 */
const analyseHostMemo = memoizeText(analyseHostUncached);

export function analyseHost(text: string): HostAnalysis {
  // A YAML value that is not a string (a number written as a host) is analysed as its text.
  return analyseHostMemo(typeof text === "string" ? text : String(text));
}

function analyseHostUncached(input: string): HostAnalysis {
  const problems: HostProblem[] = [];
  const add = (code: HostProblemCode, start: number, end: number): void => {
    problems.push({ code, start, end, text: input.slice(start, end) });
  };

  for (const match of input.matchAll(/\s+/g)) add("whitespace", match.index, match.index + match[0].length);

  let lo = 0;
  let hi = input.length;
  while (lo < hi && /\s/.test(input[lo]!)) lo++;
  while (hi > lo && /\s/.test(input[hi - 1]!)) hi--;

  const result = (kind: HostKind, extra: Partial<HostAnalysis> = {}): HostAnalysis => ({
    input,
    kind,
    host: input.slice(lo, hi),
    hostStart: lo,
    hostEnd: hi,
    trailingDot: false,
    ascii: null,
    unicode: null,
    idn: false,
    labels: [],
    problems: problems.sort((a, b) => a.start - b.start || a.end - b.end),
    suggestion: null,
    ...extra,
  });

  if (lo >= hi) {
    add("empty", 0, input.length);
    return result("empty");
  }

  const scheme = SCHEME_WITH_SLASHES.exec(input.slice(lo, hi)) ?? BARE_SCHEMES.exec(input.slice(lo, hi));
  if (scheme) {
    add("scheme", lo, lo + scheme[0].length);
    lo += scheme[0].length;
  }

  const pathAt = firstIndexOf(input, ["/", "?", "#"], lo, hi);
  if (pathAt >= 0) {
    add("path", pathAt, hi);
    hi = pathAt;
  }

  const at = input.lastIndexOf("@", hi - 1);
  if (at >= lo) {
    add("at-sign", lo, at + 1);
    lo = at + 1;
  }

  // Bracketed literals ([2001:db8::1], [192.0.2.1]) as in SMTP address literals (RFC 5321 §4.1.3).
  if (input[lo] === "[") {
    const close = input.indexOf("]", lo);
    if (close > lo && close < hi) {
      const rest = input.slice(close + 1, hi);
      if (/^:\d*$/.test(rest)) {
        add("port", close + 1, hi);
        hi = close + 1;
      }
      const inner = input.slice(lo + 1, close).replace(/^IPv6:/i, "");
      if (close + 1 === hi && (isIPv6(inner) || isIPv4(inner))) {
        add("ip-literal", lo, hi);
        return result(isIPv6(inner) ? "ipv6" : "ipv4", { ascii: inner.toLowerCase(), unicode: inner.toLowerCase() });
      }
    }
  }

  const core = input.slice(lo, hi);
  // An IPv6 address has at least two colons (RFC 4291 §2.2); most hosts have none. node's isIPv6 is one
  // large regular expression whose first calls in a process cost tens of microseconds each: asked of
  // every new host name, it was two thirds of this analysis in a profile of `audit --zone`.
  const firstColon = core.indexOf(":");
  const oneColon = firstColon !== -1 && core.indexOf(":", firstColon + 1) === -1;
  if (firstColon !== -1 && !oneColon && isIPv6(core)) {
    add("ip-literal", lo, hi);
    return result("ipv6", { ascii: core.toLowerCase(), unicode: core.toLowerCase() });
  }
  if (oneColon) {
    const colon = input.indexOf(":", lo);
    if (/^\d*$/.test(input.slice(colon + 1, hi))) {
      add("port", colon, hi);
      hi = colon;
    }
  }

  const bare = input.slice(lo, hi);
  const undotted = bare.endsWith(".") ? bare.slice(0, -1) : bare;
  if (isIPv4(undotted)) {
    add("ip-literal", lo, hi);
    return result("ipv4", { ascii: undotted, unicode: undotted });
  }
  // RFC 7505 §3 null MX / RFC 2782 "service not offered": the root name alone.
  if (bare === ".") return result("null", { trailingDot: true, ascii: "", unicode: "" });
  if (bare === "") {
    add("empty", lo, hi);
    return result("empty");
  }

  return analyseLabels(input, lo, hi, problems, add, result);
}

const PLAIN_LABELS = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$/;
const PUNYCODE_LABEL = /(?:^|\.)xn--/;
const NUMBER_LABEL = /(?:^|\.)(?:[0-9]+|0x[0-9a-f]*)$/;

/**
 * Whether domainToUnicode gives the lower-case `ascii` back unchanged, so the call (a quarter of analysing
 * a host, and `plan` analyses every DKIM CNAME target, one per selector) can be skipped: letters, digits,
 * hyphens and underscores in non-empty labels. Not when a label starts with "xn--" (decoded), nor when the
 * last label is a number (the WHATWG URL standard then parses the host as an IPv4 address: "1.2.3.010" is
 * "1.2.3.8"). test/mail/host.test.ts compares both over generated names.
 */
function isPlainAscii(ascii: string): boolean {
  return PLAIN_LABELS.test(ascii) && !PUNYCODE_LABEL.test(ascii) && !NUMBER_LABEL.test(ascii);
}

function analyseLabels(
  input: string,
  lo: number,
  hi: number,
  problems: HostProblem[],
  add: (code: HostProblemCode, start: number, end: number) => void,
  result: (kind: HostKind, extra?: Partial<HostAnalysis>) => HostAnalysis,
): HostAnalysis {
  const trailingDot = hi > lo && input[hi - 1] === ".";
  const nameEnd = trailingDot ? hi - 1 : hi;
  const labels: HostLabel[] = [];
  let idn = false;
  let start = lo;
  for (;;) {
    const dot = input.indexOf(".", start);
    const end = dot < 0 || dot >= nameEnd ? nameEnd : dot;
    const label = analyseLabel(input, start, end, add);
    if (label.idn) idn = true;
    if (end === start) {
      // The dots around the empty label; a run of dots ("...") becomes one problem.
      const from = start > lo ? start - 1 : lo;
      const to = Math.min(hi, start + 1);
      const previous = problems[problems.length - 1];
      if (previous?.code === "empty-label" && previous.end >= from) {
        previous.end = to;
        previous.text = input.slice(previous.start, to);
      } else add("empty-label", from, to);
    }
    labels.push({ text: input.slice(start, end), ascii: label.ascii, start, end });
    if (end >= nameEnd) break;
    start = end + 1;
  }

  const ascii = labels.map((l) => l.ascii).join(".");
  if (ascii.length > MAX_NAME) add("name-too-long", lo, hi);
  const unicode = ascii === "" ? "" : isPlainAscii(ascii) ? ascii : domainToUnicode(ascii) || ascii;
  // Any problem, even outside the core (spaces around it), leaves the suggestion to the core alone, but only
  // when the core itself is a clean LDH name: "10 mx1.mail.ovh.net" must not become "10mx1.mail.ovh.net.".
  const coreClean = !problems.some((p) => p.start >= lo && p.end <= hi && p.code !== "port");
  const suggestion = coreClean && ascii !== "" ? `${ascii}.` : null;
  return result("hostname", { trailingDot, ascii, unicode, idn, labels, suggestion });
}

function analyseLabel(
  input: string,
  start: number,
  end: number,
  add: (code: HostProblemCode, start: number, end: number) => void,
): { ascii: string; idn: boolean } {
  const text = input.slice(start, end);
  let nonAscii = false;
  let broken = false;
  let i = start;
  while (i < end) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      broken = true;
      i++;
      continue;
    }
    if (ch.charCodeAt(0) > 0x7f) {
      nonAscii = true;
      i++;
      continue;
    }
    if (LDH.test(ch)) {
      i++;
      continue;
    }
    const code: HostProblemCode = ch === "_" ? "underscore" : "bad-character";
    let j = i + 1;
    if (ch === "\\") {
      // A name read from DNS or a zone file comes in presentation form (RFC 1035 §5.1): one character outside
      // LDH is written as escapes, a UTF-8 one as several (`\226\128\139` is U+200B). A run of escapes is one
      // problem, shown whole, not one per backslash.
      j = i;
      while (j < end && input[j] === "\\") j += /^\d{3}$/.test(input.slice(j + 1, j + 4)) ? 4 : 2;
      j = Math.min(j, end);
    } else while (j < end && input[j] === ch) j++;
    add(code, i, j);
    broken = true;
    i = j;
  }
  if (text.startsWith("-")) add("hyphen-edge", start, start + 1);
  if (text.length > 1 && text.endsWith("-")) add("hyphen-edge", end - 1, end);

  let ascii = text.toLowerCase();
  const isALabel = /^xn--/i.test(text);
  if (nonAscii && !broken) {
    // A character the conversion removes without a word (U+00AD, U+200B: model/idna-dropped.ts) would make
    // `mx.exa\u00admple.net.` the host mx.example.net: IDNA2008 disallows it in a label (RFC 5892), so the
    // label is no valid IDNA label, as one the conversion refuses.
    ascii = droppedByIdna(text) ? "" : domainToASCII(text);
    if (ascii === "" || ascii.includes(".")) {
      add("idn-invalid", start, end);
      ascii = "";
    }
  } else if (isALabel && !broken && domainToUnicode(text) === "") {
    add("idn-invalid", start, end);
  }
  if ((ascii || text).length > MAX_LABEL) add("label-too-long", start, end);
  return { ascii, idn: nonAscii || isALabel };
}

function firstIndexOf(text: string, needles: readonly string[], from: number, to: number): number {
  let best = -1;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Labels of 1 to 63 lower-case letters, digits, hyphens (not at an edge) and underscores, an optional final dot. */
const PLAIN_NAME = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.?$/;

/**
 * The name `analyseHost(text).ascii` gives when its only problems can be underscores, or null when the
 * text needs the full analysis: a plain lower-case name such as an OVH DKIM CNAME target
 * (`ovhmo1-selector1._domainkey.123.ab.dkim.mail.ovh.net.`). Such a target names its domain, so it is
 * analysed once and never again: this check costs a regular expression, where the analysis and its
 * cache cost a tenth of `audit --zone`'s time in `dkim-cname-target-invalid`. Not for A-labels (`xn--`, which
 * may be invalid IDNA) nor a numeric last label (an IPv4 address). test/mail/host.test.ts compares both.
 */
export function plainHostName(text: string): string | null {
  if (text.length > MAX_NAME + 1 || !PLAIN_NAME.test(text)) return null;
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  if (name.length > MAX_NAME || PUNYCODE_LABEL.test(name) || NUMBER_LABEL.test(name)) return null;
  return name;
}

/** True when the analysis found a clean host name (problems limited to `allowed`, e.g. "underscore" for SRV owners). */
export function isCleanHostname(analysis: HostAnalysis, allowed: readonly HostProblemCode[] = []): boolean {
  return analysis.kind === "hostname" && analysis.problems.every((p) => allowed.includes(p.code));
}

/** The problems that make a written host a URL, an address or a host with a port, rather than a host name. */
const DECORATIONS: readonly HostProblemCode[] = ["scheme", "at-sign", "port", "path", "whitespace"];

/**
 * The first decoration of a written host (`https://`, `user@`, `:993`, a path, spaces) with the host name
 * to write instead, or null when the host is written bare. The same pitfall as in MX targets: OVH's
 * guides show host names next to URLs, and a pasted URL is a name no client or server can resolve.
 */
export function hostDecoration(analysis: HostAnalysis): { code: HostProblemCode; part: string; instead: string | null } | null {
  const problem = analysis.problems.find((p) => DECORATIONS.includes(p.code));
  if (!problem) return null;
  return { code: problem.code, part: problem.text, instead: analysis.suggestion ? analysis.suggestion.replace(/\.$/, "") : null };
}
