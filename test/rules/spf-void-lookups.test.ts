import rule from "../../src/rules/spf-void-lookups.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "broken.live.example": "servfail" });

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: test.live.example\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "every name exists", yaml: withSpf("v=spf1 include:two.live.example mx:mail.live.example -all"), dns },
    { name: "one void lookup", yaml: withSpf("v=spf1 a:txtonly.live.example include:ok.live.example -all"), dns },
    { name: "a void after all is never looked up", yaml: withSpf("v=spf1 include:ok.live.example -all include:voids.live.example"), dns },
    { name: "macros are not resolved, so never void", yaml: withSpf("v=spf1 include:macro.live.example -all"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("v=spf1 include:voids.live.example -all") },
    {
      // RFC 7208 §5.3/§5.4: an `a` or `mx` term asks only the client's family (A for IPv4, AAAA for IPv6), so a
      // host with addresses of one family is void for clients of the other alone. Not knowing the client, the
      // rule counts it as no void lookup, even with none tolerated.
      name: "hosts with addresses of one family only (a:, and an mx: exchanger) are no void lookups: that depends on the client's family",
      yaml: withSpf("v=spf1 a:v4only.live.example a:v6only.live.example mx:mx6.live.example -all"),
      options: { max: 0 },
      dns,
    },
  ],
  invalid: [
    {
      // §5.7: `exists` asks A whatever the client, so a host with AAAA records only is void for every client.
      name: "exists: on a host with IPv6 addresses only is a void lookup for every client",
      yaml: withSpf("v=spf1 exists:v6only.live.example a:v6only.live.example -all"),
      options: { max: 0 },
      dns,
      errors: [{ messageId: "tooMany", level: "error", line: 3, column: 14, data: { count: 1, term: "exists:v6only.live.example", voids: "exists:v6only.live.example: v6only.live.example has no A records" } }],
    },
    {
      name: "the address lookups of an mx term count too (RFC 7208 §4.6.4): two exchangers without address and a dead a:",
      yaml: withSpf("v=spf1 mx:deadmx.live.example a:gone1.live.example -all"),
      dns,
      errors: [{ messageId: "tooMany", level: "error", line: 3, column: 37, data: { count: 3, term: "a:gone1.live.example" } }],
    },
    {
      name: "three voids in one include: error at that include",
      yaml: withSpf("v=spf1 include:voids.live.example -all"),
      dns,
      errors: [
        {
          messageId: "tooMany",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 14 + 26,
          data: {
            count: 3,
            max: 2,
            term: "include:voids.live.example",
            voids:
              "a:gone1.live.example (in voids.live.example): gone1.live.example does not exist; mx:gone2.live.example (in voids.live.example): gone2.live.example does not exist; include:gone3.live.example (in voids.live.example): gone3.live.example does not exist",
          },
        },
      ],
    },
    {
      name: "two voids: the lower tier, at the second",
      yaml: withSpf("v=spf1 a:txtonly.live.example include:bare.live.example -all"),
      dns,
      errors: [
        {
          messageId: "atLimit",
          level: "warn",
          line: 3,
          column: 7 + 30,
          data: { count: 2, voids: "a:txtonly.live.example: txtonly.live.example has no A/AAAA records; mx (in bare.live.example): bare.live.example has no MX records" },
        },
      ],
    },
    {
      name: "the third void spread over terms: error at the term that brings it",
      yaml: withSpf("v=spf1 a:txtonly.live.example include:bare.live.example mx:gone.live.example -all"),
      dns,
      errors: [{ messageId: "tooMany", level: "error", line: 3, column: 7 + 56, data: { count: 3, term: "mx:gone.live.example" } }],
    },
    {
      name: "custom max",
      yaml: withSpf("v=spf1 a:txtonly.live.example -all"),
      options: { max: 0 },
      dns,
      errors: [{ messageId: "tooMany", level: "error", line: 3, column: 14, data: { count: 1, max: 0 } }],
    },
    {
      name: "SERVFAIL is not a void lookup: reported as a failed lookup",
      yaml: withSpf("v=spf1 a:broken.live.example a:txtonly.live.example -all"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 3, column: 14, data: { term: "a:broken.live.example", name: "broken.live.example", reason: "servfail", via: "" } }],
    },
  ],
});
