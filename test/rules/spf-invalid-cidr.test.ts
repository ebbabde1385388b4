import rule from "../../src/rules/spf-invalid-cidr.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "prefixes at the bounds", yaml: withSpf("v=spf1 ip4:192.0.2.0/32 ip6:2001:db8::/128 a/0//0 mx/24//64 -all") },
    { name: "no prefix", yaml: withSpf("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all") },
    { name: "structured ip lists", yaml: `domain: example.com\nmail: {provider: ovh, offer: private-exchange}\nspf:\n  ip4: [203.0.113.0/24]\n  ip6: ["2001:db8::/48"]\n  all: "-"\n` },
  ],
  invalid: [
    {
      name: "ip4 prefix 33",
      yaml: withSpf("v=spf1 ip4:192.0.2.0/33 -all"),
      errors: [{ messageId: "invalidCidr", level: "error", line: 3, column: 27, endColumn: 30, data: { term: "ip4:192.0.2.0/33" } }],
    },
    {
      name: "ip6 prefix 129",
      yaml: withSpf("v=spf1 ip6:2001:db8::/129 -all"),
      errors: [{ messageId: "invalidCidr", level: "error", line: 3, column: 28, endColumn: 32 }],
    },
    {
      name: "a with a single-slash IPv6 length",
      yaml: withSpf("v=spf1 a/24/64 -all"),
      errors: [{ messageId: "invalidCidr", level: "error", line: 3, column: 15, endColumn: 21 }],
    },
    {
      name: "IPv6 address in ip4",
      yaml: withSpf("v=spf1 ip4:2001:db8::1 -all"),
      errors: [{ messageId: "invalidIp", level: "error", line: 3, column: 18, endColumn: 29, data: { term: "ip4:2001:db8::1" } }],
    },
    {
      name: "host name in ip4",
      yaml: withSpf("v=spf1 ip4:mail.example.com -all"),
      errors: [{ messageId: "invalidIp", level: "error", line: 3, column: 18 }],
    },
    {
      name: "structured form points at the list item",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: private-exchange}\nspf:\n  ip4: [203.0.113.10, 203.0.113.0/40]\n  all: "-"\n`,
      errors: [{ messageId: "invalidCidr", level: "error", line: 4, column: 23 }],
    },
  ],
});
