import rule from "../../src/rules/lint-suppression-unknown-rule.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "known rule id", yaml: 'domain: example.com\nlint:\n  - { rule: file-crlf, reason: "generated on Windows" }\n' }],
  invalid: [
    {
      name: "misspelt id",
      yaml: 'domain: example.com\nlint:\n  - { rule: spf-softfail, reason: "typo" }\n',
      errors: [{ messageId: "unknown", level: "error", line: 3, column: 13, data: { rule: "spf-softfail" } }],
    },
    {
      // What these rules report is left out of plan and apply: a suppression would hide a domain nobody checked.
      name: "a rule that stays an error whatever the pack (lint-duplicate-domain)",
      yaml: 'domain: example.com\nlint:\n  - { rule: lint-duplicate-domain, reason: "moving files" }\n',
      errors: [{ messageId: "notSuppressible", level: "error", line: 3, column: 13, data: { rule: "lint-duplicate-domain" } }],
    },
    {
      name: "lint-internal-error, with an end date",
      yaml: 'domain: example.com\nlint:\n  - rule: lint-internal-error\n    reason: "known crash"\n    until: 2099-01-01\n',
      errors: [{ messageId: "notSuppressible", level: "error", line: 3, column: 11, data: { rule: "lint-internal-error" } }],
    },
  ],
});
