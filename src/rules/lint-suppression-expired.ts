// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "lint-suppression-expired",
    area: "lint",
    description: "A suppression whose until date has passed no longer hides findings and must be reviewed.",
    references: ["README: suppressions (a reason is required; an expired one is reported)"],
    defaultLevel: "warn",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      expired: { text: "suppression of {{rule}} expired on {{until}}: fix the finding or renew the suppression with a new reason" },
    },
    fix: "Fix what the rule reports, or extend until: with a fresh reason.",
  },
});
