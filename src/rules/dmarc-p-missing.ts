// RFC 7489 §6.6.3 step 6 and RFC 9989 §4.10.1 say what receivers do with a record without a valid p=:
// with at least one syntactically valid rua= URI they act as if it said p=none; without one they apply
// no DMARC processing at all, so the record protects nothing, as if none were published.
import { defineRule } from "../engine/types.js";
import { findTag, hasValidReportUri, headRange, parseDmarcText } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-p-missing",
    area: "dmarc",
    description: "The DMARC record has a p= tag.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7", "RFC9989 §4.10.1"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      {
        section: "RFC9989 §4.10.1",
        keyword: "discarded",
        text: "a record with no valid p= and no valid rua= URI gets no DMARC processing from any receiver (RFC 7489 §6.6.3 step 6 alike)",
        messages: ["ignored"],
      },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ignored: {
        text: "The DMARC record has no p= tag and no valid rua= address: receivers apply no DMARC processing at all, as if no record were published (RFC 7489 §6.6.3, RFC 9989 §4.10.1).",
      },
      missing: {
        text: "The DMARC record has no p= tag: RFC 7489 requires it; receivers read the record as p=none because it has a valid rua= address (RFC 7489 §6.6.3, RFC 9989 §4.10.1).",
        tier: "lower",
      },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    // A record that does not start with v=DMARC1 is discarded whatever follows: dmarc-v-first's finding.
    if (!record.versionFirst || findTag(record, "p")) return;
    const [start, end] = headRange(record);
    ctx.report({ messageId: hasValidReportUri(record) ? "missing" : "ignored", at: ctx.textAnchor(dmarc.text, start, end) });
  },
});
