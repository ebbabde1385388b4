import rule from "../../src/rules/spf-macro-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "RFC 7208 appendix-style macros", yaml: withSpf("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} include:%{d2}.example.com -all") },
    { name: "escapes", yaml: withSpf("v=spf1 exists:%%-%_.example.com -all") },
    { name: "no macros", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
  ],
  invalid: [
    {
      name: "unknown letter",
      yaml: withSpf("v=spf1 exists:%{x}.example -all"),
      errors: [{ messageId: "malformed", level: "error", line: 3, column: 21, endColumn: 25, data: { term: "exists:%{x}.example" } }],
    },
    {
      name: "unterminated macro",
      yaml: withSpf("v=spf1 exists:%{i.example.com -all"),
      errors: [{ messageId: "malformed", level: "error", line: 3, column: 21, endColumn: 36 }],
    },
    {
      name: "lone percent",
      yaml: withSpf("v=spf1 a:100%.example.com -all"),
      errors: [{ messageId: "malformed", level: "error", line: 3, column: 19, endColumn: 21 }],
    },
    {
      name: "c outside explanation text",
      yaml: withSpf("v=spf1 exists:%{c}.example.com -all"),
      errors: [{ messageId: "explanationOnly", level: "error", line: 3, column: 21, endColumn: 25 }],
    },
    {
      name: "zero part count and bad delimiter",
      yaml: withSpf("v=spf1 exists:%{d0}.%{i*}.example.com -all"),
      errors: [
        { messageId: "malformed", level: "error", line: 3, column: 21 },
        { messageId: "malformed", level: "error", line: 3, column: 27 },
      ],
    },
  ],
});
