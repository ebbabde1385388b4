import rule from "../../src/rules/spf-type-99.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "broken.live.example/SPF": "servfail" });

const withSpf = (domain: string, spf = "v=spf1 -all") => `domain: ${domain}\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "SPF as TXT only", yaml: withSpf("single.live.example"), dns },
    { name: "nothing published yet (NXDOMAIN)", yaml: withSpf("new.live.example"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("type99.live.example") },
  ],
  invalid: [
    {
      name: "a type-99 record beside the TXT record",
      yaml: withSpf("type99.live.example"),
      dns,
      errors: [{ messageId: "type99", level: "warn", line: 3, column: 6, data: { name: "type99.live.example", records: '"v=spf1 -all"' } }],
    },
    {
      name: "the file declares no SPF: points at the domain",
      yaml: "domain: type99.live.example\nmail: {provider: external}\n",
      dns,
      errors: [{ messageId: "type99", level: "warn", line: 1, column: 9 }],
    },
    {
      name: "SERVFAIL for type 99 is a failed lookup, said one level lower",
      yaml: withSpf("broken.live.example"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "info", line: 3, column: 6, data: { name: "broken.live.example", reason: "servfail" } }],
    },
  ],
});
