import { defineRule } from "../engine/types.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-missing",
    area: "dmarc",
    description: "A domain that sends mail publishes a DMARC policy record at _dmarc.",
    references: ["RFC7489 §6.1", "RFC9989 §5.1.4", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingWithDkim: {
        text: "{{domain}} sends mail and signs it with DKIM, but publishes no DMARC record at _dmarc.{{domain}}: receivers get no policy and send no reports.",
      },
      missing: {
        text: "{{domain}} sends mail but publishes no DMARC record at _dmarc.{{domain}}: receivers get no policy and send no reports.",
        tier: "lower",
      },
    },
    fix: 'dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" (p=none only as a declared monitoring stage)',
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.dmarc || !domain.mail.sends) return;
    // rules.md §4.2: a warning, an error once the domain signs with DKIM (DMARC is then one record away).
    const signs = (domain.dkim?.selectors ?? []).some((selector) => selector.active);
    ctx.report({
      messageId: signs ? "missingWithDkim" : "missing",
      data: { domain: domain.domain },
      at: { path: ["domain"], name: `_dmarc.${domain.domain}` },
    });
  },
});
