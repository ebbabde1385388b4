import rule from "../../src/rules/dkim-testing-flag.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string, active = true) =>
  `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n${active ? "" : "      active: false\n"}`;

ruleTester(rule, {
  valid: [
    { name: "no t=", yaml: withRecord("v=DKIM1; p=") },
    { name: "t=s only", yaml: withRecord("v=DKIM1; t=s; p=") },
    { name: "t=y on an inactive selector", yaml: withRecord("v=DKIM1; t=y; p=", false) },
  ],
  invalid: [
    {
      name: "t=y on an active selector",
      yaml: withRecord("v=DKIM1; t=y; p="),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 27, endColumn: 28, data: { selector: "s1" } }],
    },
    {
      name: "the y of the OVH panel's t=s:y",
      yaml: withRecord("v=DKIM1; p=; t=s:y;"),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 33 }],
    },
  ],
});
