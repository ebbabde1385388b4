import rule from "../../src/rules/mx-null-bad-form.js";
import { ruleTester } from "../helpers/rule-tester.js";

const parked = `domain: example.com\nmail: {provider: none}\n`;

ruleTester(rule, {
  valid: [
    { name: "mx: none", yaml: `${parked}mx: none\n` },
    { name: "0 . as a list", yaml: `${parked}mx:\n  - {host: ".", priority: 0}\n` },
    { name: "ordinary host", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx.example.net., priority: 10}\n` },
  ],
  invalid: [
    {
      name: "null target with priority 10",
      yaml: `${parked}mx:\n  - {host: ".", priority: 10}\n`,
      errors: [{ messageId: "badPriority", level: "error", line: 4, column: 27, endColumn: 29, data: { priority: 10 } }],
    },
    {
      name: "whole record pasted as host, and localhost",
      yaml: `${parked}mx:\n  - {host: "0 .", priority: 0}\n  - {host: localhost., priority: 0}\n`,
      errors: [
        { messageId: "badTarget", level: "error", line: 4, column: 12, data: { host: "0 ." } },
        { messageId: "badTarget", level: "error", line: 5, column: 12, data: { host: "localhost." } },
      ],
    },
  ],
});
