import { defineRule } from "../engine/types.js";
import { daysBetween, noneRunStart, parseDmarcText, policyRange, writtenPolicy } from "../mail/dmarc.js";

interface Options {
  maxNoneDays: number;
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-none-too-long",
    area: "dmarc",
    description: "A sending domain does not stay at p=none for longer than maxNoneDays.",
    references: ["RFC9989 §5.1.7", "MS-DMARC", "OVH-DMARC"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: {
      type: "object",
      properties: {
        maxNoneDays: {
          type: "integer",
          minimum: 1,
          description: "Days a sending domain may stay at p=none before this rule warns (project default 90).",
          default: 90,
        },
      },
      additionalProperties: false,
    },
    messages: {
      tooLong: {
        text: "p=none since {{since}} ({{days}} days, limit {{max}}): monitoring is a stage, not the goal; move to p=quarantine once the reports are clean.",
      },
    },
    fix: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com (record the none stage in dmarc.history)",
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    const record = parseDmarcText(dmarc.text);
    // The stage the record declares, even when an invalid sp= or np= voids it (dmarc-sp-np-invalid's); a
    // record receivers discard, not starting with v=DMARC1 (RFC 7489 §6.6.3), declares none (dmarc-v-first's).
    if (!record.versionFirst || writtenPolicy(record) !== "none") return;
    // Without `since` the stage's length is unknown (dmarc-none-monitoring-stage asks for it).
    const since = noneRunStart(dmarc);
    if (since === null) return;
    const days = daysBetween(since, ctx.today);
    if (!(days > ctx.options.maxNoneDays)) return;
    ctx.report({
      messageId: "tooLong",
      data: { since, days, max: ctx.options.maxNoneDays },
      at: ctx.textAnchor(dmarc.text, ...policyRange(record)),
    });
  },
});
