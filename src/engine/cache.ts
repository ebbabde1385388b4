// The lint cache (`lint --cache`, as ESLint's): each file's findings kept under the hash of its bytes, so a
// pull request's lint of 10,000 files re-lints only the files it changed. Content, not modification times:
// a fresh checkout (CI restoring the cache with actions/cache) gives every file a new time and the same
// bytes. The whole cache is keyed by what else decides findings: the policy pack's files, the rule set,
// and the code that runs (a new maildns, or a changed rule, starts over); and a file whose findings can
// depend on the day (it holds a date: a DMARC stage, a suppression's `until`, a key rotation) is re-linted
// when `--today` differs, and a file the DMARC evidence applies to when that evidence changes. A cache that
// cannot be read is ignored, never trusted in part.
import * as crypto from "node:crypto";
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileWhole } from "../config/write-whole.js";
import { findingMessage } from "./lint.js";
import type { Policy } from "./policy.js";
import type { Finding, Level, Rule } from "./types.js";
import { UsageError } from "./usage-error.js";

/** The file name used when --cache-location names a folder, or is not given. */
export const DEFAULT_CACHE_FILE = ".maildnscache";
const FORMAT = 4;

/** How many findings of each level. */
export type LevelCounts = Record<Level, number>;

/**
 * What a cached file's lint gave: its domain, how many findings of each level, and the findings themselves
 * (engine findings, file rule included), parsed only when asked for: a report that prints none of them (it
 * is full for those levels) needs only the counts.
 */
export interface CachedOutcome {
  /** The domain the file declares when it loads (for duplicates across files), else null. */
  domainName: string | null;
  levels: LevelCounts;
  /** The findings, or null when the stored ones do not read (the file is then linted again). */
  findings(): Finding[] | null;
}

export interface LintCache {
  /**
   * Whether the file's stamp (files.ts fileStamp: size, times, inode) is the one stored with its outcome,
   * under the same extra key and day: its bytes need not be read, `fromStamp` gives the outcome. The stamp
   * only spares a read: when it differs, the bytes decide (`get`).
   */
  stampMatches(file: string, stamp: string | null, today: string): boolean;
  /** How many findings of each level the stored line of a file counts (null when there is none). */
  storedLevels(file: string): LevelCounts | null;
  /** The outcome for a file whose stamp matches (stampMatches), or null when the stored line does not read. */
  fromStamp(file: string): CachedOutcome | null;
  /** The outcome linted before for these exact bytes (and today's date, when the file holds one), or null. */
  get(file: string, bytes: Uint8Array, today: string, stamp?: string | null): CachedOutcome | null;
  set(file: string, bytes: Uint8Array, today: string, outcome: { findings: readonly Finding[]; domainName: string | null }, stamp?: string | null): void;
  /** Whether any file has a stored stamp (else checking stamps would only cost a stat per file). */
  readonly hasStamps: boolean;
  /**
   * Writes what this run changed: the lines of the files linted again are appended (a later line of a file
   * stands for it) when the file is still a cache of this key; the whole cache is written anew, with the files of this run only, when it was not this
   * key's, when superseded lines and files gone outnumber the live ones, or when more than half of the
   * files have a new line. Throws when it cannot write.
   */
  save(): void;
  readonly hits: number;
  readonly misses: number;
  /** Of the hits, the files given by their stamp, without reading them. */
  readonly unread: number;
}

/**
 * A finding as stored. Its message only when the rule's template and the data do not give it back (a
 * folded finding's "and N more like it"): null otherwise, filled in again on reading. `count` as the engine
 * gave it (a folded finding), else null.
 */
type StoredFinding = [ruleId: string, level: Level, domain: string, name: string | null, line: number, column: number, endLine: number, endColumn: number, messageId: string, data: Finding["data"], message: string | null, count: number | null];

/**
 * The cache file: a header line `maildns-lint-cache <format> <key>`, then one line per linted file:
 * `"path"<TAB>hash<TAB>stamp-or-"-"<TAB>day-or-"-"<TAB>errors warnings infos<TAB>"domain"-or-null<TAB>
 * [findings]<TAB>length`, the path, domain and findings in JSON (which escapes tabs and line breaks); the
 * hash is the bytes' sha256, followed by a space and the file's extra key (LintCacheOptions) when it has
 * one; the stamp is the file's when its bytes were hashed (files.ts fileStamp), "-" when it was too recent
 * to trust; the counts are of the findings' levels; the length is the octets of the line before its last
 * tab, so that a line cut short (a run killed while appending) never reads as one. A file may have several
 * lines (a run appends the files it linted again): the last one stands. The file is read as octets, a
 * line's head decoded when its file is met and its findings only when a report needs them.
 */
const HEADER = "maildns-lint-cache";
const NEWLINE = 0x0a;
/** Where each field of a stored line starts or ends, in `Stored.fields` (FIELDS numbers per line). */
const enum At {
  /** The line's first octet (its path). */
  Start,
  /** The tabs after the path, hash, stamp, day, counts and domain. */
  T1,
  T2,
  T3,
  T4,
  T5,
  T6,
  /** The tab before the line's length (the findings end there). */
  Last,
  /** Just past the line's newline. */
  End,
}
const FIELDS = 9;

// crypto.hash (Node 20.12 and later) hashes in one call, without a Hash object per file; the same digest.
const oneShotHash: typeof crypto.hash | undefined = typeof crypto.hash === "function" ? crypto.hash : undefined;

function sha256(bytes: Uint8Array | string): string {
  return oneShotHash ? oneShotHash("sha256", bytes, "base64") : createHash("sha256").update(bytes).digest("base64");
}

/**
 * Whether a file's findings may depend on the day: it holds something written like a date (YYYY-MM-DD), or a
 * backslash (a YAML escape could spell one). Date rules only compare today with dates a file writes.
 */
export function mayHoldDate(bytes: Uint8Array): boolean {
  const isDigit = (i: number) => bytes[i]! >= 0x30 && bytes[i]! <= 0x39;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x5c) return true;
    if (b === 0x2d && i >= 4 && i + 5 < bytes.length && bytes[i + 3] === 0x2d && isDigit(i - 1) && isDigit(i - 2) && isDigit(i - 3) && isDigit(i - 4) && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 4) && isDigit(i + 5)) return true;
  }
  return false;
}

let codeHash: string | null = null;
/**
 * The code that runs: the bundle file this module is part of (or this module's own source), and the names of
 * the bundle's chunks (dist/chunks: the rules and the engine may sit in a chunk of their own). A chunk's name
 * carries the hash of its content, so a changed rule anywhere gives a new name, and a new key.
 */
export function codeFingerprint(): string {
  if (codeHash === null) {
    try {
      const self = fileURLToPath(import.meta.url);
      const folder = dirname(self);
      const chunks = basename(folder) === CHUNKS_FOLDER ? folder : join(folder, CHUNKS_FOLDER);
      let names: string[] = [];
      try {
        names = readdirSync(chunks).sort();
      } catch {
        // Not a split bundle (the sources themselves, under test).
      }
      codeHash = sha256(`${sha256(readFileSync(self))}\n${names.join("\n")}`);
    } catch {
      codeHash = "unknown";
    }
  }
  return codeHash;
}
/** Where the build puts the chunks shared by the entry points (.ci/build.mjs). */
const CHUNKS_FOLDER = "chunks";

/**
 * The key a cache is valid under: the policy pack (its files' bytes, `fingerprint`), the rules (ids, kinds,
 * levels and messages), the running code and the tool's version.
 */
export function lintCacheKey(parts: { policyFingerprint: string; rules: readonly Rule[]; toolVersion: string; listsSuppressed?: boolean }): string {
  const rules = parts.rules.map((r) => [r.meta.id, r.meta.kind, r.meta.defaultLevel, r.meta.messages, r.meta.options]);
  // A run that lists what `lint:` entries silence (the Action) keeps no file that silences anything (its
  // line holds no such list): its cache is another key's, so it never takes such a file from a cache that
  // `maildns lint --cache` wrote, and the command's key stays what it was.
  const key: unknown[] = [FORMAT, parts.toolVersion, codeFingerprint(), parts.policyFingerprint, rules];
  if (parts.listsSuppressed === true) key.push("lists-suppressed");
  return sha256(JSON.stringify(key));
}

/** The cache file for `--cache-location` (a file, or a folder to hold .maildnscache), relative to cwd. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  let folder = location.endsWith("/") || location.endsWith("\\");
  try {
    const found = statSync(path);
    folder ||= found.isDirectory();
    // A cache is read whole and replaced by a rename: a FIFO would block the read, and the rename would put
    // a regular file where a device was (as root, /dev/null itself).
    if (!found.isDirectory() && !found.isFile()) throw new UsageError(`--cache-location ${location} is a device or a pipe, not a file: give a file or a folder for the lint cache`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Not there yet: a file, unless written as a folder.
  }
  return folder ? join(path, DEFAULT_CACHE_FILE) : path;
}

/** A JSON string as written by JSON.stringify: without a backslash it holds no escape, and is its own text. */
function jsonString(text: string): unknown {
  return text.length >= 2 && text.charCodeAt(0) === 0x22 && text.charCodeAt(text.length - 1) === 0x22 && !text.includes("\\") ? text.slice(1, -1) : JSON.parse(text);
}

/** Whether a string decoded as latin1 came from octets that were all ASCII (then it is also their UTF-8). */
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The lines of a cache file, found without decoding them: `text` is the file's octets decoded as latin1
 * (one character per octet, so its indices are the octets' offsets), and each line's fields are offsets
 * into it (At). A field is turned into a string only when asked for, and one that is not ASCII is decoded
 * again as UTF-8 from the octets. 10,000 files make no object each, only their path.
 */
interface Stored {
  bytes: Buffer;
  text: string;
  /** Each file's line (the last one that reads), as its number in `fields`. */
  files: Map<string, number>;
  fields: Int32Array;
  /** Lines read (a file's superseded lines, and lines that do not read, included). */
  lines: number;
  /** Whether the file is this key's cache and ends with a whole line (so lines may be appended to it). */
  appendable: boolean;
}

/** The decimal number written from `from` to `to`, or -1 when it is not one. */
function decimalAt(text: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The text from `from` to `to`, decoded as UTF-8 when it is not ASCII. */
function fieldText(stored: Stored, from: number, to: number): string {
  const raw = stored.text.slice(from, to);
  return NOT_ASCII.test(raw) ? stored.bytes.toString("utf8", from, to) : raw;
}

function readStored(path: string, key: string): Stored {
  const empty = (): Stored => ({ bytes: Buffer.alloc(0), text: "", files: new Map(), fields: new Int32Array(0), lines: 0, appendable: false });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return empty();
  }
  const header = `${HEADER} ${FORMAT} ${key}\n`;
  if (bytes.length < header.length || bytes.toString("latin1", 0, header.length) !== header) return empty();
  const text = bytes.toString("latin1");
  const files = new Map<string, number>();
  let fields = new Int32Array(FIELDS * 1024);
  let slots = 0;
  let lines = 0;
  const at = [0, 0, 0, 0, 0, 0, 0];
  // A line that does not read as one is dropped (its file is linted again); the others stand.
  for (let start = header.length; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) break;
    lines++;
    const line = start;
    start = newline + 1;
    // Closed by its length: a line cut short, or two run together, is not one.
    const last = text.lastIndexOf("\t", newline);
    if (last < line || decimalAt(text, last + 1, newline) !== last - line) continue;
    at[0] = line;
    let whole = true;
    for (let k = 1; k <= 6 && whole; k++) {
      at[k] = text.indexOf("\t", at[k - 1]! + (k === 1 ? 0 : 1));
      whole = at[k]! >= 0 && at[k]! < last;
    }
    if (!whole) continue;
    let file: unknown;
    try {
      const raw = text.slice(line, at[1]);
      file = raw.length >= 2 && raw.charCodeAt(0) === 0x22 && raw.charCodeAt(raw.length - 1) === 0x22 && !raw.includes("\\") && !NOT_ASCII.test(raw) ? raw.slice(1, -1) : JSON.parse(bytes.toString("utf8", line, at[1])) as unknown;
    } catch {
      continue;
    }
    if (typeof file !== "string") continue;
    if ((slots + 1) * FIELDS > fields.length) {
      const grown = new Int32Array(fields.length * 2);
      grown.set(fields);
      fields = grown;
    }
    const base = slots * FIELDS;
    for (let k = 0; k <= 6; k++) fields[base + k] = at[k]!;
    fields[base + At.Last] = last;
    fields[base + At.End] = newline + 1;
    files.set(file, slots++);
  }
  return { bytes, text, files, fields, lines, appendable: bytes[bytes.length - 1] === NEWLINE };
}

/** The counts of a stored line, or null when they do not read as three numbers. */
function storedLevelsAt(stored: Stored, slot: number): LevelCounts | null {
  const base = slot * FIELDS;
  const from = stored.fields[base + At.T4]! + 1;
  const to = stored.fields[base + At.T5]!;
  const space1 = stored.text.indexOf(" ", from);
  const space2 = space1 < 0 ? -1 : stored.text.indexOf(" ", space1 + 1);
  if (space1 < 0 || space2 < 0 || space2 >= to) return null;
  const error = decimalAt(stored.text, from, space1);
  const warn = decimalAt(stored.text, space1 + 1, space2);
  const info = decimalAt(stored.text, space2 + 1, to);
  return error < 0 || warn < 0 || info < 0 ? null : { error, warn, info };
}

/** Whether the text from `from` to `to` is `value`. */
function fieldIs(text: string, from: number, to: number, value: string): boolean {
  return to - from === value.length && text.startsWith(value, from);
}

/** The findings of a stored line, or null when they do not read as such. */
function readFindings(stored: Stored, slot: number, levels: LevelCounts, file: string, message: (ruleId: string, messageId: string, data: Finding["data"]) => string): Finding[] | null {
  const base = slot * FIELDS;
  try {
    const list = JSON.parse(stored.bytes.toString("utf8", stored.fields[base + At.T6]! + 1, stored.fields[base + At.Last]!)) as unknown;
    if (!Array.isArray(list)) return null;
    const findings: Finding[] = [];
    const seen: LevelCounts = { error: 0, warn: 0, info: 0 };
    for (const item of list as StoredFinding[]) {
      if (!Array.isArray(item) || item.length !== 12) return null;
      const [ruleId, level, domain, name, line, column, endLine, endColumn, messageId, data, text, count] = item;
      if (typeof ruleId !== "string" || typeof messageId !== "string" || !data || typeof data !== "object" || !(level in seen)) return null;
      if ((text !== null && typeof text !== "string") || (count !== null && typeof count !== "number")) return null;
      const finding: Finding = { ruleId, level, message: text ?? message(ruleId, messageId, data), domain, file, name, line, column, endLine, endColumn, messageId, data };
      if (count !== null) finding.count = count;
      findings.push(finding);
      seen[level]++;
    }
    // The counts were written with the findings: findings that do not match them are not these.
    if (seen.error !== levels.error || seen.warn !== levels.warn || seen.info !== levels.info) return null;
    return findings;
  } catch {
    return null;
  }
}

export interface LintCacheOptions {
  /**
   * What else than its bytes decides a file's findings ("" when nothing): `lint` gives the hash of the DMARC
   * evidence that applies to the file, so new evidence re-lints the files it applies to. A function of the
   * file's folder only (the evidence beside the file, or one named for all): it is asked once per folder.
   */
  extraKey?: (file: string) => string;
}

/** The folder part of a display path (forward slashes): files of one folder share their extra key. */
function folderOf(file: string): string {
  const slash = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return slash < 0 ? "" : file.slice(0, slash);
}

/**
 * Appends `lines` to the cache at `path` when the file there now is still a cache under `header` ending with
 * a whole line; false (nothing written) when it is not. Another run sharing the cache may have put its own
 * in place since this one read it (a run under another key, another policy pack or maildns, rewrites it
 * whole and renames it there): lines appended to that file would be read under its key, findings of one
 * pack given as another's. The header is checked on the open file and the lines appended to that same file,
 * whose header never changes (a cache is only appended to, or replaced whole by a rename): lines that land
 * in a file renamed away meanwhile are lost with it, and their files are linted again next time.
 */
function appendToOwnCache(path: string, header: string, lines: string): boolean {
  let fd: number;
  try {
    // O_APPEND: each write lands at the end as it is then, after what other runs appended meanwhile.
    fd = openSync(path, constants.O_RDWR | constants.O_APPEND);
  } catch {
    return false;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size < header.length) return false;
    const head = Buffer.alloc(header.length);
    const last = Buffer.alloc(1);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString("latin1") !== header) return false;
    if (readSync(fd, last, 0, 1, stats.size - 1) !== 1 || last[0] !== NEWLINE) return false;
    writeFileSync(fd, lines);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** A line as written: its length closes it (see the file's format above). */
function closedLine(body: string): string {
  return `${body}\t${Buffer.byteLength(body)}`;
}

/** Opens the cache at `path` for `key` (lintCacheKey); `rules` give the messages back (the key covers them). */
export function openLintCache(path: string, key: string, rules: readonly Rule[], options: LintCacheOptions = {}): LintCache {
  const previous = readStored(path, key);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const message = (ruleId: string, messageId: string, data: Finding["data"]) => findingMessage(byId.get(ruleId), messageId, data);
  const extraOf = new Map<string, string>();
  const extraKey = (file: string) => {
    if (!options.extraKey) return "";
    const folder = folderOf(file);
    let extra = extraOf.get(folder);
    if (extra === undefined) extraOf.set(folder, (extra = options.extraKey(file)));
    return extra;
  };
  const hashOf = (file: string, bytes: Uint8Array) => {
    const extra = extraKey(file);
    return extra === "" ? sha256(bytes) : `${sha256(bytes)} ${extra}`;
  };
  const { text, fields } = previous;
  const F = (slot: number, at: At) => fields[slot * FIELDS + at]!;
  let hasStamps = false;
  for (const slot of previous.files.values()) {
    if (!fieldIs(text, F(slot, At.T2) + 1, F(slot, At.T3), "-")) {
      hasStamps = true;
      break;
    }
  }
  /** The day a line was linted for ("-" when its bytes hold no date), and the extra part of its hash. */
  const dayIs = (slot: number, day: string | null) => fieldIs(text, F(slot, At.T3) + 1, F(slot, At.T4), day ?? "-");
  const extraIs = (slot: number, extra: string) => {
    const from = F(slot, At.T1) + 1;
    const to = F(slot, At.T2);
    const space = text.indexOf(" ", from);
    if (space < 0 || space >= to) return extra === "";
    return extra !== "" && fieldIs(text, space + 1, to, extra);
  };
  // This run's line of each file: a stored one (its number) or a new one (its text); and the new ones.
  const live = new Map<string, number | string>();
  const appended: string[] = [];
  let hits = 0;
  let misses = 0;
  let unread = 0;
  const outcomeOf = (slot: number, file: string, byStamp: boolean): CachedOutcome | null => {
    const levels = storedLevelsAt(previous, slot);
    if (levels === null) return null;
    let domainName: unknown;
    try {
      const raw = fieldText(previous, F(slot, At.T5) + 1, F(slot, At.T6));
      domainName = raw === "null" ? null : jsonString(raw);
    } catch {
      return null;
    }
    if (domainName !== null && typeof domainName !== "string") return null;
    let findings: Finding[] | null | undefined;
    return {
      domainName,
      levels,
      findings: () => {
        if (findings !== undefined) return findings;
        findings = readFindings(previous, slot, levels, file, message);
        // Not a hit after all: the file is linted again (and its new line replaces this one).
        if (findings === null) {
          hits--;
          misses++;
          if (byStamp) unread--;
        }
        return findings;
      },
    };
  };
  const keep = (file: string, line: number | string) => {
    live.set(file, line);
    if (typeof line === "string") appended.push(line);
  };
  return {
    stampMatches(file, stamp, today) {
      const slot = previous.files.get(file);
      if (stamp === null || slot === undefined || !fieldIs(text, F(slot, At.T2) + 1, F(slot, At.T3), stamp) || !extraIs(slot, extraKey(file))) return false;
      // A stored day says the bytes hold a date (mayHoldDate when they were hashed): it must be today's.
      return dayIs(slot, null) || dayIs(slot, today);
    },
    storedLevels(file) {
      const slot = previous.files.get(file);
      return slot === undefined ? null : storedLevelsAt(previous, slot);
    },
    fromStamp(file) {
      const slot = previous.files.get(file);
      const outcome = slot === undefined ? null : outcomeOf(slot, file, true);
      if (outcome === null) return null;
      hits++;
      unread++;
      keep(file, slot!);
      return outcome;
    },
    get(file, bytes, today, stamp = null) {
      const slot = previous.files.get(file);
      const day = slot === undefined ? null : mayHoldDate(bytes) ? today : null;
      const outcome = slot !== undefined && dayIs(slot, day) && fieldIs(text, F(slot, At.T1) + 1, F(slot, At.T2), hashOf(file, bytes)) ? outcomeOf(slot, file, false) : null;
      if (outcome === null) {
        misses++;
        return null;
      }
      hits++;
      if (stamp === null ? fieldIs(text, F(slot!, At.T2) + 1, F(slot!, At.T3), "-") : fieldIs(text, F(slot!, At.T2) + 1, F(slot!, At.T3), stamp)) keep(file, slot!);
      else {
        // Same bytes, another stamp: kept with the new one, so the next run need not read the file.
        const head = previous.bytes.toString("utf8", F(slot!, At.Start), F(slot!, At.T2) + 1);
        const tail = previous.bytes.toString("utf8", F(slot!, At.T3), F(slot!, At.Last));
        keep(file, closedLine(`${head}${stamp ?? "-"}${tail}`));
      }
      return outcome;
    },
    set(file, bytes, today, outcome, stamp = null) {
      const levels: LevelCounts = { error: 0, warn: 0, info: 0 };
      const f = outcome.findings.map((x): StoredFinding => {
        levels[x.level]++;
        const text = x.message === message(x.ruleId, x.messageId, x.data) ? null : x.message;
        return [x.ruleId, x.level, x.domain, x.name, x.line, x.column, x.endLine, x.endColumn, x.messageId, x.data, text, x.count ?? null];
      });
      keep(file, closedLine(`${JSON.stringify(file)}\t${hashOf(file, bytes)}\t${stamp ?? "-"}\t${mayHoldDate(bytes) ? today : "-"}\t${levels.error} ${levels.warn} ${levels.info}\t${JSON.stringify(outcome.domainName)}\t${JSON.stringify(f)}`));
    },
    get hasStamps() {
      return hasStamps;
    },
    save() {
      // Lines that no longer stand for a file of this run: superseded by a later line, or of a file gone.
      const stale = previous.lines + appended.length - live.size;
      // Appended when that is the smaller write: lines of more than half of the files (a fresh checkout
      // restamps them all) are as well written with the rest, and leave no stale line.
      if (previous.appendable && stale <= live.size && appended.length * 2 <= live.size) {
        // Nothing new: the file on disk is this run's cache already (with a few stale lines, which cost
        // little to read). Else only the new lines are appended: one write, at the end, of whole lines;
        // unless another run has put a cache of another key there since (then it is written anew).
        if (appended.length === 0 || appendToOwnCache(path, `${HEADER} ${FORMAT} ${key}\n`, `${appended.join("\n")}\n`)) return;
      }
      mkdirSync(dirname(path), { recursive: true });
      // Written aside and renamed (config/write-whole.ts): a run killed halfway leaves the previous cache,
      // not half of one, and a run reading it meanwhile reads one or the other.
      const parts: (Buffer | string)[] = [`${HEADER} ${FORMAT} ${key}\n`];
      for (const line of live.values()) parts.push(typeof line === "string" ? `${line}\n` : previous.bytes.subarray(F(line, At.Start), F(line, At.End)));
      writeFileWhole(path, Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p))));
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get unread() {
      return unread;
    },
  };
}

/**
 * The cache at `location` (a file, or a folder for .maildnscache; default .maildnscache in cwd) and its path,
 * as the CLI (`--cache`, `--cache-location`) and the Action (input `cache`) open it: keyed by the policy pack,
 * the rules, the code and the version, and per file by `extraKey` (the DMARC evidence that applies to it:
 * dmarc-ramp-evidence reads it, so new evidence changes a file's findings without a byte of it changing).
 */
export function openLintCacheAt(options: {
  location: string | undefined;
  cwd: string;
  policy: Policy;
  rules: readonly Rule[];
  toolVersion: string;
  extraKey: (file: string) => string;
  /** The run lists the findings `lint:` entries silence (lintPaths keeping its findings): see lintCacheKey. */
  listsSuppressed?: boolean;
}): { cache: LintCache; path: string } {
  const path = cacheFilePath(options.location, options.cwd);
  const key = lintCacheKey({ policyFingerprint: options.policy.fingerprint ?? options.policy.name, rules: options.rules, toolVersion: options.toolVersion, listsSuppressed: options.listsSuppressed === true });
  return { cache: openLintCache(path, key, options.rules, { extraKey: options.extraKey }), path };
}
