import rule from "../../src/rules/mx-ovh-incomplete.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = `domain: example.com\nmail: {provider: ovh, offer: zimbra}\n`;

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `${ovh}mx: ovh\n` },
    { name: "two OVH hosts", yaml: `${ovh}mx:\n  - {host: mx4.mail.ovh.net., priority: 1}\n  - {host: mx3.mail.ovh.net., priority: 10}\n` },
    { name: "single host on an external domain", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx4.mail.ovh.net., priority: 1}\n` },
    { name: "no OVH host at all (mx-not-ovh's business)", yaml: `${ovh}mx:\n  - {host: mail.example.com., priority: 1}\n` },
  ],
  invalid: [
    {
      name: "one OVH host",
      yaml: `${ovh}mx:\n  - {host: mx4.mail.ovh.net., priority: 1}\n`,
      errors: [{ messageId: "single", level: "info", line: 4, column: 3, data: { host: "mx4.mail.ovh.net." } }],
    },
    {
      name: "the same OVH host twice is still one",
      yaml: `${ovh}mx:\n  - {host: mx4.mail.ovh.net., priority: 1}\n  - {host: MX4.mail.ovh.net, priority: 5}\n`,
      errors: [{ messageId: "single", level: "info", line: 4, column: 3 }],
    },
  ],
});
