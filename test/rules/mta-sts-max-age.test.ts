import { describe, expect, it } from "vitest";
import type { Report, RuleContext } from "../../src/engine/types.js";
import type { DomainModel } from "../../src/model/types.js";
import rule from "../../src/rules/mta-sts-max-age.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n";
/** maxAge's value starts at column 13 of line 9. */
const policy = (maxAge: string) => `${head}mtaSts:\n  record: "v=STSv1; id=1"\n  policy:\n    mode: testing\n    mx: "*.mail.ovh.net"\n    maxAge: ${maxAge}\n`;

ruleTester(rule, {
  valid: [
    { name: "one week", yaml: policy("604800") },
    { name: "exactly one year", yaml: policy("31557600") },
    { name: "zero (stop caching)", yaml: policy("0") },
    { name: "no policy declared", yaml: `${head}mtaSts:\n  record: "v=STSv1; id=1"\n` },
  ],
  invalid: [
    {
      name: "99999999",
      yaml: policy("99999999"),
      errors: [{ messageId: "tooLarge", level: "error", line: 9, column: 13, endColumn: 21, data: { value: "99999999", limit: 31557600 } }],
    },
    {
      name: "one second over a year",
      yaml: policy("31557601"),
      errors: [{ messageId: "tooLarge", level: "error", line: 9, column: 13, data: { value: "31557601" } }],
    },
    {
      name: "negative",
      yaml: policy("-1"),
      errors: [{ messageId: "notInteger", level: "error", line: 9, column: 13, endColumn: 15, data: { value: "-1" } }],
    },
    {
      name: "flow mapping",
      yaml: `${head}mtaSts: {policy: {mode: none, mx: [], maxAge: 40000000}}\n`,
      errors: [{ messageId: "tooLarge", level: "error", line: 4, column: 47, endColumn: 55 }],
    },
  ],
});

// A fractional or non-numeric max_age is a file-schema finding first; the rule still judges it when a model
// comes from elsewhere (audit builds models from live data).
describe("mta-sts-max-age on models the schema did not check", () => {
  const judge = (maxAge: number): Report[] => {
    const reports: Report[] = [];
    const domain = { mtaSts: { text: null, policy: { mode: "testing", mx: [], maxAge, path: ["mtaSts", "policy"] }, since: null, history: [], ttl: 3600, path: ["mtaSts"] } } as unknown as DomainModel;
    const ctx = { domain, options: {}, today: "2026-11-23", observed: null, dns: null, report: (r: Report) => reports.push(r), textAnchor: () => ({ path: [] }) } as unknown as RuleContext<Record<string, never>>;
    void rule.check!(ctx);
    return reports;
  };
  it("reports fractional and NaN values as notInteger", () => {
    expect(judge(1.5).map((r) => [r.messageId, r.data?.value, r.at.path])).toEqual([["notInteger", "1.5", ["mtaSts", "policy", "maxAge"]]]);
    expect(judge(Number.NaN).map((r) => r.messageId)).toEqual(["notInteger"]);
  });
  it("accepts the limit itself", () => {
    expect(judge(31_557_600)).toEqual([]);
  });
});
