import { defineRule } from "../engine/types.js";
import { findTag, headRange, parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-no-rua",
    area: "dmarc",
    description: "A sending domain's DMARC record asks for aggregate reports with rua=.",
    references: ["RFC9989 §5.1.3", "RFC9989 §5.1.4", "RFC9989 §5.1.5", "OVH-DMARC"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "The DMARC record has no rua=: without aggregate reports nobody sees which mail fails, so the policy cannot be tightened safely.",
      },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    // A domain that sends nothing needs no reports (MS-DMARC parked domains: v=DMARC1; p=reject;).
    if (!dmarc || !ctx.domain.mail.sends) return;
    const record = parseDmarcText(dmarc.text);
    // A record receivers discard (RFC 7489 §6.6.3, RFC 9989 §4.10) asks for nothing: dmarc-v-first's error.
    if (!record.versionFirst || findTag(record, "rua")) return;
    const [start, end] = headRange(record);
    ctx.report({ messageId: "missing", at: ctx.textAnchor(dmarc.text, start, end) });
  },
});
