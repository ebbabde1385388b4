import rule from "../../src/rules/dmarc-fo-values.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "fo=1 with ruf", yaml: `${head}dmarc: "v=DMARC1; p=none; fo=1; ruf=mailto:f@example.com"\n` },
    { name: "colon list with spaces", yaml: `${head}dmarc: "v=DMARC1; p=none; fo=d : s; ruf=mailto:f@example.com"\n` },
    { name: "no fo", yaml: `${head}dmarc: "v=DMARC1; p=none"\n` },
  ],
  invalid: [
    {
      name: "fo=2",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=2; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "invalid", level: "error", line: 3, column: 30, endColumn: 31, data: { option: "2" } }],
    },
    {
      name: "0 together with 1",
      yaml: `${head}dmarc: "v=DMARC1; p=none; fo=0:1; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "conflict", level: "error", line: 3, column: 30, endColumn: 33 }],
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
