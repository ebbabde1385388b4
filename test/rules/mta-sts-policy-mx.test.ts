import rule from "../../src/rules/mta-sts-policy-mx.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n";
/** Lines 4–8: the policy; `mode`'s value at line 7 column 11, `mx`'s value at line 8 column 9. */
const policy = (mode: string, mx: string, head = ovh) =>
  `${head}mtaSts:\n  record: "v=STSv1; id=1"\n  policy:\n    mode: ${mode}\n    mx: ${mx}\n    maxAge: 604800\n`;
const ownMx = "domain: example.com\nmail: {provider: external}\nmx:\n  - { host: mail.example.com., priority: 10 }\n  - { host: backup.example.net, priority: 20 }\n";

ruleTester(rule, {
  valid: [
    { name: "OVH wildcard covers mx0-4", yaml: policy("enforce", '"*.mail.ovh.net"') },
    { name: "OVH hosts listed one by one, trailing dots and case ignored", yaml: policy("testing", "[mx0.mail.ovh.net., MX1.mail.ovh.net, mx2.mail.ovh.net, mx3.mail.ovh.net, mx4.mail.ovh.net]") },
    { name: "OVH Canada", yaml: policy("enforce", '"*.mail.ovh.ca"', "domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx: ovh\n") },
    { name: "own MX hosts, exact and wildcard", yaml: policy("enforce", '[mail.example.com, "*.example.net"]', ownMx) },
    { name: "mode none needs no patterns", yaml: policy("none", "[]") },
    { name: "mode none does not validate hosts", yaml: policy("none", "mx0.mail.ovh.net") },
    { name: "null MX", yaml: policy("testing", "mail.example.com", "domain: example.com\nmail: {provider: none}\nmx: none\n") },
    { name: "no MX declared", yaml: policy("testing", "mail.example.com", "domain: example.com\nmail: {provider: external}\n") },
    { name: "no policy declared", yaml: `${ovh}mtaSts:\n  record: "v=STSv1; id=1"\n` },
  ],
  invalid: [
    {
      name: "only mx0 listed",
      yaml: policy("enforce", "mx0.mail.ovh.net"),
      errors: ["mx1", "mx2", "mx3", "mx4"].map((mx) => ({
        messageId: "unmatchedHost",
        level: "error" as const,
        line: 8,
        column: 9,
        endColumn: 25,
        data: { host: `${mx}.mail.ovh.net.`, patterns: "mx0.mail.ovh.net" },
      })),
    },
    {
      name: "EU pattern on a Canadian domain",
      yaml: policy("testing", '"*.mail.ovh.net"', "domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx: ovh\n"),
      errors: ["mx0", "mx1", "mx2", "mx3", "mx4"].map((mx) => ({
        messageId: "unmatchedHost",
        level: "error" as const,
        line: 8,
        column: 9,
        data: { host: `${mx}.mail.ovh.ca.` },
      })),
    },
    {
      name: "a wildcard covers one label only",
      yaml: policy("enforce", '["*.com", "mail.example.com"]', ownMx),
      errors: [{ messageId: "unmatchedHost", level: "error", line: 10, column: 9, data: { host: "backup.example.net" } }],
    },
    {
      name: "bad patterns, at the list item",
      yaml: policy("enforce", '[mail.example.com, "https://backup.example.net", "mail.*.example.net"]', ownMx),
      errors: [
        { messageId: "unmatchedHost", level: "error", line: 10, column: 9, data: { host: "backup.example.net" } },
        { messageId: "badPattern", level: "error", line: 10, column: 28, endColumn: 56, data: { pattern: "https://backup.example.net" } },
        { messageId: "badPattern", level: "error", line: 10, column: 58, endColumn: 78, data: { pattern: "mail.*.example.net" } },
      ],
    },
    {
      name: "a scalar bad pattern points at the scalar",
      yaml: policy("testing", '"*mail.ovh.net"'),
      errors: [
        { messageId: "badPattern", level: "error", line: 8, column: 9, endColumn: 24, data: { pattern: "*mail.ovh.net" } },
        ...["mx0", "mx1", "mx2", "mx3", "mx4"].map((mx) => ({ messageId: "unmatchedHost", level: "error" as const, line: 8, column: 9, data: { host: `${mx}.mail.ovh.net.` } })),
      ],
    },
    {
      name: "no patterns in testing mode",
      yaml: policy("testing", "[]"),
      errors: [{ messageId: "noPatterns", level: "error", line: 8, column: 9, endColumn: 11, data: { mode: "testing" } }],
    },
    {
      name: "a mode outside the three (at the mode); hosts are still checked",
      yaml: policy("report", "mx0.mail.ovh.net", ovh.replace("mx: ovh", "mx:\n  - { host: mx0.mail.ovh.net., priority: 1 }\n  - { host: mx9.example.org., priority: 5 }")),
      errors: [
        { messageId: "badMode", level: "error", line: 9, column: 11, endColumn: 17, data: { mode: "report", modes: "enforce, testing, none" } },
        { messageId: "unmatchedHost", level: "error", line: 10, column: 9, data: { host: "mx9.example.org." } },
      ],
    },
    {
      name: "mode in upper case",
      yaml: policy("Enforce", '"*.mail.ovh.net"'),
      errors: [{ messageId: "badMode", level: "error", line: 7, column: 11, data: { mode: "Enforce" } }],
    },
  ],
});
