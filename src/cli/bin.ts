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

try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache that cannot be set up (no writable temporary folder) only means compiling as before.
}

const { runProcess } = await import("./main.js");
await runProcess();
