import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two tiers. `npm test` runs the fast tier: unit, CLI-as-subprocess and loopback-DNS tests. Files named
// `*.slow.test.ts` need real servers that .ci/run starts (Knot/NSD, Dovecot, Postfix, PostgreSQL) or run
// long (the fuzzing suite): `npm run test:all` (MAILDNS_TEST_TIER=all) runs them as well.
// Most tests wait on sockets and subprocesses, so one more worker than cores keeps the CPU busy; modules are
// shared between the files of a worker (isolate: false), which takes the suite from minutes to seconds.
const all = process.env.MAILDNS_TEST_TIER === "all";
const workers = Math.max(2, availableParallelism() + 1);

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    exclude: all ? ["**/node_modules/**"] : ["**/node_modules/**", "**/*.slow.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    isolate: false,
    maxWorkers: workers,
    minWorkers: Math.min(2, workers),
    reporters: ["default"],
    // Temporary folders made outside a test are removed after their file (test/helpers/tmp.ts).
    // One turn of the event loop before each test, so the worker reads the runner's answers (event-loop-setup.ts).
    setupFiles: ["test/helpers/cleanup-setup.ts", "test/helpers/event-loop-setup.ts"],
  },
});
