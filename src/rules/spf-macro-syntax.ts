// RFC 7208 §7.1: a macro is %{letter[digits][r][delimiters]}, or one of the escapes %% %_ %-; anything
// else after "%" is a syntax error (permerror). c, r and t are defined only for explanation text (the TXT
// fetched through exp=), so inside the record they are errors too (pyspf rejects them the same way).
import { defineRule } from "../engine/types.js";
import { errorsFor, spfRecord, termTextAt } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-macro-syntax",
    area: "spf",
    description: "SPF macros are well-formed %{...} expands or %% %_ %- escapes, and c/r/t only appear in explanation text.",
    references: ["RFC7208 §7.1", "RFC7208 §7.3", "RFC7208 §4.6"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §4.6", keyword: "permerror", text: "a record with a syntax error anywhere evaluates to permerror" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      malformed: { text: "`{{term}}`: {{detail}} (RFC 7208 §7.1)" },
      explanationOnly: { text: "`{{term}}`: {{detail}} (RFC 7208 §7.1); in the record it is a permerror" },
    },
    fix: "`exists:%{i}._spf.example.com`; write `%%` for a literal percent sign.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-macro-syntax")) {
      ctx.report({
        messageId: error.code === "macro-context" ? "explanationOnly" : "malformed",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end),
      });
    }
  },
});
