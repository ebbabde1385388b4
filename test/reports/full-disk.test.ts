// An embedded store on a disk that fills. PostgreSQL stops for good (PANIC) when it cannot write its
// write-ahead log, and PGlite then spun on the command's thread for ever: the command must end with its
// sentence and exit 2, give its lock back, and leave a store the next run repairs and completes. The disk
// filling is a file size limit on the command's process (a write past it fails with EFBIG, as ENOSPC would),
// so the test runs wherever a shell's `ulimit -f` does; a store too full for the next batch is refused
// before anything is written.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/reports/sql-error.js";
import { ReportStore, ROOM_RESERVE_BYTES, type StoredReport } from "../../src/reports/store.js";
import { parseAggregateReport } from "../../src/reports/parse.js";
import { minimalReport } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const DOMAIN = "full.example";
const BEGIN = Date.parse("2026-10-10T00:00:00Z") / 1000;
const REPORTS = 3_000;

/** Report `i`: `records` records of one message each, from as many sources. */
function report(i: number, records = 1): string {
  let rows = "";
  for (let r = 0; r < records; r++) rows += `<record><row><source_ip>192.0.2.${r}</source_ip><count>1</count></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><spf><domain>${DOMAIN}</domain><result>pass</result></spf></auth_results></record>`;
  return minimalReport(DOMAIN, `full-${i}`, { begin: BEGIN + (i % 5) * 86_400, rows });
}

describe("reports ingest on a disk that fills while PostgreSQL writes its log", { timeout: 180_000 }, () => {
  it("ends with exit 2 and a sentence naming the store and PostgreSQL's PANIC; the next run repairs the store and adds what is missing", async () => {
    const root = tempTree({ "first.xml": report(0) });
    mkdirSync(join(root, "inbox"));
    // Batches of 500 small reports: each one's log fits in PostgreSQL's WAL buffers and is written at its
    // COMMIT, where PGlite went on to spin after the PANIC (a batch of large reports writes its log, and
    // fails, in the middle of a statement).
    for (let i = 1; i <= REPORTS; i++) writeFileSync(join(root, "inbox", `r${String(i).padStart(4, "0")}.xml`), report(i));
    const store = join(root, "store");
    const reports = (args: string[], fileSizeLimitBlocks?: number) =>
      runCliAsync(["reports", ...args, "--store", store, "-q"], { cwd: root, timeoutMs: 60_000, ...(fileSizeLimitBlocks === undefined ? {} : { fileSizeLimitBlocks }) });

    const first = await reports(["ingest", "first.xml"]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);

    // 8 MiB: the store's first WAL segment (16 MiB, written whole when it was made) cannot be written past
    // half, so the log fills within the first batches; the tables stay far below it.
    const stopped = await reports(["ingest", "inbox"], 16_384);
    expect(stopped.stdout).toBe("");
    expect(stopped.stderr).toMatch(
      new RegExp(
        `^maildns reports: the report store ${store.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} stopped: PostgreSQL could not go on \\(PANIC: could not write to log file "[0-9A-F]{24}" at offset \\d+, length \\d+: File too large\\); what was committed before is kept, and the store is checked and repaired from its write-ahead log when it is next opened, which needs some 16 MiB free\\. Each batch of reports is stored whole or not at all: the batches stored before the failure stay \\(this run stored (\\d+) reports before it\\), and running the same command again adds only what is missing\\n$`,
      ),
    );
    expect(stopped.status).toBe(2);
    expect(existsSync(`${store}.lock`)).toBe(false);

    const again = await reports(["ingest", "inbox"]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    const [, added, stored] = /^3000 files, 3000 report documents: (\d+) added, (\d+) already stored, 0 problems/.exec(again.stdout) ?? [];
    expect(Number(added) + Number(stored)).toBe(REPORTS);
    const storedBefore = Number(/this run stored (\d+)/.exec(stopped.stderr)?.[1]);
    expect(storedBefore % 500).toBe(0);
    expect(Number(stored)).toBe(storedBefore);

    const summary = await reports(["summary", "--today", "2026-10-31", "-f", "json"]);
    expect(summary.status).toBe(0);
    expect(JSON.parse(summary.stdout).domains.map((d: { domain: string; messages: number }) => [d.domain, d.messages])).toEqual([[DOMAIN, REPORTS + 1]]);
  });
});

describe("a store whose disk has no room for the next batch", () => {
  const batch = (from: number, to: number): StoredReport[] =>
    Array.from({ length: to - from }, (_, k) => {
      const outcome = parseAggregateReport(`r${from + k}.xml`, report(from + k, 20), { now: BEGIN + 60 * 86_400 });
      if (!("report" in outcome)) throw new Error(outcome.problem.message);
      return { report: outcome.report, source: `r${from + k}.xml` };
    });

  it("is refused before anything is written (SQLSTATE disk_full), and takes the batch once there is room", async () => {
    let free = 10 * ROOM_RESERVE_BYTES;
    const location = join(tempTree({}), "store");
    const store = await ReportStore.open(location, { freeBytes: () => free });
    try {
      expect(await store.addReports(batch(0, 2))).toEqual({ added: 2, duplicates: 0 });
      free = ROOM_RESERVE_BYTES + 3 * 1024 + 60 * 2048 - 1;
      const refused = await store.addReports(batch(2, 5)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(StoreError);
      expect(refused).toMatchObject({
        sqlState: "53100",
        message: `the disk holding the report store ${location} is full (ENOSPC): 32 MiB free, and the next batch of 3 reports (60 records) needs about 32 MiB (with room for PostgreSQL's write-ahead log, which stops the store for good when it cannot be written): stopped before writing it, and the store is intact`,
      });
      expect(await store.reportCount()).toBe(2);
      expect(store.addedSoFar).toBe(2);
      free += 1;
      expect(await store.addReports(batch(2, 5))).toEqual({ added: 3, duplicates: 0 });
      expect(store.addedSoFar).toBe(5);
    } finally {
      await store.close();
    }
  });
});
