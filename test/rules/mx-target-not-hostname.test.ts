import rule from "../../src/rules/mx-target-not-hostname.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;
const one = (host: string) => `${ovh}mx:\n  - host: ${host}\n    priority: 5\n`;

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `${ovh}mx: ovh\n` },
    { name: "absolute host", yaml: one("mx1.mail.ovh.net.") },
    { name: "relative host (mx-trailing-dot's business)", yaml: one("mx1.mail.ovh.net") },
    { name: "IDN host", yaml: one("mx.bücher.example.") },
    { name: "null MX", yaml: `${ovh}mx: none\n` },
    { name: "IP literal (mx-target-ip's business)", yaml: one("192.0.2.25") },
  ],
  invalid: [
    // A soft hyphen in a domain file's MX host is refused by file-schema at the character before any rule runs
    // (test/cli/host-names-invisible.test.ts); the host analysis this rule reads refuses it for MX targets
    // read from DNS or a zone file (test/mail/host.test.ts).
    {
      name: "https:// prefix from the OVH guide",
      yaml: one("https://mx1.mail.ovh.net"),
      errors: [
        {
          messageId: "scheme",
          level: "error",
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 19,
          data: { host: "https://mx1.mail.ovh.net", part: "https://", instead: '"mx1.mail.ovh.net."' },
        },
      ],
    },
    {
      name: "quoted URL with a path: range inside the quotes",
      yaml: one('"smtp://mx1.mail.ovh.net/"'),
      errors: [
        { messageId: "scheme", level: "error", line: 4, column: 12, endColumn: 19, data: { part: "smtp://" } },
        { messageId: "path", level: "error", line: 4, column: 35, endColumn: 36, data: { part: "/" } },
      ],
    },
    {
      name: "host with a port",
      yaml: one("mx1.mail.ovh.net:25"),
      errors: [{ messageId: "port", level: "error", line: 4, column: 27, endColumn: 30, data: { part: ":25", instead: '"mx1.mail.ovh.net."' } }],
    },
    {
      name: "an e-mail address",
      yaml: one("postmaster@example.com"),
      errors: [{ messageId: "atSign", level: "error", line: 4, column: 11, endColumn: 22, data: { part: "postmaster@", instead: '"example.com."' } }],
    },
    {
      name: "priority written into the host",
      yaml: one('"10 mx1.mail.ovh.net."'),
      errors: [{ messageId: "whitespace", level: "error", line: 4, column: 14, endColumn: 15, data: { instead: "the exchanger's host name alone" } }],
    },
    {
      name: "underscore",
      yaml: one("mail_in.example.com."),
      errors: [{ messageId: "underscore", level: "error", line: 4, column: 15, endColumn: 16 }],
    },
    {
      name: "empty host",
      yaml: one('""'),
      errors: [{ messageId: "empty", level: "error", line: 4, column: 11 }],
    },
    {
      name: "bad characters and double dots",
      yaml: one("mx*1..example."),
      errors: [
        { messageId: "badName", level: "error", line: 4, column: 13, endColumn: 14, data: { part: "*", reason: "only letters, digits, hyphens and dots are allowed" } },
        { messageId: "badName", level: "error", line: 4, column: 15, endColumn: 17, data: { part: ".." } },
      ],
    },
  ],
});
