// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-binary",
    area: "lint",
    description: "The file is UTF-8 text without NUL bytes.",
    references: ["YAML 1.2 §5.2 (character encodings)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      nul: { text: "NUL byte at offset {{offset}}: this is a binary file, not YAML" },
      encoding: { text: "not valid UTF-8: save the file as UTF-8" },
    },
    fix: "Save the file as UTF-8 text.",
  },
});
