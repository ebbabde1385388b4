// RFC 9989 §4.7: psd=y is what a public suffix's operator publishes; §4.10.2 step 2 then makes each name one
// label below it an Organizational Domain of its own.
import rule from "../../src/rules/dmarc-psd-not-suffix.js";
import { ruleTester } from "../helpers/rule-tester.js";

const record = (domain: string, dmarc: string) => `domain: ${domain}\nmail: {provider: external}\ndmarc: "${dmarc}"\n`;

ruleTester(rule, {
  valid: [
    { name: "no psd", yaml: record("example.com", "v=DMARC1; p=reject") },
    { name: "psd=n: the domain is its own organization", yaml: record("example.com", "v=DMARC1; p=reject; psd=n") },
    { name: "psd=u, the default", yaml: record("example.com", "v=DMARC1; p=reject; psd=u") },
    { name: "psd=y at a public suffix (the Public Suffix List lists co.uk)", yaml: record("co.uk", "v=DMARC1; p=reject; psd=y") },
    { name: "a discarded record (dmarc-v-first's)", yaml: record("example.com", "v=dmarc1; p=reject; psd=y") },
  ],
  invalid: [
    {
      name: "psd=y at an ordinary domain",
      yaml: record("example.com", "v=DMARC1; p=reject; psd=y"),
      errors: [{ messageId: "notSuffix", level: "warn", line: 3, column: 33, endColumn: 34, data: { domain: "example.com", organizational: "example.com" } }],
    },
    {
      name: "psd=Y at a subdomain",
      yaml: record("mail.example.co.uk", "v=DMARC1; p=reject; psd=Y"),
      errors: [{ messageId: "notSuffix", level: "warn", line: 3, column: 33, data: { domain: "mail.example.co.uk", organizational: "example.co.uk" } }],
    },
  ],
});
