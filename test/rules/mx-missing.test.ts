import rule from "../../src/rules/mx-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "OVH preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
    { name: "external list", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx.example.net., priority: 10}\n` },
    { name: "parked domain with null MX", yaml: `domain: example.com\nmail: {provider: none}\nmx: none\n` },
    { name: "domain that does not receive mail", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, receives: false}\n` },
  ],
  invalid: [
    {
      name: "no mx key on a receiving OVH domain",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`,
      errors: [{ messageId: "noMx", level: "error", line: 2, column: 7, data: { domain: "example.com", example: "`mx: ovh`" } }],
    },
    {
      name: "empty list",
      yaml: `domain: example.com\nmail: {provider: external}\nmx: []\n`,
      errors: [{ messageId: "emptyMx", level: "error", line: 3, column: 5 }],
    },
    {
      name: "null MX on a domain declared as receiving",
      yaml: `domain: example.com\nmail: {provider: external, receives: true}\nmx: none\n`,
      errors: [{ messageId: "nullMx", level: "error", line: 3, column: 5, endColumn: 9 }],
    },
  ],
});
