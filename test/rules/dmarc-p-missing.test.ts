// RFC 7489 §6.6.3 step 6 and RFC 9989 §4.10.1: a record without a valid p= is read as p=none when its rua=
// holds a valid URI, and gets no DMARC processing at all otherwise.
import rule from "../../src/rules/dmarc-p-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "p present", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@example.com"\n` },
    { name: "p present but invalid (dmarc-p-invalid's)", yaml: `${head}dmarc: "v=DMARC1; p=block"\n` },
    { name: "empty record (dmarc-v-first's)", yaml: `${head}dmarc: ""\n` },
    { name: "no separator after v: the record is discarded (dmarc-v-first's), p is not the question", yaml: `${head}dmarc: "v=DMARC1 p=reject"\n` },
  ],
  invalid: [
    {
      name: "only v and a valid rua: read as p=none (warning)",
      yaml: `${head}dmarc: "v=DMARC1; rua=mailto:dmarc@example.com"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "a valid rua among broken ones still makes it p=none",
      yaml: `${head}dmarc: "v=DMARC1; rua=dmarc@example.com,mailto:dmarc@example.com"\n`,
      errors: [{ messageId: "missing", level: "warn", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "v alone: no DMARC processing at all (error)",
      yaml: `${head}dmarc: "v=DMARC1"\n`,
      errors: [{ messageId: "ignored", level: "error", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "sp alone does not stand in for p, and without rua nothing applies",
      yaml: `${head}dmarc: "v=DMARC1; sp=reject"\n`,
      errors: [{ messageId: "ignored", level: "error", line: 3, column: 9, endColumn: 17 }],
    },
    {
      name: "a rua without a valid URI does not rescue the record",
      yaml: `${head}dmarc: "v=DMARC1; rua=dmarc@example.com"\n`,
      errors: [{ messageId: "ignored", level: "error", line: 3, column: 9, endColumn: 17 }],
    },
  ],
});
