import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/config/regular-file.ts
import * as fs from "node:fs";
function unreadable(error) {
  const code = error.code ?? "error";
  return { problem: `cannot read it (${code})`, reason: "unreadable", code };
}
function specialKind(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
function readRegularFile(path, max) {
  let fd;
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

export {
  specialKind,
  readRegularFile
};
