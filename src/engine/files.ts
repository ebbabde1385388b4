// Finding and reading domain files: the only file-system I/O of `lint`.
import * as fs from "node:fs";
import { readdirSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "./usage-error.js";
import { MAX_FILE_BYTES } from "../config/source.js";

/** Stack configs (`Pulumi.<stack>.yaml`) live beside the domain folders and are not domain files. */
const isDomainFile = (name: string) => /\.ya?ml$/i.test(name) && !/^Pulumi\./.test(name) && !name.startsWith(".");

export interface DomainFileRef {
  /** Path as shown in findings: relative to cwd, with forward slashes. */
  display: string;
  absolute: string;
}

/** Expands files and directories (recursively) into domain files, sorted; a missing path is a usage error. */
export function findDomainFiles(paths: readonly string[], cwd: string): DomainFileRef[] {
  const found = new Map<string, DomainFileRef>();
  /** Relative to cwd with forward slashes; "" for cwd itself; the absolute path outside cwd. */
  const displayOf = (absolute: string) => {
    const display = relative(cwd, absolute).split(sep).join("/");
    return display.startsWith("..") || isAbsolute(display) ? absolute : display;
  };
  const add = (absolute: string, display: string) => found.set(absolute, { display: display || absolute, absolute });
  // A folder's files take their display path from the folder's, not from a path computation each.
  // `dir` is absolute and normalized (from resolve) and an entry's name is one plain segment, so joining is
  // a concatenation: path.join would normalize the whole path again for each of 10,000 files.
  const walk = (dir: string, display: string, depth: number) => {
    if (depth > 16) return;
    const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    const outside = isAbsolute(display);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = prefix + entry.name;
      const shown = display === "" ? entry.name : outside ? full : `${display}/${entry.name}`;
      if (entry.isDirectory()) walk(full, shown, depth + 1);
      else if (entry.isFile() && isDomainFile(entry.name)) add(full, shown);
      else if (!entry.isSymbolicLink() && isDomainFile(entry.name)) throw new UsageError(notRegularMessage(shown, "a domain file", statOrNull(full) ?? undefined));
      else if (entry.isSymbolicLink() && isDomainFile(entry.name)) {
        // A link is followed: to a regular file it is that file; to anything else, refused as above. A link
        // that leads nowhere is refused too, never skipped: skipped, its domain would silently drop out of
        // lint, plan and the Pulumi program (which would then delete the domain's records).
        const target = statOrNull(full);
        if (target?.isFile()) add(full, shown);
        else if (!target) throw new UsageError(brokenLinkMessage(shown, full));
        else if (!target.isDirectory()) throw new UsageError(notRegularMessage(shown, "a domain file", target));
      }
    }
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      if (isSymbolicLink(absolute)) throw new UsageError(brokenLinkMessage(path, absolute));
      throw new UsageError(`${path}: no such file or directory (give domain files or folders, e.g. stacks/)`);
    }
    if (stats.isDirectory()) walk(absolute, displayOf(absolute), 0);
    else if (stats.isFile()) add(absolute, displayOf(absolute));
    else throw new UsageError(notRegularMessage(path, "a domain file or folder", stats));
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

function isSymbolicLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The usage error for a symbolic link whose target does not exist, or that leads back to itself. */
function brokenLinkMessage(display: string, absolute: string): string {
  let target = "";
  try {
    target = fs.readlinkSync(absolute);
  } catch {
    // Unreadable link: said without its target.
  }
  let loops = false;
  try {
    statSync(absolute);
  } catch (error) {
    loops = (error as NodeJS.ErrnoException).code === "ELOOP";
  }
  const what = loops ? "a symbolic link that leads back to itself" : `a symbolic link to ${target ? JSON.stringify(target) : "a path"}, which does not exist`;
  return `${display}: is ${what}: fix the link or remove it (a domain file that cannot be read is never skipped)`;
}

function statOrNull(path: string): fs.Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export type ReadResult = { bytes: Uint8Array; stamp?: string | null } | { tooLarge: number };

/** How recent a change may be for a file's stamp to be trusted (see fileStamp). */
export const STAMP_SETTLE_MS = 2000;

/**
 * A file's stamp for the lint cache: size, modification and change times, inode. Equal stamps mean the
 * bytes were not rewritten, as far as the file system can tell (git and ESLint's metadata cache rely on the
 * same). The change time (ctime) is set by the kernel on every write and cannot be set back by tools that
 * restore a modification time (rsync -t, tar, touch -d). Null when the file changed less than
 * STAMP_SETTLE_MS before `now`: a second write within the clock's granularity could leave every field
 * equal (git's "racily clean" files), so such a file is judged by its bytes next time. Self-contained, like
 * readBoundedFile, which the read-ahead thread runs.
 */
export function fileStamp(stats: { size: number; mtimeMs: number; ctimeMs: number; ino: number }, now: number, settleMs: number): string | null {
  if (Math.max(stats.mtimeMs, stats.ctimeMs) > now - settleMs) return null;
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

/**
 * Reads a file unless it is over `max` octets, which is checked on the open file before any byte is read.
 * Self-contained (its only input is the `fs` module), so the read-ahead thread runs this very code.
 */
export function readBoundedFile(
  files: Pick<typeof fs, "openSync" | "fstatSync" | "readSync" | "closeSync" | "constants">,
  path: string,
  max: number,
  stampOf: (stats: fs.Stats, now: number, settleMs: number) => string | null,
  settleMs: number,
): ReadResult {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. What was opened is
  // then checked to be a regular file (after following symlinks), never a FIFO, socket or device.
  const fd = files.openSync(path, files.constants.O_RDONLY | files.constants.O_NONBLOCK);
  try {
    const stats = files.fstatSync(fd);
    if (!stats.isFile()) {
      const error = new Error(`${path} is not a regular file`) as NodeJS.ErrnoException;
      error.code = "ENOTREG";
      throw error;
    }
    const size = stats.size;
    if (size > max) return { tooLarge: size };
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const n = files.readSync(fd, bytes, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    // The stamp of what was read: taken before reading, so a write while reading makes it differ next time.
    return { bytes: offset === size ? bytes : bytes.slice(0, offset), stamp: stampOf(stats, Date.now(), settleMs) };
  } finally {
    files.closeSync(fd);
  }
}

/** Reads a domain file (see readBoundedFile); an unreadable file is a usage error naming it. */
export function readDomainFile(ref: DomainFileRef): ReadResult {
  try {
    return readBoundedFile(fs, ref.absolute, MAX_FILE_BYTES, fileStamp, STAMP_SETTLE_MS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTREG") throw new UsageError(notRegularMessage(ref.display, "a domain file"));
    throw new UsageError(`${ref.display}: cannot read (${code ?? "error"})`);
  }
}

/** The stamp of a file as it is now (fileStamp), or null when it cannot be told. */
export function currentStamp(ref: DomainFileRef): string | null {
  const stats = statSync(ref.absolute, { throwIfNoEntry: false });
  return stats?.isFile() ? fileStamp(stats, Date.now(), STAMP_SETTLE_MS) : null;
}

/** The usage error for a path that is not a regular file: a FIFO or a device would block or never end. */
export function notRegularMessage(display: string, what: string, stats?: fs.Stats): string {
  const kind = !stats ? "not a regular file" : stats.isFIFO() ? "a FIFO (named pipe)" : stats.isSocket() ? "a socket" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : "not a regular file";
  return `${display}: is ${kind}, not ${what}: give a regular file (or a folder of them)`;
}
