import rule from "../../src/rules/spf-softfail-advice.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "-all", yaml: withSpf("v=spf1 include:mx.ovh.com -all") },
    { name: "no all", yaml: withSpf("v=spf1 redirect=_spf.example.com") },
    { name: "a ~all after -all is never reached", yaml: withSpf("v=spf1 -all ~all") },
  ],
  invalid: [
    {
      name: "OVH's record with ~all",
      yaml: withSpf("v=spf1 include:mx.ovh.com ~all"),
      errors: [{ messageId: "softfail", level: "info", line: 3, column: 33, endColumn: 37, data: { term: "~all", domain: "example.com" } }],
    },
    {
      name: "upper case",
      yaml: withSpf("v=spf1 mx ~ALL"),
      errors: [{ messageId: "softfail", level: "info", line: 3, column: 17, data: { term: "~ALL" } }],
    },
  ],
});
