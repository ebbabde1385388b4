// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-syntax",
    area: "lint",
    description: "The file is valid YAML: no syntax errors, no tabs for indentation, no alias bombs, no absurd nesting. The DMARC evidence file beside domain files is valid JSON.",
    references: ["YAML 1.2 §6.1 (indentation spaces)", "YAML 1.2 §5.5 (white space characters)", "RFC8259 §2"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      syntax: { text: "YAML syntax error: {{detail}}" },
      tab: { text: "tab character used for indentation ({{detail}}): YAML indents with spaces only" },
      aliasBomb: { text: "too many alias expansions (more than {{max}}): the file looks like an alias bomb" },
      secondDocument: { text: "a second YAML document starts here: maildns reads one document per file; move it to a file of its own" },
      tooDeep: { text: "nesting {{depth}} levels deep (at most {{max}}): no file maildns reads is this deep" },
      evidenceSyntax: {
        text: "the DMARC evidence file is not valid JSON: {{detail}}; the domains beside it were checked as if it were absent (the other files as usual): run `maildns reports evidence` again to write it, or fix or remove it",
      },
    },
    fix: "Fix the YAML at this position; indent with spaces; do not build structures out of aliases.",
  },
});
