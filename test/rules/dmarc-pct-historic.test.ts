// RFC 9989 App. A.6: pct, rf, ri are historic: information when valid, a warning when rf=/ri= is malformed.
import rule from "../../src/rules/dmarc-pct-historic.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "no historic tags", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc@example.com"\n` },
    { name: "a tag merely containing pct in its value", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:pct@example.com"\n` },
  ],
  invalid: [
    {
      name: "pct, rf and ri",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; pct=25; rf=afrf; ri=86400"\n`,
      errors: [
        { messageId: "pct", level: "info", line: 3, column: 33, endColumn: 39, data: { value: "25" } },
        { messageId: "historic", level: "info", line: 3, column: 41, endColumn: 48, data: { tag: "rf" } },
        { messageId: "historic", level: "info", line: 3, column: 50, endColumn: 58, data: { tag: "ri" } },
      ],
    },
    {
      name: "a malformed ri= or rf=: a warning (RFC 7489 receivers discard it)",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; ri=1h; rf=afrf:"\n`,
      errors: [
        { messageId: "invalid", level: "warn", line: 3, column: 36, endColumn: 38, data: { tag: "ri", value: "1h" } },
        { messageId: "invalid", level: "warn", line: 3, column: 43, endColumn: 48, data: { tag: "rf", value: "afrf:" } },
      ],
    },
    {
      name: "structured pct points at the pct key's value",
      yaml: `${head}dmarc:\n  p: quarantine\n  pct: 10\n`,
      errors: [{ messageId: "pct", level: "info", line: 5, column: 8, data: { value: "10" } }],
    },
  ],
});
