import { defineRule } from "../engine/types.js";
import { parseDmarcText, policyOf, valueRange } from "../mail/dmarc.js";

interface Options {
  twoLabelSuffixes: string[];
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-sp-np-invalid",
    area: "dmarc",
    description: "sp= and np= name a valid policy, and sp= is only set where it applies.",
    references: ["RFC7489 §6.3", "RFC9989 §4.7"],
    defaultLevel: "error",
    kind: "static",
    options: {
      type: "object",
      properties: {
        twoLabelSuffixes: {
          type: "array",
          items: { type: "string" },
          description:
            "Public suffixes of two labels (co.uk, com.au, ...) under which a three-label domain is still an Organizational Domain; any other domain of three labels or more counts as a subdomain.",
          default: ["co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "com.br", "com.cn", "co.za", "com.mx", "co.in", "gouv.fr", "asso.fr", "qc.ca"],
        },
      },
      additionalProperties: false,
    },
    messages: {
      invalid: { text: "{{tag}}={{value}} is not a DMARC policy (none, quarantine or reject): receivers fall back to {{fallback}}." },
      spOnSubdomain: {
        text: "sp= has no effect on {{domain}}, which is not an Organizational Domain: receivers read sp= only at the top of the tree.",
        tier: "info",
      },
    },
    fix: "sp=quarantine / np=reject",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    // p= values belong to dmarc-p-invalid, so one typo gives one finding.
    const isSubdomain = looksLikeSubdomain(ctx.domain.domain, ctx.options.twoLabelSuffixes);
    for (const tag of parseDmarcText(dmarc.text).tags) {
      if (!tag.hasEquals || (tag.key !== "sp" && tag.key !== "np")) continue;
      const at = ctx.textAnchor(dmarc.text, ...valueRange(tag));
      if (!policyOf(tag.value)) {
        // RFC 7489 §6.3 / RFC 9989 §4.7: np falls back to sp, sp falls back to p.
        const fallback = tag.key === "np" ? "sp= or p=" : "p=";
        ctx.report({ messageId: "invalid", data: { tag: tag.name, value: tag.value, fallback }, at });
      }
      // RFC 9989 §4.7: sp is read on the Organizational Domain's record; this is a heuristic without the PSL.
      if (tag.key === "sp" && isSubdomain) {
        ctx.report({ messageId: "spOnSubdomain", data: { domain: ctx.domain.domain }, at: ctx.textAnchor(dmarc.text, tag.start, tag.end) });
      }
    }
  },
});

function looksLikeSubdomain(domain: string, twoLabelSuffixes: readonly string[]): boolean {
  const labels = domain.toLowerCase().split(".").filter((label) => label !== "");
  if (labels.length < 3) return false;
  const lastTwo = labels.slice(-2).join(".");
  const suffixLabels = twoLabelSuffixes.map((s) => s.toLowerCase().replace(/^\.|\.$/g, "")).includes(lastTwo) ? 2 : 1;
  return labels.length > suffixLabels + 1;
}
