// The report store suite on the embedded engine (PGlite, in memory). No server is needed, but PGlite runs its
// WebAssembly on the test worker's thread for seconds at a time (start-up, queries), which stalls the worker's
// messages to the runner on a busy machine: it runs in the slow tier, beside the same suite on PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { ReportStore } from "../../src/reports/store.js";
import { storeSuite } from "./store-suite.js";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

storeSuite("PGlite (embedded)", () => ReportStore.open(":memory:"), async () => {
  // A store on disk: the suite opens it, closes it and opens it again at a newer schema version.
  const folder = mkdtempSync(join(tmpdir(), "maildns-store-"));
  folders.push(folder);
  return join(folder, "store");
});
