// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "lint-duplicate-domain",
    area: "lint",
    description: "Each domain is described by one file only.",
    references: ["README: the domain file (one file per domain)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "{{domain}} is also described in {{other}}: keep one file per domain" },
    },
    fix: "Merge the two files into one.",
  },
});
