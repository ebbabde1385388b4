// Reading a file the user named (a policy pack) without blocking: a FIFO opened for reading waits for a
// writer forever, and a device such as /dev/zero never ends. Only regular files, after following symlinks.
import * as fs from "node:fs";

/**
 * The bytes, or why not: `problem` in words for a message, and what went wrong for a caller that says it
 * its own way: the file could not be opened or read (`code`, e.g. ENOENT), is not a regular file, or is
 * larger than allowed.
 */
export type RegularFileRead = { bytes: Buffer } | { problem: string; reason: "unreadable"; code: string } | { problem: string; reason: "not-regular" } | { problem: string; reason: "too-large"; size: number };

function unreadable(error: unknown): RegularFileRead {
  const code = (error as NodeJS.ErrnoException).code ?? "error";
  return { problem: `cannot read it (${code})`, reason: "unreadable", code };
}

/** What a special file is, for messages (from its Stats, or from a directory entry). */
export function specialKind(stats: Pick<fs.Stats, "isDirectory" | "isFIFO" | "isSocket" | "isCharacterDevice" | "isBlockDevice">): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** The bytes of a regular file of at most `max` octets, or why it cannot be read (ENOENT, a FIFO, too large). */
export function readRegularFile(path: string, max: number): RegularFileRead {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { problem: `it is ${specialKind(stats)}, not a regular file`, reason: "not-regular" };
    if (stats.size > max) return { problem: `it is ${stats.size} octets, more than ${max}`, reason: "too-large", size: stats.size };
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < stats.size) {
      const n = fs.readSync(fd, bytes, offset, stats.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { bytes: offset === stats.size ? bytes : bytes.subarray(0, offset) };
  } catch (error) {
    return unreadable(error);
  } finally {
    fs.closeSync(fd);
  }
}
