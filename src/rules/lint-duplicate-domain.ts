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
      otherStack: {
        text: "{{domain}} is also declared by {{other}}, a domain file of stack {{stack}}: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack",
      },
    },
    fix: "Merge the two files into one.",
  },
});
