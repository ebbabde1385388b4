import rule from "../../src/rules/mx-target-ip.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ext = `domain: example.com\nmail: {provider: external}\n`;

ruleTester(rule, {
  valid: [
    { name: "host name", yaml: `${ext}mx:\n  - {host: mx.example.com., priority: 10}\n` },
    { name: "numeric-looking but not an address", yaml: `${ext}mx:\n  - {host: 192.0.2.example., priority: 10}\n` },
    { name: "null MX", yaml: `${ext}mx: none\n` },
  ],
  invalid: [
    {
      name: "IPv4 literal",
      yaml: `${ext}mx:\n  - {host: 192.0.2.25, priority: 10}\n`,
      errors: [{ messageId: "ipLiteral", level: "error", line: 4, column: 12, endColumn: 22, data: { address: "192.0.2.25", family: "IPv4", domain: "example.com" } }],
    },
    {
      name: "bracketed IPv6 literal with a port: the range covers the literal",
      yaml: `${ext}mx:\n  - host: "[2001:db8::25]:25"\n    priority: 10\n`,
      errors: [{ messageId: "ipLiteral", level: "error", line: 4, column: 12, endColumn: 26, data: { address: "[2001:db8::25]", family: "IPv6" } }],
    },
  ],
});
