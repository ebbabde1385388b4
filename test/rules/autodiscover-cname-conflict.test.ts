import rule from "../../src/rules/autodiscover-cname-conflict.js";
import { ruleTester } from "../helpers/rule-tester.js";

const pro = `domain: example.com\nmail: {provider: ovh, offer: email-pro, server: pro1.mail.ovh.net}\nsrv:\n  - {service: _autodiscover._tcp, port: 443, target: pro1.mail.ovh.net.}\n`;

ruleTester(rule, {
  valid: [
    { name: "SRV only", yaml: pro },
    { name: "CNAME agreeing with the SRV", yaml: `${pro}cname:\n  - {name: autodiscover, target: pro1.mail.ovh.net.}\n` },
    { name: "unrelated CNAME", yaml: `${pro}cname:\n  - {name: webmail, target: ssl0.ovh.net.}\n` },
    {
      name: "MX Plan keeps its CNAMEs",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nsrv:\n  - {service: _autodiscover._tcp, port: 443, target: mailconfig.ovh.net.}\ncname:\n  - {name: autoconfig, target: mailconfig.ovh.net.}\n`,
    },
    { name: "CNAME without an autodiscover SRV", yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro}\ncname:\n  - {name: autodiscover, target: ssl0.ovh.net.}\n` },
  ],
  invalid: [
    {
      name: "MX Plan CNAMEs left on an Email Pro domain",
      yaml: `${pro}cname:\n  - {name: autodiscover, target: ssl0.ovh.net.}\n  - name: Autoconfig.example.com.\n    target: mailconfig.ovh.net.\n`,
      errors: [
        { messageId: "conflict", level: "warn", line: 6, column: 12, endColumn: 24, data: { name: "autodiscover", target: "ssl0.ovh.net.", srvTarget: "pro1.mail.ovh.net." } },
        { messageId: "conflict", level: "warn", line: 7, column: 11, data: { name: "Autoconfig.example.com." } },
      ],
    },
  ],
});
