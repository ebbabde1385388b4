import rule from "../../src/rules/spf-mx-address-limit.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "mxbroken.live.example/MX": "servfail" });

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, domain = "test.live.example") => `domain: ${domain}\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "ten MX hosts is the limit, not past it", yaml: withSpf("v=spf1 mx:mx10.live.example -all"), dns },
    { name: "bare mx of a domain with one MX host", yaml: withSpf("v=spf1 mx -all", "mail.live.example"), dns },
    { name: "an mx term after all is never evaluated", yaml: withSpf("v=spf1 -all mx:mx12.live.example"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("v=spf1 mx:mx12.live.example -all") },
  ],
  invalid: [
    {
      name: "mx term naming twelve hosts",
      yaml: withSpf("v=spf1 mx:mx12.live.example -all"),
      dns,
      errors: [{ messageId: "tooManyHosts", level: "error", line: 3, column: 14, endColumn: 14 + 20, data: { term: "mx:mx12.live.example", hosts: 12, max: 10, via: "" } }],
    },
    {
      name: "the mx term of an included record: points at the include",
      yaml: withSpf("v=spf1 ip4:192.0.2.1 include:bigmx.live.example -all"),
      dns,
      errors: [
        {
          messageId: "tooManyHosts",
          level: "error",
          line: 3,
          column: 7 + 21,
          data: { term: "mx:mx12.live.example", name: "mx12.live.example", hosts: 12, via: ", reached through test.live.example → bigmx.live.example" },
        },
      ],
    },
    {
      name: "custom max",
      yaml: withSpf("v=spf1 mx:mx10.live.example -all"),
      options: { max: 9 },
      dns,
      errors: [{ messageId: "tooManyHosts", level: "error", line: 3, column: 14, data: { hosts: 10, max: 9 } }],
    },
    {
      name: "SERVFAIL on the MX lookup is reported as a failure",
      yaml: withSpf("v=spf1 mx:mxbroken.live.example -all"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 3, column: 14, data: { name: "mxbroken.live.example", reason: "servfail" } }],
    },
  ],
});
