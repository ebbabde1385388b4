// Schemas of their own on the slow tier's PostgreSQL server (.ci/services.sh start postgres), so that test
// files never see each other's rows: a URL whose search_path is a new schema, dropped after the file.
import pg from "pg";
import { requireService } from "./services.js";
import { afterTestFile } from "./tmp.js";

const serverUrl = () => requireService("MAILDNS_TEST_PG_URL", "a PostgreSQL server (.ci/services.sh start postgres)");

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A name for a schema of this file's run (`part` tells them apart). */
export function schemaName(part: string): string {
  return `maildns_${part}_${process.pid}_${Date.now()}`;
}

/** A URL of the server whose search_path is the new schema `name`, dropped after the file. */
export async function schemaUrl(name: string): Promise<string> {
  const url = serverUrl();
  await admin(url, (c) => c.query(`CREATE SCHEMA ${name}`));
  // After the file (test/helpers/tmp.ts): a top-level afterAll here ran for the first file of each worker
  // only, since files share modules, and every later file's schemas stayed on the server.
  afterTestFile(() => admin(url, async (c) => void (await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`))));
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${name}`);
  return scoped.toString();
}
