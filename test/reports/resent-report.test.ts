// A receiver sends a report again under the same id: as it was (counted as already stored, nothing changes)
// or with other content (a correction or an extension). The second is neither dropped in silence nor added
// beside the first: it is a problem naming the file, the reporter and the id, and the stored copy stays.
import { describe, expect, it } from "vitest";
import { minimalReport } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const DOMAIN = "resent.example";
const BEGIN = Date.parse("2026-10-10T00:00:00Z") / 1000;

/** The report "day-1" of reporter.example, its records from `sources` (address, messages). */
function report(sources: [string, number][]): string {
  const rows = sources
    .map(([ip, count]) => `<record><row><source_ip>${ip}</source_ip><count>${count}</count></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><spf><domain>${DOMAIN}</domain><result>pass</result></spf></auth_results></record>`)
    .join("");
  return minimalReport(DOMAIN, "day-1", { begin: BEGIN, rows });
}

const first = report([["192.0.2.1", 10], ["192.0.2.2", 5]]);
// The same report, its records in another order: the same content.
const reordered = report([["192.0.2.2", 5], ["192.0.2.1", 10]]);
// Sent again extended: one more source.
const extended = report([["192.0.2.1", 10], ["192.0.2.2", 5], ["192.0.2.3", 7]]);

const conflictLine = (file: string, stored: string) =>
  `${file}  error  report day-1 from reporter.example <dmarc@reporter.example> is already stored with other content (stored from ${stored}): this copy was not stored, so that no message is counted twice; the stored copy stays  [reports-ingest]\n`;

describe("reports ingest of a report id sent again", { timeout: 120_000 }, () => {
  it("counts a copy as already stored, and names a changed copy as a problem without counting it", async () => {
    const root = tempTree({ "a/first.xml": first, "b/reordered.xml": reordered, "c/extended.xml": extended });
    const reports = (args: string[]) => runCliAsync(["reports", ...args, "--store", "store", "-q"], { cwd: root, timeoutMs: 60_000 });
    const messages = async () => JSON.parse((await reports(["summary", "--today", "2026-10-31", "-f", "json"])).stdout).domains[0].messages as number;

    expect((await reports(["ingest", "a"])).stdout).toBe(`1 file, 1 report document: 1 added, 0 already stored, 0 problems (store: ${root}/store)\n`);

    const copy = await reports(["ingest", "b"]);
    expect(copy.stdout).toBe(`1 file, 1 report document: 0 added, 1 already stored, 0 problems (store: ${root}/store)\n`);
    expect(copy.status).toBe(0);

    const changed = await reports(["ingest", "c"]);
    expect(changed.stderr).toBe("");
    expect(changed.stdout).toBe(`${conflictLine("c/extended.xml", "a/first.xml")}1 file, 1 report document: 0 added, 0 already stored, 1 problem (store: ${root}/store)\n`);
    expect(changed.status).toBe(1);
    expect(await messages()).toBe(15);
  });

  it("says so within one run too: the first copy read is stored, a changed one after it is a problem", async () => {
    const root = tempTree({ "in/1-first.xml": first, "in/2-extended.xml": extended, "in/3-reordered.xml": reordered });
    const run = await runCliAsync(["reports", "ingest", "in", "--store", "store", "-q", "-f", "json"], { cwd: root, timeoutMs: 60_000 });
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { added: number; duplicates: number; problems: { source: string; message: string }[] };
    expect([out.added, out.duplicates]).toEqual([1, 1]);
    expect(out.problems).toEqual([{ source: "in/2-extended.xml", message: expect.stringMatching(/^report day-1 from reporter\.example <dmarc@reporter\.example> is already stored with other content \(stored from in\/1-first\.xml\)/) }]);
  });
});
