import rule from "../../src/rules/client-imap-settings.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mxPlan = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "ssl0.ovh.net 993 ssl", yaml: `${mxPlan}clients:\n  imap: {host: ssl0.ovh.net, port: 993, tls: ssl}\n` },
    { name: "imap.mail.ovh.net with dot", yaml: `${mxPlan}clients:\n  imap: {host: imap.mail.ovh.net., port: 993, tls: ssl}\n` },
    { name: "Email Pro server pattern", yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro}\nclients:\n  imap: {host: pro12.mail.ovh.net, port: 993, tls: ssl}\n` },
    { name: "Exchange CA", yaml: `domain: example.com\nmail: {provider: ovh, offer: hosted-exchange, region: ca}\nclients:\n  imap: {host: ex.mail.ovh.ca, port: 993, tls: ssl}\n` },
    { name: "external provider, any host", yaml: `domain: example.com\nmail: {provider: external}\nclients:\n  imap: {host: imap.example.net, port: 993, tls: ssl}\n` },
    { name: "no client profile", yaml: mxPlan },
  ],
  invalid: [
    {
      name: "a URL where the IMAP host belongs",
      yaml: `${mxPlan}clients:\n  imap: {host: "https://ssl0.ovh.net/", port: 993, tls: ssl}\n`,
      errors: [{ messageId: "notHostname", level: "warn", line: 4, column: 16, data: { part: "https://", instead: "ssl0.ovh.net" } }],
    },
    {
      name: "143 without TLS",
      yaml: `${mxPlan}clients:\n  imap: {host: ssl0.ovh.net, port: 143, tls: none}\n`,
      errors: [{ messageId: "port", level: "warn", line: 4, column: 36, endColumn: 39, data: { port: 143 } }],
    },
    {
      name: "993 with STARTTLS",
      yaml: `${mxPlan}clients:\n  imap: {host: ssl0.ovh.net, port: 993, tls: starttls}\n`,
      errors: [{ messageId: "tls", level: "warn", line: 4, column: 46, data: { tls: "starttls" } }],
    },
    {
      name: "Email Pro domain using MX Plan's host, declared server",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro, server: pro2.mail.ovh.net}\nclients:\n  imap: {host: ssl0.ovh.net, port: 993, tls: ssl}\n`,
      errors: [{ messageId: "host", level: "warn", line: 4, column: 16, endColumn: 28, data: { host: "ssl0.ovh.net", offer: "email-pro", expected: "pro2.mail.ovh.net" } }],
    },
  ],
});
