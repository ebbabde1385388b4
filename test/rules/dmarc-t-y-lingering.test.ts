import rule from "../../src/rules/dmarc-t-y-lingering.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
const record = (text: string, since: string) => `${head}dmarc:\n  record: "${text}"\n  since: ${since}\n`;

ruleTester(rule, {
  valid: [
    { name: "t=y for 30 days exactly", yaml: record("v=DMARC1; p=reject; t=y", "2026-10-24"), today: "2026-11-23" },
    { name: "t=n", yaml: record("v=DMARC1; p=reject; t=n", "2026-01-01") },
    { name: "t=y on p=none changes nothing", yaml: record("v=DMARC1; p=none; t=y", "2026-01-01") },
    { name: "no since: age unknown", yaml: `${head}dmarc: "v=DMARC1; p=reject; t=y"\n` },
    { name: "longer limit from the pack", yaml: record("v=DMARC1; p=quarantine; t=y", "2026-09-01"), options: { testingMaxDays: 120 } },
  ],
  invalid: [
    {
      name: "p=reject; t=y for six months",
      yaml: record("v=DMARC1; p=reject; t=y", "2026-05-23"),
      today: "2026-11-23",
      // `"` at column 11, "t=y" at offset 20.
      errors: [{ messageId: "lingering", level: "warn", line: 4, column: 32, endColumn: 35, data: { days: 184, since: "2026-05-23", max: 30, policy: "reject" } }],
    },
    {
      name: "31 days is one too many; upper-case Y",
      yaml: record("v=DMARC1; p=quarantine; t=Y", "2026-10-23"),
      today: "2026-11-23",
      errors: [{ messageId: "lingering", level: "warn", line: 4, column: 36, data: { days: 31 } }],
    },
    {
      name: "shorter limit from the pack",
      yaml: `${head}dmarc:\n  p: reject\n  t: "y"\n  since: 2026-11-13\n`,
      options: { testingMaxDays: 7 },
      errors: [{ messageId: "lingering", level: "warn", line: 5, column: 6, data: { days: 10, max: 7 } }],
    },
  ],
});
