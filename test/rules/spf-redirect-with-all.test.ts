import rule from "../../src/rules/spf-redirect-with-all.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "redirect alone", yaml: withSpf("v=spf1 redirect=_spf.example.com") },
    { name: "all alone", yaml: withSpf("v=spf1 include:mx.ovh.com -all") },
    { name: "structured redirect without all", yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  redirect: _spf.example.com\n` },
  ],
  invalid: [
    {
      name: "-all with redirect",
      yaml: withSpf("v=spf1 -all redirect=_spf.example.com"),
      errors: [{ messageId: "ignoredRedirect", level: "warn", line: 3, column: 19, endColumn: 44, data: { term: "redirect=_spf.example.com", all: "-all" } }],
    },
    {
      name: "structured form points at the redirect key",
      yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  redirect: _spf.example.com\n  all: "~"\n`,
      errors: [{ messageId: "ignoredRedirect", level: "warn", line: 4, column: 13, data: { all: "~all" } }],
    },
  ],
});
