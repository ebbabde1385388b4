import rule from "../../src/rules/dmarc-uri-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "one mailto", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "two URIs, spaces around the comma", yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:a@example.com , mailto:b@example.net; ruf=mailto:f@example.com"\n` },
    { name: "structured list of URIs", yaml: `${head}dmarc:\n  p: none\n  rua: [mailto:a@example.com, mailto:b@example.net]\n` },
    { name: "no report tags", yaml: `${head}dmarc: "v=DMARC1; p=none"\n` },
  ],
  invalid: [
    {
      name: "missing mailto: and a space as separator",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=dmarc@example.com; ruf=mailto:a@x.com mailto:b@x.com"\n`,
      errors: [
        { messageId: "missingScheme", level: "error", line: 3, column: 31, endColumn: 48, data: { tag: "rua", uri: "dmarc@example.com" } },
        { messageId: "badSeparator", level: "error", line: 3, column: 68, endColumn: 69, data: { tag: "ruf" } },
      ],
    },
    {
      name: "the report address mangled by the web page OVH's example was copied from",
      yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:[email protected]"\n`,
      errors: [{ messageId: "invalidAddress", level: "error", line: 3, column: 44, endColumn: 61, data: { address: "[email protected]" } }],
    },
    {
      name: "!size suffix: obsolete (info), or malformed (error)",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:a@example.com!10m,mailto:b@example.com!10x"\n`,
      errors: [
        { messageId: "sizeSuffix", level: "info", line: 3, column: 51, endColumn: 55, data: { size: "10m" } },
        { messageId: "invalidSize", level: "error", line: 3, column: 76, endColumn: 80, data: { size: "10x" } },
      ],
    },
    {
      name: "semicolon between two report URIs",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=mailto:a@example.com;mailto:b@example.com"\n`,
      errors: [{ messageId: "semicolonSeparator", level: "error", line: 3, column: 52, endColumn: 72, data: { tag: "rua", uri: "mailto:b@example.com" } }],
    },
    {
      name: "a URI that is no URI (RFC 3986): a space, a bad %-escape, two fragments",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=foo:bad space,https://r.example/%zz,https://r.example/x#a#b"\n`,
      errors: [
        { messageId: "invalidUri", level: "error", line: 3, column: 31, endColumn: 44, data: { uri: "foo:bad space" } },
        { messageId: "invalidUri", level: "error", line: 3, column: 45, data: { uri: "https://r.example/%zz" } },
        { messageId: "invalidUri", level: "error", line: 3, column: 67, data: { uri: "https://r.example/x#a#b" } },
      ],
    },
    {
      name: "https scheme (lower tier) and empty entries",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua=https://reports.example.com/dmarc,,"\n`,
      errors: [
        { messageId: "unsupportedScheme", level: "warn", line: 3, column: 31, data: { scheme: "https" } },
        { messageId: "emptyUri", level: "error", line: 3, column: 65 },
        { messageId: "emptyUri", level: "error", line: 3, column: 66 },
      ],
    },
    {
      name: "empty rua points at the tag",
      yaml: `${head}dmarc: "v=DMARC1; p=none; rua="\n`,
      errors: [{ messageId: "emptyUri", level: "error", line: 3, column: 27, endColumn: 31 }],
    },
    {
      name: "mailto: with no address",
      yaml: `${head}dmarc: "v=DMARC1; p=none; ruf=mailto:"\n`,
      errors: [{ messageId: "invalidAddress", level: "error", line: 3, column: 31, endColumn: 38, data: { address: "" } }],
    },
    {
      name: "structured rua entry without mailto: points at the list item",
      yaml: `${head}dmarc:\n  p: none\n  rua: [mailto:a@example.com, dmarc@example.com]\n`,
      errors: [{ messageId: "missingScheme", level: "error", line: 5, column: 8, data: { uri: "dmarc@example.com" } }],
    },
  ],
});
