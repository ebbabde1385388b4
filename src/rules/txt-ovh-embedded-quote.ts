// OVH's API wraps TXT targets in double quotes itself [TF-REC], and DNSControl refuses TXT values with an
// embedded `"` or `\` for OVH because they do not survive that round trip (DNSC auditrecords, verified
// 2026-07-19). Checked statically so the plan never tries to apply such a value: every TXT record maildns
// writes at OVH, the MTA-STS and TLS-RPT ones (RFC 8461 §3.1, RFC 8460 §3) as well as SPF, DKIM and DMARC,
// since the apply refuses any of them the same way (providers/ovh/records.ts).
import { defineRule } from "../engine/types.js";
import type { RecordText } from "../model/types.js";

export default defineRule({
  meta: {
    id: "txt-ovh-embedded-quote",
    area: "txt",
    description: "SPF, DKIM, DMARC, MTA-STS and TLS-RPT texts contain no double quote or backslash, which OVH's API cannot store intact.",
    references: ["DNSC", "TF-REC"],
    defaultLevel: "error",
    kind: "static",
    observes: [],
    alsoObserves: ["spf", "dmarc", "dkim", "dkim-probe", "mta-sts", "tls-rpt"],
    // A limit of OVH's API (or panel): it matters only where the records are applied through it.
    scope: { dnsProvider: "ovh" },
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      quote: {
        text: "{{record}} text contains {{char}} at position {{position}}: OVH's API quotes TXT values itself and cannot store an embedded quote or backslash intact; remove it (no record of these types needs one)",
      },
    },
    fix: "Write the value without quotes or backslashes, e.g. drop quotes around a DKIM n= note.",
  },
  check(ctx) {
    const { domain } = ctx;
    const texts: [string, RecordText][] = [];
    if (domain.spf) texts.push(["SPF", domain.spf.text]);
    for (const s of domain.dkim?.selectors ?? []) if (s.text) texts.push([`DKIM ${s.name}`, s.text]);
    if (domain.dmarc) texts.push(["DMARC", domain.dmarc.text]);
    if (domain.mtaSts?.text) texts.push(["MTA-STS", domain.mtaSts.text]);
    if (domain.tlsRpt) texts.push(["TLS-RPT", domain.tlsRpt.text]);
    for (const [record, text] of texts) {
      for (let i = 0; i < text.value.length; i++) {
        const ch = text.value[i];
        if (ch !== '"' && ch !== "\\") continue;
        ctx.report({
          messageId: "quote",
          data: { record, char: ch === '"' ? "a double quote (\")" : "a backslash (\\)", position: i + 1 },
          at: ctx.textAnchor(text, i, i + 1),
        });
      }
    }
  },
});
