import rule from "../../src/rules/spf-terms-after-all.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "all last", yaml: withSpf("v=spf1 include:mx.ovh.com -all") },
    { name: "modifiers after all", yaml: withSpf("v=spf1 include:mx.ovh.com -all exp=why.example.com") },
    { name: "no all", yaml: withSpf("v=spf1 include:mx.ovh.com") },
  ],
  invalid: [
    {
      name: "include after all",
      yaml: withSpf("v=spf1 -all include:mx.ovh.com"),
      errors: [{ messageId: "afterAll", level: "warn", line: 3, column: 19, endColumn: 37, data: { term: "include:mx.ovh.com", all: "-all" } }],
    },
    {
      name: "every term after the first all, including a second all",
      yaml: withSpf("v=spf1 mx ~all a +all"),
      errors: [
        { messageId: "afterAll", level: "warn", line: 3, column: 22, data: { term: "a" } },
        // A second all cannot be moved before the first (RFC 7208 §5.1: the first all decides): remove one.
        { messageId: "secondAll", level: "warn", line: 3, column: 24, endColumn: 28, data: { term: "+all", all: "~all" } },
      ],
    },
  ],
});
