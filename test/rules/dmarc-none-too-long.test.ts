import rule from "../../src/rules/dmarc-none-too-long.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
/** The record is on line 4 (its `"` at column 11), `since` on line 5. */
const ramp = (record: string, since: string | null, history: string[] = []) =>
  `${head}dmarc:\n  record: "${record}"\n${since ? `  since: ${since}\n` : ""}` +
  (history.length > 0 ? `  history:\n${history.map((h) => `    - ${h}\n`).join("")}` : "");
const none = "v=DMARC1; p=none; rua=mailto:d@example.com";

ruleTester(rule, {
  valid: [
    { name: "53 days of none", yaml: ramp(none, "2026-10-01") },
    { name: "no since: length unknown", yaml: `${head}dmarc: "${none}"\n` },
    { name: "quarantine for long", yaml: ramp("v=DMARC1; p=quarantine", "2024-01-01") },
    { name: "parked domain at none is dmarc-parked-domain's", yaml: `domain: example.com\nmail: {provider: none}\ndmarc:\n  record: "v=DMARC1; p=none"\n  since: 2024-01-01\n` },
    { name: "p=none in a discarded record is no stage (dmarc-v-first's)", yaml: ramp("p=none; v=DMARC1; rua=mailto:d@example.com", "2025-01-01") },
    { name: "longer limit from the pack", yaml: ramp(none, "2026-05-01"), options: { maxNoneDays: 365 } },
    { name: "v=DMARC1 p=reject, one record receivers discard (dmarc-v-first's)", yaml: ramp("v=DMARC1 p=reject; rua=mailto:d@example.com", "2025-01-01") },
  ],
  invalid: [
    {
      name: "none since January 2025",
      yaml: ramp(none, "2025-01-01"),
      errors: [{ messageId: "tooLong", level: "warn", line: 4, column: 24, endColumn: 28, data: { since: "2025-01-01", days: 691, max: 90 } }],
    },
    {
      name: "the none run started earlier in the history",
      yaml: ramp(none, "2026-10-01", ["{ p: none, since: 2026-01-01 }"]),
      errors: [{ messageId: "tooLong", level: "warn", line: 4, column: 24, data: { since: "2026-01-01", days: 326 } }],
    },
    {
      name: "back to none after quarantine counts from the return",
      yaml: ramp(none, "2026-05-01", ["{ p: none, since: 2025-01-01 }", "{ p: quarantine, since: 2026-01-01 }"]),
      errors: [{ messageId: "tooLong", level: "warn", line: 4, column: 24, data: { since: "2026-05-01", days: 206 } }],
    },
    {
      name: "missing p counts as none; pack limit 30",
      yaml: ramp("v=DMARC1; rua=mailto:d@example.com", "2026-10-01"),
      options: { maxNoneDays: 30 },
      errors: [{ messageId: "tooLong", level: "warn", line: 4, column: 12, endColumn: 20, data: { days: 53, max: 30 } }],
    },
  ],
});
