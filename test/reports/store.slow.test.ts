// The same report store suite on a real PostgreSQL server (.ci/services.sh start postgres), in a schema of
// its own so runs never see each other's rows.
import { ReportStore } from "../../src/reports/store.js";
import { schemaName, schemaUrl } from "../helpers/pg-schemas.js";
import { storeSuite } from "./store-suite.js";

const schema = schemaName("store");

let fresh = 0;
storeSuite(
  "PostgreSQL (server)",
  async () => ReportStore.open(await schemaUrl(schema)),
  () => schemaUrl(`${schema}_fresh${++fresh}`),
  { sessions: true },
);
