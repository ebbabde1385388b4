// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-duplicate-key",
    area: "lint",
    description: "No key appears twice in one mapping (YAML parsers disagree on which one wins).",
    references: ["YAML 1.2 §3.2.1.1"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "key \"{{key}}\" appears twice in the same mapping: keep one" },
    },
    fix: "Remove or merge the repeated key.",
  },
});
