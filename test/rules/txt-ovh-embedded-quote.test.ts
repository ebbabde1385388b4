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
      // The apply writes these at OVH as TXT too, and refuses them the same way: lint says it first.
      name: "TLS-RPT and MTA-STS records",
      yaml: `${head}tlsRpt: 'v=TLSRPTv1; rua=mailto:"tls"@example.com'\nmtaSts:\n  record: 'v=STSv1; id=\\2026'\n`,
      errors: [
        { messageId: "quote", level: "error", line: 3, column: 33, data: { record: "TLS-RPT", char: 'a double quote (")', position: 24 } },
        { messageId: "quote", level: "error", line: 3, column: 37, data: { record: "TLS-RPT", position: 28 } },
        { messageId: "quote", level: "error", line: 5, column: 24, data: { record: "MTA-STS", char: "a backslash (\\)", position: 13 } },
      ],
    },
    {
      name: "backslash in SPF, in the second string of a list",
      yaml: `${head}spf:\n  record:\n    - "v=spf1 include:mx.ovh.com "\n    - "~all\\\\"\n`,
      errors: [{ messageId: "quote", level: "error", line: 6, column: 12, endLine: 6, endColumn: 14, data: { record: "SPF", char: "a backslash (\\)", position: 31 } }],
    },
  ],
});
