import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { detachedCopy } from "../../src/reports/alignment.js";
import { runScriptInChild } from "../helpers/heap-probe.js";

/**
 * The child: judges one report's row (relaxed DKIM alignment looks the From domain and the DKIM domain up in
 * the memo), keeps a control document alive on purpose, then searches one heap snapshot (taken after a full
 * collection; it names every string) for each document's report id inside its element, which only the
 * document itself holds. It prints whether each was found.
 */
const PROBE = `
  import { getHeapSnapshot } from "node:v8";
  import { judgeRow } from "./src/reports/alignment.ts";
  import { decodeXml, parseAggregateReport } from "./src/reports/parse.ts";
  import { minimalReport } from "./test/helpers/report-files.ts";
  const marker = process.argv[2];
  const domain = "domain-" + marker + ".example";
  const rows = "<record><row><source_ip>192.0.2.10</source_ip><count>1</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>" + domain + "</header_from></identifiers><auth_results><dkim><domain>mail." + domain + "</domain><selector>s1</selector><result>pass</result></dkim></auth_results></record>";
  const aligned = (() => {
    const outcome = parseAggregateReport("memo.xml", decodeXml(Buffer.from(minimalReport(domain, "memo-" + marker, { rows }))));
    if (!("report" in outcome)) throw new Error(outcome.problem.message);
    return judgeRow(outcome.report.rows[0], outcome.report.policy).dkimAligned;
  })();
  globalThis.control = decodeXml(Buffer.from(minimalReport("control.example", "control-" + marker)));
  // V8 keeps the last string a regular expression ran on (RegExp.input): make it another one.
  /^memo$/.test("memo");
  // The searched texts are put together here, so that this script's own text does not hold them.
  const texts = ["control", "memo"].map((kind) => "<report_id>" + kind + "-" + marker + "</report_id>");
  const found = texts.map(() => false);
  const longest = Math.max(...texts.map((t) => t.length));
  let tail = "";
  for await (const chunk of getHeapSnapshot()) {
    const window = tail + String(chunk);
    texts.forEach((text, i) => { if (window.includes(text)) found[i] = true; });
    tail = window.slice(-longest);
  }
  console.log(JSON.stringify({ aligned, controlAlive: found[0], judgedAlive: found[1] }));
`;

describe("the Organizational Domain memo", () => {
  it("copies a string into storage of its own", () => {
    expect(detachedCopy("")).toBe("");
    expect(detachedCopy("mail.example.com")).toBe("mail.example.com");
    const long = "é".repeat(5000) + "ü".repeat(5000);
    expect(detachedCopy(long)).toBe(long);
  });

  it("keeps no report document alive once its rows are judged", { timeout: 180_000 }, async () => {
    const run = await runScriptInChild(PROBE, [randomUUID()], 170_000);
    expect(run.signal, "the child was not stopped by the timeout").toBeNull();
    expect(run.stderr).toBe("");
    const outcome = JSON.parse(run.stdout.trim().split("\n").pop()!);
    expect(outcome.aligned, "the row's DKIM domain is aligned: both names went through the memo").toBe(true);
    expect(outcome.controlAlive, "the control document is found: the search works").toBe(true);
    expect(outcome.judgedAlive, "the judged report's document is still alive").toBe(false);
  });
});
