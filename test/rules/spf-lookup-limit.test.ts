import rule from "../../src/rules/spf-lookup-limit.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;
const includes = (n: number) => Array.from({ length: n }, (_, i) => `include:s${i}.example.com`).join(" ");
// "v=spf1 " is 7 characters and each "include:sN.example.com " (N < 10) 23.

ruleTester(rule, {
  valid: [
    { name: "OVH's record", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "seven lookups", yaml: withSpf(`v=spf1 ${includes(7)} -all`) },
    { name: "ip4/ip6/all/exp cost nothing", yaml: withSpf("v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 a mx exp=why.example.com -all") },
    { name: "terms after all and redirect next to all are never evaluated", yaml: withSpf(`v=spf1 ${includes(7)} -all include:late.example.com redirect=r.example.com`) },
    { name: "raised warning threshold", yaml: withSpf(`v=spf1 ${includes(9)} -all`), options: { warnAt: 10 } },
  ],
  invalid: [
    {
      name: "eleven includes: error at the eleventh",
      yaml: withSpf(`v=spf1 ${includes(10)} include:s10.example.com -all`),
      errors: [{ messageId: "overLimit", level: "error", line: 3, column: 7 + 7 + 230, endColumn: 7 + 7 + 230 + 23, data: { count: 11, max: 10, term: "include:s10.example.com" } }],
    },
    {
      name: "eight lookups: lower tier at the eighth",
      yaml: withSpf(`v=spf1 ${includes(8)} -all`),
      errors: [{ messageId: "nearLimit", level: "warn", line: 3, column: 7 + 7 + 7 * 23, data: { count: 8, max: 10, term: "include:s7.example.com" } }],
    },
    {
      name: "a, mx, ptr, exists and redirect count too",
      yaml: withSpf("v=spf1 a mx ptr exists:%{i}.example.com include:a.example.com include:b.example.com include:c.example.com redirect=r.example.com"),
      errors: [{ messageId: "nearLimit", level: "warn", line: 3, column: 7 + 106, data: { count: 8, term: "redirect=r.example.com" } }],
    },
    {
      name: "custom max",
      yaml: withSpf(`v=spf1 ${includes(3)} -all`),
      options: { max: 2, warnAt: 1 },
      errors: [{ messageId: "overLimit", level: "error", line: 3, column: 7 + 7 + 46, data: { count: 3, max: 2 } }],
    },
  ],
});
