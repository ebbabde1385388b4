import rule from "../../src/rules/spf-private-exchange-ips.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;
const privateExchange = (ips: string) => `{provider: ovh, offer: private-exchange, ips: [${ips}]}`;

ruleTester(rule, {
  valid: [
    { name: "both addresses listed", yaml: withSpf("v=spf1 ip4:203.0.113.10 ip6:2001:db8::10 ~all", privateExchange('203.0.113.10, "2001:db8::10"')) },
    { name: "covered by ranges", yaml: withSpf("v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 -all", privateExchange('203.0.113.10, "2001:db8:0:0::10"')) },
    { name: "no declared addresses", yaml: withSpf("v=spf1 include:mx.ovh.com ~all", "{provider: ovh, offer: private-exchange}") },
    { name: "shared offer", yaml: withSpf("v=spf1 include:mx.ovh.com ~all", "{provider: ovh, offer: mx-plan, ips: [203.0.113.10]}") },
    { name: "effective redirect may carry them", yaml: withSpf("v=spf1 redirect=_spf.example.com", privateExchange("203.0.113.10")) },
  ],
  invalid: [
    {
      name: "only the OVH include",
      yaml: withSpf("v=spf1 include:mx.ovh.com ~all", privateExchange('203.0.113.10, "2001:db8::10"')),
      errors: [
        { messageId: "notListed", level: "warn", line: 3, column: 7, endColumn: 37, data: { ip: "203.0.113.10", term: "ip4:203.0.113.10" } },
        { messageId: "notListed", level: "warn", line: 3, column: 7, endColumn: 37, data: { ip: "2001:db8::10", term: "ip6:2001:db8::10" } },
      ],
    },
    {
      name: "range too narrow, other family, failing qualifier",
      yaml: withSpf("v=spf1 ip4:203.0.113.0/30 ip6:2001:db8::10 -ip4:198.51.100.7 -all", privateExchange("203.0.113.10, 198.51.100.7")),
      errors: [
        { messageId: "notListed", level: "warn", line: 3, column: 7, data: { ip: "203.0.113.10" } },
        { messageId: "notListed", level: "warn", line: 3, column: 7, data: { ip: "198.51.100.7" } },
      ],
    },
  ],
});
