import rule from "../../src/rules/client-smtp-settings.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mxPlan = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;
const smtp = (body: string) => `${mxPlan}clients:\n  smtp: {${body}}\n`;

ruleTester(rule, {
  valid: [
    { name: "465 ssl", yaml: smtp("host: ssl0.ovh.net, port: 465, tls: ssl") },
    { name: "587 starttls", yaml: smtp("host: smtp.mail.ovh.net, port: 587, tls: starttls") },
    { name: "CA host", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan, region: ca}\nclients:\n  smtp: {host: smtp.mail.ovh.ca, port: 587, tls: starttls}\n` },
  ],
  invalid: [
    {
      name: "the https:// pitfall of OVH's SMTP article, as for MX targets",
      yaml: smtp("host: \"https://ssl0.ovh.net\", port: 465, tls: ssl"),
      errors: [{ messageId: "notHostname", level: "warn", line: 4, column: 16, data: { part: "https://", what: "a URL scheme", instead: "ssl0.ovh.net" } }],
    },
    {
      name: "host:port in the host field, whoever hosts the mail",
      yaml: `domain: example.com\nmail: {provider: external}\nclients:\n  smtp: {host: \"smtp.example.net:587\", port: 587, tls: starttls}\n`,
      errors: [{ messageId: "notHostname", level: "warn", line: 4, column: 16, data: { part: ":587", instead: "smtp.example.net" } }],
    },
    {
      name: "port 25",
      yaml: smtp("host: ssl0.ovh.net, port: 25, tls: starttls"),
      errors: [{ messageId: "port25", level: "warn", line: 4, column: 36, endColumn: 38 }],
    },
    {
      name: "port 2525",
      yaml: smtp("host: ssl0.ovh.net, port: 2525, tls: ssl"),
      errors: [{ messageId: "port", level: "warn", line: 4, column: 36, data: { port: 2525 } }],
    },
    {
      name: "465 with STARTTLS and a foreign host",
      yaml: smtp("host: smtp.gmail.com, port: 465, tls: starttls"),
      errors: [
        { messageId: "host", level: "warn", line: 4, column: 16, data: { host: "smtp.gmail.com", expected: "ssl0.ovh.net or smtp.mail.ovh.net" } },
        { messageId: "tls", level: "warn", line: 4, column: 48, data: { port: 465, tls: "starttls", expected: "ssl" } },
      ],
    },
  ],
});
