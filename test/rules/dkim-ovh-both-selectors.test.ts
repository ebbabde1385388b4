import rule from "../../src/rules/dkim-ovh-both-selectors.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** OVH MX Plan domain; selectors start on line 5; each `name:` value is at column 13 of its line. */
const ovh = (selectors: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\ndkim:\n  selectors:\n${selectors}`;
const sel = (name: string) => `    - name: ${name}\n      cname: ${name.toLowerCase()}._domainkey.1234.ab.dkim.mail.ovh.net.\n`;

ruleTester(rule, {
  valid: [
    { name: "selector1 and selector2", yaml: ovh(sel("ovhmo123-selector1") + sel("ovhmo123-selector2")) },
    { name: "ovhmo-selector-1 and -2", yaml: ovh(sel("ovhmo-selector-2") + sel("ovhmo-selector-1")) },
    { name: "two custom OVH selectors", yaml: ovh(`    - {name: a, ovh: true, cname: x.example.}\n    - {name: b, ovh: true, cname: y.example.}\n`) },
    { name: "non-OVH selectors are not paired", yaml: ovh(`    - {name: mc1, record: "v=DKIM1; p="}\n`) },
    { name: "not an OVH-hosted domain", yaml: ovh(sel("ovhmo123-selector1"), "{provider: external}") },
  ],
  invalid: [
    {
      name: "selector1 only",
      yaml: ovh(sel("ovhmo123-selector1")),
      errors: [{ messageId: "missingPartner", level: "warn", line: 5, column: 13, data: { selector: "ovhmo123-selector1", missing: "ovhmo123-selector2" } }],
    },
    {
      name: "selector-2 only (Zimbra form)",
      yaml: ovh(sel("ovhmo-selector-2"), "{provider: ovh, offer: zimbra}"),
      errors: [{ messageId: "missingPartner", level: "warn", line: 5, column: 13, data: { missing: "ovhmo-selector-1" } }],
    },
    {
      name: "each incomplete pair is reported",
      yaml: ovh(sel("ovhex1-selector1") + sel("ovhemp2-selector2") + sel("ovhemp2-selector2")),
      errors: [
        { messageId: "missingPartner", level: "warn", line: 5, column: 13, data: { missing: "ovhex1-selector2" } },
        { messageId: "missingPartner", level: "warn", line: 7, column: 13, data: { missing: "ovhemp2-selector1" } },
      ],
    },
    {
      name: "a lone custom-named OVH selector",
      yaml: ovh(`    - {name: mykey, ovh: true, cname: x.example.}\n`),
      errors: [{ messageId: "onlyOne", level: "warn", line: 5, column: 14, data: { selector: "mykey" } }],
    },
  ],
});
