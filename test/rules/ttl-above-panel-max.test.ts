import rule from "../../src/rules/ttl-above-panel-max.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mail = `mail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "default", yaml: `domain: example.com\n${mail}mx: ovh\n` },
    { name: "exactly one day", yaml: `domain: example.com\nttl: 86400\n${mail}mx: ovh\n` },
  ],
  invalid: [
    {
      name: "a week as file default",
      yaml: `domain: example.com\nttl: 604800\n${mail}mx: ovh\n`,
      errors: [{ messageId: "aboveMax", level: "info", line: 2, column: 6, endColumn: 12, data: { what: "the file's default", ttl: 604800 } }],
    },
    {
      name: "one MX entry",
      yaml: `domain: example.com\n${mail}mx:\n  - {host: mx0.mail.ovh.net., priority: 1, ttl: 172800}\n`,
      errors: [{ messageId: "aboveMax", level: "info", line: 4, column: 49, data: { what: "MX mx0.mail.ovh.net." } }],
    },
  ],
});
