// One process at a time on an embedded store. PGlite is PostgreSQL in this process, with no postmaster
// between processes: two `maildns reports` runs on one store folder each believe they own its files, and
// two overlapping ingests both "added" the same reports, broke the uniqueness of (reporter, report id) and
// counted the same mail twice. A file beside the folder (`<store>.lock`, holding the owner's process id) is
// made with O_EXCL before the store is opened and removed when it is closed. A lock whose process is gone
// (a run that was killed) is taken over.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/**
 * Who holds the lock at `path`: a live process id, or null when the lock is stale (its process is gone);
 * `text` is what the lock held when judged (null: no lock), for the takeover to check.
 */
function holder(path: string): { held: number | "writing" | null; text: string | null } {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { held: null, text: null };
    throw error;
  }
  return { held: judge(path, text), text };
}

function judge(path: string, text: string): number | "writing" | null {
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
    let text: string | null;
    try {
      ({ held, text } = holder(path));
    } catch (error) {
      throw new StoreError(`cannot lock the report store ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} on ${path}`);
    }
    if (held !== null) {
      const who = held === "writing" ? "another maildns process" : held === process.pid ? "this process" : `another maildns process (pid ${held})`;
      throw new StoreError(`the report store ${directory} is in use by ${who}: an embedded store takes one command at a time (a PostgreSQL server takes several); wait for it to end, or remove ${path} if no such process runs`);
    }
    // Stale: its process is gone. Taken away, and the exclusive create tried again.
    if (text !== null) takeOverStale(path, text);
  }
  throw new StoreError(`cannot lock the report store ${directory}: ${path} keeps coming back; another process is taking it`);
}

/**
 * Takes away the lock at `path` judged stale while it held `judged`; true when it was taken. Two commands
 * that judged one stale lock at once must not both go on: had the second simply removed the file, it would
 * remove the lock the first had just made in its place. So the lock is moved aside under a name of this
 * process's own (a rename is atomic: one of them moves it), and what was moved is checked: a lock that is
 * not the one judged stale (another command's, made meanwhile) is put back, unless a newer one is there.
 */
export function takeOverStale(path: string, judged: string): boolean {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
  let moved: string | null = null;
  try {
    moved = readFileSync(aside, "utf8").trim();
  } catch {
    // Unreadable: treated as another command's, put back.
  }
  if (moved !== judged) {
    try {
      linkSync(aside, path);
    } catch {
      // A newer lock is already there: it stands.
    }
  }
  rmSync(aside, { force: true });
  return moved === judged;
}
