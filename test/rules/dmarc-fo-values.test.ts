// RFC 7489 §6.3/§6.4, RFC 9989 §4.7: fo= is a colon-separated list of 0, 1, d, s.
import rule from "../../src/rules/dmarc-fo-values.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "fo=1 with ruf", yaml: `${head}dmarc: "v=DMARC1; p=none; fo=1; ruf=mailto:f@example.com"\n` },
    { name: "colon list with spaces", yaml: `${head}dmarc: "v=DMARC1; p=none; fo=d : s; ruf=mailto:f@example.com"\n` },
    { name: "fo without ruf in a discarded record (dmarc-v-first's)", yaml: `${head}dmarc: "p=none; v=DMARC1; fo=1"\n` },
    { name: "no fo", yaml: `${head}dmarc: "v=DMARC1; p=none"\n` },
    { name: "all four options, 0 and 1 together: a valid list raises nothing", yaml: `${head}dmarc: "v=DMARC1; p=none; fo=0:1:d:s; ruf=mailto:f@example.com"\n` },
  ],
  invalid: [
    {
      name: "fo=2",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=2; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "invalid", level: "error", line: 3, column: 30, endColumn: 31, data: { option: "2" } }],
    },
    {
      name: "an option named twice: one level lower",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=d:d; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "repeated", level: "warn", line: 3, column: 30, endColumn: 33, data: { option: "d" } }],
    },
    {
      name: "fo without ruf: info",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=d:s"\n`,
      errors: [{ messageId: "withoutRuf", level: "info", line: 3, column: 27, endColumn: 33, data: { value: "d:s" } }],
    },
    {
      name: "bad option and no ruf",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=1 : x"\n`,
      errors: [
        { messageId: "withoutRuf", level: "info", line: 3, column: 27 },
        { messageId: "invalid", level: "error", line: 3, column: 30, data: { option: "x" } },
      ],
    },
  ],
});
