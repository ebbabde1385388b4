import rule from "../../src/rules/dmarc-sp-np-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "valid sp and np", yaml: `${head}dmarc: "v=DMARC1; p=reject; sp=quarantine; np=reject"\n` },
    { name: "sp on an organizational domain under a two-label suffix", yaml: `domain: example.co.uk\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n` },
    { name: "invalid p is dmarc-p-invalid's", yaml: `${head}dmarc: "v=DMARC1; p=rejected"\n` },
    {
      name: "option adds a suffix the Public Suffix List does not know",
      yaml: `domain: example.gen.test\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      options: { twoLabelSuffixes: ["gen.test"] },
    },
    {
      name: "one label below the longer of two overlapping added suffixes is an Organizational Domain",
      yaml: `domain: a.example.gen.test\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      options: { twoLabelSuffixes: ["gen.test", "example.gen.test"] },
    },
  ],
  invalid: [
    {
      name: "typos in sp and np",
      yaml: `${head}dmarc: "v=DMARC1; p=reject; sp=quarantined; np=block"\n`,
      // RFC 9989 §4.10.1, RFC 7489 §6.6.3 step 6: no fallback to p=; without a valid rua= no DMARC at all.
      errors: [
        {
          messageId: "invalid",
          level: "error",
          line: 3,
          column: 32,
          endColumn: 43,
          data: { tag: "sp", value: "quarantined", consequence: "receivers then apply no DMARC processing at all, for the domain itself too" },
        },
        {
          messageId: "invalid",
          level: "error",
          line: 3,
          column: 48,
          endColumn: 53,
          data: {
            tag: "np",
            consequence: "RFC 9989 receivers then apply no DMARC processing at all, for the domain itself too (RFC 7489 receivers ignore np=)",
          },
        },
      ],
    },
    {
      name: "an invalid sp with a valid rua: the whole record reads as p=none",
      yaml: `${head}dmarc: "v=DMARC1; p=reject; sp=rejected; rua=mailto:d@example.com"\n`,
      errors: [
        {
          messageId: "invalid",
          level: "error",
          line: 3,
          column: 32,
          endColumn: 40,
          data: { tag: "sp", consequence: "receivers then read the whole record as p=none, for the domain itself too" },
        },
      ],
    },
    {
      name: "the Public Suffix List knows co.uk: a subdomain below example.co.uk",
      yaml: `domain: mail.example.co.uk\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, endColumn: 36, data: { domain: "mail.example.co.uk", organizational: "example.co.uk" } }],
    },
    {
      name: "sp on a subdomain's own record is ignored",
      yaml: `domain: mail.example.com\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, endColumn: 36, data: { domain: "mail.example.com", organizational: "example.com" } }],
    },
    {
      name: "subdomain under a two-label suffix",
      yaml: `domain: shop.example.co.uk\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, data: { organizational: "example.co.uk" } }],
    },
    {
      // RFC 9989 §4.10.2: with no record at its parent, a subdomain's record may be the Organizational Domain's,
      // so the message names the parent whose record decides.
      name: "two labels below a suffix the option adds",
      yaml: `domain: a.example.gen.test\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      options: { twoLabelSuffixes: ["gen.test"] },
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, data: { domain: "a.example.gen.test", organizational: "example.gen.test" } }],
    },
    {
      // The Public Suffix List's longest-match rule: with both gen.test and example.gen.test added, the
      // Organizational Domain of x.a.example.gen.test is one label below the longer, whatever the order given.
      name: "overlapping suffixes the option adds: the longest one decides",
      yaml: `domain: x.a.example.gen.test\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      options: { twoLabelSuffixes: ["gen.test", "example.gen.test"] },
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, data: { domain: "x.a.example.gen.test", organizational: "a.example.gen.test" } }],
    },
    {
      // A suffix the option adds that is shorter than the list's does not shorten it: sub.example.co.uk stays
      // below example.co.uk with "uk" added.
      name: "a shorter added suffix than the list's",
      yaml: `domain: sub.example.co.uk\nmail: {provider: external}\ndmarc: "v=DMARC1; p=reject; sp=none"\n`,
      options: { twoLabelSuffixes: ["uk"] },
      errors: [{ messageId: "spOnSubdomain", level: "info", line: 3, column: 29, data: { domain: "sub.example.co.uk", organizational: "example.co.uk" } }],
    },
    {
      name: "structured np",
      yaml: `${head}dmarc:\n  p: reject\n  np: rejected\n`,
      errors: [{ messageId: "invalid", level: "error", line: 5, column: 7, data: { tag: "np" } }],
    },
  ],
});
