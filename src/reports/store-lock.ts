// One process at a time on an embedded store. PGlite is PostgreSQL in this process, with no postmaster
// between processes: two `maildns reports` runs on one store folder each believe they own its files, and
// two overlapping ingests both "added" the same reports, broke the uniqueness of (reporter, report id) and
// counted the same mail twice. A file beside the folder (`<store>.lock`, holding the owner's process id) is
// made with O_EXCL before the store is opened and removed when it is closed. A lock whose process is gone
// (a run that was killed) is taken over.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { StoreError } from "./sql-error.js";

export interface StoreLock {
  readonly path: string;
  release(): void;
}

/** A lock file younger than this with no process id in it is one being written: held. */
const WRITING_GRACE_MS = 5_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds the lock at `path`: a live process id, or null when the lock is stale (its process is gone). */
function holder(path: string): number | "writing" | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (text === "") {
    const age = Date.now() - statSync(path, { throwIfNoEntry: false })!.mtimeMs;
    return age < WRITING_GRACE_MS ? "writing" : null;
  }
  const pid = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(pid)) return null;
  return alive(pid) ? pid : null;
}

/** Takes the lock of the embedded store in `directory`, or throws a StoreError naming who holds it. */
export function lockStore(directory: string): StoreLock {
  const path = `${directory}.lock`;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot make the folder of the report store ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          // Only our own lock: never one a later process took over after ours was judged stale.
          try {
            if (readFileSync(path, "utf8").trim() === String(process.pid)) rmSync(path, { force: true });
          } catch {
            // Already gone.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new StoreError(`cannot lock the report store ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} on ${path}`);
    }
    let held: number | "writing" | null;
    try {
      held = holder(path);
    } catch (error) {
      throw new StoreError(`cannot lock the report store ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} on ${path}`);
    }
    if (held !== null) {
      const who = held === "writing" ? "another maildns process" : held === process.pid ? "this process" : `another maildns process (pid ${held})`;
      throw new StoreError(`the report store ${directory} is in use by ${who}: an embedded store takes one command at a time (a PostgreSQL server takes several); wait for it to end, or remove ${path} if no such process runs`);
    }
    // Stale: its process is gone. Removed, and the exclusive create tried again.
    rmSync(path, { force: true });
  }
  throw new StoreError(`cannot lock the report store ${directory}: ${path} keeps coming back; another process is taking it`);
}
