// A full garbage collection every so often, for the long runs whose peak memory is garbage, not data.
// `reports ingest` and `plan` keep a few tens of megabytes alive, but what they allocate per report or per
// domain outlives V8's young-generation collections (it waits on a store write or on DNS answers), is
// promoted, and V8 lets the old generation grow to several times the live heap while collecting it is cheap:
// the peak resident memory is then mostly garbage. Collecting in full at a steady pace keeps the peak near
// the live heap plus what one stretch allocates, for a small cost in CPU time (measured in the benchmarks).
import { createRequire } from "node:module";

// node:v8 and node:vm are required when a collector is first asked for, not when this module loads: `lint`
// imports it, and only its longest runs ever collect (cli/heap-bound.ts).
const requireBuiltin = createRequire(import.meta.url);

/**
 * Node's own `gc`, exposed for this process by the documented --expose-gc flag set at run time and unset at
 * once, so nothing else sees it. Null when the runtime refuses: the run goes on as before.
 */
export function nodeGc(): (() => void) | null {
  const { setFlagsFromString } = requireBuiltin("node:v8") as typeof import("node:v8");
  const { runInNewContext } = requireBuiltin("node:vm") as typeof import("node:vm");
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? () => (gc as () => void)() : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

/**
 * A function to call with a running count (reports read, domains done): it collects in full each time the
 * count has grown by `every` since the last collection.
 */
export function collectEvery(every: number, gc: (() => void) | null = nodeGc()): (count: number) => void {
  if (gc === null) return () => undefined;
  let collectedAt = 0;
  return (count) => {
    if (count - collectedAt < every) return;
    collectedAt = count;
    gc();
  };
}
