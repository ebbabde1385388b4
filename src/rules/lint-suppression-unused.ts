// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "lint-suppression-unused",
    area: "lint",
    description: "A suppression that hides nothing is stale and should be removed.",
    references: ["README: suppressions (a reason is required; an unused one is reported)"],
    defaultLevel: "warn",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unused: { text: "suppression of {{rule}} matches no finding: remove it" },
    },
    fix: "Remove the suppression.",
  },
});
