import rule from "../../src/rules/spf-record-too-large.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\nspf: "${spf}"\n`;
const ips = (n: number) => Array.from({ length: n }, (_, i) => `ip4:198.51.100.${i}`).join(" ");
const record = (n: number) => `v=spf1 ${ips(n)} -all`;

ruleTester(rule, {
  valid: [
    { name: "OVH's record", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    // 7 + 8 + 418 + 12 + 5 = 450 octets.
    { name: "exactly the limit", yaml: withSpf(`v=spf1 include:${"a".repeat(418)}.example.com -all`) },
    { name: "raised limit", yaml: withSpf(record(30)), options: { maxLength: 600 } },
  ],
  invalid: [
    {
      name: "flattened record of 30 addresses",
      yaml: withSpf(record(30)),
      errors: [{ messageId: "tooLarge", level: "warn", line: 3, column: 7, endColumn: 7 + record(30).length, data: { length: record(30).length, max: 450 } }],
    },
    {
      name: "one octet over the limit",
      yaml: withSpf(`v=spf1 include:${"a".repeat(419)}.example.com -all`),
      errors: [{ messageId: "tooLarge", level: "warn", line: 3, column: 7, endColumn: 458, data: { length: 451, max: 450 } }],
    },
    {
      name: "lowered limit",
      yaml: withSpf("v=spf1 include:mx.ovh.com ~all"),
      options: { maxLength: 20 },
      errors: [{ messageId: "tooLarge", level: "warn", line: 3, column: 7, data: { length: 30, max: 20 } }],
    },
  ],
});
