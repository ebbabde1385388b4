import rule from "../../src/rules/mta-sts-txt-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n";
/** The record on line 5; its first character is at column 12 (after `  record: "`). */
const record = (text: string) => `${head}mtaSts:\n  record: "${text}"\n`;

ruleTester(rule, {
  valid: [
    { name: "version and id", yaml: record("v=STSv1; id=20260901") },
    { name: "32-character id, trailing separator", yaml: record("v=STSv1;id=abcDEF0123456789abcdef0123456789; ") },
    { name: "extension field", yaml: record("v=STSv1; id=1; ext.v-1=a:b") },
    { name: "plain scalar", yaml: `${head}mtaSts:\n  record: v=STSv1; id=20260901\n` },
    { name: "no record declared", yaml: `${head}mtaSts:\n  policy: {mode: testing, mx: "*.mail.ovh.net", maxAge: 604800}\n` },
    { name: "no MTA-STS at all", yaml: head },
  ],
  invalid: [
    {
      name: "dashes in the id",
      yaml: record("v=STSv1; id=2026-09-01"),
      errors: [{ messageId: "idValue", level: "error", line: 5, column: 24, endLine: 5, endColumn: 34, data: { found: "2026-09-01" } }],
    },
    {
      name: "id of 33 characters",
      yaml: record(`v=STSv1; id=${"1".repeat(33)}`),
      errors: [{ messageId: "idValue", level: "error", line: 5, column: 24, endColumn: 57 }],
    },
    {
      name: "no id",
      yaml: record("v=STSv1"),
      errors: [{ messageId: "idMissing", level: "error", line: 5, column: 12, endColumn: 19 }],
    },
    {
      name: "id first, version missing",
      yaml: record("id=1; v=STSv1"),
      errors: [{ messageId: "versionMissing", level: "error", line: 5, column: 12, endColumn: 16, data: { found: "id=1" } }],
    },
    {
      name: "version in lower case",
      yaml: record("v=stsv1; id=1"),
      errors: [{ messageId: "versionValue", level: "error", line: 5, column: 14, endColumn: 19, data: { found: "stsv1" } }],
    },
    {
      name: "no separator after the version",
      yaml: record("v=STSv1 id=1"),
      errors: [
        { messageId: "idMissing", level: "error", line: 5, column: 12, endColumn: 24 },
        { messageId: "versionValue", level: "error", line: 5, column: 14, endColumn: 24, data: { found: "STSv1 id=1" } },
      ],
    },
    {
      name: "ID in upper case",
      yaml: record("v=STSv1; ID=1"),
      errors: [{ messageId: "idCase", level: "error", line: 5, column: 21, endColumn: 23, data: { found: "ID" } }],
    },
    {
      name: "two ids",
      yaml: record("v=STSv1; id=1; id=2"),
      errors: [{ messageId: "idDuplicate", level: "error", line: 5, column: 27, endColumn: 31 }],
    },
    {
      name: "every problem of a broken record",
      yaml: record(" v=STSv1;; id=a b; flag"),
      errors: [
        { messageId: "strayWhitespace", level: "error", line: 5, column: 12, endColumn: 13 },
        { messageId: "emptyField", level: "error", line: 5, column: 21, endColumn: 22 },
        { messageId: "idValue", level: "error", line: 5, column: 26, endColumn: 29, data: { found: "a b" } },
        { messageId: "fieldSyntax", level: "error", line: 5, column: 31, endColumn: 35, data: { found: "flag" } },
      ],
    },
    {
      name: "empty record",
      yaml: record(""),
      errors: [{ messageId: "empty", level: "error", line: 5, column: 11, endColumn: 13 }],
    },
    {
      name: "flow mapping, single-quoted",
      yaml: `${head}mtaSts: {record: 'v=STSv1; id=a_b'}\n`,
      errors: [{ messageId: "idValue", level: "error", line: 4, column: 31, endColumn: 34, data: { found: "a_b" } }],
    },
  ],
});
