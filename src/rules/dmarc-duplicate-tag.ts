import { defineRule } from "../engine/types.js";
import { parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-duplicate-tag",
    area: "dmarc",
    description: "Each tag appears once in the DMARC record.",
    references: ["RFC7489 §6.3", "RFC6376 §3.2", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC6376 §3.2", keyword: "MUST NOT", text: "a tag name occurs at most once in a tag-list (DMARC uses DKIM's tag-list syntax, RFC 7489 §6.4)" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: { text: "{{tag}}= appears again (first as {{first}}): a repeated tag makes the whole tag-list invalid." },
    },
    fix: "Keep each tag once, e.g. v=DMARC1; p=quarantine; adkim=r; aspf=r; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const firstByKey = new Map<string, string>();
    for (const tag of record.tags) {
      if (!tag.hasEquals) continue;
      const first = firstByKey.get(tag.key);
      if (first === undefined) {
        firstByKey.set(tag.key, record.text.slice(tag.start, tag.end));
        continue;
      }
      ctx.report({ messageId: "duplicate", data: { tag: tag.name, first }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  },
});
