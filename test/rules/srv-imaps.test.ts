import rule from "../../src/rules/srv-imaps.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mxPlan = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;
const imaps = (port: number, target: string) => `${mxPlan}srv:\n  - {service: _imaps._tcp, priority: 0, weight: 0, port: ${port}, target: ${target}}\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH default", yaml: imaps(993, "ssl0.ovh.net.") },
    { name: "imap.mail.ovh.net", yaml: imaps(993, "imap.mail.ovh.net") },
    { name: "service not offered", yaml: imaps(0, '"."') },
    { name: "other service", yaml: `${mxPlan}srv:\n  - {service: _imap._tcp, port: 143, target: ssl0.ovh.net.}\n` },
    { name: "Email Pro is out of scope", yaml: `domain: example.com\nmail: {provider: ovh, offer: email-pro}\nsrv:\n  - {service: _imaps._tcp, port: 993, target: pro1.mail.ovh.net.}\n` },
    { name: "CA region host", yaml: `domain: example.com\nmail: {provider: ovh, offer: zimbra, region: ca}\nsrv:\n  - {service: _imaps._tcp, port: 993, target: imap.mail.ovh.ca.}\n` },
  ],
  invalid: [
    {
      name: "port 143",
      yaml: imaps(143, "ssl0.ovh.net."),
      errors: [{ messageId: "port", level: "warn", line: 4, column: 58, endColumn: 61, data: { port: 143, expected: "ssl0.ovh.net. or imap.mail.ovh.net." } }],
    },
    {
      name: "foreign target, full owner name",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: zimbra}\nsrv:\n  - service: _IMAPS._tcp.example.com.\n    port: 993\n    target: mail.example.com.\n`,
      errors: [{ messageId: "target", level: "warn", line: 6, column: 13, data: { target: "mail.example.com.", offer: "zimbra" } }],
    },
  ],
});
