import rule from "../../src/rules/dkim-sha1-only.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "no h= (every algorithm allowed)", yaml: withRecord("v=DKIM1; p=") },
    { name: "h=sha256", yaml: withRecord("v=DKIM1; h=sha256; p=") },
    { name: "h=sha1:sha256", yaml: withRecord("v=DKIM1; h=sha1:sha256; p=") },
  ],
  invalid: [
    {
      name: "h=sha1",
      yaml: withRecord("v=DKIM1; h=sha1; p="),
      errors: [{ messageId: "sha1Only", level: "error", line: 6, column: 27, endColumn: 31, data: { selector: "s1", value: "sha1" } }],
    },
    {
      name: "h=sha512 (no sha256)",
      yaml: withRecord("v=DKIM1; h=sha512; p="),
      errors: [{ messageId: "noSha256", level: "error", line: 6, column: 27, data: { value: "sha512" } }],
    },
    {
      name: "h=SHA256 is not sha256",
      yaml: withRecord("v=DKIM1; h=sha1 : SHA256; p="),
      errors: [{ messageId: "noSha256", level: "error", line: 6, column: 27, endColumn: 40 }],
    },
  ],
});
