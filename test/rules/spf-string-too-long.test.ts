import rule from "../../src/rules/spf-string-too-long.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;
// ip4 terms are 15 characters ("ip4:192.0.2.NNN"); 30 of them make a record well over 255 octets.
const ips = (from: number, n: number) => Array.from({ length: n }, (_, i) => `ip4:192.0.2.${100 + from + i}`).join(" ");
const long = `v=spf1 ${ips(0, 30)} -all`;

ruleTester(rule, {
  valid: [
    { name: "short single string", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "long record split into strings of at most 255", yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  record: ["v=spf1 ${ips(0, 14)} ", "${ips(14, 15)} -all"]\n` },
    { name: "exactly 255 octets in one string", yaml: withSpf(`v=spf1 ${"a".repeat(244)}.example.com`.slice(0, 255)) },
  ],
  invalid: [
    {
      name: "one string of a list over 255 octets",
      yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  record: ["${long.slice(0, 300)}", "${long.slice(300)}"]\n`,
      errors: [{ messageId: "stringTooLong", level: "error", line: 4, column: 13, endColumn: 313, data: { index: 1, octets: 300 } }],
    },
    {
      name: "second string too long",
      yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  record: ["v=spf1 ", "${long.slice(7)}"]\n`,
      errors: [{ messageId: "stringTooLong", level: "error", line: 4, column: 24, data: { index: 2, octets: long.length - 7 } }],
    },
    {
      name: "single long text is info (OVH's API takes one string)",
      yaml: withSpf(long),
      errors: [{ messageId: "singleString", level: "info", line: 3, column: 7, endColumn: 7 + long.length, data: { octets: long.length } }],
    },
  ],
});
