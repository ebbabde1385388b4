import rule from "../../src/rules/spf-syntax.js";
import { ruleTester } from "../helpers/rule-tester.js";

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string) => `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH's documented record", yaml: withSpf("v=spf1 include:mx.ovh.com ~all") },
    { name: "many spaces and macros", yaml: withSpf("v=spf1  exists:%{i}._spf.example.com   mx/24//64 -all ") },
    { name: "structured form", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com]\n  all: "-"\n` },
    { name: "list of character-strings", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  record: ["v=spf1 include:mx.ovh", ".com -all"]\n` },
    { name: "unknown mechanism is another rule's", yaml: withSpf("v=spf1 ip:192.0.2.1 -all") },
    // RFC 7208 §7.1 (openspf suite a-dash-in-toplabel, trailing-dot-domain, macro-mania-in-domain).
    { name: "unusual but valid domain-specs: an IDN top label, a trailing dot, macro escapes", yaml: withSpf("v=spf1 a:foo.example.xn--zckzah include:o.spf.example.com. a:macro%%percent%_%-space.example.com -all") },
  ],
  invalid: [
    // YAML escapes in a double-quoted record (YAML 1.2.2 §5.7, §7.3.1): a finding points at the characters of
    // the file that spell the value's characters, e.g. the two characters `\t`, not at the whole scalar.
    {
      name: "a tab written \\t after v=spf1: the term v=spf1\\t-all as written, escape included",
      yaml: withSpf(String.raw`v=spf1\t-all`),
      errors: [{ messageId: "version", level: "error", line: 3, column: 7, endLine: 3, endColumn: 19 }],
    },
    {
      name: "an escaped quote \\\" taken for a qualifier: the two characters of the escape",
      yaml: withSpf(String.raw`v=spf1 \"a -all`),
      errors: [{ messageId: "badQualifier", level: "error", line: 3, column: 14, endLine: 3, endColumn: 16 }],
    },
    {
      name: "an escaped backslash in a domain: the domain with both backslashes",
      yaml: withSpf(String.raw`v=spf1 a:x\\y -all`),
      errors: [{ messageId: "badDomain", level: "error", line: 3, column: 16, endLine: 3, endColumn: 20 }],
    },
    {
      name: "\\x41 spells the mechanism a: the domain after it lands after the four characters of the escape",
      yaml: withSpf(String.raw`v=spf1 \x41:b -all`),
      errors: [{ messageId: "badDomain", level: "error", line: 3, column: 19, endLine: 3, endColumn: 20 }],
    },
    {
      name: "\\u00e9 in a domain: the six characters of the escape",
      yaml: withSpf(String.raw`v=spf1 a:caf\u00e9.example -all`),
      errors: [{ messageId: "invalidCharacter", level: "error", line: 3, column: 19, endLine: 3, endColumn: 25 }],
    },
    {
      name: "a folded line: the term on the continuation line, at its own line and column",
      yaml: 'domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "v=spf1 a:mx.example.com\n  9x -all"\n',
      errors: [{ messageId: "badQualifier", level: "error", line: 4, column: 3, endLine: 4, endColumn: 4 }],
    },
    {
      name: "an escaped line break: the term after it, on the next line",
      yaml: 'domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: "v=spf1 ip4:192.0.2.1 \\\n  -all 9x"\n',
      errors: [{ messageId: "badQualifier", level: "error", line: 4, column: 8, endLine: 4, endColumn: 9 }],
    },
    {
      name: "a single-quoted record with '' for a quote: the domain, both quotes included",
      yaml: "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf: 'v=spf1 a:it''s -all'\n",
      errors: [{ messageId: "badDomain", level: "error", line: 3, column: 16, endLine: 3, endColumn: 21 }],
    },
    {
      name: "a domain-spec the grammar accepts but that names no host (RFC 7208 §7.1): a warning, not an error",
      yaml: withSpf("v=spf1 a:foo:bar/baz.example.com include:https://mx.ovh.com -all"),
      errors: [
        { messageId: "oddDomain", level: "warn", line: 3, column: 16, endColumn: 16 + 23 },
        { messageId: "oddDomain", level: "warn", line: 3, column: 48, endColumn: 48 + 18 },
      ],
    },
    {
      name: "a top label with a port: not domain-end (RFC 7208 §7.1)",
      yaml: withSpf("v=spf1 a:example.com:8080 -all"),
      errors: [{ messageId: "badDomain", level: "error", line: 3, column: 16, endColumn: 32 }],
    },
    {
      name: "missing space after v=spf1",
      yaml: withSpf("v=spf1include:mx.ovh.com ~all"),
      errors: [{ messageId: "version", level: "error", line: 3, column: 7, endLine: 3, endColumn: 31 }],
    },
    {
      name: "a blank before v=spf1: receivers discard the record (RFC 7208 §4.5), one finding, not one per word",
      yaml: withSpf(" v=spf1 include:mx.ovh.com !all"),
      errors: [{ messageId: "version", level: "error", line: 3, column: 7, endColumn: 8 }],
    },
    {
      name: "not an SPF record: one finding, not one per word",
      yaml: withSpf("spf2.0/pra include:mx.ovh.com!! -all"),
      errors: [{ messageId: "version", level: "error", line: 3, column: 7, endColumn: 17 }],
    },
    {
      name: "bad qualifier",
      yaml: withSpf("v=spf1 include:mx.ovh.com !all"),
      errors: [{ messageId: "badQualifier", level: "error", line: 3, column: 33, endColumn: 34, data: { term: "!all" } }],
    },
    {
      name: "include without a domain",
      yaml: withSpf("v=spf1 include: -all"),
      errors: [{ messageId: "missingDomain", level: "error", line: 3, column: 14, endColumn: 22, data: { term: "include:" } }],
    },
    {
      name: "an IP address in a:",
      yaml: withSpf("v=spf1 a:192.0.2.1 -all"),
      errors: [{ messageId: "badDomain", level: "error", line: 3, column: 16, endColumn: 25, data: { term: "a:192.0.2.1" } }],
    },
    {
      name: "argument on all",
      yaml: withSpf("v=spf1 -all:example.com"),
      errors: [{ messageId: "unexpectedArgument", level: "error", line: 3, column: 14, endColumn: 30 }],
    },
    {
      name: "qualified modifier",
      yaml: withSpf("v=spf1 -redirect=_spf.example.com"),
      errors: [{ messageId: "badTerm", level: "error", line: 3, column: 14, data: { term: "-redirect=_spf.example.com" } }],
    },
    {
      // RFC 7208 §12: only SP separates terms. One mistake, one finding, and the term after it is read.
      name: "a tab after the space that follows v=spf1: one finding naming U+0009",
      yaml: withSpf("v=spf1 \t-all"),
      errors: [
        {
          messageId: "invalidCharacter",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 19,
          data: { term: "\t-all", detail: "terms must be separated by spaces, not U+0009 (RFC 7208 §12)" },
        },
      ],
    },
    {
      // The same mistake after a term: one finding at the tab, not a bad-qualifier error and a character error.
      name: "a tab after the last term: one finding naming U+0009, at the tab",
      yaml: withSpf("v=spf1 -all\t"),
      errors: [
        { messageId: "invalidCharacter", level: "error", line: 3, column: 18, endColumn: 19, data: { term: "\t", detail: "terms must be separated by spaces, not U+0009 (RFC 7208 §12)" } },
      ],
    },
    {
      name: "a tab between two terms with no space: one finding at the tab",
      yaml: withSpf("v=spf1 a\t-all"),
      errors: [
        { messageId: "invalidCharacter", level: "error", line: 3, column: 15, endColumn: 16, data: { term: "\t", detail: "terms must be separated by spaces, not U+0009 (RFC 7208 §12)" } },
      ],
    },
    {
      name: "non-ASCII character",
      yaml: withSpf("v=spf1 include:exémple.com -all"),
      errors: [{ messageId: "invalidCharacter", level: "error", line: 3, column: 24, endColumn: 25 }],
    },
    {
      name: "every error is collected",
      yaml: withSpf("v=spf1 include: ~~all v=spf1"),
      errors: [
        { messageId: "missingDomain", level: "error", line: 3, column: 14 },
        { messageId: "badQualifier", level: "error", line: 3, column: 23 },
        { messageId: "version", level: "error", line: 3, column: 29 },
      ],
    },
    {
      name: "structured form points at the offending list item",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  include: [mx.ovh.com, "bad..example.com"]\n  all: "~"\n`,
      errors: [{ messageId: "badDomain", level: "error", line: 4, column: 25 }],
    },
    {
      name: "list of strings points into the string holding the term",
      yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nspf:\n  record: ["v=spf1 include:mx.ovh.com ", "a:localhost -all"]\n`,
      errors: [{ messageId: "badDomain", level: "error", line: 4, column: 45, endColumn: 54 }],
    },
  ],
});
