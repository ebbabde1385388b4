// RFC 7489 §6.4 (pct = 1*3DIGIT, 0..100): RFC 7489-only, so a bad value is a warning (RFC 9989 receivers ignore pct=).
import rule from "../../src/rules/dmarc-pct-range.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "pct=50", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=50"\n` },
    { name: "pct=0 and pct=100 bounds", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=0"\n` },
    { name: "pct=100", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=100"\n` },
    { name: "no pct", yaml: `${head}dmarc: "v=DMARC1; p=quarantine"\n` },
  ],
  invalid: [
    {
      name: "pct=150",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=150"\n`,
      errors: [{ messageId: "outOfRange", level: "warn", line: 3, column: 37, endColumn: 40, data: { value: "150" } }],
    },
    {
      name: "fraction and percent sign",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=50.5; pct=25%"\n`,
      errors: [
        { messageId: "outOfRange", level: "warn", line: 3, column: 37, data: { value: "50.5" } },
        { messageId: "outOfRange", level: "warn", line: 3, column: 47, data: { value: "25%" } },
      ],
    },
    {
      name: "structured pct out of range",
      yaml: `${head}dmarc:\n  p: quarantine\n  pct: 101\n`,
      errors: [{ messageId: "outOfRange", level: "warn", line: 5, column: 8, data: { value: "101" } }],
    },
  ],
});
