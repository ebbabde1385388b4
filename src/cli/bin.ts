#!/usr/bin/env node
// The `maildns` bin (dist/cli.js). Before anything else is loaded it asks Node to keep the code it compiles
// (module.enableCompileCache, Node 22.1 and later: what the Action's node24 and most users run), so that a
// start after the first reads the bundle's compiled code back instead of parsing and compiling about 1.5 MB
// of it again: most of a warm `lint --cache`'s start. Node keeps it under os.tmpdir() (or NODE_COMPILE_CACHE),
// checks each entry against the source it was made from, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Node 20 has no such cache: there this does nothing. The rest is imported only afterwards, since what an
// import statement names is loaded before this module's first line runs.
import nodeModule from "node:module";

try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache that cannot be set up (no writable temporary folder) only means compiling as before.
}

const { runProcess } = await import("./main.js");
await runProcess();
