import rule from "../../src/rules/file-crlf.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "LF line endings", yaml: "domain: example.com\nmail: {provider: external}\n" }],
  invalid: [
    {
      name: "CRLF line endings are reported at the first one",
      yaml: "domain: example.com\r\nmail: {provider: external}\r\n",
      errors: [{ messageId: "crlf", level: "info", line: 1, column: 20 }],
    },
  ],
});
