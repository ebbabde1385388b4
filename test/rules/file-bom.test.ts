import rule from "../../src/rules/file-bom.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "no BOM", yaml: "domain: example.com\n" }],
  invalid: [{ name: "BOM is stripped and reported", yaml: "\uFEFFdomain: example.com\n", errors: [{ messageId: "bom", level: "info", line: 1, column: 1 }] }],
});
