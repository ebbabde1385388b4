import rule from "../../src/rules/dkim-g-tag-obsolete.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [{ name: "no g=", yaml: withRecord("v=DKIM1; k=rsa; p=") }],
  invalid: [
    {
      name: "g=* from the OVH panel",
      yaml: withRecord("v=DKIM1; g=*; k=rsa; p="),
      errors: [{ messageId: "obsolete", level: "info", line: 6, column: 25, endColumn: 28, data: { selector: "s1", value: "*" } }],
    },
  ],
});
