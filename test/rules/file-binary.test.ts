import rule from "../../src/rules/file-binary.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "UTF-8 text with accents", yaml: "# café\ndomain: example.com\n" }],
  invalid: [{ name: "NUL byte", yaml: "domain: example.com\u0000\n", errors: [{ messageId: "nul", level: "error", line: 1, column: 1, data: { offset: 19 } }] }],
});
