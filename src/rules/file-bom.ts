// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-bom",
    area: "lint",
    description: "The file has no UTF-8 byte order mark (some tools then misread the first key).",
    references: ["YAML 1.2 §5.2"],
    defaultLevel: "info",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      bom: { text: "byte order mark at the start of the file: save as UTF-8 without BOM" },
    },
    fix: "Save as UTF-8 without BOM.",
  },
});
