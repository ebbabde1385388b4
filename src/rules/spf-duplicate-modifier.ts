// RFC 7208 §6: redirect= and exp= "MUST NOT appear in a record more than once each"; a second one makes
// the record a permerror, and which target the author meant is anyone's guess.
import { defineRule } from "../engine/types.js";
import { modifiers } from "../mail/spf.js";
import { errorsFor, spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-duplicate-modifier",
    area: "spf",
    description: "redirect= and exp= appear at most once each in an SPF record.",
    references: ["RFC7208 §6"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §6", keyword: "MUST NOT", text: "redirect= and exp= appear at most once each in a record" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "`{{term}}`: {{name}}= already appears as `{{first}}`; a second one makes the record a permerror (RFC 7208 §6)" },
    },
    fix: "Keep one `redirect=` (and one `exp=`).",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    const all = modifiers(record);
    for (const error of errorsFor(record, "spf-duplicate-modifier")) {
      const term = all.find((m) => m.start === error.start);
      if (!term) continue;
      const first = all.find((m) => m.name === term.name)!;
      ctx.report({
        messageId: "duplicate",
        data: { term: term.text, name: term.name, first: first.text },
        at: ctx.textAnchor(text, term.start, term.end),
      });
    }
  },
});
