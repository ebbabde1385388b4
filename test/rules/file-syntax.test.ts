import rule from "../../src/rules/file-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), "domain: example.com"].join("\n");

ruleTester(rule, {
  valid: [{ name: "plain YAML", yaml: "domain: example.com\nmail:\n  provider: external\n" }],
  invalid: [
    {
      name: "unclosed flow sequence",
      yaml: "domain: example.com\nmx: [\n",
      errors: [{ messageId: "syntax", level: "error", line: 3, column: 1 }],
    },
    {
      name: "tab used for indentation",
      yaml: "domain: example.com\nmail:\n\tprovider: ovh\n",
      errors: [{ messageId: "tab", level: "error", line: 3, column: 1 }],
    },
    {
      name: "raw control character is not printable YAML",
      yaml: "domain: example.com\ndmarc: \"v=DMARC1;\u001b p=none\"\n",
      errors: [{ messageId: "syntax", level: "error", line: 2, column: 18 }],
    },
    { name: "alias bomb", yaml: `${aliasBomb}\n`, errors: [{ messageId: "aliasBomb", level: "error", line: 1, column: 1 }] },
    {
      name: "absurd nesting",
      yaml: `domain: example.com\nx: ${"[".repeat(100)}${"]".repeat(100)}\n`,
      errors: [{ messageId: "tooDeep", level: "error", line: 1, column: 1, data: { depth: 100, max: 64 } }],
    },
  ],
});
