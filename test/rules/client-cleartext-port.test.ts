import rule from "../../src/rules/client-cleartext-port.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nclients:\n`;

ruleTester(rule, {
  valid: [
    {
      name: "OVH's secure profile",
      yaml: `${head}  imap: {host: ssl0.ovh.net, port: 993, tls: ssl}\n  smtp: {host: ssl0.ovh.net, port: 587, tls: starttls}\n  pop: {host: ssl0.ovh.net, port: 995, tls: ssl}\n`,
    },
  ],
  invalid: [
    {
      name: "legacy Outlook guide settings",
      yaml: `${head}  imap: {host: ssl0.ovh.net, port: 143, tls: starttls}\n  smtp: {host: ssl0.ovh.net, port: 587, tls: none}\n  pop: {host: ssl0.ovh.net, port: 110, tls: none}\n`,
      errors: [
        { messageId: "legacyPort", level: "warn", line: 4, column: 36, endColumn: 39, data: { protocol: "IMAP", port: 143, secure: "port 993 with tls: ssl" } },
        { messageId: "cleartext", level: "warn", line: 5, column: 46, endColumn: 50, data: { protocol: "SMTP", port: 587 } },
        { messageId: "cleartext", level: "warn", line: 6, column: 45, data: { protocol: "POP", port: 110, secure: "port 995 with tls: ssl" } },
      ],
    },
  ],
});
