import rule from "../../src/rules/mx-target-unresolvable.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow.live.example": "timeout" });

const withMx = (lines: string) => `domain: test.live.example\nmail: {provider: external}\nmx:\n${lines}`;

ruleTester(rule, {
  valid: [
    { name: "exchanges with addresses", yaml: withMx("  - { host: host.live.example., priority: 10 }\n  - { host: ns1.live.example., priority: 20 }\n"), dns },
    { name: "an alias resolves through its target (mx-target-cname's finding)", yaml: withMx("  - { host: alias.live.example., priority: 10 }\n"), dns },
    { name: "null MX is not looked up", yaml: "domain: test.live.example\nmail: {provider: none}\nmx: none\n", dns },
    { name: "static run: the rule needs live DNS", yaml: withMx("  - { host: gone.live.example., priority: 10 }\n") },
  ],
  invalid: [
    {
      name: "an exchange that does not exist",
      yaml: withMx("  - { host: host.live.example., priority: 5 }\n  - { host: gone.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "noSuchHost", level: "error", line: 5, column: 13, endColumn: 31, data: { host: "gone.live.example" } }],
    },
    {
      name: "an exchange with other records but no address",
      yaml: withMx("  - { host: noaddr.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "noAddress", level: "error", line: 4, column: 13, data: { host: "noaddr.live.example" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing host",
      yaml: withMx("  - { host: slow.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 4, column: 13, data: { host: "slow.live.example", reason: "timeout" } }],
    },
  ],
});
