import rule from "../../src/rules/mx-duplicate-target.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ext = `domain: example.com\nmail: {provider: external}\n`;

ruleTester(rule, {
  valid: [
    { name: "OVH preset", yaml: `domain: example.com\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\n` },
    { name: "distinct hosts", yaml: `${ext}mx:\n  - {host: a.example.net., priority: 10}\n  - {host: b.example.net., priority: 20}\n` },
    {
      // Each has a label with no A-label (U+2488 and U+2489 map to "1." and "2."): compared as written, not as
      // the "mx..net." both would make (mx-target-not-hostname reports each).
      name: "two different hosts, each with an invalid IDNA label",
      yaml: `${ext}mx:\n  - {host: "mx.\u2488.net.", priority: 10}\n  - {host: "mx.\u2489.net.", priority: 20}\n`,
    },
  ],
  invalid: [
    {
      name: "same host, different case and dot",
      yaml: `${ext}mx:\n  - {host: mx0.mail.ovh.net., priority: 1}\n  - {host: MX0.mail.ovh.net, priority: 5}\n`,
      errors: [
        {
          messageId: "duplicate",
          level: "warn",
          line: 5,
          column: 12,
          endColumn: 28,
          data: { host: "MX0.mail.ovh.net", first: "mx0.mail.ovh.net.", firstPriority: 1 },
        },
      ],
    },
    {
      name: "same IDN host in Unicode and A-label form",
      yaml: `${ext}mx:\n  - {host: mx.bücher.example., priority: 1}\n  - {host: mx.xn--bcher-kva.example., priority: 5}\n`,
      errors: [{ messageId: "duplicate", level: "warn", line: 5, column: 12, data: { first: "mx.bücher.example." } }],
    },
  ],
});
