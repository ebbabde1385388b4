// Flags shared by every command (issue 2 §7: they mean the same on lint, plan, audit and doctor).
import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Level } from "../engine/types.js";
import { isCalendarDate } from "../model/calendar-date.js";
import { oneLine, truncateText } from "../model/show.js";
import { UsageError, type CliIO } from "./command.js";
import { namedDescriptor, type NamedDescriptor } from "./descriptor-path.js";
import { keptFile, keptWords, type Judged, type OutputCheck, type ReadPath } from "../plan/output-guard.js";

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
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")}\nRun \`maildns ${command} --help\` for usage.`);
  }
  refuseRepeated(parsed.tokens, options);
  const { values, positionals } = parsed;
  return { values, positionals };
}

/**
 * A flag that takes one value, given twice, is refused: node's parseArgs keeps the last one, so a CI script
 * that adds `--format sarif` to a command line already holding `--format json` got a report in a format no
 * one asked for, and nothing said so. Flags declared `multiple` (--zone, --resolver, --selector...) are meant
 * to repeat; a boolean flag given twice says the same thing twice.
 */
function refuseRepeated(tokens: readonly ArgToken[], options: NonNullable<ParseArgsConfig["options"]>): void {
  const first = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const option = options[token.name];
    if (option === undefined || option.type !== "string" || option.multiple === true) continue;
    const earlier = first.get(token.name);
    if (earlier === undefined) {
      first.set(token.name, token.value);
      continue;
    }
    throw new UsageError(`--${token.name} given twice (${shownFlagValue(earlier)}, then ${shownFlagValue(token.value)}): give it once`);
  }
}

type ArgToken = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/**
 * A flag's value in a message, quoted on one line. A value that reads as a URL (`--store
 * postgres://user:password@host/db`) shows its scheme alone: it may carry a password.
 */
function shownFlagValue(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)?.[1];
  return `"${scheme === undefined ? truncateText(oneLine(value), 80) : `${scheme}:…`}"`;
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

/** An output as outputOption judged it: what was there and the check, with the flag that named it. */
export interface JudgedOutput extends Judged {
  flag: string;
}

/**
 * What was at each output's path when outputOption judged it (its stat, null for nothing), and the check it
 * was judged by (the command's reads among it), by the path resolved: the report is put in place at the end
 * (report-sink.ts), most often by a sink made only then, which looks again before the rename and judges the
 * file at the name anew, with these same reads, only when it is another one (appearedAt).
 */
const judged = new Map<string, JudgedOutput>();

/** What outputOption judged at `target` (taken once: a later run judges its own), or undefined when it did not judge it. */
export function judgedAt(target: string): JudgedOutput | undefined {
  const seen = judged.get(target);
  judged.delete(target);
  return seen;
}

/**
 * `--output` checked before any work, so a run of minutes against DNS is not lost to a path that could never
 * be written, nor a typo destroys a file the project lives on. Undefined (standard output) for no value and
 * for `-`, as most tools read it. The report, renamed onto its place at the end, never replaces a file the
 * command reads (`reads`: a domain file or a password file is worth more than any report) nor one no report
 * ever is (output-guard.ts); `writes` names the kept file the command exists to write.
 */
export function outputOption(io: Pick<CliIO, "cwd">, value: string | undefined, command = "", reads: readonly ReadPath[] = [], flag = "--output", writes?: OutputCheck["writes"]): string | undefined {
  if (value === undefined || value === "-") return undefined;
  if (value === "") throw new UsageError(`${flag} needs a file name (or - for standard output)`);
  const target = resolve(io.cwd, value);
  const stats = statOrNull(target);
  const descriptor = namedDescriptor(target);
  if (descriptor !== null) return descriptorOutput(flag, value, descriptor, stats);
  if (stats?.isDirectory()) {
    // Never a name inside Git's own folder as the example.
    if (target.split(/[\\/]/).includes(".git")) throw new UsageError(`${flag} ${value} is a folder of .git, where Git keeps the repository: give a file name outside it`);
    throw new UsageError(`${flag} ${value} is a folder: give a file name, e.g. ${flag} ${value.replace(/\/+$/, "")}/report.txt`);
  }
  if (stats && !stats.isFile()) return value; // a device or a pipe (/dev/null, /dev/stdout) is written in place
  const check: OutputCheck = { command, reads, ...(writes ? { writes } : {}) };
  const held = keptFile(target, stats, io.cwd, check);
  if (held) throw new UsageError(`${flag} ${value} is ${keptWords(held, "the report")}`);
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
  // Its stat through links, already at hand: for a link the sink's lstat differs, and judges it anew.
  judged.set(target, { stats, check, flag });
  return value;
}

/**
 * An output that names an open descriptor (descriptor-path.ts: /proc/self/fd/1, /dev/fd/63, /dev/stdout):
 * never written aside and renamed there, which cannot be done (no file is made in /proc/PID/fd) and, for
 * /dev/stdout, replaced the link itself. This process's standard output is `-`: the report goes to the
 * stream the shell opened, whatever it is open on, as without the flag (reopening the name would truncate a
 * file opened with `>>`). Any other descriptor open on a device, a pipe or a socket is written in place, as
 * /dev/null is (`stats` through the link: procfs follows it to what the descriptor is open on); one open on
 * a regular file or a socket is refused, saying why, and so is one that is not open, or one Node.js keeps
 * for itself.
 */
function descriptorOutput(flag: string, value: string, descriptor: NamedDescriptor, stats: Stats | null): string | undefined {
  if (descriptor.own && descriptor.fd === 1) return undefined;
  const whose = `descriptor ${descriptor.fd} of ${descriptor.own ? "this process" : "another process"}`;
  if (descriptor.internal) throw new UsageError(`${flag} ${value} names ${whose}, which Node.js keeps for itself (it is closed on exec, as no descriptor a caller passes down is): give a file name (or - for standard output)`);
  if (stats === null) throw new UsageError(`${flag} ${value} names ${whose}, which is not open: give a file name (or - for standard output)`);
  if (stats.isFile()) throw new UsageError(`${flag} ${value} names ${whose}, open on a file: the report is written aside and renamed onto its name, which cannot be done there; give that file's own name (or - for standard output)`);
  // Linux opens no socket by its /proc name (ENXIO): Node.js's own child processes get such stdio.
  if (stats.isSocket()) throw new UsageError(`${flag} ${value} names ${whose}, open on a socket, which cannot be opened by that name: give a file name (or - for standard output)`);
  return value;
}

/** The path's stats; null when it does not exist or a part of it is not a folder (ENOTDIR). */
export function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

