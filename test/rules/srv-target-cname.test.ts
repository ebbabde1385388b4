import rule from "../../src/rules/srv-target-cname.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "broken.live.example/CNAME": "refused" });

const withSrv = (lines: string) => `domain: test.live.example\nmail: {provider: external}\nsrv:\n${lines}`;

ruleTester(rule, {
  valid: [
    { name: "targets with their own addresses", yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: host.live.example. }\n"), dns },
    { name: "\".\" means not offered and is not looked up", yaml: withSrv("  - { service: _pop3._tcp, priority: 0, weight: 0, port: 0, target: . }\n"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: alias.live.example. }\n") },
  ],
  invalid: [
    {
      name: "a target that is a CNAME",
      yaml: withSrv(
        "  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: host.live.example. }\n  - { service: _submission._tcp, priority: 0, weight: 0, port: 587, target: alias.live.example. }\n",
      ),
      dns,
      errors: [{ messageId: "alias", level: "warn", line: 5, column: 77, data: { service: "_submission._tcp", target: "alias.live.example", canonical: "host.live.example" } }],
    },
    {
      name: "REFUSED is a failed lookup",
      yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: broken.live.example. }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "info", line: 4, column: 72, data: { target: "broken.live.example", reason: "refused" } }],
    },
  ],
});
