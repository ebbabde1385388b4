import rule from "../../src/rules/dmarc-duplicate-tag.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "each tag once", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; adkim=r; aspf=s; rua=mailto:dmarc@example.com"\n` },
    { name: "rua with two URIs is one tag", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:a@example.com,mailto:b@example.com"\n` },
  ],
  invalid: [
    {
      name: "OVH's second example repeats adkim=r",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; adkim=r; aspf=s; adkim=r"\n`,
      // second "adkim=r" at offset 41.
      errors: [{ messageId: "duplicate", level: "error", line: 3, column: 50, endColumn: 57, data: { tag: "adkim", first: "adkim=r" } }],
    },
    {
      name: "names differ only in case, reported each time",
      yaml: `${head}dmarc: "v=DMARC1; p=none; P=reject; p=quarantine"\n`,
      errors: [
        { messageId: "duplicate", level: "error", line: 3, column: 27, data: { tag: "P", first: "p=none" } },
        { messageId: "duplicate", level: "error", line: 3, column: 37, data: { tag: "p", first: "p=none" } },
      ],
    },
  ],
});
