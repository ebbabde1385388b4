import rule from "../../src/rules/mx-not-ovh.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ovh = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "preset", yaml: `${ovh}mx: ovh\n` },
    { name: "subset of OVH hosts in any case, with or without dot", yaml: `${ovh}mx:\n  - {host: MX4.mail.ovh.net, priority: 1}\n  - {host: mx3.mail.ovh.ca., priority: 10}\n` },
    { name: "legacy hosts are left to mx-legacy-ovh-host", yaml: `${ovh}mx:\n  - {host: redirect.ovh.net., priority: 1}\n` },
    { name: "an IP literal is left to mx-target-ip", yaml: `${ovh}mx:\n  - {host: 192.0.2.25, priority: 1}\n` },
    { name: "external provider", yaml: `domain: example.com\nmail: {provider: external}\nmx:\n  - {host: mail.example.com., priority: 10}\n` },
    { name: "private exchange is not a shared offer", yaml: `domain: example.com\nmail: {provider: ovh, offer: private-exchange}\nmx:\n  - {host: mail.example.com., priority: 10}\n` },
    {
      name: "a declared gateway",
      yaml: `${ovh}mx:\n  - {host: filter.example.net., priority: 1}\n  - {host: mx1.mail.ovh.net., priority: 5}\n`,
      options: { gateways: ["FILTER.example.net"] },
    },
  ],
  invalid: [
    {
      name: "own server on an MX Plan domain",
      yaml: `${ovh}mx:\n  - {host: mx1.mail.ovh.net., priority: 5}\n  - {host: mail.example.com., priority: 10}\n`,
      errors: [
        {
          messageId: "notOvh",
          level: "error",
          line: 5,
          column: 12,
          endColumn: 29,
          data: { host: "mail.example.com.", offer: "mx-plan" },
        },
      ],
    },
    {
      name: "a URL around a foreign host is still foreign",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro}\nmx:\n  - host: https://mx.example.net\n    priority: 1\n`,
      errors: [{ messageId: "notOvh", level: "error", line: 4, column: 11, data: { offer: "email-pro" } }],
    },
  ],
});
