import rule from "../../src/rules/spf-unknown-mechanism.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "all eight mechanisms", yaml: withSpf("v=spf1 a mx ptr ip4:192.0.2.1 ip6:2001:db8::1 include:mx.ovh.com exists:%{i}.example.com -all") },
    { name: "upper-case names", yaml: withSpf("v=spf1 INCLUDE:mx.ovh.com -ALL") },
    { name: "unknown modifiers unlike any mechanism are legal", yaml: withSpf("v=spf1 include:mx.ovh.com moo=cow -all") },
    { name: "not an SPF record at all is spf-syntax's", yaml: withSpf("hello world") },
  ],
  invalid: [
    {
      name: "ip:",
      yaml: withSpf("v=spf1 ip:192.0.2.1 -all"),
      errors: [{ messageId: "unknownWithSuggestion", level: "error", line: 3, column: 14, endColumn: 26, data: { name: "ip", suggestion: "ip4:192.0.2.1" } }],
    },
    {
      name: "ip: with an IPv6 value suggests ip6",
      yaml: withSpf("v=spf1 ~ip:2001:db8::1 -all"),
      errors: [{ messageId: "unknownWithSuggestion", level: "error", line: 3, column: 14, data: { suggestion: "~ip6:2001:db8::1" } }],
    },
    {
      name: "inlcude typo",
      yaml: withSpf("v=spf1 inlcude:mx.ovh.com ~all"),
      errors: [{ messageId: "unknownWithSuggestion", level: "error", line: 3, column: 14, endColumn: 32, data: { term: "inlcude:mx.ovh.com", suggestion: "include:mx.ovh.com" } }],
    },
    {
      name: "a domain written without include:",
      yaml: withSpf("v=spf1 mx.ovh.com ~all"),
      errors: [{ messageId: "unknownWithSuggestion", level: "error", line: 3, column: 14, data: { suggestion: "include:mx.ovh.com" } }],
    },
    {
      name: "nothing close",
      yaml: withSpf("v=spf1 spf:mx.ovh.com ~all"),
      errors: [{ messageId: "unknown", level: "error", line: 3, column: 14, data: { name: "spf" } }],
    },
    {
      name: "mechanism written with = is an ignored modifier",
      yaml: withSpf("v=spf1 include=mx.ovh.com ~all"),
      errors: [{ messageId: "mechanismAsModifier", level: "warn", line: 3, column: 14, endColumn: 32, data: { suggestion: "include:mx.ovh.com" } }],
    },
    {
      name: "misspelt redirect",
      yaml: withSpf("v=spf1 redirct=_spf.example.com"),
      errors: [{ messageId: "misspelledModifier", level: "warn", line: 3, column: 14, data: { suggestion: "redirect=_spf.example.com" } }],
    },
    {
      name: "two unknown mechanisms",
      yaml: withSpf("v=spf1 ipv4:192.0.2.1 exist:%{i}.example.com -all"),
      errors: [
        { messageId: "unknownWithSuggestion", level: "error", line: 3, column: 14, data: { suggestion: "ip4:192.0.2.1" } },
        { messageId: "unknownWithSuggestion", level: "error", line: 3, column: 29, data: { suggestion: "exists:%{i}.example.com" } },
      ],
    },
  ],
});
