import rule from "../../src/rules/mx-priority-range.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ext = `domain: example.com\nmail: {provider: external}\n`;

ruleTester(rule, {
  valid: [
    { name: "bounds", yaml: `${ext}mx:\n  - {host: a.example.net., priority: 0}\n  - {host: b.example.net., priority: 65535}\n` },
    { name: "preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
  ],
  invalid: [
    {
      name: "70000 and -1",
      yaml: `${ext}mx:\n  - {host: a.example.net., priority: 70000}\n  - {host: b.example.net., priority: -1}\n`,
      errors: [
        { messageId: "outOfRange", level: "error", line: 4, column: 38, endColumn: 43, data: { priority: "70000", host: "a.example.net." } },
        { messageId: "outOfRange", level: "error", line: 5, column: 38, data: { priority: "-1" } },
      ],
    },
  ],
});
