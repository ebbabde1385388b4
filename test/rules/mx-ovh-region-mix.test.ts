import rule from "../../src/rules/mx-ovh-region-mix.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "EU preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
    { name: "CA preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx: ovh\n` },
    { name: "CA hosts in a CA account", yaml: `domain: example.com\nmail: {provider: ovh, offer: hosted-exchange, region: ca}\nmx:\n  - {host: mx0.mail.ovh.ca., priority: 1}\n` },
    { name: "external domain on one region", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx0.mail.ovh.ca., priority: 1}\n` },
  ],
  invalid: [
    {
      name: "CA host on an EU account",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: mx1.mail.ovh.ca., priority: 5}\n`,
      errors: [
        {
          messageId: "wrongRegion",
          level: "warn",
          line: 5,
          column: 12,
          endColumn: 28,
          data: { host: "mx1.mail.ovh.ca.", hostRegion: "ca", region: "eu", expected: "mx1.mail.ovh.net." },
        },
      ],
    },
    {
      name: "EU hosts on a CA account",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nmx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n`,
      errors: [{ messageId: "wrongRegion", level: "warn", line: 4, column: 12, data: { expected: "mx0.mail.ovh.ca." } }],
    },
    {
      name: "both suffixes on an external domain",
      yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: mx1.mail.ovh.ca., priority: 5}\n`,
      errors: [{ messageId: "mixed", level: "warn", line: 4, column: 3, data: { netCount: 1, caCount: 1 } }],
    },
  ],
});
