import { randomUUID } from "node:crypto";
import { getHeapSnapshot } from "node:v8";
import { describe, expect, it } from "vitest";
import { detachedCopy, judgeRow } from "../../src/reports/alignment.js";
import { decodeXml, parseAggregateReport } from "../../src/reports/parse.js";
import { minimalReport } from "../helpers/report-files.js";

/** Whether any string alive in this process contains `text` (a heap snapshot collects the garbage first, then names every string). */
async function aliveString(text: string): Promise<boolean> {
  let tail = "";
  for await (const chunk of getHeapSnapshot()) {
    const window = tail + String(chunk);
    if (window.includes(text)) return true;
    tail = window.slice(-text.length);
  }
  return false;
}

describe("the Organizational Domain memo", () => {
  it("copies a string into storage of its own", () => {
    expect(detachedCopy("")).toBe("");
    expect(detachedCopy("mail.example.com")).toBe("mail.example.com");
    const long = "é".repeat(5000) + "ü".repeat(5000);
    expect(detachedCopy(long)).toBe(long);
  });

  it("keeps no report document alive once its rows are judged", async () => {
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
    // V8 keeps the last string a regular expression ran on (RegExp.input): make it another one.
    expect(/^memo$/.test("memo")).toBe(true);
    // The document is the only string that holds its report id inside its element.
    expect(await aliveString(`<report_id>memo-${marker}</report_id>`)).toBe(false);
  });
});
