import { defineRule } from "../engine/types.js";
import { findTag, headRange, parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-p-missing",
    area: "dmarc",
    description: "The DMARC record has a p= tag.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "The DMARC record has no p= tag: RFC 7489 requires it, and RFC 9989 receivers read the record as p=none.",
      },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    if (record.tags.length === 0 || findTag(record, "p")) return;
    const [start, end] = headRange(record);
    ctx.report({ messageId: "missing", at: ctx.textAnchor(dmarc.text, start, end) });
  },
});
