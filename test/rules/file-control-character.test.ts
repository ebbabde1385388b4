import rule from "../../src/rules/file-control-character.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "ordinary record", yaml: 'domain: example.com\nspf: "v=spf1 include:mx.ovh.com ~all"\n' }],
  invalid: [
    {
      name: "BEL escaped inside an SPF record",
      yaml: 'domain: example.com\nspf: "v=spf1 include:mx.ovh.com\\a ~all"\n',
      errors: [{ messageId: "control", level: "error", line: 2, column: 6, data: { code: "U+0007" } }],
    },
    {
      name: "escape character (\\x1b) in a DMARC record",
      yaml: 'domain: example.com\ndmarc: "v=DMARC1;\\x1b p=none"\n',
      errors: [{ messageId: "control", level: "error", line: 2, column: 8, data: { code: "U+001B" } }],
    },
  ],
});
