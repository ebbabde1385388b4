// Where a report streams to: standard output, or --output FILE. Chunks are gathered and written in blocks;
// a file is written aside and renamed once the report is whole, so a run that fails halfway leaves no
// half report where the whole one was expected (and an earlier report is not overwritten by a broken one).
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError, type CliIO } from "./command.js";

const BLOCK = 64 * 1024;

export interface ReportSink {
  write(chunk: string): void;
  /** Flushes and, for a file, puts it in place. */
  close(): void;
  /** Drops a file report not closed (after an error); nothing once closed. */
  abort(): void;
}

export function reportSink(io: Pick<CliIO, "stdout" | "cwd">, output: string | undefined): ReportSink {
  const target = output === undefined ? null : resolve(io.cwd, output);
  const aside = target === null ? null : `${target}.${process.pid}.partial`;
  let fd: number | null = null;
  let pending: string[] = [];
  let size = 0;
  let closed = false;
  const fail = (error: unknown): never => {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
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
      fd ??= openSync(aside, "w");
      writeSync(fd, text);
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
        fd ??= openSync(aside, "w");
        closeSync(fd);
        fd = null;
        renameSync(aside, target);
        closed = true;
      } catch (error) {
        fail(error);
      }
    },
    abort() {
      if (closed || aside === null) return;
      if (fd !== null) closeSync(fd);
      rmSync(aside, { force: true });
    },
  };
}
