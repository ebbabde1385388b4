import rule from "../../src/rules/spf-duplicate-modifier.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "one redirect and one exp", yaml: withSpf("v=spf1 redirect=_spf.example.com exp=why.example.com") },
    { name: "unknown modifiers may repeat", yaml: withSpf("v=spf1 moo=a moo=b -all") },
  ],
  invalid: [
    {
      name: "two redirects",
      yaml: withSpf("v=spf1 redirect=a.example redirect=b.example"),
      errors: [{ messageId: "duplicate", level: "error", line: 3, column: 33, endColumn: 51, data: { name: "redirect", first: "redirect=a.example", term: "redirect=b.example" } }],
    },
    {
      name: "exp three times, any case",
      yaml: withSpf("v=spf1 -all exp=a.example.com EXP=b.example.com exp=c.example.com"),
      errors: [
        { messageId: "duplicate", level: "error", line: 3, column: 37, data: { name: "exp", first: "exp=a.example.com" } },
        { messageId: "duplicate", level: "error", line: 3, column: 55 },
      ],
    },
  ],
});
