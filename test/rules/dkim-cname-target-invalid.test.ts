import rule from "../../src/rules/dkim-cname-target-invalid.js";
import { liveRulesDns } from "../helpers/live-dns.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dns = liveRulesDns({ "slow._domainkey.live.example": "timeout" });

// The cname value is on line 5, at column 26 (after "    - { name: s1, cname: ").
const withTarget = (target: string, extra = "") => `domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: ${target}${extra} }\n`;

ruleTester(rule, {
  valid: [
    { name: "target holds a 2048-bit RSA key", yaml: withTarget("good._domainkey.live.example."), dns },
    { name: "target is itself an alias of a good key", yaml: withTarget("alias._domainkey.live.example."), dns },
    { name: "a revoked key on an inactive selector is the rotation's last step", yaml: withTarget("revoked._domainkey.live.example.", ", active: false"), dns },
    { name: "selectors published as TXT are not looked up", yaml: "domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, record: \"v=DKIM1; p=\" }\n", dns },
    { name: "static run: the rule needs live DNS", yaml: withTarget("gone._domainkey.live.example.") },
  ],
  invalid: [
    {
      name: "target does not exist",
      yaml: withTarget("gone._domainkey.live.example."),
      dns,
      errors: [{ messageId: "targetMissing", level: "error", line: 5, column: 26, endColumn: 26 + 29, data: { selector: "s1", target: "gone._domainkey.live.example" } }],
    },
    {
      name: "target exists without TXT",
      yaml: withTarget("empty._domainkey.live.example."),
      dns,
      errors: [{ messageId: "noKey", level: "error", line: 5, column: 26, data: { target: "empty._domainkey.live.example" } }],
    },
    {
      name: "target's p= is not base64",
      yaml: withTarget("bad._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its p= is not valid base64" } }],
    },
    {
      name: "target's record has no p=",
      yaml: withTarget("nokey._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "it has no p= tag" } }],
    },
    {
      name: "an active selector whose key is revoked",
      yaml: withTarget("revoked._domainkey.live.example."),
      dns,
      errors: [{ messageId: "revoked", level: "warn", line: 5, column: 26, data: { selector: "s1" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing key",
      yaml: withTarget("slow._domainkey.live.example."),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 5, column: 26, data: { target: "slow._domainkey.live.example", reason: "timeout" } }],
    },
  ],
});
