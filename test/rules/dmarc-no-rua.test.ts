import rule from "../../src/rules/dmarc-no-rua.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "rua present", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "parked domain needs no reports", yaml: `domain: example.com\nmail: {provider: none}\ndmarc: "v=DMARC1; p=reject;"\n` },
    { name: "no record (dmarc-missing's)", yaml: `${head}` },
    // Receivers discard a record that does not start with v=DMARC1 (RFC 7489 §6.6.3, RFC 9989 §4.10): no
    // reports are asked for whatever it holds, and dmarc-v-first's error is the one thing to fix.
    { name: "discarded: v=dmarc1 in lower case", yaml: `${head}dmarc: "v=dmarc1; p=none"\n` },
    { name: "discarded: v=DMARC1 not first", yaml: `${head}dmarc: "p=quarantine; v=DMARC1"\n` },
    { name: "discarded: a blank before v=DMARC1", yaml: `${head}dmarc: " v=DMARC1; p=quarantine"\n` },
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
