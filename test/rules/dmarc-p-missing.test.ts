import rule from "../../src/rules/dmarc-p-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "p present", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@example.com"\n` },
    { name: "p present but invalid (dmarc-p-invalid's)", yaml: `${head}dmarc: "v=DMARC1; p=block"\n` },
    { name: "empty record (dmarc-v-first's)", yaml: `${head}dmarc: ""\n` },
  ],
  invalid: [
    {
      name: "only v and rua",
      yaml: `${head}dmarc: "v=DMARC1; rua=mailto:dmarc@example.com"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "sp alone does not stand in for p",
      yaml: `${head}dmarc: "v=DMARC1; sp=reject"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9 }],
    },
  ],
});
