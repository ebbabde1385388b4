import rule from "../../src/rules/spf-ptr.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "no ptr", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "ptr only as part of a domain name", yaml: withSpf("v=spf1 include:ptr.example.com ~all") },
  ],
  invalid: [
    {
      name: "bare ptr",
      yaml: withSpf("v=spf1 ptr ~all"),
      errors: [{ messageId: "ptr", level: "warn", line: 3, column: 14, endColumn: 17, data: { term: "ptr" } }],
    },
    {
      name: "ptr with a domain and a qualifier, twice",
      yaml: withSpf("v=spf1 ?ptr:example.com PTR -all"),
      errors: [
        { messageId: "ptr", level: "warn", line: 3, column: 14, endColumn: 30, data: { term: "?ptr:example.com" } },
        { messageId: "ptr", level: "warn", line: 3, column: 31 },
      ],
    },
  ],
});
