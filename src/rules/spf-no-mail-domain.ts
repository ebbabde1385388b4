// A domain that sends no mail should say so: `v=spf1 -all` makes every receiver fail mail forged in its
// name (RFC 7208 §8.4). Microsoft's parked-domain guidance asks for exactly that record (MS-DMARC), and
// so does the `parked` pack (null MX + v=spf1 -all + p=reject).
import { defineRule } from "../engine/types.js";
import { authorisesNobody, type SpfRecord } from "../mail/spf.js";
import { domainSpf, wholeRecord } from "../mail/spf-lint.js";

/** Exactly `v=spf1 -all`: a record that authorises nobody, with nothing beside its `-all` (no `exp=` either). */
function isRejectAll(record: SpfRecord): boolean {
  return authorisesNobody(record) && record.terms.length === 1;
}

export default defineRule({
  meta: {
    id: "spf-no-mail-domain",
    area: "spf",
    description: "A domain that sends no mail publishes exactly v=spf1 -all.",
    references: ["MS-DMARC", "RFC7208 §8.4", "RFC7208 §5.1"],
    defaultLevel: "info",
    kind: "static",
    observes: ["spf", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: { text: "{{domain}} sends no mail but publishes no SPF record; publish `v=spf1 -all` so receivers fail mail forged in its name" },
      notRejectAll: { text: "{{domain}} sends no mail, so its SPF record should be exactly `v=spf1 -all` (it authorises nobody); found `{{record}}`" },
    },
    fix: "spf: \"v=spf1 -all\"",
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.mail.sends) return;
    const found = domainSpf(domain);
    if (!found) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: domain.mail.path } });
      return;
    }
    if (isRejectAll(found.record)) return;
    const [start, end] = wholeRecord(found.record);
    ctx.report({
      messageId: "notRejectAll",
      data: { domain: domain.domain, record: found.text.value.trim() },
      at: ctx.textAnchor(found.text, start, end),
    });
  },
});
