import rule from "../../src/rules/spf-multiple.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "broken.live.example/TXT": "servfail" });

const withSpf = (domain: string, spf = "v=spf1 -all") => `domain: ${domain}\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "one SPF record among other TXT records", yaml: withSpf("single.live.example"), dns },
    { name: "the zone apex: one SPF record and a verification string", yaml: withSpf("live.example"), dns },
    { name: "nothing published yet", yaml: withSpf("new.live.example"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("multi.live.example") },
  ],
  invalid: [
    {
      name: "a Sender ID record (spf2.0/pra) beside SPF: a warning",
      yaml: withSpf("senderid.live.example"),
      dns,
      errors: [{ messageId: "senderId", level: "warn", line: 3, column: 6, data: { name: "senderid.live.example", record: '"spf2.0/pra -all"' } }],
    },
    {
      name: "two SPF records at the apex",
      yaml: withSpf("multi.live.example"),
      dns,
      errors: [{ messageId: "multiple", level: "error", line: 3, column: 6, data: { name: "multi.live.example", count: 2, records: '"v=spf1 -all", "v=spf1 include:ok.live.example -all"' } }],
    },
    {
      name: "two SPF records live while the file declares none: points at the domain",
      yaml: "domain: multi.live.example\nmail: {provider: external}\n",
      dns,
      errors: [{ messageId: "multiple", level: "error", line: 1, column: 9, data: { count: 2 } }],
    },
    {
      name: "a redirect target with two SPF records",
      yaml: withSpf("single.live.example", "v=spf1 ip4:192.0.2.1 redirect=dup.live.example"),
      dns,
      errors: [{ messageId: "multipleAtTarget", level: "error", line: 3, column: 7 + 21, data: { term: "redirect=dup.live.example", target: "dup.live.example", count: 2, via: "" } }],
    },
    {
      name: "SERVFAIL at the apex is a failed lookup, not zero records",
      yaml: withSpf("broken.live.example"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 3, column: 6, data: { name: "broken.live.example", reason: "servfail" } }],
    },
  ],
});
