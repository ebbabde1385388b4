import { defineRule } from "../engine/types.js";
import { parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-pct-historic",
    area: "dmarc",
    description: "The record avoids pct=, rf= and ri=, which RFC 9989 made historic.",
    references: ["RFC9989 App. A.6", "RFC9989 §9.3", "G-DMARC", "MS-DMARC"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      pct: {
        text: "pct={{value}} is historic in RFC 9989: receivers applied it inconsistently except 0 and 100; use t=y while testing a policy.",
      },
      historic: { text: "{{tag}}= is historic in RFC 9989 and ignored by its receivers." },
    },
    fix: "p=quarantine (or p=quarantine; t=y while testing)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || tag.kind !== "historic") continue;
      const at = ctx.textAnchor(dmarc.text, tag.start, tag.end);
      if (tag.key === "pct") ctx.report({ messageId: "pct", data: { value: tag.value }, at });
      else ctx.report({ messageId: "historic", data: { tag: tag.name }, at });
    }
  },
});
