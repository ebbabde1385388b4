import { defineRule } from "../engine/types.js";
import { parseDmarcText, valueRange } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-alignment-values",
    area: "dmarc",
    description: "adkim= and aspf= are r (relaxed) or s (strict).",
    references: ["RFC7489 §6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: "{{tag}}={{value}} is not an alignment mode: use r (relaxed) or s (strict, exact domain match)." },
    },
    fix: "aspf=r (or aspf=s for an exact domain match)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || (tag.key !== "adkim" && tag.key !== "aspf")) continue;
      if (/^[rs]$/i.test(tag.value)) continue;
      const [start, end] = valueRange(tag);
      ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  },
});
