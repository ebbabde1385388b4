import rule from "../../src/rules/spf-missing-all.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "ends with ~all", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "redirect instead of all", yaml: withSpf("v=spf1 redirect=_spf.example.com") },
    { name: "malformed all is spf-syntax's", yaml: withSpf("v=spf1 include:mx.ovh.com !all") },
    { name: "text that is not SPF is spf-syntax's", yaml: withSpf("hello world") },
  ],
  invalid: [
    {
      name: "no all",
      yaml: withSpf("v=spf1 include:mx.ovh.com"),
      errors: [{ messageId: "missingAll", level: "warn", line: 3, column: 7, endColumn: 32 }],
    },
    {
      name: "trailing spaces are not part of the range",
      yaml: withSpf("v=spf1 mx  "),
      errors: [{ messageId: "missingAll", level: "warn", line: 3, column: 7, endColumn: 16 }],
    },
    {
      name: "bare version",
      yaml: withSpf("v=spf1"),
      errors: [{ messageId: "missingAll", level: "warn", line: 3, column: 7, endColumn: 13 }],
    },
  ],
});
