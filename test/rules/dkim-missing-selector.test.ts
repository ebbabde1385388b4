import rule from "../../src/rules/dkim-missing-selector.js";
import { ruleTester } from "../helpers/rule-tester.js";

const CNAME = "ovhmo123-selector1._domainkey.1234.ab.dkim.mail.ovh.net.";

ruleTester(rule, {
  valid: [
    {
      name: "OVH selectors declared",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\ndkim:\n  selectors:\n    - {name: ovhmo123-selector1, cname: ${CNAME}}\n`,
    },
    { name: "domain does not send mail", yaml: "domain: example.com\nmail: {provider: ovh, offer: mx-plan, sends: false}\n" },
    { name: "external provider", yaml: "domain: example.com\nmail: {provider: external}\n" },
    { name: "Private Exchange is not in the default offers", yaml: "domain: example.com\nmail: {provider: ovh, offer: private-exchange}\n" },
  ],
  invalid: [
    {
      name: "no dkim section: reported at the offer",
      yaml: "domain: example.com\nmail:\n  provider: ovh\n  offer: email-pro\n",
      errors: [{ messageId: "noSelector", level: "error", line: 4, column: 10, data: { domain: "example.com", offer: "email-pro" } }],
    },
    {
      name: "only a third-party selector: reported at the dkim mapping",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: zimbra}\ndkim:\n  selectors:\n    - {name: mc1, record: "v=DKIM1; p="}\n`,
      errors: [{ messageId: "noSelector", level: "error", line: 4, column: 3, data: { offer: "zimbra" } }],
    },
    {
      name: "Private Exchange when the pack adds it",
      yaml: "domain: example.com\nmail: {provider: ovh, offer: private-exchange}\n",
      options: { offers: ["private-exchange"] },
      errors: [{ messageId: "noSelector", level: "error", line: 2, column: 30 }],
    },
  ],
});
