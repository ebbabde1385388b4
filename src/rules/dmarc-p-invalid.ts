import { defineRule } from "../engine/types.js";
import { parseDmarcText, policyOf, valueRange } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-p-invalid",
    area: "dmarc",
    description: "The p= tag is one of none, quarantine or reject.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalid: { text: "p={{value}} is not a DMARC policy (none, quarantine or reject): receivers fall back to p=none or ignore the record." },
    },
    fix: "p=quarantine (or p=reject once SPF and DKIM are in place)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    // sp= and np= values are dmarc-sp-np-invalid's job, so one typo gives one finding.
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "p" || policyOf(tag.value)) continue;
      const [start, end] = valueRange(tag);
      ctx.report({ messageId: "invalid", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  },
});
