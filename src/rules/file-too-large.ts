// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-too-large",
    area: "lint",
    description: "The file is smaller than the size limit (domain files are a few kilobytes).",
    references: ["README: bad input gives findings, not crashes (files over 1 MiB are refused unread)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      tooLarge: { text: "{{size}} bytes is over the {{max}}-byte limit for a domain file: split it or check that it is the right file" },
    },
    fix: "Keep one domain per file, a few kilobytes at most.",
  },
});
