// The same report store suite on a real PostgreSQL server (.ci/services.sh start postgres), in a schema of
// its own so runs never see each other's rows.
import pg from "pg";
import { afterAll } from "vitest";
import { ReportStore } from "../../src/reports/store.js";
import { requireService } from "../helpers/services.js";
import { storeSuite } from "./store-suite.js";

const schema = `maildns_store_${process.pid}_${Date.now()}`;

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length === 0) return;
  const url = requireService("MAILDNS_TEST_PG_URL", "a PostgreSQL server (.ci/services.sh start postgres)");
  await admin(url, async (c) => {
    for (const name of schemas) await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  });
});

/** A URL whose search_path is a new schema of its own, dropped after the file. */
async function schemaUrl(name: string): Promise<string> {
  const url = requireService("MAILDNS_TEST_PG_URL", "a PostgreSQL server (.ci/services.sh start postgres)");
  await admin(url, (c) => c.query(`CREATE SCHEMA ${name}`));
  schemas.push(name);
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${name}`);
  return scoped.toString();
}

let fresh = 0;
storeSuite(
  "PostgreSQL (server)",
  async () => ReportStore.open(await schemaUrl(schema)),
  () => schemaUrl(`${schema}_fresh${++fresh}`),
  { sessions: true },
);
