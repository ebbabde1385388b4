import { defineRule } from "../engine/types.js";
import { parseDmarcText, valueRange } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-pct-range",
    area: "dmarc",
    description: "The pct= tag, RFC 7489 only, is a whole number from 0 to 100.",
    references: ["RFC7489 §6.3", "RFC7489 §6.4", "RFC9989 §4.7"],
    // RFC 9989 dropped pct=: its receivers ignore the tag, so a bad value misleads RFC 7489 receivers only.
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      outOfRange: { text: "pct={{value}} is not a whole number from 0 to 100: RFC 7489 receivers discard it, RFC 9989 receivers ignore pct= altogether." },
    },
    fix: "pct=50, or drop pct and use t=y while testing (RFC 9989)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.key !== "pct") continue;
      // RFC 7489 §6.4: dmarc-percent = "pct" *WSP "=" *WSP 1*3DIGIT, meaning 0..100.
      if (/^\d{1,3}$/.test(tag.value) && Number(tag.value) <= 100) continue;
      const [start, end] = valueRange(tag);
      ctx.report({ messageId: "outOfRange", data: { value: tag.value }, at: ctx.textAnchor(dmarc.text, start, end) });
    }
  },
});
