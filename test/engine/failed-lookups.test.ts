// One report per failed lookup: the engine keeps the report at the highest level (the first in rule order on
// a tie), names the other rules on it, never drops a report that stands for folded ones, and leaves every
// other finding as it was.
import { describe, expect, test } from "vitest";
import { oneReportPerLookup } from "../../src/engine/failed-lookups.js";
import type { Finding } from "../../src/engine/types.js";

function finding(ruleId: string, level: Finding["level"], lookup: string | null, extra: Partial<Finding> = {}): Finding {
  return { ruleId, level, message: `${ruleId} ${lookup ?? ""}`, domain: "example.com", file: null, name: null, line: 1, column: 1, endLine: 1, endColumn: 1, messageId: lookup ? "lookupFailed" : "other", data: lookup ? { lookup } : {}, ...extra };
}
const lookupOf = (f: Finding) => (f.messageId === "lookupFailed" ? String(f.data.lookup) : null);
const shown = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.level} ${f.data.lookup ?? "-"} ${(f.alsoNeededBy ?? []).join(",")}`.trim());

describe("oneReportPerLookup", () => {
  test("keeps the first of equal reports, names the other rules, and keeps order and other findings", () => {
    const findings = [finding("a-rule", "warn", "x TXT"), finding("b-rule", "error", null), finding("c-rule", "warn", "x TXT"), finding("d-rule", "info", "x TXT"), finding("e-rule", "warn", "y TXT")];
    expect(shown(oneReportPerLookup(findings, lookupOf))).toEqual(["a-rule warn x TXT c-rule,d-rule", "b-rule error -", "e-rule warn y TXT"]);
  });

  test("keeps the report at the highest level, wherever it comes", () => {
    const findings = [finding("a-rule", "info", "x TXT"), finding("b-rule", "warn", "x TXT"), finding("c-rule", "warn", "x TXT")];
    expect(shown(oneReportPerLookup(findings, lookupOf))).toEqual(["b-rule warn x TXT a-rule,c-rule"]);
  });

  test("a rule naming one lookup twice is said once, without naming itself", () => {
    const findings = [finding("a-rule", "warn", "x TXT"), finding("a-rule", "warn", "x TXT", { line: 4 })];
    const out = oneReportPerLookup(findings, lookupOf);
    expect(shown(out)).toEqual(["a-rule warn x TXT"]);
    expect(out[0]!.alsoNeededBy).toBeUndefined();
  });

  test("a report standing for folded ones is never dropped, and speaks for the lookup at its level", () => {
    const folded = finding("b-rule", "warn", "x TXT", { count: 12, folded: [{ lookup: "z TXT" }] });
    const findings = [finding("a-rule", "warn", "x TXT"), folded];
    expect(shown(oneReportPerLookup(findings, lookupOf))).toEqual(["b-rule warn x TXT a-rule"]);
  });

  test("a report above a folded one's level is never merged into it: the lookup stays said at the highest level", () => {
    // Merged into the folded info, a-rule's warning vanished: `--fail-on warn` passed over a lookup outside the
    // loaded zone files (which fails no run by itself), and the annotation became a notice.
    const folded = finding("b-rule", "info", "x TXT", { count: 12, folded: [{ lookup: "z TXT" }] });
    const findings = [finding("a-rule", "warn", "x TXT"), folded, finding("c-rule", "info", "x TXT")];
    expect(shown(oneReportPerLookup(findings, lookupOf))).toEqual(["a-rule warn x TXT c-rule", "b-rule info x TXT"]);
    expect(shown(oneReportPerLookup([folded, ...findings.filter((f) => f !== folded)], lookupOf))).toEqual(["b-rule info x TXT", "a-rule warn x TXT c-rule"]);
  });

  test("without a lookup key function, nothing changes", () => {
    const findings = [finding("a-rule", "warn", "x TXT"), finding("c-rule", "warn", "x TXT")];
    expect(oneReportPerLookup(findings, null)).toBe(findings);
  });
});
