import rule from "../../src/rules/mx-ovh-priority-drift.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `${ovh}mx: ovh\n` },
    { name: "table priorities", yaml: `${ovh}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: mx4.mail.ovh.net., priority: 200}\n` },
    { name: "CA table", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx:\n  - {host: mx2.mail.ovh.ca., priority: 50}\n` },
    { name: "not OVH-hosted", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx0.mail.ovh.net., priority: 10}\n` },
  ],
  invalid: [
    {
      name: "mx0 at 10 and mx4 at 1 (a zone OVH creates today)",
      yaml: `${ovh}mx:\n  - {host: mx0.mail.ovh.net., priority: 10}\n  - {host: mx4.mail.ovh.net., priority: 1}\n`,
      errors: [
        { messageId: "drift", level: "info", line: 4, column: 41, endColumn: 43, data: { host: "mx0.mail.ovh.net.", priority: 10, expected: 1 } },
        { messageId: "drift", level: "info", line: 5, column: 41, data: { priority: 1, expected: 200 } },
      ],
    },
  ],
});
