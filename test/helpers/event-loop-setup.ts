// Runs before each test file (vitest setupFiles): before every test, one turn of the worker's event loop.
// The worker reports each test's progress to the runner and waits up to 60 s for the runner's answer (a
// timeout vitest does not let us change); the answer is read only when the event loop turns. The runner goes
// from one test to the next through promises alone, so a file of synchronous tests (each running the CLI with
// spawnSync, a few seconds apiece on a loaded machine) held the loop for the whole file: 52 s for one file on
// a 2-core machine at a load of 8, and past 60 s the run failed with `Timeout calling "onTaskUpdate"` though
// every test passed. A turn before each test bounds that to one test's own time.
import { beforeEach } from "vitest";

// Node's own setImmediate, taken before any test could install fake timers.
const turn = globalThis.setImmediate;

beforeEach(() => new Promise<void>((resolve) => turn(resolve)));
