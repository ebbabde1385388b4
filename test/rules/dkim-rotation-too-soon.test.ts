import rule from "../../src/rules/dkim-rotation-too-soon.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** OVH domain; `switchedAt:` is line 4, its value at column 15. The tester's default today is 2026-11-23. */
const ovh = (switchedAt: string, selectors: string[], mail = "{provider: ovh, offer: mx-plan}") =>
  `domain: example.com\nmail: ${mail}\ndkim:\n  switchedAt: ${switchedAt}\n  selectors:\n${selectors
    .map((name) => `    - name: ${name}\n      cname: ${name}._domainkey.1234.ab.dkim.mail.ovh.net.\n`)
    .join("")}`;
const both = ["ovhmo123-selector1", "ovhmo123-selector2"];
const one = ["ovhmo123-selector2"];

ruleTester(rule, {
  valid: [
    { name: "old selector still declared within the window", yaml: ovh("2026-11-20", both) },
    { name: "old selector removed after 7 days", yaml: ovh("2026-11-16", one) },
    { name: "shorter window by option", yaml: ovh("2026-11-20", one), options: { minDays: 3 } },
    {
      name: "custom-named OVH selectors cannot be paired by name",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndkim:\n  switchedAt: 2026-11-22\n  selectors:\n    - {name: a, ovh: true, cname: x.example.}\n    - {name: b, ovh: true, cname: y.example.}\n`,
    },
    { name: "not an OVH-hosted domain", yaml: ovh("2026-11-20", one, "{provider: external}") },
    { name: "no switchedAt", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndkim:\n  selectors:\n    - {name: ovhmo123-selector2, cname: ovhmo123-selector2._domainkey.1234.ab.dkim.mail.ovh.net.}\n` },
  ],
  invalid: [
    {
      name: "old selector removed on the switch day",
      yaml: ovh("2026-11-23", one),
      errors: [{ messageId: "tooSoon", level: "warn", line: 4, column: 15, data: { selector: "ovhmo123-selector2", days: 0, minDays: 7, until: "2026-11-30", switchedAt: "2026-11-23" } }],
    },
    {
      name: "six days after the switch",
      yaml: ovh("2026-11-17", one),
      errors: [{ messageId: "tooSoon", level: "warn", line: 4, column: 15, data: { days: 6, until: "2026-11-24" } }],
    },
    {
      name: "longer window by option",
      yaml: ovh("2026-11-01", one),
      options: { minDays: 30 },
      errors: [{ messageId: "tooSoon", level: "warn", line: 4, column: 15, data: { days: 22, minDays: 30, until: "2026-12-01" } }],
    },
    {
      name: "today is injectable",
      yaml: ovh("2027-01-10", one),
      today: "2027-01-12",
      errors: [{ messageId: "tooSoon", level: "warn", line: 4, column: 15, data: { days: 2 } }],
    },
  ],
});
