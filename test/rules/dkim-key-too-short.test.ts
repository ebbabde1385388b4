import rule from "../../src/rules/dkim-key-too-short.js";
import { ed25519Raw, rsaPkcs1, rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;
/** Columns of the p= value in a `v=DKIM1; p=<key>` record. */
const keyAt = (key: string) => ({ line: 6, column: 27, endLine: 6, endColumn: 27 + key.length });

ruleTester(rule, {
  valid: [
    { name: "2048-bit key", yaml: withRecord(`v=DKIM1; p=${rsaSpki(2048)}`) },
    { name: "1024-bit key when the pack lowers minBits", yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`), options: { minBits: 1024 } },
    { name: "revoked key", yaml: withRecord("v=DKIM1; p=") },
    { name: "ed25519 keys have no modulus", yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw()}`) },
    { name: "an RSA key under k=ed25519 is dkim-ed25519-length's job", yaml: withRecord(`v=DKIM1; k=ed25519; p=${rsaSpki(512)}`) },
  ],
  invalid: [
    {
      name: "512-bit key",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(512)}`),
      errors: [{ messageId: "tooShort", level: "error", ...keyAt(rsaSpki(512)), data: { selector: "s1", bits: 512, min: 1024 } }],
    },
    {
      name: "512-bit key in PKCS#1 form",
      yaml: withRecord(`v=DKIM1; p=${rsaPkcs1(512)}`),
      errors: [{ messageId: "tooShort", level: "error", ...keyAt(rsaPkcs1(512)), data: { bits: 512 } }],
    },
    {
      name: "1024-bit key: one level lower",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`),
      errors: [{ messageId: "belowRecommended", level: "warn", ...keyAt(rsaSpki(1024)), data: { bits: 1024, min: 2048 } }],
    },
    {
      name: "stricter options",
      yaml: withRecord(`v=DKIM1; p=${rsaSpki(2048)}`),
      options: { hardMinBits: 3072, minBits: 4096 },
      errors: [{ messageId: "tooShort", level: "error", line: 6, column: 27, data: { bits: 2048, min: 3072 } }],
    },
  ],
});
