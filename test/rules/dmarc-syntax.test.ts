// The DMARC tag-list grammar: RFC 7489 §6.3 ("MUST comply with the formal specification found in Section
// 6.4"), RFC 9989 §4.7; unknown tags are legal and ignored, so a warning (information in the rfc pack).
import rule from "../../src/rules/dmarc-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
// `dmarc: "` is 8 characters: offset N in the record is column N + 9 on line 3.
const record = (text: string) => `${head}dmarc: "${text}"\n`;

ruleTester(rule, {
  valid: [
    { name: "a full RFC 9989 record with a trailing ;", yaml: record("v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=r; t=n; psd=n; fo=1; rua=mailto:d@example.com; ruf=mailto:f@example.com;") },
    { name: "blanks around = and ;", yaml: record("v = DMARC1 ; p = none ;\\tt=y") },
    { name: "RFC 7489-only tags are other rules' (pct, rf, ri)", yaml: record("v=DMARC1; p=none; pct=50; rf=afrf; ri=86400") },
    { name: "psd=u", yaml: record("v=DMARC1; p=reject; psd=u") },
    { name: "upper-case tag names and values (ABNF literals are case-insensitive)", yaml: record("v=DMARC1; P=Reject; T=Y") },
    { name: "a second URI after a ';' is dmarc-uri-syntax's", yaml: record("v=DMARC1; p=none; rua=mailto:a@example.com;mailto:b@example.com") },
    { name: "the structured form", yaml: `${head}dmarc: {p: quarantine, t: y, rua: mailto:d@example.com}\n` },
  ],
  invalid: [
    {
      name: "a tag-spec without = (fo:1)",
      yaml: record("v=DMARC1; p=none; fo:1"),
      errors: [{ messageId: "noEquals", level: "error", line: 3, column: 27, endColumn: 31, data: { spec: "fo:1", example: "fo=1" } }],
    },
    {
      name: "sp-none",
      yaml: record("v=DMARC1; p=reject; sp-none"),
      errors: [{ messageId: "noEquals", level: "error", line: 3, column: 29, endColumn: 36, data: { example: "sp=none" } }],
    },
    {
      name: "an empty tag-spec between two ; (the trailing one is fine)",
      yaml: record("v=DMARC1;; p=none;"),
      errors: [{ messageId: "emptySpec", level: "error", line: 3, column: 18, endColumn: 19 }],
    },
    {
      name: "two ; at the end",
      yaml: record("v=DMARC1; p=none; ;"),
      errors: [{ messageId: "emptySpec", level: "error", line: 3, column: 27, endColumn: 28 }],
    },
    {
      name: "=value with no name",
      yaml: record("v=DMARC1; p=none; =reject"),
      errors: [{ messageId: "noName", level: "error", line: 3, column: 27, endColumn: 34, data: { spec: "=reject" } }],
    },
    {
      name: "t= and psd= outside their values (RFC 9989 §4.7)",
      yaml: record("v=DMARC1; p=reject; t=yes; psd=x"),
      errors: [
        { messageId: "badValue", level: "error", line: 3, column: 31, endColumn: 34, data: { tag: "t", value: "yes" } },
        { messageId: "badValue", level: "error", line: 3, column: 40, endColumn: 41, data: { tag: "psd", value: "x" } },
      ],
    },
    {
      name: "an unknown tag: a warning, with the tag it probably meant",
      yaml: record("v=DMARC1; p=none; rau=mailto:d@example.com"),
      errors: [{ messageId: "unknownTag", level: "warn", line: 3, column: 27, endColumn: 51, data: { tag: "rau", hint: " — did you mean rua=?" } }],
    },
    {
      name: "an unknown tag with unknownTags: info (the rfc pack's option): information",
      yaml: record("v=DMARC1; p=none; rau=mailto:d@example.com"),
      options: { unknownTags: "info" },
      errors: [{ messageId: "unknownTagInfo", level: "info", line: 3, column: 27, endColumn: 51, data: { tag: "rau", hint: " — did you mean rua=?" } }],
    },
    {
      name: "a tag name with a hyphen: a warning",
      yaml: record("v=DMARC1; p=none; x-policy=strict"),
      errors: [{ messageId: "badTagName", level: "warn", line: 3, column: 27, endColumn: 35, data: { tag: "x-policy" } }],
    },
    {
      name: "a non-ASCII character (an IDN report domain written as U-labels)",
      yaml: record("v=DMARC1; p=none; rua=mailto:d@exämple.com"),
      errors: [{ messageId: "invalidCharacter", level: "error", line: 3, column: 42, endColumn: 43, data: { char: "U+00E4" } }],
    },
    {
      name: "a control character (written as a YAML escape: the finding points at the two characters of the escape)",
      yaml: `${head}dmarc: "v=DMARC1;\\rp=none"\n`,
      errors: [{ messageId: "invalidCharacter", level: "error", line: 3, column: 18, endLine: 3, endColumn: 20, data: { char: "U+000D" } }],
    },
  ],
});
