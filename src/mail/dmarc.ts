// DMARC policy records (RFC 7489 §6.3–6.4; RFC 9989 §4.7): a tag-list parser that never throws and keeps
// the character offsets of every tag, value and report URI, so rules can point at the exact spot.
// The parser describes what is written; judging it (duplicates, bad values, order) is the rules' job.
import { isIPv6 } from "node:net";
import type { Anchor, DmarcDecl, DmarcPolicy, RecordText } from "../model/types.js";
import { parseOnce } from "./parse-once.js";

/** Where a tag comes from: both generations, RFC 7489 only (historic in 9989), RFC 9989 only, or neither. */
export type DmarcTagKind = "standard" | "historic" | "dmarcbis" | "unknown";

export interface DmarcUri {
  /** The URI as written (trimmed). */
  text: string;
  start: number;
  end: number;
  /** Lower-cased scheme ("mailto"), or null when the entry has no `scheme:` prefix. */
  scheme: string | null;
  /** The part after the scheme up to `!` (for mailto: the address, still percent-encoded). */
  address: string;
  addressStart: number;
  addressEnd: number;
  /** The `!size` suffix without the `!` (RFC 7489 §6.2; obsolete in RFC 9989), or null. */
  size: string | null;
  sizeStart: number;
  sizeEnd: number;
}

export interface DmarcUriList {
  uris: DmarcUri[];
  /** Whitespace used where RFC 7489 §6.4 wants a comma between two URIs: the gap's offsets. */
  badSeparators: { start: number; end: number }[];
  /** Empty entries (`rua=`, `a,,b`, trailing comma), at the offset where a URI was expected. */
  emptyEntries: { start: number; end: number }[];
}

export interface DmarcTag {
  /** Tag name as written (trimmed). */
  name: string;
  /** Lower-cased name, for lookups (ABNF literals are case-insensitive, RFC 5234 §2.3). */
  key: string;
  /** Value as written (trimmed); "" when the tag has no `=`. */
  value: string;
  /** Position of the tag among the tag-specs, 0-based (empty specs are not counted). */
  index: number;
  /** The whole tag-spec, trimmed. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** False for a tag-spec without `=` (not a valid tag-spec, RFC 6376 §3.2). */
  hasEquals: boolean;
  kind: DmarcTagKind;
  /** Parsed report URIs, for `rua` and `ruf`. */
  uris: DmarcUriList | null;
}

export interface DmarcRecord {
  text: string;
  /** Every tag-spec in order, duplicates and malformed ones included. */
  tags: DmarcTag[];
  /**
   * True when the record starts with exactly `v=DMARC1` (RFC 7489 §6.4 ABNF: `%x44 %x4d %x41 %x52 %x43 %x31`),
   * with no blank before it. False means receivers discard the record (RFC 7489 §6.6.3, RFC 9989 §4.10:
   * records that do not start with a "v=" tag naming DMARC1): it applies no policy and asks for no reports,
   * so rules about what a record does stay silent and dmarc-v-first's error is the one finding.
   */
  versionFirst: boolean;
  /** Whitespace before the first tag: how many characters (the record then does not start with `v=`). */
  leadingSpace: number;
  /**
   * Empty tag-specs: a `;` that follows another `;` (or starts the record) with only whitespace between.
   * One `;` after the last tag is allowed (RFC 7489 §6.4 `[dmarc-sep]`); the ranges cover the extra `;`.
   */
  emptySpecs: { start: number; end: number }[];
}

/** Tags defined by both RFC 7489 §6.3 and RFC 9989 §4.7. */
const STANDARD_TAGS = new Set(["v", "p", "sp", "adkim", "aspf", "rua", "ruf", "fo"]);
/** RFC 7489 tags that RFC 9989 App. A.6 / §9.3 marks historic. */
const HISTORIC_TAGS = new Set(["pct", "rf", "ri"]);
/** Tags new in RFC 9989 §4.7. */
const DMARCBIS_TAGS = new Set(["np", "t", "psd"]);

export const DMARC_POLICIES: readonly DmarcPolicy[] = ["none", "quarantine", "reject"];

export function tagKind(key: string): DmarcTagKind {
  if (STANDARD_TAGS.has(key)) return "standard";
  if (HISTORIC_TAGS.has(key)) return "historic";
  if (DMARCBIS_TAGS.has(key)) return "dmarcbis";
  return "unknown";
}

const WHITESPACE = /\s/;

/**
 * `/\s/.test(text[i])` without making a one-character string per test (every character of every record
 * goes through here): ASCII by its code, which is what /\s/ matches there (tab to carriage return, space),
 * and anything else through the expression itself.
 */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITESPACE.test(text[i]!);
}

/** [start, end) of `text[from, to)` with surrounding whitespace removed. */
function trimRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return [start, end];
}

export function parseDmarc(text: string): DmarcRecord {
  const source = typeof text === "string" ? text : "";
  const tags: DmarcTag[] = [];
  const emptySpecs: { start: number; end: number }[] = [];
  let segmentStart = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && source[i] !== ";") continue;
    const [start, end] = trimRange(source, segmentStart, i);
    segmentStart = i + 1;
    if (start === end) {
      // Nothing before this ";": an empty tag-spec. Nothing after the last ";" is the optional final one.
      if (i < source.length) emptySpecs.push({ start: i, end: i + 1 });
      continue;
    }
    tags.push(parseTag(source, start, end, tags.length));
  }
  const first = tags[0];
  // The tag name is an ABNF literal (case-insensitive); the value must be exactly "DMARC1" (RFC 9989 §4.7).
  let leadingSpace = 0;
  while (leadingSpace < source.length && isSpaceAt(source, leadingSpace)) leadingSpace++;
  const versionFirst = first !== undefined && first.start === 0 && first.hasEquals && first.key === "v" && first.value === "DMARC1";
  return { text: source, tags, versionFirst, leadingSpace: leadingSpace === source.length ? 0 : leadingSpace, emptySpecs };
}

/**
 * Tag-specs without `=` that are report URIs after `rua=`/`ruf=` (`rua=mailto:a@x;mailto:b@x`): a `;`
 * used where a comma separates URIs. dmarc-uri-syntax reports them; the tag-list rules leave them alone.
 */
export function strayReportUris(record: DmarcRecord): Set<DmarcTag> {
  const stray = new Set<DmarcTag>();
  let afterUriTag = false;
  for (const tag of record.tags) {
    if (!tag.hasEquals && afterUriTag && /^mailto:/i.test(tag.name)) {
      stray.add(tag);
      continue;
    }
    afterUriTag = tag.uris !== null;
  }
  return stray;
}

function parseTag(text: string, start: number, end: number, index: number): DmarcTag {
  // Search within the tag only: indexOf from `start` would rescan the rest of the text for every tag.
  let equals = start;
  while (equals < end && text[equals] !== "=") equals++;
  const hasEquals = equals < end;
  const [nameStart, nameEnd] = hasEquals ? trimRange(text, start, equals) : [start, end];
  const [valueStart, valueEnd] = hasEquals ? trimRange(text, equals + 1, end) : [end, end];
  const name = text.slice(nameStart, nameEnd);
  const key = name.toLowerCase();
  const value = text.slice(valueStart, valueEnd);
  const uris = hasEquals && (key === "rua" || key === "ruf") ? parseUriList(text, valueStart, valueEnd) : null;
  return { name, key, value, index, start, end, nameStart, nameEnd, valueStart, valueEnd, hasEquals, kind: tagKind(key), uris };
}

const SCHEME_PREFIX = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** The same, matched in place (sticky): the scheme cannot run past a URI's end, which is a comma, `;` or space. */
const SCHEME_AT = /[A-Za-z][A-Za-z0-9+.-]*:/y;

/**
 * Report URIs: `dmarc-uri *(*WSP "," *WSP dmarc-uri)` (RFC 7489 §6.4). Inside one comma entry, a
 * whitespace-separated token that starts with a scheme opens a new URI (someone used a space as the
 * separator); any other token stays part of the URI before it, so a mangled address with a space in it
 * is one bad URI rather than two.
 */
export function parseUriList(text: string, from: number, to: number): DmarcUriList {
  const list: DmarcUriList = { uris: [], badSeparators: [], emptyEntries: [] };
  let entryStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ",") continue;
    const [start, end] = trimRange(text, entryStart, i);
    entryStart = i + 1;
    if (start === end) {
      list.emptyEntries.push({ start, end });
      continue;
    }
    let uriStart = start;
    let position = start;
    while (position < end) {
      if (!isSpaceAt(text, position)) {
        position++;
        continue;
      }
      const gapStart = position;
      while (position < end && isSpaceAt(text, position)) position++;
      SCHEME_AT.lastIndex = position;
      if (SCHEME_AT.test(text)) {
        list.uris.push(parseUri(text, uriStart, gapStart));
        list.badSeparators.push({ start: gapStart, end: position });
        uriStart = position;
      }
    }
    list.uris.push(parseUri(text, uriStart, end));
  }
  return list;
}

function parseUri(text: string, start: number, end: number): DmarcUri {
  const raw = text.slice(start, end);
  const scheme = SCHEME_PREFIX.exec(raw);
  const addressStart = start + (scheme ? scheme[0].length : 0);
  const bang = raw.lastIndexOf("!");
  const hasSize = bang !== -1 && start + bang >= addressStart;
  const addressEnd = hasSize ? start + bang : end;
  return {
    text: raw,
    start,
    end,
    scheme: scheme ? scheme[0].slice(0, -1).toLowerCase() : null,
    address: text.slice(addressStart, addressEnd),
    addressStart,
    addressEnd,
    size: hasSize ? text.slice(start + bang + 1, end) : null,
    sizeStart: hasSize ? start + bang : end,
    sizeEnd: end,
  };
}

/**
 * A URI as RFC 3986 writes one (the `URI` of RFC 7489 §6.4's `dmarc-uri`): a scheme, then only unreserved,
 * reserved and percent-encoded characters, at most one "#", and a bracketed host that is an IPv6 address.
 * Enough to tell a URI from a pasted address or text; scheme-specific syntax is not checked here.
 */
export function isUri(text: string): boolean {
  const scheme = SCHEME_PREFIX.exec(text);
  if (!scheme) return false;
  const rest = text.slice(scheme[0].length);
  if (!/^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(rest)) return false;
  if (rest.split("#").length > 2) return false;
  const literal = /^\/\/(?:[^@/?#]*@)?\[([^\]]*)\]/.exec(rest);
  if (rest.startsWith("//") && rest.slice(2).split(/[/?#]/)[0]!.includes("[") && (!literal || !isIPv6(literal[1]!))) return false;
  return true;
}

/** `1*DIGIT [ "k" / "m" / "g" / "t" ]` (RFC 7489 §6.2). */
export function isValidReportSize(size: string): boolean {
  return /^\d+[kmgt]?$/i.test(size);
}

/**
 * A local part as a report address can carry it once percent-decoded (RFC 6068 §2: `%2C` is a comma
 * inside an address): visible ASCII except the brackets, quotes, backslash and `@` that betray a pasted
 * display name or a second address. Laxer than RFC 5322's dot-atom on purpose: receivers deliver to such
 * addresses, and a linter must not call a working record broken.
 */
const LOCAL_PART = /^[\x21-\x7e]+$/;
const LOCAL_PART_FORBIDDEN = /[<>()[\]\\"@]/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * A mailbox `local@domain` as a report address can be: a local part of visible ASCII (see LOCAL_PART) and
 * a host name with at least two labels. Percent-escapes are decoded first (RFC 6068 §2), and `?hfields`
 * are ignored. Stricter than OVH's DMARC form (`^mailto:.+@.+`): it catches spaces, brackets and other
 * leftovers of copy-paste.
 */
export function isValidMailbox(encoded: string): boolean {
  const withoutQuery = encoded.split("?")[0] ?? "";
  let address: string;
  try {
    address = decodeURIComponent(withoutQuery);
  } catch {
    return false;
  }
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).replace(/\.$/, "");
  if (local.length > 64 || !LOCAL_PART.test(local) || LOCAL_PART_FORBIDDEN.test(local) || /^\.|\.$|\.\./.test(local)) return false;
  const labels = domain.split(".");
  if (domain.length > 253 || labels.length < 2) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label)) && /[A-Za-z]/.test(labels[labels.length - 1]!);
}

/**
 * Whether `rua=` holds at least one syntactically valid report URI: what decides how receivers read a
 * record without a valid `p=` (or with an invalid `sp=`/`np=`): as `p=none` when it does, and not at all
 * when it does not (RFC 7489 §6.6.3 step 6; RFC 9989 §4.10.1).
 */
export function hasValidReportUri(record: DmarcRecord): boolean {
  const rua = findTag(record, "rua");
  return (rua?.uris?.uris ?? []).some((uri) => {
    if (uri.scheme === null || (uri.size !== null && !isValidReportSize(uri.size))) return false;
    return uri.scheme === "mailto" ? isValidMailbox(uri.address) : isUri(uri.text.slice(0, uri.sizeStart - uri.start));
  });
}

/** The first occurrence of a tag (receivers that tolerate duplicates read the first). */
export function findTag(record: DmarcRecord, key: string): DmarcTag | undefined {
  return record.tags.find((tag) => tag.hasEquals && tag.key === key);
}

/**
 * Where to point when a tag is missing: the first tag (normally `v=DMARC1`, after which it belongs), or
 * the whole text when there is no tag at all.
 */
export function headRange(record: DmarcRecord): [number, number] {
  const first = record.tags[0];
  return first ? [first.start, first.end] : [0, record.text.length];
}

/** The value's range, or the whole tag's when the value is empty (an empty range is hard to see). */
export function valueRange(tag: DmarcTag): [number, number] {
  return tag.value === "" ? [tag.start, tag.end] : [tag.valueStart, tag.valueEnd];
}

/** The value of the first `p` tag, or the head of the record when `p` is absent. */
export function policyRange(record: DmarcRecord): [number, number] {
  const p = findTag(record, "p");
  return p ? valueRange(p) : headRange(record);
}

/** A policy value as a receiver reads it (ABNF literals are case-insensitive), or null when invalid. */
export function policyOf(value: string): DmarcPolicy | null {
  const lower = value.trim().toLowerCase();
  return (DMARC_POLICIES as readonly string[]).includes(lower) ? (lower as DmarcPolicy) : null;
}

export type PolicyTarget = "domain" | "subdomain" | "nonexistent";

export interface EffectivePolicy {
  policy: DmarcPolicy;
  /** The tag the policy came from, or null when none applies and p=none is assumed (RFC 9989 §4.7). */
  tag: DmarcTag | null;
}

/**
 * The policy a receiver applies: `p` for the domain; `sp` then `p` for subdomains (RFC 7489 §6.3);
 * `np` then `sp` then `p` for non-existent subdomains (RFC 9989 §4.7). An absent `sp`/`np` falls through
 * to the next tag. A record that does not start with v=DMARC1 is discarded (RFC 9989 §4.7): it applies
 * nothing. A record without a valid `p`, or with an `sp` or `np` that is present but not valid,
 * is read as a whole as `p=none` when its `rua` holds a valid URI and gets no DMARC processing otherwise
 * (RFC 7489 §6.6.3 step 6, RFC 9989 §4.10.1): either way nothing is enforced, so `none` with no tag.
 * (An invalid `np` is an unknown tag to RFC 7489 receivers, which then apply `p`; the RFC 9989 reading is
 * the one every receiver may take.)
 */
export function effectivePolicy(record: DmarcRecord, target: PolicyTarget = "domain"): EffectivePolicy {
  if (!policiesValid(record)) return { policy: "none", tag: null };
  const chain = target === "domain" ? ["p"] : target === "subdomain" ? ["sp", "p"] : ["np", "sp", "p"];
  for (const key of chain) {
    const tag = findTag(record, key);
    const policy = tag ? policyOf(tag.value) : null;
    if (tag && policy) return { policy, tag };
  }
  return { policy: "none", tag: null };
}

/**
 * Whether receivers discard the record before reading any tag: it does not start with `v=DMARC1`, a blank
 * before it included (RFC 7489 §6.6.3: records "that do not start with a "v=" tag" are discarded), as
 * dmarc-v-first reports it (`leadingSpace`, `notFirst`, `badValue`, `missingSeparator`).
 */
function discarded(record: DmarcRecord): boolean {
  // versionFirst is false for a blank before v=DMARC1 too (parseDmarc).
  return !record.versionFirst;
}

/**
 * A record that starts with v=DMARC1, a valid `p`, and `sp` and `np` valid where present: what receivers
 * need to apply the record's policies (a record not starting with v=DMARC1 is discarded, RFC 9989 §4.7).
 */
function policiesValid(record: DmarcRecord): boolean {
  if (discarded(record)) return false;
  const p = findTag(record, "p");
  if (!p || !policyOf(p.value)) return false;
  return ["sp", "np"].every((key) => {
    const tag = findTag(record, key);
    return !tag || policyOf(tag.value) !== null;
  });
}

/**
 * Why a record applies no policy of its own (effectivePolicy gives `none` with no tag), in words for a
 * message: "it does not start with v=DMARC1", "it has no valid p=", or "its sp= or np= is not valid".
 */
export function voidReason(record: DmarcRecord): string {
  if (discarded(record)) return "it does not start with v=DMARC1";
  const p = findTag(record, "p");
  return p && policyOf(p.value) ? "its sp= or np= is not valid" : "it has no valid p=";
}

/**
 * The policy receivers apply, as a message says it: `p=quarantine`, `sp=reject`, or `p=none, as …` with
 * voidReason's words when the record applies none of its own (so `p=reject; sp=rejct` is never shown as a
 * bare `p=none` beside the `p=reject` it plainly says).
 */
export function policyInWords(record: DmarcRecord, target: PolicyTarget = "domain"): string {
  const { policy, tag } = effectivePolicy(record, target);
  return tag ? `${tag.key}=${policy}` : `p=none, as ${voidReason(record)}`;
}

/**
 * The policy the record's own `p=` states (`none` when it is absent or invalid): the stage the owner
 * declares, as the monitoring rules judge it. What receivers apply is effectivePolicy's answer, which a
 * void record (a bad `sp=`, no `v=DMARC1` first) brings to `none` whatever `p=` says; another rule
 * reports such a record. Null for a record that does not start with v=DMARC1: receivers discard it
 * (dmarc-v-first), and its `p=` may not even be a tag (`v=DMARC1 p=reject` is one tag, `v`).
 */
export function writtenPolicy(record: DmarcRecord): DmarcPolicy | null {
  if (discarded(record)) return null;
  const p = findTag(record, "p");
  return (p && policyOf(p.value)) ?? "none";
}

/** True when `t=y` is set: receivers apply one level below the policy (RFC 9989 §4.7, App. A.6). */
export function isTesting(record: DmarcRecord): boolean {
  return findTag(record, "t")?.value.toLowerCase() === "y";
}

/** The parsed record of a domain's DMARC text, shared by the rules that run on one model. */
export const parseDmarcText: (text: RecordText) => DmarcRecord = parseOnce(parseDmarc);

/** Whole days from `from` to `to` (ISO dates, UTC); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}

export interface RampStage {
  /** Policy as a receiver reads it, or null when the stage's `p` is invalid. */
  policy: DmarcPolicy | null;
  since: string | null;
  /** Index in `dmarc.history`, or null for the current stage (the record itself). */
  historyIndex: number | null;
}

/** The ramp as declared: history (oldest first) followed by the current record's policy and `since`. */
export function rampStages(decl: DmarcDecl): RampStage[] {
  const stages: RampStage[] = decl.history.map((stage, historyIndex) => ({
    policy: policyOf(stage.p),
    since: stage.since,
    historyIndex,
  }));
  stages.push({ policy: effectivePolicy(parseDmarcText(decl.text)).policy, since: decl.since, historyIndex: null });
  return stages;
}

/**
 * Where a finding about a ramp stage points: the history entry, or the current record's `p` value
 * (its head when `p` is absent).
 */
export function stageAnchor(
  decl: DmarcDecl,
  stage: RampStage,
  textAnchor: (text: RecordText, start: number, end: number) => Anchor,
): Anchor {
  const entry = stage.historyIndex === null ? undefined : decl.history[stage.historyIndex];
  if (entry) return { path: entry.path };
  return textAnchor(decl.text, ...policyRange(parseDmarcText(decl.text)));
}

/** The day the current run of `p=none` began (walking back through history), or null when undeclared. */
export function noneRunStart(decl: DmarcDecl): string | null {
  if (decl.since === null) return null;
  let start = decl.since;
  for (let i = decl.history.length - 1; i >= 0; i--) {
    const stage = decl.history[i]!;
    if (policyOf(stage.p) !== "none") break;
    start = stage.since;
  }
  return start;
}
