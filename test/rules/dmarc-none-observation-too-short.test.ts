import rule from "../../src/rules/dmarc-none-observation-too-short.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
/** The record is on line 4 (its `"` at column 11); with `since` on line 5, history entries start on line 7, column 7. */
const ramp = (record: string, since: string | null, history: string[] = []) =>
  `${head}dmarc:\n  record: "${record}"\n${since ? `  since: ${since}\n` : ""}` +
  (history.length > 0 ? `  history:\n${history.map((h) => `    - ${h}\n`).join("")}` : "");
const quarantine = "v=DMARC1; p=quarantine; rua=mailto:d@example.com";

ruleTester(rule, {
  valid: [
    { name: "a month of monitoring", yaml: ramp(quarantine, "2026-09-01", ["{ p: none, since: 2026-08-01 }"]) },
    { name: "exactly 7 days", yaml: ramp(quarantine, "2026-08-08", ["{ p: none, since: 2026-08-01 }"]) },
    { name: "still at none", yaml: ramp("v=DMARC1; p=none; rua=mailto:d@example.com", "2026-11-22", ["{ p: none, since: 2026-11-20 }"]) },
    { name: "undeclared move date, none began long ago", yaml: ramp(quarantine, null, ["{ p: none, since: 2026-01-01 }"]) },
    { name: "parked domain", yaml: `domain: example.com\nmail: {provider: none}\ndmarc:\n  record: "v=DMARC1; p=reject;"\n  since: 2026-11-02\n  history:\n    - { p: none, since: 2026-11-01 }\n` },
  ],
  invalid: [
    {
      name: "two days of none",
      yaml: ramp(quarantine, "2026-09-03", ["{ p: none, since: 2026-09-01 }"]),
      errors: [{ messageId: "tooShort", level: "warn", line: 4, column: 24, endColumn: 34, data: { days: 2, noneSince: "2026-09-01", min: 7, policy: "quarantine" } }],
    },
    {
      name: "short none inside the history, counted from the first none",
      yaml: ramp("v=DMARC1; p=reject", "2026-11-20", ["{ p: none, since: 2026-11-01 }", "{ p: none, since: 2026-11-02 }", "{ p: quarantine, since: 2026-11-04 }"]),
      errors: [{ messageId: "tooShort", level: "warn", line: 9, column: 7, data: { days: 3, noneSince: "2026-11-01" } }],
    },
    {
      name: "undeclared move date, but none began only 3 days ago",
      yaml: ramp(quarantine, null, ["{ p: none, since: 2026-11-20 }"]),
      today: "2026-11-23",
      errors: [{ messageId: "tooShort", level: "warn", line: 4, column: 24, data: { days: 3 } }],
    },
    {
      name: "pack asks for 30 days",
      yaml: ramp(quarantine, "2026-08-20", ["{ p: none, since: 2026-08-01 }"]),
      options: { minNoneDays: 30 },
      errors: [{ messageId: "tooShort", level: "warn", line: 4, column: 24, data: { days: 19, min: 30 } }],
    },
  ],
});
