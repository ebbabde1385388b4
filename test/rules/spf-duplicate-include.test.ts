import rule from "../../src/rules/spf-duplicate-include.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "distinct terms", yaml: withSpf("v=spf1 include:mx.ovh.com include:servers.mcsv.net ip4:192.0.2.1 ip4:192.0.2.2 a a:mail.example.com -all") },
    { name: "same network, different prefix", yaml: withSpf("v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.0/25 mx mx/24 -all") },
  ],
  invalid: [
    {
      name: "include twice",
      yaml: withSpf("v=spf1 include:mx.ovh.com include:mx.ovh.com ~all"),
      errors: [{ messageId: "duplicateLookup", level: "warn", line: 3, column: 33, endColumn: 51, data: { term: "include:mx.ovh.com", first: "include:mx.ovh.com" } }],
    },
    {
      name: "case, trailing dot and qualifier do not matter",
      yaml: withSpf("v=spf1 include:mx.ovh.com ~INCLUDE:MX.OVH.COM. -all"),
      errors: [{ messageId: "duplicateLookup", level: "warn", line: 3, column: 33, data: { first: "include:mx.ovh.com" } }],
    },
    {
      name: "ip4 with and without /32, bare mx twice",
      yaml: withSpf("v=spf1 ip4:192.0.2.1 mx ip4:192.0.2.1/32 mx -all"),
      errors: [
        { messageId: "duplicate", level: "warn", line: 3, column: 31, data: { term: "ip4:192.0.2.1/32" } },
        { messageId: "duplicateLookup", level: "warn", line: 3, column: 48, data: { term: "mx" } },
      ],
    },
    {
      name: "structured form: a sender repeating an include",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com]\n  senders:\n    - {name: OVH again, include: mx.ovh.com}\n  all: "~"\n`,
      errors: [{ messageId: "duplicateLookup", level: "warn", line: 6, column: 34 }],
    },
  ],
});
