import rule from "../../src/rules/dkim-revoked.js";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string, active = true) =>
  `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n${active ? "" : "      active: false\n"}`;

ruleTester(rule, {
  valid: [
    { name: "a key", yaml: withRecord(`v=DKIM1; p=${rsaSpki(1024)}`) },
    { name: "no p= at all is not a revocation", yaml: withRecord("v=DKIM1; k=rsa") },
  ],
  invalid: [
    {
      name: "active selector with an empty p=",
      yaml: withRecord("v=DKIM1; k=rsa; p="),
      errors: [{ messageId: "revokedActive", level: "error", line: 6, column: 32, endColumn: 34, data: { selector: "s1" } }],
    },
    {
      name: "retired selector with an empty p=: information",
      yaml: withRecord("v=DKIM1; p= ;", false),
      errors: [{ messageId: "revoked", level: "info", line: 6, column: 25, endColumn: 27 }],
    },
  ],
});
