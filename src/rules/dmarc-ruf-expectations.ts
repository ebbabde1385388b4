import { defineRule } from "../engine/types.js";
import { parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-ruf-expectations",
    area: "dmarc",
    description: "A ruf= address comes with the knowledge that few receivers send failure reports.",
    references: ["MS-DMARC", "RFC9991"],
    defaultLevel: "info",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ruf: {
        text: "ruf= asks for failure reports, which many receivers (Microsoft 365 among them) never send for privacy reasons: rely on rua= aggregate reports.",
      },
    },
    fix: "Keep rua=mailto:dmarc@example.com as the source of truth; ruf= is optional.",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    // A record receivers discard (RFC 7489 §6.6.3) asks for no reports at all: dmarc-v-first's error.
    if (!record.versionFirst) return;
    for (const tag of record.tags) {
      if (tag.hasEquals && tag.key === "ruf") ctx.report({ messageId: "ruf", at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
    }
  },
});
