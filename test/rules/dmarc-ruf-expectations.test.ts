import rule from "../../src/rules/dmarc-ruf-expectations.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "rua only", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n` },
    // A record receivers discard asks for nothing (dmarc-v-first's error).
    { name: "ruf in a discarded record", yaml: `${head}dmarc: "v=dmarc1; p=none; ruf=mailto:f@example.com"\n` },
  ],
  invalid: [
    {
      name: "ruf set",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "ruf", level: "info", line: 3, column: 53, endColumn: 77 }],
    },
    {
      name: "structured ruf",
      yaml: `${head}dmarc:\n  p: none\n  ruf: mailto:f@example.com\n`,
      errors: [{ messageId: "ruf", level: "info", line: 5, column: 8 }],
    },
  ],
});
