// Flags shared by every command (issue 2 §7: they mean the same on lint, plan, audit and doctor).
import { accessSync, constants, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { isInside } from "../config/inside.js";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Level } from "../engine/types.js";
import { isCalendarDate } from "../model/calendar-date.js";
import { UsageError, type CliIO } from "./command.js";

export const SHARED_OPTIONS = {
  policy: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

export const SHARED_HELP = `  --policy NAME|FILE   policy pack: ovh (default), rfc, strict, parked, or a pack file
  -f, --format FORMAT  output format (see above)
  -o, --output FILE    write the report to FILE instead of standard output
  --fail-on LEVEL      exit 1 when a finding is at or above LEVEL: error (default), warn, info
  -q, --quiet          print only errors (and no progress)
  --today YYYY-MM-DD   judge date rules (DMARC ramp, suppressions) as of this day (default: today, UTC)
  -h, --help           show this help`;

export function parse<O extends NonNullable<ParseArgsConfig["options"]>>(argv: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")}\nRun \`maildns ${command} --help\` for usage.`);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got '${value}')`);
}

export function failLevel(value: string | undefined): Level {
  return oneOf(value, ["error", "warn", "info"] as const, "--fail-on", "error");
}

export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new UsageError(`--today must be a date that exists, written YYYY-MM-DD like 2026-11-23 (got '${value}')`);
  return value;
}

const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };

export function atOrAbove(level: Level, threshold: Level): boolean {
  return RANK[level] >= RANK[threshold];
}

/** Why a file could not be written, in words (the code alone, EISDIR or EROFS, tells a user little). */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EISDIR: "it is a folder",
    ENOENT: "its folder does not exist",
    ENOTDIR: "a part of its path is not a folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is exceeded",
    EBUSY: "it is in use by the system",
  };
  return code && words[code] ? `${words[code]} (${code})` : (code ?? "error");
}

/**
 * A path the command reads, as given: a file, or a folder whose files named as `takes` says are read
 * (`what` names them for the message).
 */
export interface ReadPath {
  path: string | undefined;
  takes?: { test(name: string): boolean; what: string };
}

/**
 * `--output` checked before any work, so a run of minutes against DNS is not lost to a path that could never
 * be written. Undefined (standard output) for no value and for `-`, as most tools read it. `reads`: what the
 * command reads; the report, renamed onto its place at the end, must not replace one of them (a domain file
 * or a password file is worth more than any report).
 */
export function outputOption(io: Pick<CliIO, "cwd">, value: string | undefined, command = "", reads: readonly ReadPath[] = [], flag = "--output"): string | undefined {
  if (value === undefined || value === "-") return undefined;
  if (value === "") throw new UsageError(`${flag} needs a file name (or - for standard output)`);
  const target = resolve(io.cwd, value);
  const stats = statOrNull(target);
  if (stats?.isDirectory()) throw new UsageError(`${flag} ${value} is a folder: give a file name, e.g. ${flag} ${value.replace(/\/+$/, "")}/report.txt`);
  if (stats && !stats.isFile()) return value; // a device or a pipe (/dev/null, /dev/stdout) is written in place
  const read = stats ? readByCommand(target, stats, io.cwd, reads) : null;
  if (read) {
    const held = read.what === null ? `the file ${read.path}, which ${command} reads` : `under ${read.path}, where ${command} reads it (${read.what})`;
    throw new UsageError(`${flag} ${value} is ${held}: the report would replace it; give another file name`);
  }
  const folder = dirname(target);
  const parent = statOrNull(folder);
  if (!parent) throw new UsageError(`${flag} ${value}: the folder ${dirname(value)} does not exist (or a part of its path is not a folder): create it first`);
  if (!parent.isDirectory()) throw new UsageError(`${flag} ${value}: ${dirname(value)} is not a folder`);
  try {
    // The report is written aside and renamed into place, so the folder must take a new file.
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${flag} ${value}: cannot write in ${dirname(value)}: ${writeProblem(error)}`);
  }
  return value;
}

/** The path of `reads` that holds the existing file `target` (`what`: null when it is that file), or null. */
function readByCommand(target: string, stats: Stats, cwd: string, reads: readonly ReadPath[]): { path: string; what: string | null } | null {
  let real: string | null = null;
  for (const { path, takes } of reads) {
    if (path === undefined || path === "" || path === "-") continue;
    const at = resolve(cwd, path);
    const read = statOrNull(at);
    if (!read) continue;
    if (read.isFile() && read.dev === stats.dev && read.ino === stats.ino) return { path, what: null };
    if (!read.isDirectory() || !takes || !takes.test(basename(target))) continue;
    try {
      real ??= realpathSync(target);
      const folder = realpathSync(at);
      if (isInside(folder, real)) return { path: path.replace(/\/+$/, ""), what: takes.what };
    } catch {
      // A path that vanished meanwhile holds nothing the report could replace.
    }
  }
  return null;
}

/** The path's stats; null when it does not exist or a part of it is not a folder (ENOTDIR). */
export function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

