import rule from "../../src/rules/dkim-syntax.js";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "a complete record", yaml: withRecord(`v=DKIM1; k=rsa; p=${rsaSpki(1024)}`) },
    { name: "trailing ';' and unknown tags are fine", yaml: withRecord("v=DKIM1; x=whatever; p=;") },
    { name: "revoked key (p= present, empty)", yaml: withRecord("v=DKIM1; p=") },
    { name: "CNAME selectors have no record", yaml: "domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\n" },
  ],
  invalid: [
    {
      name: "no p= tag",
      yaml: withRecord("v=DKIM1; k=rsa"),
      errors: [{ messageId: "missingKey", level: "error", line: 6, column: 15, data: { selector: "s1" } }],
    },
    {
      name: "empty tag-spec",
      yaml: withRecord("v=DKIM1;; p="),
      errors: [{ messageId: "emptyTag", level: "error", line: 6, column: 24, endColumn: 25 }],
    },
    {
      name: "key pasted without p=",
      yaml: withRecord("v=DKIM1; MIIBAAAA"),
      errors: [
        { messageId: "missingEquals", level: "error", line: 6, column: 25, endColumn: 33, data: { spec: "MIIBAAAA" } },
        { messageId: "missingKey", level: "error", line: 6, column: 15 },
      ],
    },
    {
      name: "a long pasted value is shortened in the message",
      yaml: withRecord(`p=; ${"A".repeat(200)}`),
      errors: [{ messageId: "missingEquals", level: "error", line: 6, column: 20, endColumn: 220, data: { spec: `${"A".repeat(59)}\u2026` } }],
    },
    {
      name: "tag name starting with a digit",
      yaml: withRecord("v=DKIM1; 1k=rsa; p="),
      errors: [{ messageId: "badTagName", level: "error", line: 6, column: 25, endColumn: 27, data: { tag: "1k" } }],
    },
    {
      name: "non-ASCII character in a value",
      yaml: withRecord("v=DKIM1; n=r\u00e9sum\u00e9; p="),
      errors: [{ messageId: "badValueChar", level: "error", line: 6, column: 28, data: { char: "U+00E9", tag: "n" } }],
    },
    {
      name: "duplicate tag",
      yaml: withRecord("v=DKIM1; k=rsa; p=; k=rsa"),
      errors: [{ messageId: "duplicateTag", level: "error", line: 6, column: 36, endColumn: 41, data: { tag: "k" } }],
    },
  ],
});
