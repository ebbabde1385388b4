import { randomUUID } from "node:crypto";
import { getHeapSnapshot } from "node:v8";
import { describe, expect, it } from "vitest";
import { detachedCopy, judgeRow } from "../../src/reports/alignment.js";
import { decodeXml, parseAggregateReport } from "../../src/reports/parse.js";
import { minimalReport } from "../helpers/report-files.js";

/**
 * For each text, whether some string alive in this process contains it: one heap snapshot (which collects
 * the garbage first, then names every string), searched as it streams.
 */
async function aliveStrings(texts: readonly string[]): Promise<boolean[]> {
  const found = texts.map(() => false);
  const longest = Math.max(...texts.map((t) => t.length));
  let tail = "";
  for await (const chunk of getHeapSnapshot()) {
    const window = tail + String(chunk);
    texts.forEach((text, i) => {
      if (window.includes(text)) found[i] = true;
    });
    tail = window.slice(-longest);
  }
  return found;
}

describe("the Organizational Domain memo", () => {
  it("copies a string into storage of its own", () => {
    expect(detachedCopy("")).toBe("");
    expect(detachedCopy("mail.example.com")).toBe("mail.example.com");
    const long = "é".repeat(5000) + "ü".repeat(5000);
    expect(detachedCopy(long)).toBe(long);
  });

  // A heap snapshot is CPU-bound: under a second alone, but half a minute beside the rest of the tests on two cores.
  it("keeps no report document alive once its rows are judged", { timeout: 180_000 }, async () => {
    // A DKIM domain below the From domain: relaxed alignment looks both up in the memo.
    const marker = randomUUID();
    const domain = `domain-${marker}.example`;
    const rows = `<record><row><source_ip>192.0.2.10</source_ip><count>1</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>${domain}</header_from></identifiers><auth_results><dkim><domain>mail.${domain}</domain><selector>s1</selector><result>pass</result></dkim></auth_results></record>`;
    const aligned = (() => {
      const outcome = parseAggregateReport("memo.xml", decodeXml(Buffer.from(minimalReport(domain, `memo-${marker}`, { rows }))));
      if (!("report" in outcome)) throw new Error(outcome.problem.message);
      return judgeRow(outcome.report.rows[0]!, outcome.report.policy).dkimAligned;
    })();
    expect(aligned).toBe(true);
    // A control document kept alive on purpose: the search must find it, or it proves nothing.
    const control = decodeXml(Buffer.from(minimalReport("control.example", `control-${marker}`)));
    // V8 keeps the last string a regular expression ran on (RegExp.input): make it another one.
    expect(/^memo$/.test("memo")).toBe(true);
    // A document is the only string that holds its report id inside its element.
    const [controlAlive, judgedAlive] = await aliveStrings([`<report_id>control-${marker}</report_id>`, `<report_id>memo-${marker}</report_id>`]);
    expect(controlAlive, "the control document is found: the search works").toBe(true);
    expect(judgedAlive, "the judged report's document is still alive").toBe(false);
    expect(control.length).toBeGreaterThan(0);
  });
});
