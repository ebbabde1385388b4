import rule from "../../src/rules/txt-ovh-embedded-quote.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "plain records", yaml: `${head}spf: "v=spf1 include:mx.ovh.com ~all"\ndmarc: "v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n` },
    { name: "quotes of the YAML itself are not in the value", yaml: `${head}spf: 'v=spf1 include:mx.ovh.com ~all'\n` },
  ],
  invalid: [
    {
      name: "DKIM note in quotes",
      yaml: `${head}dkim:\n  selectors:\n    - name: s1\n      record: 'v=DKIM1; n="note"; p=MIIB'\n`,
      errors: [
        { messageId: "quote", level: "error", line: 6, column: 27, endColumn: 28, data: { record: "DKIM s1", position: 12 } },
        { messageId: "quote", level: "error", line: 6, column: 32, endColumn: 33, data: { position: 17 } },
      ],
    },
    {
      name: "backslash in SPF, in the second string of a list",
      yaml: `${head}spf:\n  record:\n    - "v=spf1 include:mx.ovh.com "\n    - "~all\\\\"\n`,
      errors: [{ messageId: "quote", level: "error", line: 6, column: 7, data: { record: "SPF", char: "a backslash (\\)", position: 31 } }],
    },
  ],
});
