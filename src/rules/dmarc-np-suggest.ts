import { defineRule } from "../engine/types.js";
import { effectivePolicy, findTag, parseDmarcText, valueRange } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-np-suggest",
    area: "dmarc",
    description: "An enforcing DMARC record also rejects mail from non-existent subdomains (np=reject).",
    references: ["RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "p={{policy}} without np=reject: mail from subdomains that do not exist gets {{effective}}; RFC 9989 receivers can reject it outright.",
      },
      weak: { text: "np={{value}} is weaker than reject: nobody sends from subdomains that do not exist, so reject their mail." },
    },
    fix: "v=DMARC1; p=quarantine; np=reject; rua=mailto:dmarc@example.com",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const domainPolicy = effectivePolicy(record, "domain");
    if (!domainPolicy.tag || domainPolicy.policy === "none") return;
    // np falls back to sp, then p (RFC 9989 §4.7): sp=reject already covers non-existent subdomains.
    const nonexistent = effectivePolicy(record, "nonexistent");
    if (nonexistent.policy === "reject") return;
    const np = findTag(record, "np");
    if (np && nonexistent.tag === np) {
      ctx.report({ messageId: "weak", data: { value: np.value }, at: ctx.textAnchor(dmarc.text, ...valueRange(np)) });
      return;
    }
    const p = domainPolicy.tag;
    ctx.report({
      messageId: "missing",
      data: { policy: domainPolicy.policy, effective: nonexistent.policy },
      at: ctx.textAnchor(dmarc.text, p.start, p.end),
    });
  },
});
