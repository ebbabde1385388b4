import { describe, expect, it } from "vitest";
import rule from "../../src/rules/lint-suppression-unused.js";
import { lintYaml, ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "no suppressions", yaml: "domain: example.com\n" }],
  invalid: [
    {
      name: "suppression that hides nothing",
      yaml: 'domain: example.com\nlint:\n  - { rule: file-crlf, reason: "no CRLF here" }\n',
      errors: [{ messageId: "unused", level: "warn", line: 3, column: 5, data: { rule: "file-crlf" } }],
    },
  ],
});

describe("suppressions hide findings", () => {
  it("a used suppression hides the finding and is not reported", async () => {
    const findings = await lintYaml(rule, { name: "used", yaml: 'domain: example.com\r\nlint:\r\n  - { rule: file-crlf, reason: "generated on Windows" }\r\n' });
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });
});
