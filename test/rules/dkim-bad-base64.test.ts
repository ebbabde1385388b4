import rule from "../../src/rules/dkim-bad-base64.js";
import { ed25519Raw, rsaPkcs1, rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;
const rsa2048 = rsaSpki(2048);

ruleTester(rule, {
  valid: [
    { name: "RSA SubjectPublicKeyInfo", yaml: withRecord(`v=DKIM1; k=rsa; p=${rsa2048}`) },
    { name: "bare PKCS#1 RSA key", yaml: withRecord(`v=DKIM1; p=${rsaPkcs1(1024)}`) },
    { name: "key split by spaces", yaml: withRecord(`v=DKIM1; p=${rsa2048.slice(0, 100)} ${rsa2048.slice(100)}`) },
    { name: "revoked key (dkim-revoked's job)", yaml: withRecord("v=DKIM1; p=") },
    { name: "ed25519 key with k=ed25519", yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw()}`) },
    { name: "unknown key type is dkim-unknown-key-type's job", yaml: withRecord("v=DKIM1; k=dsa; p=AAAAAAAA") },
  ],
  invalid: [
    {
      name: "character outside the alphabet",
      yaml: withRecord("v=DKIM1; p=MIIB@@AA"),
      errors: [{ messageId: "badChar", level: "error", line: 6, column: 31, endColumn: 32, data: { selector: "s1", char: "@" } }],
    },
    {
      name: "position counts the whitespace that was stripped",
      yaml: withRecord("v=DKIM1; p=MIIB AA-A"),
      errors: [{ messageId: "badChar", level: "error", line: 6, column: 34, data: { char: "-" } }],
    },
    {
      name: "non-ASCII character shown as a code point",
      yaml: withRecord("p=AB\u00e9D"),
      errors: [{ messageId: "badChar", level: "error", line: 6, column: 20, data: { char: "U+00E9" } }],
    },
    {
      name: "padding in the middle",
      yaml: withRecord("p=AA=A"),
      errors: [{ messageId: "badPadding", level: "error", line: 6, column: 20 }],
    },
    {
      name: "length not a multiple of 4 (truncated paste)",
      yaml: withRecord(`p=${rsa2048.slice(0, 101)}`),
      errors: [{ messageId: "badLength", level: "error", line: 6, column: 18, endColumn: 119, data: { length: 101 } }],
    },
    {
      name: "valid base64 that is no key",
      yaml: withRecord("v=DKIM1; p=AAAAAAAA"),
      errors: [{ messageId: "notRsaKey", level: "error", line: 6, column: 27, endColumn: 35, data: { bytes: 6, keyType: "rsa" } }],
    },
    {
      name: "an Ed25519 key without k=ed25519",
      yaml: withRecord(`v=DKIM1; p=${ed25519Raw()}`),
      errors: [{ messageId: "notRsaKey", level: "error", line: 6, column: 27, data: { bytes: 32 } }],
    },
    {
      name: "one finding per selector",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - {name: a, record: "p=A@AA"}\n    - {name: b, record: "p=AAAAA"}\n`,
      errors: [
        { messageId: "badChar", level: "error", line: 5, column: 29, data: { selector: "a" } },
        { messageId: "badLength", level: "error", line: 6, column: 28, data: { selector: "b" } },
      ],
    },
  ],
});
