import rule from "../../src/rules/dkim-version-not-first.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "v=DKIM1 first", yaml: withRecord("v=DKIM1; k=rsa; p=") },
    { name: "no v= at all (it is optional)", yaml: withRecord("k=rsa; p=") },
    { name: "FWS before v= is fine", yaml: withRecord("  v=DKIM1; p=") },
    { name: "a CNAME selector has no key record", yaml: `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\n` },
  ],
  invalid: [
    {
      name: "v= after k=",
      yaml: withRecord("k=rsa; v=DKIM1; p="),
      errors: [{ messageId: "notFirst", level: "error", line: 6, column: 23, endLine: 6, endColumn: 30, data: { selector: "s1", position: 2 } }],
    },
    {
      name: "v=dkim1 (case-sensitive)",
      yaml: withRecord("v=dkim1; p="),
      errors: [{ messageId: "badValue", level: "error", line: 6, column: 18, endColumn: 23, data: { value: "dkim1" } }],
    },
    {
      name: "v= last and wrong",
      yaml: withRecord("p=; v=DKIM2"),
      errors: [
        { messageId: "notFirst", level: "error", line: 6, column: 20, data: { position: 2 } },
        { messageId: "badValue", level: "error", line: 6, column: 22 },
      ],
    },
    {
      name: "empty v= points at the tag",
      yaml: withRecord("v=; p="),
      errors: [{ messageId: "badValue", level: "error", line: 6, column: 16, endColumn: 18, data: { value: "" } }],
    },
    {
      name: "record given as a list of strings: position inside the second string",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record:\n        - "p=; "\n        - "v=DKIM1"\n`,
      errors: [{ messageId: "notFirst", level: "error", line: 8, column: 12 }],
    },
  ],
});
