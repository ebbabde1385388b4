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
      name: "raw escape character in a DMARC record",
      yaml: "domain: example.com\ndmarc: \"v=DMARC1;\u001b p=none\"\n",
      errors: [{ messageId: "control", level: "error", line: 2, column: 8, data: { code: "U+001B" } }],
    },
  ],
});
