import rule from "../../src/rules/dmarc-p-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "quarantine", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "policy case does not matter", yaml: `${head}dmarc: "v=DMARC1; p=Reject"\n` },
    { name: "no p at all is dmarc-p-missing's", yaml: `${head}dmarc: "v=DMARC1; rua=mailto:dmarc@example.com"\n` },
    { name: "invalid sp is dmarc-sp-np-invalid's", yaml: `${head}dmarc: "v=DMARC1; p=none; sp=quarantined"\n` },
  ],
  invalid: [
    {
      name: "p=block",
      yaml: `${head}dmarc: "v=DMARC1; p=block"\n`,
      // `"` at column 8, "block" at offset 12 → 8 + 1 + 12.
      errors: [{ messageId: "invalid", level: "error", line: 3, column: 21, endColumn: 26, data: { value: "block" } }],
    },
    {
      name: "empty p, and a duplicate with a typo",
      yaml: `${head}dmarc: "v=DMARC1; p=; p=rejet"\n`,
      errors: [
        { messageId: "invalid", level: "error", line: 3, column: 19, data: { value: "" } },
        { messageId: "invalid", level: "error", line: 3, column: 25, data: { value: "rejet" } },
      ],
    },
    {
      name: "structured form points at the p key's value",
      yaml: `${head}dmarc:\n  p: quarntine\n  rua: mailto:dmarc@example.com\n`,
      errors: [{ messageId: "invalid", level: "error", line: 4, column: 6, data: { value: "quarntine" } }],
    },
  ],
});
