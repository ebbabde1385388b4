// The lint cache (`lint --cache`, as ESLint's): each file's findings kept under the hash of its bytes, so a
// pull request's lint of 10,000 files re-lints only the files it changed. Content, not modification times:
// a fresh checkout (CI restoring the cache with actions/cache) gives every file a new time and the same
// bytes. The whole cache is keyed by what else decides findings: the policy pack's files, the rule set,
// and the code that runs (a new maildns, or a changed rule, starts over); and a file whose findings can
// depend on the day (it holds a date: a DMARC stage, a suppression's `until`, a key rotation) is re-linted
// when `--today` differs, and a file the DMARC evidence applies to when that evidence changes. A cache that
// cannot be read is ignored, never trusted in part.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding, Level, Rule } from "./types.js";

/** The file name used when --cache-location names a folder, or is not given. */
export const DEFAULT_CACHE_FILE = ".maildnscache";
const FORMAT = 1;

/** What a cached file's lint gave: its findings (engine findings, file rule included) and its domain. */
export interface CachedOutcome {
  findings: Finding[];
  /** The domain the file declares when it loads (for duplicates across files), else null. */
  domainName: string | null;
}

export interface LintCache {
  /** The outcome linted before for these exact bytes (and today's date, when the file holds one), or null. */
  get(file: string, bytes: Uint8Array, today: string): CachedOutcome | null;
  set(file: string, bytes: Uint8Array, today: string, outcome: CachedOutcome): void;
  /** Writes the cache (the files of this run only: a file gone is dropped). Throws when it cannot be written. */
  save(): void;
  readonly hits: number;
  readonly misses: number;
}

type StoredFinding = [ruleId: string, level: Level, message: string, domain: string, name: string | null, line: number, column: number, endLine: number, endColumn: number, messageId: string, data: Finding["data"]];
interface StoredFile {
  /** sha256 of the bytes, base64. */
  h: string;
  /** The day the findings were judged on, when the file holds a date (else absent). */
  t?: string;
  /** What else the findings were judged with (the hash of the DMARC evidence that applies), when anything. */
  e?: string;
  d: string | null;
  f: StoredFinding[];
}
interface Stored {
  format: number;
  key: string;
  files: Record<string, StoredFile>;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("base64");
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
/** The code that runs: the bundle this module is part of (dist/cli.js), or this module's own source. */
function codeFingerprint(): string {
  if (codeHash === null) {
    try {
      codeHash = sha256(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      codeHash = "unknown";
    }
  }
  return codeHash;
}

/**
 * The key a cache is valid under: the policy pack (its files' bytes, `fingerprint`), the rules (ids, kinds,
 * levels and messages), the running code and the tool's version.
 */
export function lintCacheKey(parts: { policyFingerprint: string; rules: readonly Rule[]; toolVersion: string }): string {
  const rules = parts.rules.map((r) => [r.meta.id, r.meta.kind, r.meta.defaultLevel, r.meta.messages, r.meta.options]);
  return sha256(JSON.stringify([FORMAT, parts.toolVersion, codeFingerprint(), parts.policyFingerprint, rules]));
}

/** The cache file for `--cache-location` (a file, or a folder to hold .maildnscache), relative to cwd. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  let folder = location.endsWith("/") || location.endsWith("\\");
  try {
    folder ||= statSync(path).isDirectory();
  } catch {
    // Not there yet: a file, unless written as a folder.
  }
  return folder ? join(path, DEFAULT_CACHE_FILE) : path;
}

function readStored(path: string, key: string): Record<string, StoredFile> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    const stored = JSON.parse(text) as Stored;
    if (stored && stored.format === FORMAT && stored.key === key && stored.files && typeof stored.files === "object") return stored.files;
  } catch {
    // A broken cache is no cache.
  }
  return {};
}

function isStoredFile(value: unknown): value is StoredFile {
  if (!value || typeof value !== "object") return false;
  const v = value as StoredFile;
  return typeof v.h === "string" && Array.isArray(v.f) && (v.d === null || typeof v.d === "string") && (v.t === undefined || typeof v.t === "string") && (v.e === undefined || typeof v.e === "string");
}

export interface LintCacheOptions {
  /**
   * What else than its bytes decides a file's findings, per file ("" when nothing): `lint` gives the hash of
   * the DMARC evidence that applies to the file, so new evidence re-lints the files it applies to.
   */
  extraKey?: (file: string) => string;
}

export function openLintCache(path: string, key: string, options: LintCacheOptions = {}): LintCache {
  const previous = readStored(path, key);
  const next: Record<string, StoredFile> = Object.create(null) as Record<string, StoredFile>;
  let hits = 0;
  let misses = 0;
  const stamp = (file: string, bytes: Uint8Array, today: string) => {
    const e = options.extraKey?.(file) ?? "";
    return { h: sha256(bytes), t: mayHoldDate(bytes) ? today : undefined, e: e === "" ? undefined : e };
  };
  return {
    get(file, bytes, today) {
      const entry = Object.hasOwn(previous, file) ? previous[file] : undefined;
      if (!isStoredFile(entry)) {
        misses++;
        return null;
      }
      const { h, t, e } = stamp(file, bytes, today);
      if (entry.h !== h || entry.t !== t || entry.e !== e) {
        misses++;
        return null;
      }
      hits++;
      next[file] = entry;
      const findings = entry.f.map(([ruleId, level, message, domain, name, line, column, endLine, endColumn, messageId, data]): Finding => ({ ruleId, level, message, domain, file, name, line, column, endLine, endColumn, messageId, data }));
      return { findings, domainName: entry.d };
    },
    set(file, bytes, today, outcome) {
      const { h, t, e } = stamp(file, bytes, today);
      const f = outcome.findings.map((x): StoredFinding => [x.ruleId, x.level, x.message, x.domain, x.name, x.line, x.column, x.endLine, x.endColumn, x.messageId, x.data]);
      next[file] = { h, ...(t === undefined ? {} : { t }), ...(e === undefined ? {} : { e }), d: outcome.domainName, f };
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      // Written aside and renamed: a run killed halfway leaves the previous cache, not half of one.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, key, files: next } satisfies Stored));
      renameSync(temporary, path);
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
