import { defineRule } from "../engine/types.js";
import { effectivePolicy, parseDmarcText, policyRange } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-parked-domain",
    area: "dmarc",
    description: "A domain that sends no mail publishes p=reject, so nobody can send in its name.",
    references: ["MS-DMARC", "RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    observes: ["dmarc", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: { text: "{{domain}} sends no mail but publishes no DMARC record: publish p=reject so forged mail is refused." },
      notReject: { text: "{{domain}} sends no mail, yet its DMARC policy is {{policy}}: p=reject refuses all forged mail." },
    },
    fix: 'dmarc: "v=DMARC1; p=reject;"',
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.mail.sends) return;
    const dmarc = domain.dmarc;
    if (!dmarc) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: ["domain"], name: `_dmarc.${domain.domain}` } });
      return;
    }
    const record = parseDmarcText(dmarc.text);
    const { policy } = effectivePolicy(record);
    if (policy === "reject") return;
    ctx.report({
      messageId: "notReject",
      data: { domain: domain.domain, policy: `p=${policy}` },
      at: ctx.textAnchor(dmarc.text, ...policyRange(record)),
    });
  },
});
