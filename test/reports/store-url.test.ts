// A store location that reads as a URL but not as postgres:// (a mistyped scheme: `postgress://`, `postgres:/`,
// another database's URL) is refused before anything is made: taken as a folder, it made an embedded store
// in folders named after the URL, password and all, and printed that path with its `//` made `/`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

const PASSWORD = "S3cr3t-Pw";
const REPORT = readFileSync(new URL("../fixtures/reports/google.xml", import.meta.url), "utf8");
const REFUSAL = (who: string, scheme: string) =>
  `maildns reports: ${who} "${scheme}:…" reads as a URL, but a report store is a folder or a PostgreSQL server's postgres://user:password@host/database (postgresql:// too); nothing was made or read. Write the server's URL so, or a folder whose name holds a colon as ./${scheme}:…\n`;

describe("a report store URL with a scheme other than postgres://", { timeout: 120_000 }, () => {
  it("ingest --store: exit 2 naming the scheme alone, no folder made, the password nowhere", async () => {
    for (const [store, scheme] of [
      [`postgress://maildns:${PASSWORD}@db.example/reports`, "postgress"],
      [`postgres:/maildns:${PASSWORD}@db.example/reports`, "postgres"],
      [`mysql://maildns:${PASSWORD}@db.example/reports`, "mysql"],
    ] as const) {
      const root = tempTree({ "in/report.xml": REPORT });
      const run = await runCliAsync(["reports", "ingest", "in", "--store", store], { cwd: root, timeoutMs: 60_000 });
      expect(run.stderr).toBe(REFUSAL("--store", scheme));
      expect(run.stdout).toBe("");
      expect(run.status).toBe(2);
      expect(readdirSync(root)).toEqual(["in"]);
    }
  });

  it("summary with MAILDNS_STORE_URL: the same refusal, naming the variable", async () => {
    const root = tempTree({ "stacks/.keep": "" });
    const run = await runCliAsync(["reports", "summary", "-f", "json"], { cwd: root, timeoutMs: 60_000, env: { MAILDNS_STORE_URL: `postgresq://maildns:${PASSWORD}@db.example/reports` } });
    expect(run.stderr).toBe(REFUSAL("MAILDNS_STORE_URL", "postgresq"));
    expect(run.stdout).toBe("");
    expect(run.status).toBe(2);
    expect(readdirSync(root)).toEqual(["stacks"]);
  });

  it("a folder whose name holds a colon is still a store when written ./name", async () => {
    const root = tempTree({ "in/report.xml": REPORT });
    const run = await runCliAsync(["reports", "ingest", "in", "--store", "./reports:2026"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`1 file, 1 report document: 1 added, 0 already stored, 0 problems (store: ${join(root, "reports:2026")})\n`);
    expect(run.status).toBe(0);
  });
});
