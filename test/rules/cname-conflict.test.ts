// RFC 1034 §3.6.2, RFC 2181 §10.1: a CNAME's name holds no other data, and one CNAME only.
import rule from "../../src/rules/cname-conflict.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "OVH's autoconfiguration CNAMEs", yaml: `${head}mx: ovh\ncname:\n  - {name: autoconfig, target: mailconfig.ovh.net.}\n  - {name: autodiscover, target: mailconfig.ovh.net.}\n` },
    { name: "a DMARC record and an unrelated CNAME", yaml: `${head}dmarc: "v=DMARC1; p=none"\ncname:\n  - {name: _dmarc.shop, target: dmarc.vendor.example.}\n` },
    { name: "a CNAME at a DKIM selector is dkim-cname-conflict's", yaml: `${head}dkim: {selectors: [{name: s1, record: "v=DKIM1; p="}]}\ncname:\n  - {name: s1._domainkey, target: s1.dkim.vendor.example.}\n` },
  ],
  invalid: [
    {
      name: "@ as a CNAME name: the apex holds SOA, NS and here MX",
      yaml: `${head}mx: ovh\ncname:\n  - {name: "@", target: www.example.net.}\n`,
      errors: [{ messageId: "apex", level: "error", line: 5, column: 12, data: { name: "@", other: "the MX records" } }],
    },
    {
      name: "a CNAME beside the DMARC record at _dmarc",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine"\ncname:\n  - name: _dmarc.example.com.\n    target: dmarc.vendor.example.\n`,
      errors: [{ messageId: "withData", level: "error", line: 5, column: 11, data: { other: "the DMARC record" } }],
    },
    {
      name: "a CNAME at an SRV owner",
      yaml: `${head}srv:\n  - {service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net.}\ncname:\n  - {name: _imaps._tcp, target: x.example.net.}\n`,
      errors: [{ messageId: "withData", level: "error", line: 6, column: 12, data: { other: "the _imaps._tcp SRV records" } }],
    },
    {
      name: "two CNAMEs at one owner (the same target is no excuse)",
      yaml: `${head}cname:\n  - {name: autoconfig, target: mailconfig.ovh.net.}\n  - {name: AutoConfig., target: mailconfig.ovh.net.}\n`,
      errors: [{ messageId: "twice", level: "error", line: 5, column: 12, data: { first: 1 } }],
    },
  ],
});
