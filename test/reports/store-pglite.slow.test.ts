// The report store suite on the embedded engine (PGlite, in memory). No server is needed, but PGlite runs its
// WebAssembly on the test worker's thread for seconds at a time (start-up, queries), which stalls the worker's
// messages to the runner on a busy machine: it runs in the slow tier, beside the same suite on PostgreSQL.
import { ReportStore } from "../../src/reports/store.js";
import { storeSuite } from "./store-suite.js";

storeSuite("PGlite (embedded)", () => ReportStore.open(":memory:"));
