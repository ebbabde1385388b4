import rule from "../../src/rules/spf-no-mail-domain.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "parked domain with v=spf1 -all", yaml: withSpf("v=spf1 -all", "{provider: none}") },
    { name: "extra spaces are fine", yaml: withSpf("v=spf1  -all ", "{provider: ovh, offer: mx-plan, sends: false}") },
    { name: "structured -all only", yaml: `domain: example.com\nmail: {provider: none}\nspf:\n  all: "-"\n` },
    { name: "sending domain", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
  ],
  invalid: [
    {
      name: "parked domain without SPF",
      yaml: `domain: example.com\nmail: {provider: none}\n`,
      errors: [{ messageId: "missing", level: "info", line: 2, column: 7, data: { domain: "example.com" } }],
    },
    {
      name: "non-sending domain that still authorises OVH",
      yaml: withSpf("v=spf1 include:mx.ovh.com -all", "{provider: ovh, offer: mx-plan, sends: false}"),
      errors: [{ messageId: "notRejectAll", level: "info", line: 3, column: 7, endColumn: 37, data: { record: "v=spf1 include:mx.ovh.com -all" } }],
    },
    {
      name: "~all is not enough",
      yaml: withSpf("v=spf1 ~all", "{provider: none}"),
      errors: [{ messageId: "notRejectAll", level: "info", line: 3, column: 7 }],
    },
  ],
});
