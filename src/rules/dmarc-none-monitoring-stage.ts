import { defineRule } from "../engine/types.js";
import { noneRunStart, parseDmarcText, policyRange, writtenPolicy } from "../mail/dmarc.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-none-monitoring-stage",
    area: "dmarc",
    description: "p=none on a sending domain is an explicitly declared monitoring stage (dmarc.since), and is flagged as one.",
    references: ["OVH-DMARC", "RFC9989 §5.1.3", "RFC9989 §5.1.7"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      undeclared: {
        text: "p=none without dmarc.since: monitoring must be a declared stage with a start date, or the record should enforce (p=quarantine with rua=).",
      },
      declared: {
        text: "p=none is a monitoring stage (since {{since}}): nothing is enforced yet; move to p=quarantine once SPF and DKIM pass in the reports.",
        tier: "lower",
      },
    },
    fix: "dmarc: { record: \"v=DMARC1; p=none; rua=mailto:dmarc@example.com\", since: 2026-11-01 }, or p=quarantine",
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    // Parked domains are dmarc-parked-domain's business. Live records (`audit`, file null) carry no start
    // date, so whether p=none is a declared stage can only be judged in a domain file.
    if (!dmarc || !domain.mail.sends || domain.file === null) return;
    const record = parseDmarcText(dmarc.text);
    // The stage the record declares, even when an invalid sp= or np= voids it (dmarc-sp-np-invalid's); a
    // record receivers discard, not starting with v=DMARC1 (RFC 7489 §6.6.3), declares none (dmarc-v-first's).
    if (!record.versionFirst || writtenPolicy(record) !== "none") return;
    const at = ctx.textAnchor(dmarc.text, ...policyRange(record));
    const since = noneRunStart(dmarc);
    if (since === null) ctx.report({ messageId: "undeclared", at });
    else ctx.report({ messageId: "declared", data: { since }, at });
  },
});
