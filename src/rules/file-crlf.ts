// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-crlf",
    area: "lint",
    description: "Lines end with LF, not CRLF, so diffs and annotations stay exact.",
    references: ["YAML 1.2 §5.4 (line breaks)"],
    defaultLevel: "info",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      crlf: { text: "Windows line endings (CRLF): convert the file to LF (git config core.autocrlf input)" },
    },
    fix: "Convert the file to LF line endings.",
  },
});
