import { defineRule } from "../engine/types.js";
import { daysBetween, rampStages, stageAnchor } from "../mail/dmarc.js";

interface Options {
  minNoneDays: number;
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-none-observation-too-short",
    area: "dmarc",
    description: "A sending domain watches p=none reports for at least minNoneDays before enforcing.",
    references: ["G-DMARC", "OVH-DMARC", "RFC9989 §5.1.5"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: {
      type: "object",
      properties: {
        minNoneDays: {
          type: "integer",
          minimum: 0,
          description: "Fewest days a p=none stage must last before the next stage (Google: one week; OVH: several weeks).",
          default: 7,
        },
      },
      additionalProperties: false,
    },
    messages: {
      tooShort: {
        text: "p={{policy}} came {{days}} days after p=none began ({{noneSince}}); watch the reports for at least {{min}} days (2–4 weeks catches monthly senders).",
      },
    },
    fix: "Keep p=none with rua= for at least a week, preferably 2–4 weeks, before p=quarantine.",
  },
  check(ctx) {
    const { domain } = ctx;
    const dmarc = domain.dmarc;
    if (!dmarc || !domain.mail.sends) return;
    let noneStart: string | null = null;
    for (const stage of rampStages(dmarc)) {
      if (stage.policy === "none") {
        noneStart ??= stage.since;
        continue;
      }
      // A current stage with no `since` began some day up to today: if even today is too early, it was.
      const end = stage.since ?? (stage.historyIndex === null ? ctx.today : null);
      if (noneStart !== null && stage.policy !== null && end !== null) {
        const days = daysBetween(noneStart, end);
        if (days < ctx.options.minNoneDays) {
          ctx.report({
            messageId: "tooShort",
            data: { policy: stage.policy, days, noneSince: noneStart, min: ctx.options.minNoneDays },
            at: stageAnchor(dmarc, stage, ctx.textAnchor),
          });
        }
      }
      noneStart = null;
    }
  },
});
