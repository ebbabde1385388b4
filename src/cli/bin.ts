#!/usr/bin/env node
// The `maildns` bin (dist/cli.js). Before anything else is loaded it asks Node to keep the code it compiles
// (module.enableCompileCache, Node 22.1 and later), so that a start after the first reads back what V8
// compiled of the bundle's modules instead of parsing them again: paired runs on Node 24 put a warm
// `lint --cache` at 0.93x the wall time and `--version` at 0.90x (README, "Benchmarks"). Node keeps it under
// os.tmpdir() (or NODE_COMPILE_CACHE), checks each entry against the source it was made from, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such cache: there this does nothing. The rest is
// imported only afterwards, since what an import statement names is loaded before this module's first line
// runs.
import nodeModule from "node:module";
import { tmpdir } from "node:os";

// Node 22 and 24 were seen to spin for ever in enableCompileCache when the temporary folder is under /proc
// (TMPDIR=/proc): a command must never hang, so no cache is asked for where the folder is a kernel's
// pseudo-file system.
const pseudoFileSystem = /^\/(?:proc|sys|dev)(?:\/|$)/.test(process.env.NODE_COMPILE_CACHE ?? tmpdir());
try {
  if (!pseudoFileSystem) (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache that cannot be set up (no writable temporary folder) only means compiling as before.
}

const { runProcess } = await import("./main.js");
await runProcess();
