import rule from "../../src/rules/mx-trailing-dot.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "preset (written with dots by maildns)", yaml: `${ovh}mx: ovh\n` },
    { name: "absolute hosts", yaml: `${ovh}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n` },
    { name: "null MX", yaml: `${ovh}mx: none\n` },
    { name: "a URL is mx-target-not-hostname's business", yaml: `${ovh}mx:\n  - host: https://mx1.mail.ovh.net\n    priority: 5\n` },
  ],
  invalid: [
    {
      name: "dotless host",
      yaml: `${ovh}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: MX1.mail.ovh.net, priority: 5}\n`,
      errors: [
        {
          messageId: "relative",
          level: "warn",
          line: 5,
          column: 12,
          endColumn: 28,
          data: { host: "MX1.mail.ovh.net", relative: "mx1.mail.ovh.net.example.com.", absolute: "mx1.mail.ovh.net." },
        },
      ],
    },
  ],
});
