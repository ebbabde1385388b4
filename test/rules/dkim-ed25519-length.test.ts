import rule from "../../src/rules/dkim-ed25519-length.js";
import { ed25519Raw, ed25519Spki, rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16, so `v=DKIM1; k=ed25519; p=` puts the key at 38.
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "raw 32-byte key", yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw()}`) },
    { name: "revoked ed25519 key", yaml: withRecord("v=DKIM1; k=ed25519; p=") },
    { name: "RSA key under k=rsa", yaml: withRecord(`v=DKIM1; k=rsa; p=${rsaSpki(1024)}`) },
    { name: "bad base64 is dkim-bad-base64's job", yaml: withRecord("v=DKIM1; k=ed25519; p=AAAAA") },
  ],
  invalid: [
    {
      name: "SubjectPublicKeyInfo instead of the raw key",
      yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Spki()}`),
      errors: [{ messageId: "spkiWrapped", level: "error", line: 6, column: 38, endColumn: 38 + ed25519Spki().length, data: { selector: "s1", bytes: 44 } }],
    },
    {
      name: "an RSA key under k=ed25519",
      yaml: withRecord(`v=DKIM1; k=ed25519; p=${rsaSpki(1024)}`),
      errors: [{ messageId: "wrongLength", level: "error", line: 6, column: 38, data: { bytes: 162 } }],
    },
    {
      name: "a few bytes",
      yaml: withRecord("v=DKIM1; k=ed25519; p=AAAA"),
      errors: [{ messageId: "wrongLength", level: "error", line: 6, column: 38, endColumn: 42, data: { bytes: 3 } }],
    },
  ],
});
