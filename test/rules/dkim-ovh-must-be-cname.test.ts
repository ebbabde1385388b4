import rule from "../../src/rules/dkim-ovh-must-be-cname.js";
import { ruleTester } from "../helpers/rule-tester.js";

const T1 = "ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.";
const T2 = "ovhmo123-selector2._domainkey.1234.ab.dkim.mail.ovh.net.";
/** OVH MX Plan domain; the selectors start on line 5, each `cname:` value at column 14 of its line. */
const ovh = (selectors: string, mail = "{provider: ovh, offer: mx-plan}") => `domain: example.com\nmail: ${mail}\ndkim:\n  selectors:\n${selectors}`;
const sel = (name: string, cname: string) => `    - name: ${name}\n      cname: ${cname}\n`;

ruleTester(rule, {
  valid: [
    { name: "both OVH selectors as CNAMEs", yaml: ovh(sel("ovhmo123-selector1", T1) + sel("ovhmo123-selector2", T2)) },
    { name: "DNS names compare case-insensitively", yaml: ovh(sel("ovhmo123-selector1", T1.toUpperCase())) },
    { name: "ovhmo-selector-1 form (Zimbra)", yaml: ovh(sel("ovhmo-selector-1", "ovhmo-selector-1._domainkey.77.xy.dkim.mail.ovh.net.")) },
    { name: "a third-party TXT selector on an OVH domain", yaml: ovh(`    - name: mc1\n      record: "v=DKIM1; p="\n`) },
    { name: "OVH-looking name declared ovh: false", yaml: ovh(`    - name: ovhmo123-selector1\n      ovh: false\n      record: "v=DKIM1; p="\n`) },
    { name: "not an OVH-hosted domain", yaml: ovh(`    - name: ovhmo123-selector1\n      record: "v=DKIM1; p="\n`, "{provider: external}") },
  ],
  invalid: [
    {
      name: "OVH selector published as a TXT key",
      yaml: ovh(`    - name: ovhex123-selector1\n      record: "v=DKIM1; k=rsa; p="\n`, "{provider: ovh, offer: hosted-exchange}"),
      errors: [{ messageId: "publishedAsTxt", level: "error", line: 6, column: 15, data: { selector: "ovhex123-selector1" } }],
    },
    {
      name: "ovh: true on a custom name published as TXT",
      yaml: ovh(`    - name: mykey\n      ovh: true\n      record: "v=DKIM1; p="\n`),
      errors: [{ messageId: "publishedAsTxt", level: "error", line: 7, column: 15, data: { selector: "mykey" } }],
    },
    {
      name: "missing trailing dot",
      yaml: ovh(sel("ovhmo123-selector1", T1.slice(0, -1))),
      errors: [{ messageId: "missingTrailingDot", level: "error", line: 6, column: 14, data: { target: T1.slice(0, -1) } }],
    },
    {
      name: "target names the other selector",
      yaml: ovh(sel("ovhmo123-selector1", T1) + sel("ovhmo123-selector2", T1)),
      errors: [{ messageId: "selectorMismatch", level: "error", line: 8, column: 14, data: { selector: "ovhmo123-selector2", targetSelector: "ovhmo123-selector1" } }],
    },
    {
      name: "wrong selector and no trailing dot: both reported",
      yaml: ovh(sel("ovhmo123-selector2", T1.slice(0, -1))),
      errors: [
        { messageId: "selectorMismatch", level: "error", line: 6, column: 14 },
        { messageId: "missingTrailingDot", level: "error", line: 6, column: 14 },
      ],
    },
    {
      name: "target outside dkim.mail.ovh.net",
      yaml: ovh(sel("ovhmo123-selector1", "ovhmo123-selector1._domainkey.example.net.")),
      errors: [{ messageId: "badTarget", level: "error", line: 6, column: 14, data: { target: "ovhmo123-selector1._domainkey.example.net." } }],
    },
    {
      name: "region label must be two letters",
      yaml: ovh(sel("ovhmo123-selector1", "ovhmo123-selector1._domainkey.1234.abc.dkim.mail.ovh.net.")),
      errors: [{ messageId: "badTarget", level: "error", line: 6, column: 14 }],
    },
  ],
});
