// RFC 8301 §3.2: verifiers MUST be able to validate signatures with RSA keys from 1024 to 4096 bits and MAY
// handle larger ones, so a longer key may leave signatures unverified at a conforming verifier.
import rule from "../../src/rules/dkim-key-too-long.js";
import { ed25519Raw, rsaSpki, rsaSpkiOfModulus } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;
/** Columns of the p= value in a `v=DKIM1; p=<key>` record. */
const keyAt = (key: string) => ({ line: 6, column: 27, endLine: 6, endColumn: 27 + key.length });

ruleTester(rule, {
  valid: [
    { name: "2048-bit key", yaml: withRecord(`v=DKIM1; p=${rsaSpki(2048)}`) },
    { name: "4096-bit key: the largest every verifier must handle", yaml: withRecord(`v=DKIM1; p=${rsaSpkiOfModulus(4096)}`) },
    { name: "revoked key", yaml: withRecord("v=DKIM1; p=") },
    { name: "ed25519 keys have no modulus", yaml: withRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw()}`) },
    { name: "8192 bits when the pack raises maxBits", yaml: withRecord(`v=DKIM1; p=${rsaSpkiOfModulus(8192)}`), options: { maxBits: 8192 } },
  ],
  invalid: [
    {
      name: "8192-bit key",
      yaml: withRecord(`v=DKIM1; p=${rsaSpkiOfModulus(8192)}`),
      errors: [{ messageId: "tooLong", level: "warn", ...keyAt(rsaSpkiOfModulus(8192)), data: { selector: "s1", bits: 8192, max: 4096 } }],
    },
    {
      name: "4104-bit key: just past 4096",
      yaml: withRecord(`v=DKIM1; p=${rsaSpkiOfModulus(4104)}`),
      errors: [{ messageId: "tooLong", level: "warn", ...keyAt(rsaSpkiOfModulus(4104)), data: { bits: 4104 } }],
    },
  ],
});
