import rule from "../../src/rules/spf-include-loop.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({});

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, domain = "test.live.example") => `domain: ${domain}\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "a tree that ends", yaml: withSpf("v=spf1 include:deep.live.example -all"), dns },
    { name: "the same include twice is a repeat, not a loop", yaml: withSpf("v=spf1 include:two.live.example include:two.live.example -all"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("v=spf1 include:loop-a.live.example -all") },
  ],
  invalid: [
    {
      name: "include into a two-record cycle",
      yaml: withSpf("v=spf1 include:loop-a.live.example -all"),
      dns,
      errors: [
        {
          messageId: "loop",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 14 + 27,
          data: { term: "redirect=loop-a.live.example", loop: "test.live.example → loop-a.live.example → loop-b.live.example → loop-a.live.example" },
        },
      ],
    },
    {
      name: "a domain whose include comes back to itself",
      yaml: withSpf("v=spf1 ip4:192.0.2.1 include:loop-b.live.example -all", "loop-a.live.example"),
      dns,
      errors: [{ messageId: "loop", level: "error", line: 3, column: 7 + 21, data: { loop: "loop-a.live.example → loop-b.live.example → loop-a.live.example" } }],
    },
  ],
});
