import { defineRule } from "../engine/types.js";
import { daysBetween, effectivePolicy, findTag, parseDmarcText } from "../mail/dmarc.js";

interface Options {
  testingMaxDays: number;
}

export default defineRule<Options>({
  meta: {
    id: "dmarc-t-y-lingering",
    area: "dmarc",
    description: "t=y (testing) does not stay on an enforcing policy for longer than a test needs.",
    references: ["RFC9989 §4.7", "RFC9989 App. A.6"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["dmarc"],
    options: {
      type: "object",
      properties: {
        testingMaxDays: {
          type: "integer",
          minimum: 1,
          description: "Days an enforcing policy may keep t=y after `dmarc.since` before this rule warns.",
          default: 30,
        },
      },
      additionalProperties: false,
    },
    messages: {
      lingering: {
        text: "t=y has kept p={{policy}} in testing for {{days}} days (since {{since}}, limit {{max}}): receivers apply one level below it; drop t=y or go back a stage.",
      },
    },
    fix: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com (t=y removed)",
  },
  check(ctx) {
    const dmarc = ctx.domain.dmarc;
    if (!dmarc?.since) return;
    const record = parseDmarcText(dmarc.text);
    const t = findTag(record, "t");
    const { policy } = effectivePolicy(record);
    if (!t || t.value.toLowerCase() !== "y" || policy === "none") return;
    const days = daysBetween(dmarc.since, ctx.today);
    if (!(days > ctx.options.testingMaxDays)) return;
    ctx.report({
      messageId: "lingering",
      data: { policy, days, since: dmarc.since, max: ctx.options.testingMaxDays },
      at: ctx.textAnchor(dmarc.text, t.start, t.end),
    });
  },
});
