import rule from "../../src/rules/ttl-rrset-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `${head}mx: ovh\n` },
    { name: "same explicit TTL", yaml: `${head}mx:\n  - {host: mx0.mail.ovh.net., priority: 1, ttl: 600}\n  - {host: mx1.mail.ovh.net., priority: 5, ttl: 600}\n` },
    { name: "explicit TTL equal to the default", yaml: `${head}ttl: 600\nmx:\n  - {host: mx0.mail.ovh.net., priority: 1, ttl: 600}\n  - {host: mx1.mail.ovh.net., priority: 5}\n` },
    {
      name: "SRV of different services may differ",
      yaml: `${head}srv:\n  - {service: _imaps._tcp, port: 993, target: ssl0.ovh.net., ttl: 600}\n  - {service: _submissions._tcp, port: 465, target: ssl0.ovh.net.}\n`,
    },
  ],
  invalid: [
    {
      name: "MX 3600 and 600",
      yaml: `${head}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: mx1.mail.ovh.net., priority: 5, ttl: 600}\n`,
      errors: [
        {
          messageId: "mismatch",
          level: "warn",
          line: 5,
          column: 49,
          endColumn: 52,
          data: { rrset: "MX", record: "mx1.mail.ovh.net.", ttl: 600, first: "mx0.mail.ovh.net.", firstTtl: 3600 },
        },
      ],
    },
    {
      name: "two SRV records of one service",
      yaml: `${head}srv:\n  - {service: _imaps._tcp, priority: 0, port: 993, target: ssl0.ovh.net., ttl: 600}\n  - {service: _imaps._tcp, priority: 10, port: 993, target: imap.mail.ovh.net., ttl: 300}\n`,
      errors: [{ messageId: "mismatch", level: "warn", line: 5, column: 86, data: { rrset: "SRV _imaps._tcp", ttl: 300, firstTtl: 600 } }],
    },
  ],
});
