import rule from "../../src/rules/dmarc-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const dkim = "dkim: {selectors: [{name: ovhmo123-selector1, cname: ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.}]}\n";

ruleTester(rule, {
  valid: [
    { name: "record present", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "parked domain (dmarc-parked-domain's business)", yaml: `domain: example.com\nmail: {provider: none}\n` },
    { name: "domain declared as not sending", yaml: `domain: example.com\nmail: {provider: external, sends: false}\n` },
  ],
  invalid: [
    {
      name: "sending domain without DKIM: warning",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`,
      errors: [{ messageId: "missing", level: "warn", line: 1, column: 9, data: { domain: "example.com" } }],
    },
    {
      name: "sending domain signing with DKIM: error",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n${dkim}`,
      errors: [{ messageId: "missingWithDkim", level: "error", line: 1, column: 9 }],
    },
    {
      name: "only an inactive selector: warning",
      yaml: `domain: example.com\nmail: {provider: external}\ndkim: {selectors: [{name: old, record: "v=DKIM1; p=", active: false}]}\n`,
      errors: [{ messageId: "missing", level: "warn", line: 1, column: 9 }],
    },
  ],
});
