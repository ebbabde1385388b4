// DKIM key records (RFC 6376 §3.6.1), parsed with the offset of every tag so rules can point at the exact
// characters. Pure and total: bad input gives errors in the result, never an exception.
import { createPublicKey } from "node:crypto";
import type { DkimSelector, RecordText } from "../model/types.js";
import { memoizeText, parseOnce } from "./parse-once.js";
import { derAt, type DerElement } from "../model/der.js";

/** One `name=value` tag-spec. Offsets are [start, end) in the record text; the value is trimmed of FWS. */
export interface DkimTag {
  name: string;
  value: string;
  /** From the first character of the name to the last character of the value (or the `=`). */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** True for the tags RFC 6376 §3.6.1 and RFC 4871 (`g`) define for key records. */
  known: boolean;
}

/** One element of a colon-separated tag value (`h=sha1:sha256`, `s=email:*`, `t=y:s`). */
export interface DkimListItem {
  value: string;
  start: number;
  end: number;
}

export type DkimSyntaxCode =
  /** `;;`, or a `;` before anything: an empty tag-spec (only one trailing `;` is allowed, §3.2). */
  | "empty-tag"
  | "missing-equals"
  /** tag-name = ALPHA *ALNUMPUNC (§3.2). */
  | "bad-tag-name"
  /** A character outside VALCHAR (%x21-3A / %x3C-7E) or FWS inside a value (§3.2). */
  | "bad-value-char"
  /** "if a tag name does occur more than once, the entire tag-list is invalid" (§3.2). */
  | "duplicate-tag";

export interface DkimSyntaxError {
  code: DkimSyntaxCode;
  start: number;
  end: number;
  /** The tag concerned, when there is one. */
  tag?: string;
}

export type DkimBase64Problem =
  /** A character outside the base64 alphabet (after FWS is removed). */
  | "char"
  /** `=` anywhere but the last one or two positions, or more than two of them. */
  | "padding"
  /** The base64 text is not a multiple of 4 characters long (the OVH panel checks this too: MGR). */
  | "length";

export type DkimKey =
  /** No `p=` tag: the record is not a key record (p is REQUIRED, §3.6.1). */
  | { status: "missing" }
  /** `p=` with an empty value: the key is revoked (§3.6.1). */
  | { status: "revoked" }
  | { status: "bad-base64"; problem: DkimBase64Problem; start: number; end: number }
  /** Valid base64 that is neither an RSA key (SubjectPublicKeyInfo or PKCS#1) nor a 32-byte Ed25519 key. */
  | { status: "undecodable"; bytes: number }
  | { status: "ok"; type: "rsa"; bits: number; encoding: "spki" | "pkcs1"; bytes: number }
  /** Ed25519: RFC 8463 §4.2 wants the raw 32 bytes; some publish the 44-byte SubjectPublicKeyInfo. */
  | { status: "ok"; type: "ed25519"; encoding: "raw" | "spki"; bytes: number };

export interface DkimKeyRecord {
  text: string;
  /** Every tag-spec in order, duplicates included. */
  tags: readonly DkimTag[];
  /** First occurrence of each tag name (tag names are case-sensitive, §3.2). */
  byName: ReadonlyMap<string, DkimTag>;
  /** `k=` as written, or "rsa" (the default, §3.6.1) when absent. */
  keyType: string;
  /** `h=` items, or null when absent (all algorithms allowed). */
  hashes: readonly DkimListItem[] | null;
  /** `s=` items, or null when absent (default `*`). */
  serviceTypes: readonly DkimListItem[] | null;
  /** `t=` items, or null when absent. */
  flags: readonly DkimListItem[] | null;
  /** The key data with FWS removed, or null when there is no `p=` tag. */
  keyData: string | null;
  key: DkimKey;
  errors: readonly DkimSyntaxError[];
}

const KNOWN_TAGS = new Set(["v", "g", "h", "k", "n", "p", "s", "t"]);
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const FWS_CHARS = " \t\r\n";
/** DER larger than this is not a key anyone publishes in DNS; don't hand it to OpenSSL. */
const MAX_KEY_BYTES = 16384;
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

function isFws(char: string): boolean {
  return FWS_CHARS.includes(char);
}

const ANY_FWS = /[ \t\r\n]/;
const ALL_FWS = /[ \t\r\n]+/g;
/** Neither FWS nor VALCHAR (§3.2). */
const NOT_VALUE_CHAR = /[^\x21-\x3a\x3c-\x7e \t\r\n]/;

/** Parse a DKIM key record's text (character-strings already joined, RFC 6376 §3.6.2.2). */
export function parseDkimKey(text: string): DkimKeyRecord {
  const { tags, byName, errors } = parseTags(text);
  const k = byName.get("k");
  const h = byName.get("h");
  const s = byName.get("s");
  const t = byName.get("t");
  const p = byName.get("p");
  const keyData = p ? stripFws(p.value) : null;
  return {
    text,
    tags,
    byName,
    keyType: k ? k.value : "rsa",
    hashes: h ? splitList(text, h) : null,
    serviceTypes: s ? splitList(text, s) : null,
    flags: t ? splitList(text, t) : null,
    keyData,
    key: p && keyData !== null ? decodeKey(text, p, keyData) : { status: "missing" },
    errors,
  };
}

/**
 * Whether a key record's text revokes its key (`p=` present and empty, RFC 6376 §3.6.1): what
 * `parseDkimKey(text).key.status === "revoked"` says, without decoding a key that is there (base64, then
 * its DER), which is most of a parse.
 */
export function isRevokedKeyText(text: string): boolean {
  const p = parseTags(text).byName.get("p");
  return p !== undefined && stripFws(p.value) === "";
}

/** The tag-specs of a key record (§3.2): each, the first of each name, and the syntax errors. */
function parseTags(text: string): { tags: DkimTag[]; byName: Map<string, DkimTag>; errors: DkimSyntaxError[] } {
  const tags: DkimTag[] = [];
  const errors: DkimSyntaxError[] = [];
  const byName = new Map<string, DkimTag>();

  let specStart = 0;
  while (specStart <= text.length) {
    const semicolon = text.indexOf(";", specStart);
    const specEnd = semicolon === -1 ? text.length : semicolon;
    const tag = parseTagSpec(text, specStart, specEnd, semicolon !== -1, errors);
    if (tag) {
      if (byName.has(tag.name)) {
        errors.push({ code: "duplicate-tag", start: tag.start, end: tag.end, tag: tag.name });
      } else {
        byName.set(tag.name, tag);
      }
      tags.push(tag);
    }
    if (semicolon === -1) break;
    specStart = semicolon + 1;
  }
  return { tags, byName, errors };
}

function parseTagSpec(
  text: string,
  from: number,
  to: number,
  endsWithSemicolon: boolean,
  errors: DkimSyntaxError[],
): DkimTag | null {
  let start = from;
  let end = to;
  while (start < end && isFws(text[start]!)) start++;
  while (end > start && isFws(text[end - 1]!)) end--;
  if (start === end) {
    // An empty final spec is the optional trailing ";" (or an empty record); an empty spec before a ";" is not.
    const isLast = !endsWithSemicolon;
    const isEmptyRecord = from === 0 && !endsWithSemicolon;
    if (!isLast && !isEmptyRecord) errors.push({ code: "empty-tag", start: to, end: to + 1 });
    return null;
  }
  const equals = text.indexOf("=", start);
  if (equals === -1 || equals >= end) {
    errors.push({ code: "missing-equals", start, end });
    return null;
  }
  let nameEnd = equals;
  while (nameEnd > start && isFws(text[nameEnd - 1]!)) nameEnd--;
  const name = text.slice(start, nameEnd);
  if (!TAG_NAME.test(name)) errors.push({ code: "bad-tag-name", start, end: Math.max(nameEnd, start + 1), tag: name });

  let valueStart = equals + 1;
  while (valueStart < end && isFws(text[valueStart]!)) valueStart++;
  const valueEnd = Math.max(valueStart, end);
  const badChar = text.slice(valueStart, valueEnd).search(NOT_VALUE_CHAR);
  if (badChar !== -1) errors.push({ code: "bad-value-char", start: valueStart + badChar, end: valueStart + badChar + 1, tag: name });
  return {
    name,
    value: text.slice(valueStart, valueEnd),
    start,
    end: Math.max(end, equals + 1),
    nameStart: start,
    nameEnd,
    valueStart,
    valueEnd,
    known: KNOWN_TAGS.has(name),
  };
}

function stripFws(value: string): string {
  return ANY_FWS.test(value) ? value.replace(ALL_FWS, "") : value;
}

/** Colon-separated values with optional FWS around each element (§3.6.1 h=, s=, t=). */
function splitList(text: string, tag: DkimTag): DkimListItem[] {
  const items: DkimListItem[] = [];
  let from = tag.valueStart;
  while (from <= tag.valueEnd) {
    const colon = text.indexOf(":", from);
    const to = colon === -1 || colon > tag.valueEnd ? tag.valueEnd : colon;
    let start = from;
    let end = to;
    while (start < end && isFws(text[start]!)) start++;
    while (end > start && isFws(text[end - 1]!)) end--;
    items.push({ value: text.slice(start, end), start, end });
    if (to === tag.valueEnd) break;
    from = to + 1;
  }
  // Empty elements (`h=sha256:`) name no algorithm; leaving them out keeps "is sha256 listed" simple.
  return items.filter((item) => item.value !== "");
}

/** Offsets in `text` of each non-FWS character of the tag's value, so errors in the compact form map back. */
function compactOffsets(text: string, tag: DkimTag): number[] {
  const offsets: number[] = [];
  for (let i = tag.valueStart; i < tag.valueEnd; i++) if (!isFws(text[i]!)) offsets.push(i);
  return offsets;
}

/** `data` is the tag's value with FWS removed (the record's keyData). */
function decodeKey(text: string, p: DkimTag, data: string): DkimKey {
  if (data === "") return { status: "revoked" };

  // The offset in `text` of the data's index-th character (computed only for an error).
  const at = (index: number) => {
    const offset = data === p.value ? p.valueStart + index : compactOffsets(text, p)[index]!;
    return { start: offset, end: offset + 1 };
  };
  const firstPad = data.indexOf("=");
  const body = firstPad === -1 ? data : data.slice(0, firstPad);
  const badChar = body.search(/[^A-Za-z0-9+/]/);
  if (badChar !== -1) return { status: "bad-base64", problem: "char", ...at(badChar) };
  if (firstPad !== -1) {
    const padding = data.slice(firstPad);
    const strayAfterPad = padding.search(/[^=]/);
    if (strayAfterPad !== -1) {
      const index = firstPad + strayAfterPad;
      const problem = /[A-Za-z0-9+/]/.test(data[index]!) ? "padding" : "char";
      return problem === "padding"
        ? { status: "bad-base64", problem, ...at(firstPad) }
        : { status: "bad-base64", problem, ...at(index) };
    }
    if (padding.length > 2) return { status: "bad-base64", problem: "padding", ...at(firstPad) };
  }
  if (data.length % 4 !== 0) return { status: "bad-base64", problem: "length", start: p.valueStart, end: p.valueEnd };

  const der = Buffer.from(data, "base64");
  return describeKey(der);
}

/** Bit length of a positive DER INTEGER (leading zero octets aside). */
function integerBits(der: Uint8Array, element: DerElement): number {
  let i = element.start;
  while (i < element.end && der[i] === 0) i++;
  if (i === element.end) return 0;
  return (element.end - i - 1) * 8 + (32 - Math.clz32(der[i]!));
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1) filling [start, end). */
function rsaPublicKeyBits(der: Uint8Array, start: number, end: number): number | null {
  const sequence = derAt(der, start, end);
  if (!sequence || sequence.tag !== 0x30 || sequence.end !== end) return null;
  const modulus = derAt(der, sequence.start, sequence.end);
  if (!modulus || modulus.tag !== 0x02) return null;
  const exponent = derAt(der, modulus.end, sequence.end);
  if (!exponent || exponent.tag !== 0x02 || exponent.end !== sequence.end) return null;
  return integerBits(der, modulus);
}

// AlgorithmIdentifier for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, as DER.
const RSA_ALGORITHM = Buffer.from("300d06092a864886f70d0101010500", "hex");

/**
 * The RSA modulus size straight from the DER (SubjectPublicKeyInfo, RFC 5280 §4.1, or bare PKCS#1):
 * a few microseconds, where building a KeyObject costs a third of a millisecond per key, which adds up
 * when auditing thousands of domains. Anything else returns null and goes through node:crypto.
 */
function rsaBitsFromDer(der: Uint8Array): { bits: number; encoding: "spki" | "pkcs1" } | null {
  const outer = derAt(der, 0, der.length);
  if (!outer || outer.tag !== 0x30 || outer.end !== der.length) return null;
  const algorithm = derAt(der, outer.start, outer.end);
  if (algorithm && algorithm.tag === 0x30) {
    if (!Buffer.from(der.subarray(outer.start, algorithm.end)).equals(RSA_ALGORITHM)) return null;
    const bitString = derAt(der, algorithm.end, outer.end);
    if (!bitString || bitString.tag !== 0x03 || bitString.end !== outer.end || der[bitString.start] !== 0) return null;
    const bits = rsaPublicKeyBits(der, bitString.start + 1, bitString.end);
    return bits ? { bits, encoding: "spki" } : null;
  }
  const bits = rsaPublicKeyBits(der, 0, der.length);
  return bits ? { bits, encoding: "pkcs1" } : null;
}

/** What the decoded `p=` bytes are: RSA (SPKI or bare PKCS#1), Ed25519 (raw or SPKI), or nothing usable. */
export function describeKey(der: Buffer): DkimKey {
  const bytes = der.length;
  if (bytes === 32) return { status: "ok", type: "ed25519", encoding: "raw", bytes };
  if (bytes > MAX_KEY_BYTES) return { status: "undecodable", bytes };
  const rsa = rsaBitsFromDer(der);
  if (rsa) return { status: "ok", type: "rsa", bits: rsa.bits, encoding: rsa.encoding, bytes };
  for (const encoding of ["spki", "pkcs1"] as const) {
    try {
      const key = createPublicKey({ key: der, format: "der", type: encoding });
      if (key.asymmetricKeyType === "rsa") {
        const bits = key.asymmetricKeyDetails?.modulusLength;
        if (typeof bits === "number") return { status: "ok", type: "rsa", bits, encoding, bytes };
      }
      if (key.asymmetricKeyType === "ed25519" && encoding === "spki" && der.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) {
        return { status: "ok", type: "ed25519", encoding: "spki", bytes };
      }
      return { status: "undecodable", bytes };
    } catch {
      // Not this encoding; try the next one.
    }
  }
  return { status: "undecodable", bytes };
}

/**
 * The parsed key record of a key text, shared by every reader of the same text: for the keys behind DKIM
 * CNAMEs (`dkim-cname-target-invalid`), which a provider may publish under many names. Decoding the key
 * (base64, then its DER) is most of a parse. The result is deep-frozen, so no reader can change what
 * another sees (its `byName` Map cannot be frozen: readers only get from it). Not for the keys of domain
 * files: each is its own, and keeping a few hundred of them for the run cost a cold lint of files that
 * hold keys more than it saved (paired runs, 1.03–1.08× the CPU).
 */
export const dkimKeyOfText: (text: string) => DkimKeyRecord = memoizeText(parseDkimKey, 256);

/** The parsed key record of a selector's text, computed once however many rules ask for it. */
export const dkimKeyOf: (text: RecordText) => DkimKeyRecord = parseOnce(parseDkimKey);

/** A selector's key record text with its parse. */
export interface SelectorKey {
  selector: DkimSelector;
  text: RecordText;
  record: DkimKeyRecord;
}

/**
 * Every selector that declares a key record, with the parse. A selector that also declares a CNAME is
 * included: the key is still checked, and dkim-cname-conflict reports the clash.
 */
export function selectorKeys(selectors: readonly DkimSelector[]): SelectorKey[] {
  const out: SelectorKey[] = [];
  for (const selector of selectors) {
    if (selector.text) out.push({ selector, text: selector.text, record: dkimKeyOf(selector.text) });
  }
  return out;
}

/** [start, end) of a tag's value, or of the whole tag when the value is empty (so the range is never empty). */
export function valueRange(tag: DkimTag): [number, number] {
  return tag.valueEnd > tag.valueStart ? [tag.valueStart, tag.valueEnd] : [tag.start, tag.end];
}

/**
 * OVH issues selectors in pairs that differ only in the final 1/2 (`ovhmo123-selector1`/`-selector2`,
 * `ovhmo-selector-1`/`-selector-2`) [OVH-DKIM]. The pair key is the name without that digit; selectors
 * marked `ovh: true` whose name does not end in 1 or 2 form pairs of their own name.
 */
export function ovhSelectorPair(name: string): { prefix: string; number: 1 | 2 | null } {
  const match = /^(.*\D)([12])$/.exec(name.toLowerCase());
  if (!match) return { prefix: name.toLowerCase(), number: null };
  return { prefix: match[1]!, number: match[2] === "1" ? 1 : 2 };
}

/** An OVH selector declared without the other selector of its pair. */
export interface LoneOvhSelector {
  selector: DkimSelector;
  /** The name of the missing partner, or null when the name is not numbered 1/2 and cannot be paired. */
  missing: string | null;
}

/**
 * OVH selectors whose pair is incomplete. Pairs are found by name; selectors marked `ovh: true` whose
 * names do not end in 1 or 2 cannot be paired, so one is reported only when it is the sole OVH selector.
 */
export function loneOvhSelectors(selectors: readonly DkimSelector[]): LoneOvhSelector[] {
  const ovhSelectors = selectors.filter((s) => s.ovh);
  const pairs = new Map<string, { first: DkimSelector; numbers: Set<1 | 2> }>();
  const lone: LoneOvhSelector[] = [];
  for (const selector of ovhSelectors) {
    const { prefix, number } = ovhSelectorPair(selector.name);
    if (number === null) {
      if (ovhSelectors.length === 1) lone.push({ selector, missing: null });
      continue;
    }
    const pair = pairs.get(prefix) ?? { first: selector, numbers: new Set<1 | 2>() };
    pair.numbers.add(number);
    pairs.set(prefix, pair);
  }
  for (const { first, numbers } of pairs.values()) {
    if (numbers.size === 2) continue;
    // Keep the spelling of the declared name: only its last character changes.
    lone.push({ selector: first, missing: `${first.name.slice(0, -1)}${numbers.has(1) ? "2" : "1"}` });
  }
  return lone;
}

/** Text quoted in a message, cut to `max` characters so a pasted key does not flood the output. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
