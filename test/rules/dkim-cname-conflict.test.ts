import rule from "../../src/rules/dkim-cname-conflict.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: external}\n";

ruleTester(rule, {
  valid: [
    {
      name: "one CNAME and one TXT selector",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\n    - {name: s2, record: "v=DKIM1; p="}\n`,
    },
    {
      name: "unrelated cname entries",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\ncname:\n  - {name: autoconfig, target: mailconfig.ovh.net.}\n  - {name: s9._domainkey, target: s9.dkim.example.net.}\n`,
    },
  ],
  invalid: [
    {
      name: "one selector with both cname and record",
      yaml: `${head}dkim:\n  selectors:\n    - name: s1\n      cname: s1.dkim.example.net.\n      record: "v=DKIM1; p="\n`,
      errors: [{ messageId: "cnameWithRecord", level: "error", line: 6, column: 14, data: { selector: "s1" } }],
    },
    {
      name: "the same selector declared as CNAME and as TXT",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\n    - {name: S1, record: "v=DKIM1; p="}\n`,
      errors: [{ messageId: "duplicateSelector", level: "error", line: 6, column: 14, data: { selector: "S1", kind: "TXT", first: 1, firstKind: "CNAME" } }],
    },
    {
      name: "two key records for one selector (RFC 6376 §3.6.2.2: TXT RRs MUST be unique for a selector name)",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, record: "v=DKIM1; p="}\n    - {name: s2, record: "v=DKIM1; p="}\n    - {name: s1, record: "v=DKIM1; k=rsa; p="}\n`,
      errors: [{ messageId: "duplicateSelector", level: "error", line: 7, column: 14, data: { first: 1, kind: "TXT", firstKind: "TXT" } }],
    },
    {
      name: "a cname entry at the selector's name",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, record: "v=DKIM1; p="}\ncname:\n  - {name: s1._domainkey, target: s1.dkim.example.net.}\n`,
      errors: [{ messageId: "cnameEntry", level: "error", line: 7, column: 12, data: { name: "s1._domainkey", selector: "s1", kind: "TXT" } }],
    },
    {
      name: "a cname entry written as a full name",
      yaml: `${head}dkim:\n  selectors:\n    - {name: s1, cname: s1.dkim.example.net.}\ncname:\n  - {name: S1._domainkey.example.com., target: s1.dkim.example.net.}\n`,
      errors: [{ messageId: "cnameEntry", level: "error", line: 7, column: 12, data: { kind: "CNAME" } }],
    },
  ],
});
