// Finding and reading domain files: the only file-system I/O of `lint`.
import * as fs from "node:fs";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "./usage-error.js";
import { MAX_FILE_BYTES } from "../config/source.js";
import { specialKind } from "../config/regular-file.js";
import { MAX_ENTRIES_WALKED, MAX_FOLDER_DEPTH, type FileProblem } from "./unreadable.js";

/** Stack configs (`Pulumi.<stack>.yaml`) live beside the domain folders and are not domain files. */
export const isDomainFileName = (name: string): boolean => /\.ya?ml$/i.test(name) && !/^Pulumi\./.test(name) && !name.startsWith(".");

export interface DomainFileRef {
  /** Path as shown in findings: relative to cwd, with forward slashes. */
  display: string;
  absolute: string;
  /** Set when the entry cannot be read as a domain file: it becomes a file-unreadable finding, never skipped. */
  problem?: FileProblem;
}

/**
 * Expands files and folders (recursively) into domain files, sorted; a path given that does not exist, or
 * that is neither a file nor a folder, is a usage error. Below a folder, an entry that cannot be read (a FIFO,
 * a socket or a device named *.yaml, a link that leads nowhere, a folder that cannot be listed) is a ref with
 * its `problem`, so that the other files are still read and this one is reported, never skipped.
 *
 * Symbolic links are followed, to files and to folders alike: a stack that links a shared folder in must
 * not lose its domains (the Pulumi program would then delete their records). Each folder is walked once,
 * by its real path, so a link back to an ancestor or to a folder already walked adds nothing; links to
 * folders are walked after the real folders, so a folder reached both ways shows its own path; and a file
 * reached by two paths is found once (the path without a link first, then the first in code-unit order).
 */
export function findDomainFiles(paths: readonly string[], cwd: string, maxEntries = MAX_ENTRIES_WALKED): DomainFileRef[] {
  /** Keyed by the file's real path (or the entry's own path for one that cannot be read). */
  const found = new Map<string, { ref: DomainFileRef; linked: boolean }>();
  const walked = new Set<string>();
  /** `given`: the path given that the walk started from, named if the walk goes past maxEntries. */
  let folderLinks: { absolute: string; display: string; depth: number; given: string }[] = [];
  // Bounded as a whole, not only in depth: a link to `/` would otherwise walk the file system (by real path,
  // each folder once, so it ends, but only after every folder of the machine).
  let entriesSeen = 0;
  /** Relative to cwd with forward slashes; "" for cwd itself; the absolute path outside cwd. */
  const displayOf = (absolute: string) => {
    const display = relative(cwd, absolute).split(sep).join("/");
    return display.startsWith("..") || isAbsolute(display) ? absolute : display;
  };
  const add = (key: string, absolute: string, display: string, linked: boolean) => {
    const ref: DomainFileRef = { display: display || absolute, absolute };
    const previous = found.get(key);
    if (!previous || (previous.linked && !linked) || (previous.linked === linked && ref.display < previous.ref.display)) found.set(key, { ref, linked });
  };
  const refuse = (absolute: string, display: string, problem: FileProblem) => {
    found.set(`\u0000${absolute}`, { ref: { display: display || absolute, absolute, problem }, linked: false });
  };
  // A folder's files take their display path from the folder's, not from a path computation each.
  // `dir` is absolute and normalized (from resolve) and an entry's name is one plain segment, so joining is
  // a concatenation: path.join would normalize the whole path again for each of 10,000 files.
  const walk = (dir: string, display: string, depth: number, linked: boolean, given: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = realpathSync(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      refuse(dir, display, { messageId: "folderUnreadable", data: { code: errorCode(error) } });
      return;
    }
    entriesSeen += entries.length;
    if (entriesSeen > maxEntries) {
      throw new UsageError(
        `${given}: more than ${maxEntries.toLocaleString("en-US")} entries below it (through symbolic links to folders too), so maildns stopped looking for domain files there before any DNS work: give a narrower path (the stack folder itself), or replace a link in it that leads far outside the stack (to / or a home folder) with the folder it means`,
      );
    }
    const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    const realPrefix = real.endsWith(sep) ? real : `${real}${sep}`;
    const outside = isAbsolute(display);
    const shownOf = (name: string) => (display === "" ? name : outside ? prefix + name : `${display}/${name}`);
    if (depth > MAX_FOLDER_DEPTH) {
      // Bounded, but never silent: a folder this deep that holds anything maildns would read is reported.
      if (entries.some((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules" && (entry.isDirectory() || entry.isSymbolicLink() || isDomainFileName(entry.name)))) {
        refuse(dir, display, { messageId: "tooDeep", data: { max: MAX_FOLDER_DEPTH } });
      }
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = prefix + entry.name;
      if (entry.isDirectory()) walk(full, shownOf(entry.name), depth + 1, linked, given);
      else if (entry.isFile()) {
        if (isDomainFileName(entry.name)) add(realPrefix + entry.name, full, shownOf(entry.name), linked);
      } else if (entry.isSymbolicLink()) {
        // Followed: to a folder, walked (after the real folders); to a regular file, that file; to anything
        // else, or nowhere, a finding on the link, never skipped.
        const target = statOrError(full);
        if (!(target instanceof Error) && target.isDirectory()) folderLinks.push({ absolute: full, display: shownOf(entry.name), depth: depth + 1, given });
        else if (!isDomainFileName(entry.name)) continue;
        else if (target instanceof Error) refuse(full, shownOf(entry.name), linkProblem(full, target));
        else if (target.isFile()) add(realPathOr(full), full, shownOf(entry.name), true);
        else refuse(full, shownOf(entry.name), { messageId: "notRegular", data: { kind: specialKind(target) } });
      } else if (isDomainFileName(entry.name)) refuse(full, shownOf(entry.name), { messageId: "notRegular", data: { kind: specialKind(entry) } });
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
    // A folder given through a link waits with the other links, so one also given as itself shows its own path.
    if (stats.isDirectory() && realPathOr(absolute) !== absolute) folderLinks.push({ absolute, display: displayOf(absolute), depth: 0, given: path });
    else if (stats.isDirectory()) walk(absolute, displayOf(absolute), 0, false, path);
    else if (stats.isFile()) add(realPathOr(absolute), absolute, displayOf(absolute), false);
    else throw new UsageError(notRegularMessage(path, "a domain file or folder", stats));
  }
  // Links to folders, round by round (a round's links may lead to more), each round in display order so
  // that which of two links to one folder shows its files does not depend on the order readdir gives.
  // Bounded: a folder is walked once, no deeper than MAX_FOLDER_DEPTH, and no more than maxEntries entries in all.
  while (folderLinks.length > 0) {
    const round = folderLinks.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    folderLinks = [];
    for (const link of round) walk(link.absolute, link.display, link.depth, true, link.given);
  }
  return [...found.values()].map((entry) => entry.ref).sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "error";
}

function isSymbolicLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrError(path: string): fs.Stats | Error {
  try {
    return statSync(path);
  } catch (error) {
    return error as Error;
  }
}

/** Why a symbolic link cannot be followed: it leads back to itself, nowhere, or somewhere not allowed. */
function linkProblem(absolute: string, error: Error): FileProblem {
  const code = errorCode(error);
  if (code === "ELOOP") return { messageId: "linkLoop", data: {} };
  if (code === "ENOENT" || code === "ENOTDIR") {
    let target = "";
    try {
      target = fs.readlinkSync(absolute);
    } catch {
      // Unreadable link: said without its target.
    }
    return { messageId: "brokenLink", data: { target: target ? JSON.stringify(target) : "a path" } };
  }
  return { messageId: "cannotRead", data: { code } };
}

/** The usage error for a path given that is a symbolic link whose target does not exist, or that leads back to itself. */
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

/** A file's bytes, or its size when over the limit, or why it could not be read (a file-unreadable finding). */
export type ReadResult = { bytes: Uint8Array; stamp?: string | null } | { tooLarge: number } | { unreadable: FileProblem };

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

/**
 * Reads a domain file (see readBoundedFile). One that cannot be read says why (`unreadable`), for its
 * finding: it is never thrown, so one bad file does not stop the others. A ref whose problem the walk
 * already found is not opened at all (opening a device can have effects of its own).
 */
export function readDomainFile(ref: DomainFileRef): ReadResult {
  if (ref.problem) return { unreadable: ref.problem };
  try {
    return readBoundedFile(fs, ref.absolute, MAX_FILE_BYTES, fileStamp, STAMP_SETTLE_MS);
  } catch (error) {
    return { unreadable: readProblem(ref.absolute, error) };
  }
}

/** Why opening or reading a file failed, as a file-unreadable finding says it. */
function readProblem(absolute: string, error: unknown): FileProblem {
  const code = errorCode(error);
  if (code === "ENOTREG") {
    const stats = statOrError(absolute);
    return { messageId: "notRegular", data: { kind: stats instanceof Error ? "not a regular file" : specialKind(stats) } };
  }
  if (code === "ELOOP" || ((code === "ENOENT" || code === "ENOTDIR") && isSymbolicLink(absolute))) return linkProblem(absolute, error as Error);
  return { messageId: "cannotRead", data: { code } };
}

/** The stamp of a file as it is now (fileStamp), or null when it cannot be told. */
export function currentStamp(ref: DomainFileRef): string | null {
  if (ref.problem) return null;
  const stats = statOrError(ref.absolute);
  return !(stats instanceof Error) && stats.isFile() ? fileStamp(stats, Date.now(), STAMP_SETTLE_MS) : null;
}

/** The usage error for a path that is not a regular file: a FIFO or a device would block or never end. */
export function notRegularMessage(display: string, what: string, stats?: fs.Stats): string {
  const kind = stats ? specialKind(stats) : "not a regular file";
  return `${display}: is ${kind}, not ${what}: give a regular file (or a folder of them)`;
}
