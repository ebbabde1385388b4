import rule from "../../src/rules/ttl-mail-too-short.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mail = `mail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "defaults", yaml: `domain: example.com\n${mail}mx: ovh\nspf: "v=spf1 include:mx.ovh.com ~all"\n` },
    { name: "short TTL during a migration", yaml: `domain: example.com\nttl: 60\nmigrationUntil: 2026-12-01\n${mail}mx: ovh\n` },
    { name: "migration ends today", yaml: `domain: example.com\nttl: 60\nmigrationUntil: 2026-11-23\n${mail}mx: ovh\n`, today: "2026-11-23" },
    { name: "short TTL on a non-mail record only", yaml: `domain: example.com\n${mail}mx: ovh\ncname:\n  - {name: autoconfig, target: mailconfig.ovh.net., ttl: 60}\n` },
    { name: "lower threshold by option", yaml: `domain: example.com\nttl: 120\n${mail}mx: ovh\n`, options: { minTtl: 60 } },
  ],
  invalid: [
    {
      name: "file default 60 used by the MX preset, after the migration",
      yaml: `domain: example.com\nttl: 60\nmigrationUntil: 2026-11-01\n${mail}mx: ovh\n`,
      errors: [{ messageId: "tooShort", level: "info", line: 2, column: 6, endColumn: 8, data: { what: "the file's default (used by mail records)", ttl: 60, minTtl: 300 } }],
    },
    {
      name: "explicit DMARC and DKIM TTLs",
      yaml: `domain: example.com\n${mail}mx: ovh\ndkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net., ttl: 120}\ndmarc: {record: "v=DMARC1; p=none", ttl: 299}\n`,
      errors: [
        { messageId: "tooShort", level: "info", line: 6, column: 52, data: { what: "DKIM s1", ttl: 120 } },
        { messageId: "tooShort", level: "info", line: 7, column: 42, data: { what: "DMARC", ttl: 299 } },
      ],
    },
    {
      name: "raised threshold by option",
      yaml: `domain: example.com\n${mail}mx:\n  - {host: mx0.mail.ovh.net., priority: 1, ttl: 600}\n`,
      options: { minTtl: 900 },
      errors: [{ messageId: "tooShort", level: "info", line: 4, column: 49, data: { ttl: 600, minTtl: 900 } }],
    },
  ],
});
