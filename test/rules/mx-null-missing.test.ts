import rule from "../../src/rules/mx-null-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "parked domain with mx: none", yaml: `domain: example.com\nmail: {provider: none}\nmx: none\n` },
    { name: "null MX written as a list", yaml: `domain: example.com\nmail: {provider: none}\nmx:\n  - {host: ".", priority: 0}\n` },
    { name: "receiving domain without MX is mx-missing's", yaml: `domain: example.com\nmail: {provider: external}\n` },
    // A send-only domain must not publish a null MX (RFC 7505 §4.2): no advice to add one.
    { name: "send-only domain", yaml: `domain: example.com\nmail: {provider: external, receives: false}\nspf: "v=spf1 include:servers.mcsv.net -all"\n` },
  ],
  invalid: [
    {
      name: "parked domain without MX",
      yaml: `domain: example.com\nmail: {provider: none}\nspf: "v=spf1 -all"\n`,
      errors: [{ messageId: "missing", level: "info", line: 2, column: 7, data: { domain: "example.com" } }],
    },
    {
      name: "no mail either way, empty MX list",
      yaml: `domain: example.com\nmail: {provider: external, sends: false, receives: false}\nmx: []\n`,
      errors: [{ messageId: "missing", level: "info", line: 3, column: 5, data: { domain: "example.com" } }],
    },
  ],
});
