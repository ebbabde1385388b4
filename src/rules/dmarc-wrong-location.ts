import { defineRule } from "../engine/types.js";
import type { RecordText } from "../model/types.js";

/** A `v=DMARC1` tag (any case, spaces around `=` allowed as in RFC 7489 §6.4) at the start of a record part. */
const DMARC_VERSION = /v[ \t]*=[ \t]*DMARC1(?![A-Za-z0-9])/gi;

/**
 * Offsets of `v=DMARC1` where a record starts: at the beginning of the text, after whitespace or `;`, or
 * at the start of one of the character-strings given as a list (people take a list for several records).
 */
function dmarcVersions(text: RecordText): { start: number; found: string }[] {
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const s of text.strings ?? []) boundaries.add((offset += s.length));
  const found: { start: number; found: string }[] = [];
  for (const match of text.value.matchAll(DMARC_VERSION)) {
    const start = match.index;
    if (boundaries.has(start) || /[\s;]/.test(text.value[start - 1] ?? "")) found.push({ start, found: match[0] });
  }
  return found;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-wrong-location",
    area: "dmarc",
    description: "No v=DMARC1 record is written at a name other than _dmarc (in the SPF field at the apex, a DKIM selector, or the MTA-STS/TLS-RPT records).",
    references: ["RFC7489 §6.1", "RFC9989 §4.7", "DNSC"],
    defaultLevel: "error",
    kind: "static",
    observes: [],
    alsoObserves: ["spf", "dkim", "dkim-probe", "mta-sts", "tls-rpt"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      inSpf: {
        text: "The spf field holds a DMARC record (\"{{found}}\"), published at {{name}}: receivers read DMARC only at _dmarc.{{domain}}, and it breaks the SPF record there.",
      },
      elsewhere: {
        text: "A DMARC record (\"{{found}}\") is written for {{name}}: receivers read DMARC only at _dmarc.{{domain}}, so it has no effect there.",
      },
    },
    fix: "Move the record to the dmarc field: dmarc: \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com\"",
  },
  check(ctx) {
    const domain = ctx.domain;
    const check = (text: RecordText, name: string, messageId: "inSpf" | "elsewhere") => {
      for (const { start, found } of dmarcVersions(text)) {
        // The range runs to the end of the record; the anchor clips it to the character-string it starts in.
        ctx.report({ messageId, data: { found, name, domain: domain.domain }, at: ctx.textAnchor(text, start, text.value.length) });
      }
    };
    // RFC 7489 §6.1: the policy record lives at _dmarc.<domain> and nowhere else.
    if (domain.spf) check(domain.spf.text, domain.domain, "inSpf");
    for (const selector of domain.dkim?.selectors ?? []) {
      if (selector.text) check(selector.text, `${selector.name}._domainkey.${domain.domain}`, "elsewhere");
    }
    if (domain.mtaSts?.text) check(domain.mtaSts.text, `_mta-sts.${domain.domain}`, "elsewhere");
    if (domain.tlsRpt) check(domain.tlsRpt.text, `_smtp._tls.${domain.domain}`, "elsewhere");
  },
});
