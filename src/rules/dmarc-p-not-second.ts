import { defineRule } from "../engine/types.js";
import { findTag, parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-p-not-second",
    area: "dmarc",
    description: "The p= tag comes right after v=DMARC1, as the RFC 7489 grammar requires.",
    references: ["RFC7489 §6.4", "RFC9989 §4.7"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notSecond: { text: "p= is tag number {{position}}; RFC 7489's grammar wants it right after v=DMARC1, and receivers still reading RFC 7489 may reject the record (RFC 9989 allows any order)." },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    // Without v=DMARC1 first the record is discarded anyway (dmarc-v-first says so).
    if (!record.versionFirst) return;
    const p = findTag(record, "p");
    if (!p || p.index === 1) return;
    ctx.report({ messageId: "notSecond", data: { position: p.index + 1 }, at: ctx.textAnchor(dmarc.text, p.start, p.end) });
  },
});
