import rule from "../../src/rules/lint-suppression-expired.js";
import { ruleTester } from "../helpers/rule-tester.js";

const yaml = (until: string) => `domain: example.com\nlint:\n  - rule: lint-suppression-expired\n    reason: "self-reference keeps the test to one rule"\n    until: ${until}\n`;

ruleTester(rule, {
  valid: [{ name: "until in the future, nothing to hide is not this rule's business", yaml: yaml("2027-01-01") }],
  invalid: [{ name: "until in the past", yaml: yaml("2026-01-01"), today: "2026-11-23", errors: [{ messageId: "expired", level: "warn", line: 5, column: 12, data: { until: "2026-01-01" } }] }],
});
