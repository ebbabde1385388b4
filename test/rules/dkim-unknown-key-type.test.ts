import rule from "../../src/rules/dkim-unknown-key-type.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "k=rsa", yaml: withRecord("v=DKIM1; k=rsa; p=") },
    { name: "k=ed25519", yaml: withRecord("v=DKIM1; k=ed25519; p=") },
    { name: "no k (rsa by default)", yaml: withRecord("v=DKIM1; p=") },
  ],
  invalid: [
    {
      name: "k=dsa",
      yaml: withRecord("v=DKIM1; k=dsa; p="),
      errors: [{ messageId: "unknown", level: "error", line: 6, column: 27, endColumn: 30, data: { selector: "s1", value: "dsa" } }],
    },
    {
      name: "k=RSA (values are case-sensitive)",
      yaml: withRecord("v=DKIM1; k=RSA; p="),
      errors: [{ messageId: "wrongCase", level: "error", line: 6, column: 27, data: { value: "RSA", expected: "rsa" } }],
    },
    {
      name: "empty k= points at the tag",
      yaml: withRecord("v=DKIM1; k=; p="),
      errors: [{ messageId: "unknown", level: "error", line: 6, column: 25, endColumn: 27, data: { value: "" } }],
    },
  ],
});
