// Reading a file the user named (a policy pack) without blocking: a FIFO opened for reading waits for a
// writer forever, and a device such as /dev/zero never ends. Only regular files, after following symlinks.
import * as fs from "node:fs";

export type RegularFileRead = { bytes: Buffer } | { problem: string };

/** What a special file is, for messages. */
export function specialKind(stats: fs.Stats): string {
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
    return { problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { problem: `it is ${specialKind(stats)}, not a regular file` };
    if (stats.size > max) return { problem: `it is ${stats.size} octets, more than ${max}` };
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < stats.size) {
      const n = fs.readSync(fd, bytes, offset, stats.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { bytes: offset === stats.size ? bytes : bytes.subarray(0, offset) };
  } catch (error) {
    return { problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  } finally {
    fs.closeSync(fd);
  }
}
