import rule from "../../src/rules/autodiscover-offer-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";

const srv = (target: string) => `srv:\n  - {service: _autodiscover._tcp, port: 443, target: ${target}}\n`;

ruleTester(rule, {
  valid: [
    { name: "MX Plan to mailconfig", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n${srv("mailconfig.ovh.net.")}` },
    { name: "Email Pro to its server", yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro, server: pro1.mail.ovh.net}\n${srv("pro1.mail.ovh.net.")}` },
    { name: "Exchange to an ex server, none declared", yaml: `domain: example.com\nmail: {provider: ovh, offer: hosted-exchange}\n${srv("ex2.mail.ovh.net.")}` },
    { name: "external provider", yaml: `domain: example.com\nmail: {provider: external}\n${srv("mailconfig.ovh.net.")}` },
  ],
  invalid: [
    {
      name: "Email Pro still on mailconfig",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro, server: pro1.mail.ovh.net}\n${srv("mailconfig.ovh.net.")}`,
      errors: [{ messageId: "mailconfigOnServerOffer", level: "warn", line: 4, column: 54, endColumn: 73, data: { offer: "email-pro", expected: "pro1.mail.ovh.net." } }],
    },
    {
      name: "MX Plan pointing at a pro server",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: zimbra}\n${srv("pro3.mail.ovh.net.")}`,
      errors: [{ messageId: "serverOnMailconfigOffer", level: "warn", line: 4, column: 54, data: { target: "pro3.mail.ovh.net.", offer: "zimbra" } }],
    },
    {
      name: "Exchange pointing at another server than declared",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: hosted-exchange, server: ex2.mail.ovh.net}\n${srv("ex3.mail.ovh.net.")}`,
      errors: [{ messageId: "otherServer", level: "warn", line: 4, column: 54, data: { server: "ex2.mail.ovh.net" } }],
    },
  ],
});
