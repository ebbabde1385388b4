#!/usr/bin/env node
// The `maildns` bin (dist/cli.js). Before anything else is loaded it asks Node to keep the code it compiles
// (module.enableCompileCache, Node 22.1 and later), so that a start after the first reads back what V8
// compiled of the bundle's modules instead of parsing them again: paired runs on Node 24 put a warm
// `lint --cache` at 0.93x the wall time and `--version` at 0.90x (README, "Benchmarks"). Node keeps it under
// os.tmpdir() (or NODE_COMPILE_CACHE), checks each entry against the source it was made from, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such cache: there this does nothing. The rest is
// imported only afterwards, since what an import statement names is loaded before this module's first line
// runs.
import { realpathSync } from "node:fs";
import nodeModule from "node:module";
import { tmpdir } from "node:os";

/**
 * Where a folder is for the kernel: relative to the current folder, through every link, as Node reaches it
 * when it makes the cache there. A part that does not exist yet (Node makes it) is kept as written after the
 * real path of what does exist; the root always exists, so the loop ends.
 */
function realFolder(folder: string): string {
  let existing = folder.startsWith("/") ? folder : `${process.cwd()}/${folder}`;
  let rest = "";
  for (;;) {
    try {
      return `${realpathSync.native(existing)}${rest}`;
    } catch {
      const cut = existing.lastIndexOf("/");
      if (cut <= 0) return `${existing}${rest}`;
      rest = `${existing.slice(cut)}${rest}`;
      existing = existing.slice(0, cut);
    }
  }
}

// Node 22 and 24 were seen to spin for ever in enableCompileCache when the temporary folder is under /proc
// (TMPDIR=/proc): a command must never hang, so no cache is asked for where the folder is a kernel's
// pseudo-file system. The folder is judged where it really is: a TMPDIR that reaches /proc through a link,
// or relative to a current folder of / (TMPDIR=proc/self), spun as well.
const cacheFolder = process.env.NODE_COMPILE_CACHE || tmpdir();
const pseudoFileSystem = process.platform !== "win32" && /^\/(?:proc|sys|dev)(?:\/|$)/.test(realFolder(cacheFolder));
try {
  if (!pseudoFileSystem) (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache that cannot be set up (no writable temporary folder) only means compiling as before.
}

const { runProcess } = await import("./main.js");
await runProcess();
