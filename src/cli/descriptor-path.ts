// An output path that names an open file descriptor rather than a file: /proc/self/fd/1, /dev/fd/63 (bash's
// `>(…)`), /dev/stdout or /dev/stderr (links to /proc/self/fd/N on Linux). On Linux such a name is a "magic"
// link in procfs (proc(5)): stat and open follow it to what the descriptor is open on, but realpath of a
// pipe or socket gives a text like `pipe:[1234]` that is no path, and no file can be made in the folder
// /proc/PID/fd. A report written aside and renamed there failed with "its folder does not exist", and
// /dev/stdout, whose folder root may write in, was replaced by the report itself as a regular file.
import { lstatSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/**
 * A descriptor an output path names: its number, whether it is this process's own, and for one of its own
 * whether this process opened it for itself (`internal`: Node.js's event loop and signal pipes), rather than
 * being given it by whoever started it (a shell's `>(…)`, a redirection `3>`).
 */
export interface NamedDescriptor {
  fd: number;
  own: boolean;
  internal: boolean;
}

/** Links followed before giving up (Linux's own bound on a path's links, MAXSYMLINKS, is 40). */
const MAX_LINKS = 40;

/**
 * The descriptor `absolute` names, through symbolic links (/dev/stdout → /proc/self/fd/1) and linked
 * folders (/dev/fd → /proc/self/fd), or null when it names a file by its own path.
 */
export function namedDescriptor(absolute: string): NamedDescriptor | null {
  let path = absolute;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    let folder: string;
    try {
      folder = realpathSync(dirname(path));
    } catch {
      return null;
    }
    const name = basename(path);
    const procFolder = /^\/proc\/(self|thread-self|\d+)(?:\/task\/\d+)?\/fd$/.exec(folder);
    // macOS and the BSDs keep /dev/fd as a file system of its own (fdescfs), not a link into /proc.
    if ((procFolder !== null || folder === "/dev/fd") && /^\d+$/.test(name)) {
      const owner = procFolder?.[1];
      const fd = Number(name);
      const own = owner === undefined || owner === "self" || owner === "thread-self" || Number(owner) === process.pid;
      return { fd, own, internal: own && fd > 2 && closedOnExec(fd) };
    }
    try {
      if (!lstatSync(path).isSymbolicLink()) return null;
      path = resolve(folder, readlinkSync(path));
    } catch {
      return null;
    }
  }
  return null;
}

/** O_CLOEXEC as Linux's fdinfo shows it (octal 02000000). */
const O_CLOEXEC = 0o2000000;

/**
 * Whether this process's descriptor `fd` is closed on exec (proc(5): /proc/self/fdinfo/N's `flags`, octal):
 * one that a parent passed down was not, since it survived an exec, so one that is was opened here, by
 * Node.js for itself (libuv opens every descriptor so; Node.js also marks some low ones it was given).
 * Writing a report into one of those (the pipe that wakes the event loop) crashed the process. False where
 * fdinfo cannot be read (no procfs).
 */
function closedOnExec(fd: number): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) !== 0;
  } catch {
    return false;
  }
}
