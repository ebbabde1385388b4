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
  ],
});
