// The report store suite on the embedded engine (PGlite, in memory): no server needed, so it is in the fast tier.
import { ReportStore } from "../../src/reports/store.js";
import { storeSuite } from "./store-suite.js";

storeSuite("PGlite (embedded)", () => ReportStore.open(":memory:"));
