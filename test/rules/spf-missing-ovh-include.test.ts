import rule from "../../src/rules/spf-missing-ovh-include.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH's record", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "any case, trailing dot", yaml: withSpf("v=spf1 INCLUDE:MX.OVH.COM. -all", "{provider: ovh, offer: email-pro}") },
    { name: "Hosted Exchange with other senders", yaml: withSpf("v=spf1 include:_spf.google.com include:mx.ovh.com -all", "{provider: ovh, offer: hosted-exchange}") },
    { name: "effective redirect may carry it (live check)", yaml: withSpf("v=spf1 redirect=_spf.example.com", "{provider: ovh, offer: zimbra}") },
    { name: "external provider", yaml: withSpf("v=spf1 include:_spf.google.com -all", "{provider: external}") },
    { name: "Private Exchange is not a shared offer", yaml: withSpf("v=spf1 ip4:203.0.113.10 -all", "{provider: ovh, offer: private-exchange}") },
    { name: "region ca: OVH's Canadian include mx.ovh.ca", yaml: withSpf("v=spf1 include:mx.ovh.ca ~all", "{provider: ovh, offer: mx-plan, region: ca}") },
    { name: "region ca: mx.ovh.com too", yaml: withSpf("v=spf1 include:mx.ovh.com ~all", "{provider: ovh, offer: hosted-exchange, region: ca}") },
    // No mail sent, none through OVH: spf-no-mail-domain asks for exactly v=spf1 -all, which this rule must not contradict.
    { name: "a domain that sends no mail (receives at OVH only)", yaml: withSpf("v=spf1 -all", "{provider: ovh, offer: mx-plan, sends: false}") },
    { name: "a parked domain declared at OVH", yaml: withSpf("v=spf1 -all", "{provider: ovh, offer: mx-plan, sends: false, receives: false}") },
    { name: "structured include", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com]\n  all: "~"\n` },
  ],
  invalid: [
    {
      name: "mx.ovh.ca outside the CA region is not OVH's include there",
      yaml: withSpf("v=spf1 include:mx.ovh.ca ~all"),
      errors: [{ messageId: "missing", level: "error", line: 3, column: 7, endColumn: 36 }],
    },
    {
      name: "only a third-party include (the example of OVH's SPF guide)",
      yaml: withSpf("v=spf1 include:_spf.google.com -all"),
      errors: [{ messageId: "missing", level: "error", line: 3, column: 7, endColumn: 42, data: { domain: "example.com", offer: "mx-plan" } }],
    },
    {
      name: "redirect cancelled by all does not excuse it",
      yaml: withSpf("v=spf1 -all redirect=_spf.example.com"),
      errors: [{ messageId: "missing", level: "error", line: 3, column: 7 }],
    },
    {
      name: "mx.ovh.net instead of mx.ovh.com",
      yaml: withSpf("v=spf1 include:mx.ovh.net ~all"),
      errors: [{ messageId: "undocumentedInclude", level: "error", line: 3, column: 14, endColumn: 32, data: { term: "include:mx.ovh.net" } }],
    },
    {
      name: "mx.ovh.net next to mx.ovh.com is an info hint",
      yaml: withSpf("v=spf1 include:mx.ovh.com include:mx.ovh.net ~all"),
      errors: [{ messageId: "extraUndocumentedInclude", level: "info", line: 3, column: 33 }],
    },
    {
      name: "OVH include with a failing qualifier",
      yaml: withSpf("v=spf1 ~include:mx.ovh.com -all"),
      errors: [{ messageId: "notPass", level: "error", line: 3, column: 14, endColumn: 33, data: { qualifier: "~" } }],
    },
    {
      name: "structured form without the include points at the spf node",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [servers.mcsv.net]\n  all: "~"\n`,
      errors: [{ messageId: "missing", level: "error", line: 4, column: 3 }],
    },
  ],
});
