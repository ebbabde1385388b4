import rule from "../../src/rules/mx-duplicate-priority.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ext = `domain: example.com\nmail: {provider: external}\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
    { name: "distinct priorities", yaml: `${ext}mx:\n  - {host: a.example.net., priority: 10}\n  - {host: b.example.net., priority: 20}\n` },
  ],
  invalid: [
    {
      name: "two hosts at 1",
      yaml: `${ext}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: mx1.mail.ovh.net., priority: 1}\n  - {host: mx2.mail.ovh.net., priority: 1}\n`,
      errors: [
        { messageId: "samePriority", level: "info", line: 5, column: 41, endColumn: 42, data: { host: "mx1.mail.ovh.net.", priority: 1, other: "mx0.mail.ovh.net." } },
        { messageId: "samePriority", level: "info", line: 6, column: 41, data: { host: "mx2.mail.ovh.net.", other: "mx0.mail.ovh.net." } },
      ],
    },
  ],
});
