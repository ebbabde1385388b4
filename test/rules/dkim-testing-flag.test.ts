import rule from "../../src/rules/dkim-testing-flag.js";
import { ed25519Raw } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string, active = true) =>
  `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n${active ? "" : "      active: false\n"}`;
const KEY = ed25519Raw();

ruleTester(rule, {
  valid: [
    { name: "no t=", yaml: withRecord(`v=DKIM1; k=ed25519; p=${KEY}`) },
    { name: "t=s only", yaml: withRecord(`v=DKIM1; k=ed25519; t=s; p=${KEY}`) },
    { name: "t=y on an inactive selector", yaml: withRecord(`v=DKIM1; k=ed25519; t=y; p=${KEY}`, false) },
    // RFC 6376 §3.6.1: an empty p= is a revoked key, so no signature verifies whatever t= says (dkim-revoked's).
    { name: "t=y on a revoked key", yaml: withRecord("v=DKIM1; t=y; p=") },
  ],
  invalid: [
    {
      name: "t=y on an active selector",
      yaml: withRecord(`v=DKIM1; t=y; k=ed25519; p=${KEY}`),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 27, endColumn: 28, data: { selector: "s1" } }],
    },
    {
      name: "the y of the OVH panel's t=s:y",
      yaml: withRecord(`v=DKIM1; k=ed25519; p=${KEY}; t=s:y;`),
      errors: [{ messageId: "testing", level: "warn", line: 6, column: 38 + KEY.length + 6 }],
    },
  ],
});
