// Schemas of their own on the slow tier's PostgreSQL server (.ci/services.sh start postgres), so that test
// files never see each other's rows: a URL whose search_path is a new schema, dropped after the file.
import pg from "pg";
import { afterAll } from "vitest";
import { requireService } from "./services.js";

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

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length === 0) return;
  await admin(serverUrl(), async (c) => {
    for (const name of schemas) await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  });
});

/** A URL of the server whose search_path is the new schema `name`, dropped after the file. */
export async function schemaUrl(name: string): Promise<string> {
  const url = serverUrl();
  await admin(url, (c) => c.query(`CREATE SCHEMA ${name}`));
  schemas.push(name);
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${name}`);
  return scoped.toString();
}
