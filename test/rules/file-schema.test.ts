import rule from "../../src/rules/file-schema.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "minimal file", yaml: "domain: example.com\n" },
    { name: "IDN domain", yaml: "domain: exämple.com\nmail: {provider: external}\n" },
  ],
  invalid: [
    {
      name: "typo in a key gets a suggestion",
      yaml: "domain: example.com\nmail:\n  provider: ovh\n  ofer: mx-plan\n",
      errors: [{ messageId: "unknownKey", level: "error", line: 4, column: 3, endColumn: 7, data: { key: "ofer", hint: "did you mean 'offer'?" } }],
    },
    {
      name: "wrong enum value",
      yaml: "domain: example.com\nmail:\n  provider: ovh\n  offer: mxplan\n",
      errors: [{ messageId: "enum", level: "error", line: 4, column: 10, data: { where: "mail.offer" } }],
    },
    {
      name: "wrong type for spf",
      yaml: "domain: example.com\nspf: 42\n",
      errors: [{ messageId: "type", level: "error", line: 2, column: 6, data: { expected: "string or a mapping" } }],
    },
    { name: "missing domain", yaml: "mail: {provider: ovh}\n", errors: [{ messageId: "required", level: "error", line: 1, column: 1, data: { key: "domain" } }] },
    { name: "not a mapping", yaml: "- domain: example.com\n", errors: [{ messageId: "notMapping", level: "error", line: 1, column: 1 }] },
    { name: "unusable domain name", yaml: "domain: 'exa mple.com'\n", errors: [{ messageId: "badDomain", level: "error", line: 1, column: 9 }] },
    {
      name: "mx preset misspelt",
      yaml: "domain: example.com\nmx: ovhh\n",
      errors: [{ messageId: "enum", level: "error", line: 2, column: 5, data: { allowed: "ovh, none" } }],
    },
  ],
});
