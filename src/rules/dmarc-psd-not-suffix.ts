// RFC 9989 §4.7 (psd): "PSOs include this tag with a value of "y" to indicate that the domain is a PSD".
// In the tree walk that finds a name's Organizational Domain (§4.10.2, step 2), a psd=y record above the
// name makes the name one label below it the Organizational Domain: so psd=y on an ordinary domain splits
// every subdomain into an organization of its own, and mail whose SPF or DKIM domain is a subdomain no
// longer aligns in relaxed mode with the domain itself.
import { defineRule } from "../engine/types.js";
import { findTag, parseDmarcText, valueRange } from "../mail/dmarc.js";
import { isPublicSuffix, organizationalDomain } from "../mail/org-domain.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-psd-not-suffix",
    area: "dmarc",
    description: "psd=y is only published by a public suffix's operator, not by an ordinary domain.",
    references: ["RFC9989 §4.7", "RFC9989 §4.10.2"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notSuffix: {
        text: "psd=y declares {{domain}} a public suffix, which the Public Suffix List says it is not (its Organizational Domain is {{organizational}}): RFC 9989 receivers then take each subdomain of {{domain}} as an organization of its own (§4.10.2), so mail whose SPF or DKIM domain is such a subdomain no longer aligns in relaxed mode; remove psd=y (or write psd=n).",
      },
    },
    fix: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com   (no psd=, or psd=n)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc) return;
    const record = parseDmarcText(dmarc.text);
    const psd = findTag(record, "psd");
    // Values are case-insensitive ABNF literals (dmarc-psd = "y" / "n" / "u").
    if (!record.versionFirst || !psd || psd.value.toLowerCase() !== "y" || isPublicSuffix(ctx.domain.domain)) return;
    const data = { domain: ctx.domain.domain, organizational: organizationalDomain(ctx.domain.domain) };
    ctx.report({ messageId: "notSuffix", data, at: ctx.textAnchor(dmarc.text, ...valueRange(psd)) });
  },
});
