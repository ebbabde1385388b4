// `reports summary` and `reports evidence` read a store; they never make one. A store they made would be
// empty: a mistyped --store or --stack (or a run where the store was never brought along) would read as "no
// reports" for every domain, and `evidence` would replace the committed evidence file with one holding none.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

const EVIDENCE = '{"committed": "evidence from the real store"}\n';
const HINT = "nothing was ever ingested there; run `maildns reports ingest` or `maildns reports fetch` first, or give the store with --store or MAILDNS_STORE_URL";

describe("a store that is not there", { timeout: 120_000 }, () => {
  it("evidence: exit 2 naming where it looked, the committed evidence file left as it was, no store made", async () => {
    const root = tempTree({ "stacks/dmarc-evidence.json": EVIDENCE });
    const run = await runCliAsync(["reports", "evidence", "--store", "typo-store", "--today", "2025-12-05"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe(`maildns reports: there is no report store in ${join(root, "typo-store")}: ${HINT}. The evidence file was not written (an earlier one is left as it was)\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(join(root, "stacks/dmarc-evidence.json"), "utf8")).toBe(EVIDENCE);
    expect(existsSync(join(root, "typo-store"))).toBe(false);
  });

  it("summary: exit 2 and no summary (never 'no reports'), for the stack's default store and for an empty folder", async () => {
    const root = tempTree({ "stacks/dmarc-evidence.json": EVIDENCE });
    const byDefault = await runCliAsync(["reports", "summary", "--today", "2025-12-05", "-f", "json"], { cwd: root, timeoutMs: 60_000 });
    expect(byDefault.stderr).toBe(`maildns reports: there is no report store in ${join(root, "stacks", ".dmarc-reports")}: ${HINT}\n`);
    expect(byDefault.status).toBe(2);
    expect(byDefault.stdout).toBe("");
    expect(existsSync(join(root, "stacks", ".dmarc-reports"))).toBe(false);
    mkdirSync(join(root, "empty"));
    const empty = await runCliAsync(["reports", "summary", "--store", "empty"], { cwd: root, timeoutMs: 60_000 });
    expect(empty.stderr).toBe(`maildns reports: there is no report store in ${join(root, "empty")}: ${HINT}\n`);
    expect(empty.status).toBe(2);
    expect(empty.stdout).toBe("");
  });
});

// A folder that holds other files and no PG_VERSION is no PostgreSQL data directory: PGlite would run initdb
// among its files (a mistyped `--store stacks/prod`, or the folder of exported reports given as the store).
describe("a folder of other files given as the store", { timeout: 120_000 }, () => {
  const NOT_A_STORE = "the folder holds 2 entries (notes.txt, report.xml) and no PG_VERSION, so it is not a report store (a PostgreSQL data directory): nothing was written there; give the store's own folder, or a new or empty one";
  const tree = () =>
    tempTree({
      "stacks/dmarc-evidence.json": EVIDENCE,
      "rua-export/report.xml": "<feedback/>\n",
      "rua-export/notes.txt": "exported by hand\n",
    });
  const untouched = (root: string) => {
    expect(readdirSync(join(root, "rua-export")).sort()).toEqual(["notes.txt", "report.xml"]);
    expect(existsSync(join(root, "rua-export.lock"))).toBe(false);
  };

  it("evidence: exit 2 naming the folder, the committed evidence left as it was, no cluster made among its files", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "evidence", "--store", "rua-export", "--today", "2025-12-05"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe(`maildns reports: cannot open the report store in ${join(root, "rua-export")}: ${NOT_A_STORE}. The evidence file was not written (an earlier one is left as it was)\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(join(root, "stacks/dmarc-evidence.json"), "utf8")).toBe(EVIDENCE);
    untouched(root);
  });

  it("summary: exit 2 and no summary (never 'no reports')", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "summary", "--store", "rua-export", "-f", "json"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe(`maildns reports: cannot open the report store in ${join(root, "rua-export")}: ${NOT_A_STORE}\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    untouched(root);
  });

  it("ingest: exit 2 before reading a report, and the folder keeps only its own files", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "ingest", "--store", "rua-export", "rua-export"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toBe(`maildns reports: cannot open the report store in ${join(root, "rua-export")}: ${NOT_A_STORE}\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    untouched(root);
  });
});
