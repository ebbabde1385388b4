// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-control-character",
    area: "lint",
    description: "No control characters inside values: DNS text records must not carry them.",
    references: ["RFC1035 §3.3.14", "TF-REC"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      control: { text: "control character {{code}} inside this value: remove it (usually a copy-paste accident)" },
    },
    fix: "Retype the value without the invisible character.",
  },
});
