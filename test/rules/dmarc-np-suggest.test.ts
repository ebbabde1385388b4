import rule from "../../src/rules/dmarc-np-suggest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "np=reject", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; np=reject; rua=mailto:d@example.com"\n` },
    { name: "sp=reject covers non-existent subdomains", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; sp=reject"\n` },
    { name: "p=reject alone falls through to reject", yaml: `${head}dmarc: "v=DMARC1; p=reject"\n` },
    { name: "monitoring stage", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:d@example.com"\n` },
    { name: "discarded record: a blank before v=DMARC1 (dmarc-v-first's)", yaml: `${head}dmarc: " v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n` },
  ],
  invalid: [
    {
      name: "p=quarantine without np",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:d@example.com"\n`,
      errors: [{ messageId: "missing", level: "info", line: 3, column: 19, endColumn: 31, data: { policy: "quarantine", effective: "quarantine" } }],
    },
    {
      name: "np weaker than reject",
      yaml: `${head}dmarc: "v=DMARC1; p=reject; np=quarantine"\n`,
      errors: [{ messageId: "weak", level: "info", line: 3, column: 32, endColumn: 42, data: { value: "quarantine" } }],
    },
    {
      name: "p=reject with sp=none: non-existent subdomains get none",
      yaml: `${head}dmarc: "v=DMARC1; p=reject; sp=none"\n`,
      errors: [{ messageId: "missing", level: "info", line: 3, column: 19, data: { effective: "none" } }],
    },
  ],
});
