import rule from "../../src/rules/ttl-below-ovh-min.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mail = `mail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "defaults", yaml: `domain: example.com\n${mail}mx: ovh\n` },
    { name: "0 means the zone default", yaml: `domain: example.com\nttl: 0\n${mail}mx:\n  - {host: mx0.mail.ovh.net., priority: 1, ttl: 0}\n` },
    { name: "exactly 60", yaml: `domain: example.com\nttl: 60\n${mail}spf: {record: "v=spf1 include:mx.ovh.com ~all", ttl: 60}\n` },
  ],
  invalid: [
    {
      name: "file default 30 (MX preset inherits it: one finding)",
      yaml: `domain: example.com\nttl: 30\n${mail}mx: ovh\n`,
      errors: [{ messageId: "belowMin", level: "error", line: 2, column: 6, endColumn: 8, data: { what: "the file's default", ttl: 30 } }],
    },
    {
      name: "record TTLs on MX, SPF, DKIM, DMARC, SRV and CNAME",
      yaml: [
        "domain: example.com",
        mail.trimEnd(),
        "mx:",
        "  - {host: mx0.mail.ovh.net., priority: 1, ttl: 1}",
        "spf: {record: \"v=spf1 include:mx.ovh.com ~all\", ttl: 59}",
        "dkim:",
        "  selectors:",
        "    - {name: s1, cname: s1.dkim.example.net., ttl: 10}",
        "dmarc: {record: \"v=DMARC1; p=none\", ttl: 20}",
        "srv:",
        "  - {service: _imaps._tcp, port: 993, target: ssl0.ovh.net., ttl: 30}",
        "cname:",
        "  - {name: autoconfig, target: mailconfig.ovh.net., ttl: 40}",
        "",
      ].join("\n"),
      errors: [
        { messageId: "belowMin", level: "error", line: 4, column: 49, endColumn: 50, data: { what: "MX mx0.mail.ovh.net.", ttl: 1 } },
        { messageId: "belowMin", level: "error", line: 5, column: 54, data: { what: "SPF", ttl: 59 } },
        { messageId: "belowMin", level: "error", line: 8, column: 52, data: { what: "DKIM s1", ttl: 10 } },
        { messageId: "belowMin", level: "error", line: 9, column: 42, data: { what: "DMARC", ttl: 20 } },
        { messageId: "belowMin", level: "error", line: 11, column: 67, data: { what: "SRV _imaps._tcp", ttl: 30 } },
        { messageId: "belowMin", level: "error", line: 13, column: 58, data: { what: "CNAME autoconfig", ttl: 40 } },
      ],
    },
  ],
});
