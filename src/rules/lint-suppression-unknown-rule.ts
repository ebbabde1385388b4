// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "lint-suppression-unknown-rule",
    area: "lint",
    description: "A suppression names a rule that exists and may be suppressed.",
    references: ["src/rules/catalogue.json (rule ids are the public contract)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknown: { text: "no rule is called {{rule}}: see maildns rules for the ids" },
      notSuppressible: { text: "{{rule}} cannot be suppressed: what it reports is left out of plan and apply unchecked; fix that, then remove this entry" },
    },
    fix: "Use a rule id from maildns rules; for a rule that cannot be suppressed, fix what it reports.",
  },
});
