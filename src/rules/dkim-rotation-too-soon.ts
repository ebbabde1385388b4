// OVH rotates DKIM by switching signing to the other selector of the pair; the old one must stay published
// for at least 7 days so mail signed before the switch still verifies (OVH-DKIM). The YAML records the
// switch day in dkim.switchedAt, so a pair reduced to one selector within that window is a removal too soon.
import { defineRule } from "../engine/types.js";
import { loneOvhSelectors } from "../mail/dkim.js";
import { isOvhHosted } from "../mail/ovh.js";

interface Options {
  minDays: number;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD), or null when either is not a date. */
function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / DAY_MS);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export default defineRule<Options>({
  meta: {
    id: "dkim-rotation-too-soon",
    area: "dkim",
    description: "After an OVH DKIM switch (dkim.switchedAt), the old selector must stay declared for at least minDays days.",
    references: ["OVH-DKIM"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["dkim", "mx"],
    alsoObserves: ["dkim-probe"],
    options: {
      type: "object",
      properties: {
        minDays: { type: "integer", minimum: 0, description: "Days the previous selector stays published after signing switched (OVH asks for 7).", default: 7 },
      },
      additionalProperties: false,
    },
    messages: {
      tooSoon: { text: "signing switched to {{selector}} on {{switchedAt}}, {{days}} day(s) ago, and its pair selector is gone: keep the old selector until {{until}} ({{minDays}} days)" },
    },
    fix: "Keep the previous selector declared (active: false) until minDays days after switchedAt, then remove it.",
  },
  check(ctx) {
    const dkim = ctx.domain.dkim;
    if (!isOvhHosted(ctx.domain) || !dkim?.switchedAt) return;
    const days = daysBetween(dkim.switchedAt, ctx.today);
    if (days === null || days >= ctx.options.minDays) return;
    for (const { selector } of loneOvhSelectors(dkim.selectors)) {
      ctx.report({
        messageId: "tooSoon",
        data: {
          selector: selector.name,
          switchedAt: dkim.switchedAt,
          days,
          minDays: ctx.options.minDays,
          until: addDays(dkim.switchedAt, ctx.options.minDays),
        },
        at: { path: [...dkim.path, "switchedAt"] },
      });
    }
  },
});
