import rule from "../../src/rules/txt-ovh-multistring.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n`;

ruleTester(rule, {
  valid: [
    { name: "one string", yaml: `${head}dkim:\n  selectors:\n    - {name: s1, record: "v=DKIM1; p=MIIBIDAQAB"}\n` },
    { name: "a list of one string", yaml: `${head}spf:\n  record: ["v=spf1 include:mx.ovh.com ~all"]\n` },
  ],
  invalid: [
    {
      name: "mail hosted elsewhere: the zone is still applied through OVH's API",
      yaml: `domain: example.com\nmail: {provider: external}\nspf:\n  record: ["v=spf1 ", "-all"]\n`,
      errors: [{ messageId: "multistring", level: "warn", line: 4, column: 11, data: { record: "SPF", count: 2 } }],
    },
    {
      name: "DKIM key split in two",
      yaml: `${head}dkim:\n  selectors:\n    - name: s1\n      record:\n        - "v=DKIM1; p=MIIB"\n        - "IDAQAB"\n`,
      errors: [{ messageId: "multistring", level: "warn", line: 7, column: 9, data: { record: "DKIM s1", count: 2, length: 21 } }],
    },
  ],
});
