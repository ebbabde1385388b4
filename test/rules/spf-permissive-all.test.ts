import rule from "../../src/rules/spf-permissive-all.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "softfail", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "fail", yaml: withSpf("v=spf1 include:mx.ovh.com -all") },
    { name: "no all (spf-missing-all's)", yaml: withSpf("v=spf1 include:mx.ovh.com") },
    { name: "a later +all is never reached", yaml: withSpf("v=spf1 -all +all") },
    // Receivers discard these before reading a term (RFC 7208 §4.5): spf-syntax reports the version, the one fix.
    { name: "a blank before v=spf1: no SPF record, so no +all to judge", yaml: withSpf(" v=spf1 include:mx.ovh.com +all") },
    { name: "a tab after v=spf1: no SPF record, so no +all to judge", yaml: withSpf(String.raw`v=spf1\tinclude:mx.ovh.com +all`) },
    { name: "structured -all", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com]\n  all: "-"\n` },
  ],
  invalid: [
    {
      name: "+all",
      yaml: withSpf("v=spf1 include:mx.ovh.com +all"),
      errors: [{ messageId: "passAll", level: "error", line: 3, column: 33, endLine: 3, endColumn: 37, data: { term: "+all", domain: "example.com" } }],
    },
    {
      name: "bare all means +all",
      yaml: withSpf("v=spf1 include:mx.ovh.com all"),
      errors: [{ messageId: "passAll", level: "error", line: 3, column: 33, endColumn: 36 }],
    },
    {
      name: "?all is one tier lower",
      yaml: withSpf("v=spf1 include:mx.ovh.com ?all"),
      errors: [{ messageId: "neutralAll", level: "warn", line: 3, column: 33, endColumn: 37 }],
    },
    {
      name: "structured +all points at the all key",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com]\n  all: "+"\n`,
      errors: [{ messageId: "passAll", level: "error", line: 5, column: 8 }],
    },
  ],
});
