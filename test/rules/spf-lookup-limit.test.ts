import rule from "../../src/rules/spf-lookup-limit.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow.live.example": "timeout" });
const liveSpf = (spf: string) => `domain: test.live.example\nmail: {provider: external}\nspf: "${spf}"\n`;

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
    { name: "live: three lookups through one include", yaml: liveSpf("v=spf1 include:two.live.example -all"), dns },
    { name: "live: nothing after all is counted, in the record or below", yaml: liveSpf("v=spf1 include:after.live.example -all include:deep.live.example"), dns },
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
    {
      name: "live: two includes whose trees need 13 lookups; error at the term within which the 11th falls",
      yaml: liveSpf("v=spf1 include:deep.live.example include:two.live.example -all"),
      dns,
      errors: [
        {
          messageId: "overLimitLive",
          level: "error",
          line: 3,
          column: 7 + 33,
          endColumn: 7 + 57,
          data: { count: 13, max: 10, term: "include:two.live.example", costs: "include:deep.live.example 10, include:two.live.example 3" },
        },
      ],
    },
    {
      name: "live: one include that costs 10 (statically it looks like 1)",
      yaml: liveSpf("v=spf1 include:deep.live.example -all"),
      dns,
      errors: [{ messageId: "nearLimitLive", level: "warn", line: 3, column: 14, data: { count: 10, max: 10, costs: "include:deep.live.example 10" } }],
    },
    {
      name: "live: a timeout below an include is an incomplete count, not a smaller one",
      yaml: liveSpf("v=spf1 include:viaslow.live.example -all"),
      dns,
      errors: [{ messageId: "countIncomplete", level: "warn", line: 3, column: 14, data: { count: 3, name: "slow.live.example", query: "TXT", reason: "timeout" } }],
    },
    {
      name: "live: structured form; the finding points at the sender's include and names the sender",
      yaml: "domain: test.live.example\nmail: {provider: external}\nspf:\n  include: [deep.live.example]\n  senders:\n    - {name: Mailer, include: two.live.example}\n  all: \"-\"\n",
      dns,
      errors: [
        {
          messageId: "overLimitLive",
          level: "error",
          line: 6,
          column: 31,
          data: { count: 13, costs: "include:deep.live.example 10, include:two.live.example 3 (Mailer)" },
        },
      ],
    },
  ],
});
