// RFC 7208 §5 lists eight mechanisms; any other name in a directive makes the record a permerror (§12,
// "name" is only legal before "="). A mechanism name written with "=" is worse: it parses as an unknown
// modifier, which receivers silently ignore (§6), so the sender it meant to list is simply not authorised.
import { defineRule } from "../engine/types.js";
import { editDistance, modifiers, suggestMechanism, SPF_MECHANISMS, type SpfMechanism } from "../mail/spf.js";
import { errorsFor, spfRecord } from "../mail/spf-lint.js";

function rewrite(term: SpfMechanism, suggestion: string): string {
  const qualifier = term.qualifierWritten ? term.qualifier : "";
  if (suggestion === "include" && term.value === null && term.name.includes(".")) return `${qualifier}include:${term.name}`;
  return `${qualifier}${suggestion}${term.text.slice(qualifier.length + term.name.length)}`;
}

export default defineRule({
  meta: {
    id: "spf-unknown-mechanism",
    area: "spf",
    description: "Every SPF mechanism is one of all, include, a, mx, ptr, ip4, ip6, exists, and no mechanism is written as a modifier.",
    references: ["RFC7208 §5", "RFC7208 §6", "RFC7208 §12", "RFC7208 §4.6"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §4.6", keyword: "permerror", text: "a record with a syntax error anywhere (an unknown mechanism) evaluates to permerror", messages: ["unknownWithSuggestion", "unknown"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknownWithSuggestion: { text: "`{{term}}`: {{name}} is not an SPF mechanism, so the whole record is a permerror; did you mean `{{suggestion}}`?" },
      unknown: { text: "`{{term}}`: {{name}} is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists), so the whole record is a permerror" },
      mechanismAsModifier: {
        text: "`{{term}}` reads as an unknown modifier, which receivers ignore (RFC 7208 §6): nothing is authorised by it; write `{{suggestion}}`",
        tier: "lower",
      },
      misspelledModifier: {
        text: "`{{term}}` is an unknown modifier, which receivers ignore (RFC 7208 §6); did you mean `{{suggestion}}`?",
        tier: "lower",
      },
    },
    fix: "Use a real mechanism with a colon: `ip4:192.0.2.1`, `include:mx.ovh.com`.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-unknown-mechanism")) {
      const term = record.terms.find((t): t is SpfMechanism => t.kind === "mechanism" && t.start === error.start);
      if (!term) continue;
      const suggestion = suggestMechanism(term.name, term.value);
      const at = ctx.textAnchor(text, term.start, term.end);
      if (suggestion) {
        ctx.report({ messageId: "unknownWithSuggestion", data: { term: term.text, name: term.name, suggestion: rewrite(term, suggestion) }, at });
      } else {
        ctx.report({ messageId: "unknown", data: { term: term.text, name: term.name }, at });
      }
    }
    for (const modifier of modifiers(record)) {
      if (modifier.known) continue;
      const at = ctx.textAnchor(text, modifier.start, modifier.end);
      if ((SPF_MECHANISMS as readonly string[]).includes(modifier.name)) {
        const suggestion = modifier.name === "all" ? "-all" : `${modifier.name}:${modifier.value}`;
        ctx.report({ messageId: "mechanismAsModifier", data: { term: modifier.text, suggestion }, at });
      } else if (modifier.name.length >= 5 && editDistance(modifier.name, "redirect") <= 2) {
        // A misspelt redirect= drops the whole delegated policy without any error at receivers.
        ctx.report({ messageId: "misspelledModifier", data: { term: modifier.text, suggestion: `redirect=${modifier.value}` }, at });
      }
    }
  },
});
