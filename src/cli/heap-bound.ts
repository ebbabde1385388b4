// A bound on the garbage a long lint keeps. Linting 50,000 files keeps about 60 MB alive, but what each file
// allocates while the next ones are read ahead outlives V8's young-generation collections and is promoted;
// V8 then let the old generation grow to about 170 MB before collecting it, and the peak resident memory
// reached 288 MiB, over the 300 MB (286 MiB) the benchmark allows (README, Benchmarks). A full collection
// whenever the used heap passes a bound keeps the peak near the bound. Runs that never reach it (every 10,000-file lint,
// every warm run) pay one heap reading per thousand files; the collector's built-ins are loaded only when the
// bound is first passed (cli/full-collection.ts). The lint loop takes its files from the read-ahead thread
// without yielding to the event loop, so all of this is synchronous.
import { nodeGc } from "./full-collection.js";

export interface HeapBoundOptions {
  /** Collect in full when the used heap is above this many octets... */
  limit: number;
  /** ...or, when more than that is alive after a collection, above that many times what was alive. */
  growth: number;
  /** Read the used heap once per this many files. */
  every: number;
  /** The used heap, in octets. */
  heapUsed?: () => number;
  /** The collector: null when the runtime refuses one (the run goes on without). */
  collector?: () => (() => void) | null;
}

/** A function to call with the running count of files: it collects in full when the heap is over the limit. */
export function collectWhenHeapAbove(options: HeapBoundOptions): (count: number) => void {
  const heapUsed = options.heapUsed ?? (() => process.memoryUsage().heapUsed);
  const makeCollector = options.collector ?? nodeGc;
  let checkedAt = 0;
  let bound = options.limit;
  let collect: (() => void) | null | undefined;
  return (count) => {
    if (count - checkedAt < options.every) return;
    checkedAt = count;
    if (heapUsed() <= bound) return;
    if (collect === undefined) collect = makeCollector();
    if (collect === null) return;
    collect();
    // A run whose live data outgrows the limit would otherwise collect at every reading.
    bound = Math.max(options.limit, heapUsed() * options.growth);
  };
}
