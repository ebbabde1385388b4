import rule from "../../src/rules/file-duplicate-key.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "unique keys", yaml: 'domain: example.com\nspf: "v=spf1 -all"\n' }],
  invalid: [
    {
      name: "spf twice",
      yaml: 'domain: example.com\nspf: "v=spf1 include:mx.ovh.com ~all"\nspf: "v=spf1 -all"\n',
      errors: [{ messageId: "duplicate", level: "error", line: 3, column: 1, endColumn: 4, data: { key: "spf" } }],
    },
  ],
});
