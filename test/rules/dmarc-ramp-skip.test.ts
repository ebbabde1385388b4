import rule from "../../src/rules/dmarc-ramp-skip.js";
import { ruleTester } from "../helpers/rule-tester.js";

const head = "domain: example.com\nmail: {provider: ovh, offer: mx-plan}\n";
/** The record is on line 4 (its `"` at column 11); with `since` on line 5, history entries start on line 7, column 7. */
const ramp = (record: string, since: string | null, history: string[] = []) =>
  `${head}dmarc:\n  record: "${record}"\n${since ? `  since: ${since}\n` : ""}` +
  (history.length > 0 ? `  history:\n${history.map((h) => `    - ${h}\n`).join("")}` : "");
const reject = "v=DMARC1; p=reject; rua=mailto:d@example.com";

ruleTester(rule, {
  valid: [
    { name: "none, quarantine, reject", yaml: ramp(reject, "2026-10-01", ["{ p: none, since: 2026-08-01 }", "{ p: quarantine, pct: 25, since: 2026-09-01 }"]) },
    { name: "reject with no ramp information", yaml: `${head}dmarc: "${reject}"\n` },
    { name: "parked domain goes straight to reject", yaml: `domain: example.com\nmail: {provider: none}\ndmarc:\n  record: "v=DMARC1; p=reject;"\n  since: 2026-11-01\n` },
    { name: "none to quarantine", yaml: ramp("v=DMARC1; p=quarantine", "2026-09-01", ["{ p: none, since: 2026-08-01 }"]) },
    { name: "reject kept after a quarantine stage (record edited)", yaml: ramp(reject, "2026-11-01", ["{ p: quarantine, since: 2026-08-01 }", "{ p: reject, since: 2026-10-01 }"]) },
  ],
  invalid: [
    {
      name: "none straight to reject",
      yaml: ramp(reject, "2026-09-03", ["{ p: none, since: 2026-09-01 }"]),
      errors: [{ messageId: "noneToReject", level: "error", line: 4, column: 24, endColumn: 30, data: { since: "2026-09-03", noneSince: "2026-09-01" } }],
    },
    {
      name: "none to reject inside the history",
      yaml: ramp("v=DMARC1; p=quarantine", "2026-10-01", ["{ p: none, since: 2026-09-01 }", "{ p: reject, since: 2026-09-03 }"]),
      errors: [{ messageId: "noneToReject", level: "error", line: 8, column: 7, data: { since: "2026-09-03" } }],
    },
    {
      name: "first recorded stage is reject",
      yaml: ramp(reject, "2026-11-01", ["{ p: reject, since: 2026-10-01 }"]),
      errors: [{ messageId: "firstReject", level: "error", line: 7, column: 7, data: { since: "2026-10-01" } }],
    },
    {
      name: "declared start date and no earlier stage",
      yaml: ramp(reject, "2026-11-20"),
      errors: [{ messageId: "firstReject", level: "error", line: 4, column: 24, data: { since: "2026-11-20" } }],
    },
    {
      name: "an invalid stage does not hide the jump; current since undeclared",
      yaml: ramp(reject, null, ["{ p: none, since: 2026-08-01 }", "{ p: block, since: 2026-09-01 }"]),
      errors: [{ messageId: "noneToReject", level: "error", line: 4, column: 24, data: { since: "an undeclared date", noneSince: "2026-08-01" } }],
    },
    {
      name: "back to none, then straight to reject",
      yaml: ramp(reject, "2026-11-01", ["{ p: none, since: 2026-07-01 }", "{ p: quarantine, since: 2026-08-01 }", "{ p: none, since: 2026-09-01 }"]),
      errors: [{ messageId: "noneToReject", level: "error", line: 4, column: 24, data: { noneSince: "2026-09-01" } }],
    },
  ],
});
