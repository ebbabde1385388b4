import rule from "../../src/rules/mx-null-with-others.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ext = `domain: example.com\nmail: {provider: external}\n`;

ruleTester(rule, {
  valid: [
    { name: "mx: none", yaml: `domain: example.com\nmail: {provider: none}\nmx: none\n` },
    { name: "null MX written as a list", yaml: `domain: example.com\nmail: {provider: none}\nmx:\n  - {host: ".", priority: 0}\n` },
    { name: "only real hosts", yaml: `${ext}mx:\n  - {host: a.example.net., priority: 10}\n` },
  ],
  invalid: [
    {
      name: "null MX plus an OVH host",
      yaml: `${ext}mx:\n  - {host: ".", priority: 0}\n  - {host: mx0.mail.ovh.net., priority: 1}\n`,
      errors: [{ messageId: "withOthers", level: "error", line: 4, column: 12, endColumn: 15, data: { count: 1, others: "mx0.mail.ovh.net." } }],
    },
  ],
});
