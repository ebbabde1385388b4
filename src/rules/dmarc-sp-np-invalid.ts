import { defineRule } from "../engine/types.js";
import { hasValidReportUri, parseDmarcText, policyOf, valueRange } from "../mail/dmarc.js";
import { organizationalDomainWith } from "../mail/org-domain.js";

interface Options {
  twoLabelSuffixes: string[];
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-sp-np-invalid",
    area: "dmarc",
    description: "sp= and np= name a valid policy, and sp= is only set where it applies.",
    references: ["RFC7489 §6.3", "RFC7489 §6.6.3", "RFC9989 §4.7", "RFC9989 §4.10.1"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc"],
    enforces: [
      { section: "RFC7489 §6.3", keyword: "MUST", text: "a DMARC policy record complies with the formal specification of §6.4", messages: ["invalid"] },
    ],
    options: {
      type: "object",
      properties: {
        twoLabelSuffixes: {
          type: "array",
          items: { type: "string" },
          description:
            "Public suffixes to add to the Public Suffix List (which already knows co.uk, gouv.fr...): a domain one label below one of them is an Organizational Domain.",
          default: [],
        },
      },
      additionalProperties: false,
    },
    messages: {
      invalid: { text: "{{tag}}={{value}} is not a DMARC policy (none, quarantine or reject): {{consequence}} (RFC 7489 §6.6.3, RFC 9989 §4.10.1)." },
      spOnSubdomain: {
        text: "sp= has no effect on {{domain}}, which is below its Organizational Domain {{organizational}}: RFC 7489 receivers read sp= only there, and so do RFC 9989 receivers when {{organizational}} publishes a DMARC record (RFC 9989 §4.7, §4.10.2).",
        tier: "info",
      },
    },
    fix: "sp=quarantine / np=reject",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    // p= values belong to dmarc-p-invalid, so one typo gives one finding.
    // Asked only when there is an sp tag: the Public Suffix List lookup is most of this rule's cost.
    let organizational: string | undefined;
    const record = parseDmarcText(dmarc.text);
    for (const tag of record.tags) {
      if (!tag.hasEquals || (tag.key !== "sp" && tag.key !== "np")) continue;
      const at = ctx.textAnchor(dmarc.text, ...valueRange(tag));
      if (!policyOf(tag.value)) {
        // No fallback to p=: an invalid sp= (or, for RFC 9989 receivers, np=) voids every policy of the
        // record, the domain's own included (RFC 7489 §6.6.3 step 6, RFC 9989 §4.10.1).
        const reading = hasValidReportUri(record)
          ? "read the whole record as p=none, for the domain itself too"
          : "apply no DMARC processing at all, for the domain itself too";
        const consequence =
          tag.key === "np" ? `RFC 9989 receivers then ${reading} (RFC 7489 receivers ignore np=)` : `receivers then ${reading}`;
        ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value, consequence }, at });
      }
      // RFC 9989 §4.7: sp is read on the Organizational Domain's record (RFC 7489 §3.2: the Public Suffix List).
      if (tag.key !== "sp") continue;
      organizational ??= organizationalDomainWith(ctx.domain.domain, ctx.options.twoLabelSuffixes);
      if (organizational !== ctx.domain.domain.toLowerCase().replace(/\.$/, "")) {
        ctx.report({ messageId: "spOnSubdomain", data: { domain: ctx.domain.domain, organizational }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
      }
    }
  },
});
