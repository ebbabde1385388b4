// RFC 7489 §6.3/§6.4 want p second; RFC 9989 §4.7 allows any order after v: a warning.
import rule from "../../src/rules/dmarc-p-not-second.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "p second", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@example.com"\n` },
    { name: "no p (dmarc-p-missing's)", yaml: `${head}dmarc: "v=DMARC1; rua=mailto:dmarc@example.com"\n` },
    { name: "v not first (dmarc-v-first's)", yaml: `${head}dmarc: "rua=mailto:dmarc@example.com; v=DMARC1; p=none"\n` },
    { name: "structured form renders p second", yaml: `${head}dmarc: {rua: mailto:dmarc@example.com, p: none}\n` },
  ],
  invalid: [
    {
      name: "rua before p",
      yaml: `${head}dmarc: "v=DMARC1; rua=mailto:dmarc@example.com; p=none"\n`,
      // "p=none" starts at offset 40.
      errors: [{ messageId: "notSecond", level: "warn", line: 3, column: 49, endColumn: 55, data: { position: 3 } }],
    },
  ],
});
