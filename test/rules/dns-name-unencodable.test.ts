// RFC 1035 §2.3.4, §3.1: labels of at most 63 octets, names of at most 255 octets on the wire, no empty label.
import rule from "../../src/rules/dns-name-unencodable.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: external}\n";
const long = "a".repeat(64);

ruleTester(rule, {
  valid: [
    { name: "ordinary names", yaml: `${head}cname:\n  - {name: autoconfig, target: mailconfig.ovh.net.}\ndkim: {selectors: [{name: s2026, record: "v=DKIM1; p="}]}\n` },
    { name: "a 63-octet label", yaml: `${head}cname:\n  - {name: ${"a".repeat(63)}, target: mailconfig.ovh.net.}\n` },
    { name: "a wildcard selector", yaml: `${head}dkim: {selectors: [{name: "*", record: "v=DKIM1; p="}]}\n` },
  ],
  invalid: [
    {
      name: "an empty label in a CNAME target",
      yaml: `${head}cname:\n  - {name: autoconfig, target: "mailconfig..ovh.net."}\n`,
      errors: [{ messageId: "emptyLabel", level: "error", line: 4, column: 44, endColumn: 45 }],
    },
    {
      name: "a 64-octet label in a DKIM selector",
      yaml: `${head}dkim: {selectors: [{name: ${long}, record: "v=DKIM1; p="}]}\n`,
      errors: [{ messageId: "labelTooLong", level: "error", line: 3, column: 27, endColumn: 91, data: { length: 64 } }],
    },
    {
      name: "a selector whose name, under _domainkey and the domain, passes 253 characters",
      yaml: `${head}dkim: {selectors: [{name: ${Array.from({ length: 4 }, () => "b".repeat(60)).join(".")}, record: "v=DKIM1; p="}]}\n`,
      errors: [{ messageId: "nameTooLong", level: "error", line: 3, column: 27, data: { what: "DKIM selector" } }],
    },
  ],
});
