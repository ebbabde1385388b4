import rule from "../../src/rules/dmarc-alignment-values.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "r and s", yaml: `${head}dmarc: "v=DMARC1; p=none; adkim=r; aspf=s"\n` },
    { name: "upper case", yaml: `${head}dmarc: "v=DMARC1; p=none; adkim=S; aspf=R"\n` },
    { name: "absent (defaults to r)", yaml: `${head}dmarc: "v=DMARC1; p=none"\n` },
  ],
  invalid: [
    {
      name: "words instead of letters",
      yaml: `${head}dmarc: "v=DMARC1; p=none; adkim=relaxed; aspf=strict"\n`,
      errors: [
        { messageId: "invalid", level: "error", line: 3, column: 33, endColumn: 40, data: { tag: "adkim", value: "relaxed" } },
        { messageId: "invalid", level: "error", line: 3, column: 47, endColumn: 53, data: { tag: "aspf", value: "strict" } },
      ],
    },
    {
      name: "structured aspf",
      yaml: `${head}dmarc:\n  p: none\n  aspf: x\n`,
      errors: [{ messageId: "invalid", level: "error", line: 5, column: 9, data: { value: "x" } }],
    },
  ],
});
