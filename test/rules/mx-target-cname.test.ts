import rule from "../../src/rules/mx-target-cname.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "broken.live.example/CNAME": "servfail" });

const withMx = (lines: string) => `domain: test.live.example\nmail: {provider: external}\nmx:\n${lines}`;

ruleTester(rule, {
  valid: [
    { name: "exchanges with their own addresses", yaml: withMx("  - { host: host.live.example., priority: 10 }\n  - { host: ns1.live.example., priority: 20 }\n"), dns },
    { name: "a name that does not exist is not an alias (mx-target-unresolvable's)", yaml: withMx("  - { host: gone.live.example., priority: 10 }\n"), dns },
    { name: "null MX is not looked up", yaml: "domain: test.live.example\nmail: {provider: none}\nmx: none\n", dns },
    { name: "a malformed exchange is left to the static rules", yaml: withMx("  - { host: \"https://alias.live.example\", priority: 10 }\n"), dns },
    { name: "static run: the rule needs live DNS", yaml: withMx("  - { host: alias.live.example., priority: 10 }\n") },
  ],
  invalid: [
    {
      name: "an exchange that is a CNAME, among good ones",
      yaml: withMx("  - { host: host.live.example., priority: 5 }\n  - { host: alias.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "alias", level: "error", line: 5, column: 13, endColumn: 32, data: { host: "alias.live.example", target: "host.live.example" } }],
    },
    {
      name: "case and a missing trailing dot do not hide the alias",
      yaml: withMx("  - { host: Alias.Live.Example, priority: 10 }\n"),
      dns,
      errors: [{ messageId: "alias", level: "error", line: 4, column: 13, data: { host: "alias.live.example" } }],
    },
    {
      name: "SERVFAIL is reported as a failed lookup",
      yaml: withMx("  - { host: broken.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 4, column: 13, data: { host: "broken.live.example", reason: "servfail" } }],
    },
  ],
});
