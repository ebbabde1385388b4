// RFC 6376 §3.6.1 (s=): verifiers for a service type MUST ignore a key record that does not list it; mail
// is "email", "*" is every service, and values are case-sensitive (§3.2).
import rule from "../../src/rules/dkim-service-type.js";
import { ruleTester } from "../helpers/rule-tester.js";

const KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";
// The record is the 6th line; its text starts at column 16 (after `      record: "`).
const withRecord = (record: string) => `domain: example.com\nmail: {provider: external}\ndkim:\n  selectors:\n    - name: s1\n      record: "${record}"\n`;

ruleTester(rule, {
  valid: [
    { name: "no s= (every service, the default)", yaml: withRecord(`v=DKIM1; p=${KEY}`) },
    { name: "s=email", yaml: withRecord(`v=DKIM1; s=email; p=${KEY}`) },
    { name: "s=*", yaml: withRecord(`v=DKIM1; s=*; p=${KEY}`) },
    { name: "email among other types (unknown ones are ignored)", yaml: withRecord(`v=DKIM1; s=web : email; p=${KEY}`) },
    { name: "a revoked key (dkim-revoked's)", yaml: withRecord("v=DKIM1; s=web; p=") },
  ],
  invalid: [
    {
      name: "s=web: mail verifiers ignore the key",
      yaml: withRecord(`v=DKIM1; s=web; p=${KEY}`),
      errors: [{ messageId: "notEmail", level: "error", line: 6, column: 27, endColumn: 30, data: { selector: "s1", value: "web" } }],
    },
    {
      name: "s=EMAIL is not email",
      yaml: withRecord(`v=DKIM1; s=EMAIL; p=${KEY}`),
      errors: [{ messageId: "wrongCase", level: "error", line: 6, column: 27, endColumn: 32, data: { value: "EMAIL" } }],
    },
  ],
});
