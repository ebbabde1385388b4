import rule from "../../src/rules/dmarc-no-rua.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "rua present", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "parked domain needs no reports", yaml: `domain: example.com\nmail: {provider: none}\ndmarc: "v=DMARC1; p=reject;"\n` },
    { name: "no record (dmarc-missing's)", yaml: `${head}` },
  ],
  invalid: [
    {
      name: "p=none without rua",
      yaml: `${head}dmarc: "v=DMARC1; p=none"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "ruf alone is not rua",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; ruf=mailto:f@example.com"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9 }],
    },
  ],
});
