import rule from "../../src/rules/tls-rpt-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n";
/** The record on line 4; its first character is at column 10 (after `tlsRpt: "`). */
const record = (text: string) => `${head}tlsRpt: "${text}"\n`;

ruleTester(rule, {
  valid: [
    { name: "mailto", yaml: record("v=TLSRPTv1; rua=mailto:tlsrpt@example.com") },
    { name: "mailto and https, trailing separator", yaml: record("v=TLSRPTv1;rua=mailto:a@example.com, https://reports.example.net/tls;") },
    { name: "record form with ttl", yaml: `${head}tlsRpt:\n  record: v=TLSRPTv1; rua=https://reports.example.net/tls\n  ttl: 3600\n` },
    { name: "extension field", yaml: record("v=TLSRPTv1; x-ext=1; rua=mailto:a@example.com") },
    { name: "no TLS-RPT at all", yaml: head },
  ],
  invalid: [
    {
      name: "no version, no scheme",
      yaml: record("rua=tlsrpt@example.com"),
      errors: [
        { messageId: "versionMissing", level: "error", line: 4, column: 10, endColumn: 32, data: { found: "rua=tlsrpt@example.com" } },
        { messageId: "uriScheme", level: "error", line: 4, column: 14, endColumn: 32, data: { found: "tlsrpt@example.com" } },
      ],
    },
    {
      name: "no scheme",
      yaml: record("v=TLSRPTv1; rua=tlsrpt@example.com"),
      errors: [{ messageId: "uriScheme", level: "error", line: 4, column: 26, endColumn: 44, data: { found: "tlsrpt@example.com" } }],
    },
    {
      name: "http is not https",
      yaml: record("v=TLSRPTv1; rua=mailto:a@example.com,http://r.example.net"),
      errors: [{ messageId: "uriScheme", level: "error", line: 4, column: 47, endColumn: 67, data: { found: "http://r.example.net" } }],
    },
    {
      name: "rua missing",
      yaml: record("v=TLSRPTv1"),
      errors: [{ messageId: "ruaMissing", level: "error", line: 4, column: 10, endColumn: 20 }],
    },
    {
      name: "wrong version",
      yaml: record("v=TLSRPTv2; rua=mailto:a@example.com"),
      errors: [{ messageId: "versionValue", level: "error", line: 4, column: 12, endColumn: 20, data: { found: "TLSRPTv2" } }],
    },
    {
      name: "mailto without an address, and a trailing comma",
      yaml: record("v=TLSRPTv1; rua=mailto:tlsrpt,"),
      errors: [
        { messageId: "uriInvalid", level: "error", line: 4, column: 26, endColumn: 39, data: { found: "mailto:tlsrpt" } },
        { messageId: "ruaEmpty", level: "error", line: 4, column: 39, endColumn: 40, data: { found: "," } },
      ],
    },
    {
      // Pasted with the address from a web page: a URI is ASCII (RFC 3986 §2), pointed at the character.
      name: "an invisible U+200B in a mailto address",
      yaml: record("v=TLSRPTv1; rua=mailto:t@exa\u200bmple.com"),
      errors: [{ messageId: "invalidCharacter", level: "error", line: 4, column: 38, endColumn: 39, data: { found: "\u200b", code: "U+200B" } }],
    },
    {
      name: "empty rua",
      yaml: record("v=TLSRPTv1; rua="),
      errors: [{ messageId: "ruaEmpty", level: "error", line: 4, column: 22, endColumn: 26, data: { found: "rua=" } }],
    },
    {
      name: "empty record",
      yaml: record(""),
      errors: [{ messageId: "empty", level: "error", line: 4, column: 9, endColumn: 11 }],
    },
    {
      name: "record form, plain scalar",
      yaml: `${head}tlsRpt:\n  record: v=TLSRPTv1;; rua=mailto:a@example.com\n`,
      errors: [{ messageId: "emptyField", level: "error", line: 5, column: 22, endColumn: 23 }],
    },
  ],
});
