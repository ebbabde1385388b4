// Where a report streams to: standard output, or --output FILE. Chunks are gathered and written in blocks;
// a file is written aside and renamed once the report is whole, so a run that fails halfway leaves no
// half report where the whole one was expected (and an earlier report is not overwritten by a broken one).
// A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is: renaming a file onto it would
// replace it with a regular file (for /dev/null, the whole machine's).
import { closeSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { asidePath, uniqueSuffix } from "../config/write-whole.js";
import { writeProblem } from "./args.js";
import { UsageError, type CliIO } from "./command.js";

const BLOCK = 64 * 1024;

export interface ReportSink {
  write(chunk: string): void;
  /** Flushes and, for a file, puts it in place. */
  close(): void;
  /** Drops a file report not closed (after an error); nothing once closed. */
  abort(): void;
}

/** A path that names a device, a pipe or a socket (through symbolic links), which must be written in place. */
function isSpecialFile(path: string): boolean {
  try {
    const stat = statSync(realpathSync(path));
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

export function reportSink(io: Pick<CliIO, "stdout" | "cwd">, output: string | undefined): ReportSink {
  const target = output === undefined || output === "-" ? null : resolve(io.cwd, output);
  const inPlace = target !== null && isSpecialFile(target);
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
export function emit(io: Pick<CliIO, "stdout" | "cwd">, report: string | Iterable<string>, output: string | undefined): void {
  const sink = reportSink(io, output);
  try {
    if (typeof report === "string") sink.write(report);
    else for (const chunk of report) sink.write(chunk);
    sink.close();
  } finally {
    sink.abort();
  }
}
