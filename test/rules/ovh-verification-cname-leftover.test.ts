import rule from "../../src/rules/ovh-verification-cname-leftover.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = `domain: example.com\nmail: {provider: ovh, offer: email-pro}\ncname:\n`;

ruleTester(rule, {
  valid: [
    { name: "ordinary CNAMEs", yaml: `${head}  - {name: autodiscover, target: pro1.mail.ovh.net.}\n  - {name: check, target: example.net.}\n` },
    { name: "-check inside a name but not at the end", yaml: `${head}  - {name: a-check-b, target: example.net.}\n` },
  ],
  invalid: [
    {
      name: "token-check CNAME, short and fully qualified",
      yaml: `${head}  - {name: abcd1-check, target: ovh.com.}\n  - {name: ZX9-check.example.com., target: ovh.com.}\n`,
      errors: [
        { messageId: "leftover", level: "info", line: 4, column: 12, endColumn: 23, data: { name: "abcd1-check" } },
        { messageId: "leftover", level: "info", line: 5, column: 12, data: { name: "ZX9-check.example.com." } },
      ],
    },
  ],
});
