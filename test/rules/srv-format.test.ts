import rule from "../../src/rules/srv-format.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: external}\nsrv:\n`;

ruleTester(rule, {
  valid: [
    { name: "well formed", yaml: `${head}  - {service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net.}\n` },
    { name: "defaults for priority and weight, relative target", yaml: `${head}  - {service: _autodiscover._tcp, port: 443, target: mailconfig.ovh.net}\n` },
    { name: "not offered", yaml: `${head}  - {service: _pop3._tcp, port: 0, target: "."}\n` },
    { name: "fully qualified owner", yaml: `${head}  - {service: _submissions._tcp.example.com., port: 465, target: ssl0.ovh.net.}\n` },
  ],
  invalid: [
    {
      name: "@ as an SRV name: the owner is _service._proto (RFC 2782, RFC 6335 §5.1)",
      yaml: `${head}  - {service: "@", port: 993, target: ssl0.ovh.net.}\n`,
      errors: [{ messageId: "badService", level: "error", line: 4, column: 15, endColumn: 18, data: { service: "@" } }],
    },
    {
      name: "a URL as an SRV target",
      yaml: `${head}  - {service: _imaps._tcp, port: 993, target: "https://ssl0.ovh.net"}\n`,
      errors: [{ messageId: "badTarget", level: "error", line: 4, column: 48, endColumn: 56, data: { part: "https://", instead: '"ssl0.ovh.net."' } }],
    },
    {
      name: "owner without underscores, port out of range",
      yaml: `${head}  - {service: imaps.tcp, priority: 0, weight: 1, port: 99300, target: ssl0.ovh.net.}\n`,
      errors: [
        { messageId: "badService", level: "error", line: 4, column: 15, endColumn: 24, data: { service: "imaps.tcp" } },
        { messageId: "outOfRange", level: "error", line: 4, column: 56, data: { field: "port", value: "99300" } },
      ],
    },
    {
      name: "negative weight and an IP target",
      yaml: `${head}  - {service: _imaps._tcp, priority: 70000, weight: -1, port: 993, target: 192.0.2.1}\n`,
      errors: [
        { messageId: "outOfRange", level: "error", line: 4, column: 38, data: { field: "priority", value: "70000" } },
        { messageId: "outOfRange", level: "error", line: 4, column: 53, data: { field: "weight", value: "-1" } },
        { messageId: "targetIp", level: "error", line: 4, column: 76, data: { target: "192.0.2.1" } },
      ],
    },
    {
      name: "target with a port, the API's 'prio weight port host' pasted",
      yaml: `${head}  - service: _imaps._tcp\n    port: 993\n    target: ssl0.ovh.net:993\n  - service: _imaps._tcp\n    port: 993\n    target: "0 0 993 ssl0.ovh.net."\n`,
      errors: [
        { messageId: "badTarget", level: "error", line: 6, column: 25, endColumn: 29, data: { part: ":993", instead: '"ssl0.ovh.net."' } },
        { messageId: "badTarget", level: "error", line: 9, column: 15, endColumn: 16, data: { part: " " } },
        { messageId: "badTarget", level: "error", line: 9, column: 17, endColumn: 18, data: { part: " " } },
        { messageId: "badTarget", level: "error", line: 9, column: 21, endColumn: 22, data: { part: " ", instead: "the server's host name alone" } },
      ],
    },
  ],
});
