// Where a report streams to: standard output, or --output FILE. Chunks are gathered and written in blocks;
// a file is written aside and renamed once the report is whole, so a run that fails halfway leaves no
// half report where the whole one was expected (and an earlier report is not overwritten by a broken one).
// A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is: renaming a file onto it would
// replace it with a regular file (for /dev/null, the whole machine's).
// --output is checked before the work (args.ts outputOption), but the report is renamed in at the end: a file
// the project keeps that appears at the name meanwhile (a `git checkout` during a long plan bringing a file
// there, a zone file copied into the --zone folder) would be replaced. So what is at the name is looked at
// again just before the rename, one lstat when nothing changed there; a file that is new there is judged by
// the check --output had (plan/output-guard.ts appearedAt): what it is, and the command's read paths.
import { closeSync, lstatSync, openSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import { asidePath, uniqueSuffix, writeFileWhole } from "../config/write-whole.js";
import { appearedAt, appearedWords, type Judged } from "../plan/output-guard.js";
import { judgedAt, statOrNull, writeProblem } from "./args.js";
import { UsageError, type CliIO } from "./command.js";

const BLOCK = 64 * 1024;

export interface ReportSink {
  write(chunk: string): void;
  /** Flushes and, for a file, puts it in place. */
  close(): void;
  /** Drops a file report not closed (after an error); nothing once closed. */
  abort(): void;
}

/** How a report sink judges a file that appeared at its name during the run (see the top of this file). */
export interface SinkOptions {
  /** Said after "the report was not written" when a kept file appeared: e.g. that plan applied nothing. */
  notWritten?: string;
}

/** What is at `path` itself (a link, not what it leads to), or null for nothing. */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether the path (`found`: its lstat) names a device, a pipe or a socket (through symbolic links), which
 * must be written in place. stat follows the links itself: realpath of /dev/stdout or /proc/self/fd/1 open
 * on a pipe gives `pipe:[1234]`, no path, and /dev/stdout was then renamed over as if it were a file
 * (descriptor-path.ts).
 */
function isSpecialFile(path: string, found: Stats | null): boolean {
  if (found === null) return false;
  try {
    const stat = found.isSymbolicLink() ? statSync(path) : found;
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

export function reportSink(io: Pick<CliIO, "stdout" | "cwd">, output: string | undefined, options: SinkOptions = {}): ReportSink {
  const target = output === undefined || output === "-" ? null : resolve(io.cwd, output);
  const found = target === null ? null : lstatOrNull(target);
  const inPlace = target !== null && isSpecialFile(target, found);
  // What was at the name when the run began, and the check (the command's reads) --output was judged by
  // (args.ts); else what is there now, judged then by what it is alone.
  const seen = target === null ? undefined : judgedAt(target);
  const judged: Judged = seen ?? { stats: found, check: { command: "", reads: [] } };
  const named = seen?.flag ?? "--output";
  // A file aside is created exclusively under a random name (config/write-whole.ts says why); a device or
  // a pipe is opened as it is.
  const aside = target === null ? null : inPlace ? target : asidePath(target, uniqueSuffix());
  const flag = inPlace ? "w" : "wx";
  let fd: number | null = null;
  let pending: string[] = [];
  let size = 0;
  let closed = false;
  const fail = (error: unknown): never => {
    throw new UsageError(`cannot write ${output}: ${writeProblem(error)}`);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    if (aside === null) {
      io.stdout(text);
      return;
    }
    try {
      fd ??= openSync(aside, flag);
      // A write may take fewer octets than given (a disk that fills up, a file size limit): given a
      // descriptor, writeFileSync writes the rest again, and the write that cannot go on fails, never a
      // short report renamed as whole.
      writeFileSync(fd, text);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= BLOCK) flush();
    },
    close() {
      flush();
      if (aside === null || target === null) {
        closed = true;
        return;
      }
      try {
        fd ??= openSync(aside, flag);
        closeSync(fd);
        fd = null;
      } catch (error) {
        fail(error);
      }
      if (!inPlace) {
        // A file there then, the same one still, was judged by --output's check: one lstat.
        const held = appearedAt(target, judged, io.cwd);
        if (held !== null) {
          // The kept file stays, and so does nothing of the report: no aside file left behind.
          rmSync(aside, { force: true });
          closed = true;
          throw new UsageError(`${named} ${output} is ${appearedWords(held, "the report")}${options.notWritten ? `; ${options.notWritten}` : ""}`);
        }
      }
      try {
        if (!inPlace) renameSync(aside, target);
        closed = true;
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (closed || aside === null) return;
      if (fd !== null) closeSync(fd);
      fd = null;
      if (!inPlace) rmSync(aside, { force: true });
    },
  };
}

/**
 * Writes a whole report to --output or stdout (`-` is stdout), as the sink does: a file aside, renamed onto
 * its place once written (a plan.json that a reader or another run opens meanwhile is never half of one).
 */
export function emit(io: Pick<CliIO, "stdout" | "cwd">, report: string | Iterable<string>, output: string | undefined, options: SinkOptions = {}): void {
  const sink = reportSink(io, output, options);
  try {
    if (typeof report === "string") sink.write(report);
    else for (const chunk of report) sink.write(chunk);
    sink.close();
  } finally {
    sink.abort();
  }
}

/**
 * Writes a whole file at `output` (as given; `target`, resolved) that replaces an earlier one of its kind,
 * `reports evidence --out`'s: written aside and renamed onto the name (config/write-whole.ts: through a link
 * there, keeping the file's permission bits), or in place for a device or a pipe, as every report is. Like
 * the sink, it looks at the name once more just before the rename, with the check the flag had before the
 * work (args.ts outputOption, `flag`): a kept file that appeared there meanwhile is left as it is, and the
 * run fails (exit 2) saying `written` ("the evidence") was not written. A target outputOption did not judge
 * (a default place) is written as it is.
 */
export function writeWholeOutput(io: Pick<CliIO, "stdout" | "cwd">, output: string, target: string, text: string, written: string): void {
  const found = statOrNull(target);
  // A rename onto a device or a pipe would replace it with a regular file (for /dev/null, the machine's).
  if (found && !found.isFile() && !found.isDirectory()) {
    emit(io, text, output);
    return;
  }
  const seen = judgedAt(target);
  const held = seen === undefined ? null : appearedAt(target, seen, io.cwd);
  if (held !== null) throw new UsageError(`${seen!.flag} ${output} is ${appearedWords(held, written)}`);
  try {
    writeFileWhole(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}
