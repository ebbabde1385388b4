import rule from "../../src/rules/dmarc-v-first.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";

ruleTester(rule, {
  valid: [
    { name: "v first", yaml: `${head}dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"\n` },
    { name: "whitespace around =", yaml: `${head}dmarc: "v = DMARC1 ; p=none"\n` },
    { name: "structured form renders v first", yaml: `${head}dmarc: {p: quarantine, rua: mailto:dmarc@example.com}\n` },
  ],
  invalid: [
    {
      name: "whitespace before v=DMARC1: receivers discard the record (RFC 7489 §6.6.3)",
      yaml: `${head}dmarc: "  v=DMARC1; p=reject"\n`,
      errors: [{ messageId: "leadingSpace", level: "error", line: 3, column: 9, endColumn: 11 }],
    },
    {
      name: "p before v",
      yaml: `${head}dmarc: "p=none; v=DMARC1"\n`,
      errors: [{ messageId: "notFirst", level: "error", line: 3, column: 9, endColumn: 15, data: { found: "p=none" } }],
    },
    {
      name: "lower-case version value",
      yaml: `${head}dmarc: "v=dmarc1; p=none"\n`,
      errors: [{ messageId: "badValue", level: "error", line: 3, column: 11, endColumn: 17, data: { value: "dmarc1" } }],
    },
    {
      // RFC 7489 §6.4: tag-specs are separated by ";" (dmarc-sep); a blank does not end v='s value.
      name: "no semicolon after v=DMARC1",
      yaml: `${head}dmarc: "v=DMARC1 p=reject"\n`,
      errors: [{ messageId: "missingSeparator", level: "error", line: 3, column: 11, endColumn: 26, data: { value: "DMARC1 p=reject", rest: "p=reject" } }],
    },
    {
      name: "DMARC2",
      yaml: `${head}dmarc:\n  record: 'v=DMARC2; p=reject'\n`,
      errors: [{ messageId: "badValue", level: "error", line: 4, column: 14, data: { value: "DMARC2" } }],
    },
    {
      name: "empty record",
      yaml: `${head}dmarc: " "\n`,
      errors: [{ messageId: "empty", level: "error", line: 3, column: 9 }],
    },
    {
      name: "v missing, record starts with a bare word",
      yaml: `${head}dmarc: "DMARC1; p=none"\n`,
      errors: [{ messageId: "notFirst", level: "error", line: 3, column: 9, data: { found: "DMARC1" } }],
    },
  ],
});
