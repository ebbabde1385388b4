import rule from "../../src/rules/file-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), "domain: example.com"].join("\n");

ruleTester(rule, {
  valid: [
    { name: "plain YAML", yaml: "domain: example.com\nmail:\n  provider: external\n" },
    // One document, opened and closed by its markers; a block scalar's "---" is indented, so no marker.
    { name: "one document between --- and ...", yaml: "---\ndomain: example.com\nmail:\n  provider: external\nlint:\n  - rule: spf-missing\n    reason: |\n      ---\n      parked\n...\n" },
  ],
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
    {
      // js-yaml says only "expected a single document in the stream, but found more", with no position.
      name: "a second document after the first one's content: the marker that starts it",
      yaml: "domain: a.example\nmail:\n  provider: ovh\n---\ndomain: b.example\n",
      errors: [{ messageId: "secondDocument", level: "error", line: 4, column: 1, endLine: 4, endColumn: 4 }],
    },
    {
      name: "a second document when the first opens with its own marker (a directive and comments before it)",
      yaml: "%YAML 1.2\n# a.example\n---\ndomain: a.example\n\n# b.example\n---   # second\ndomain: b.example\n",
      errors: [{ messageId: "secondDocument", level: "error", line: 7, column: 1 }],
    },
    {
      name: "content after a document end marker (...) is a second document: its first line",
      yaml: "domain: a.example\n...\n# next\ndomain: b.example\n",
      errors: [{ messageId: "secondDocument", level: "error", line: 4, column: 1, endLine: 4, endColumn: 2 }],
    },
    {
      name: "an empty first document (two markers in a row), CRLF line endings",
      yaml: "---\r\n---\r\ndomain: a.example\r\n",
      errors: [{ messageId: "secondDocument", level: "error", line: 2, column: 1 }],
    },
    { name: "alias bomb", yaml: `${aliasBomb}\n`, errors: [{ messageId: "aliasBomb", level: "error", line: 1, column: 1 }] },
    {
      name: "absurd nesting",
      yaml: `domain: example.com\nx: ${"[".repeat(100)}${"]".repeat(100)}\n`,
      errors: [{ messageId: "tooDeep", level: "error", line: 1, column: 1, data: { depth: 100, max: 64 } }],
    },
  ],
});
