// A selector that is live but no longer in the file is deleted by the next apply. Mail signed with it and
// still in flight, queued or re-verified later then fails DKIM: OVH's rotation keeps the old selector at
// least 7 days after switching to the new one (OVH-DKIM). dkim-rotation-too-soon judges `switchedAt` in the
// file alone; this rule sees the deletion itself, live state "before", the file "after". New id in
// the catalogue's style.
import { defineRule } from "../engine/types.js";
import { daysBetween } from "../mail/dmarc.js";

interface Options {
  minDays: number;
}

export default defineRule<Options>({
  meta: {
    id: "dkim-selector-removed",
    area: "dkim",
    description: "Flags a DKIM selector that is published live but no longer declared in the file, so the change would delete it.",
    references: ["OVH-DKIM", "RFC6376 §3.6.2.1"],
    defaultLevel: "warn",
    kind: "transition",
    observes: ["dkim"],
    options: {
      type: "object",
      properties: {
        minDays: { type: "integer", minimum: 0, description: "Days after `dkim.switchedAt` from which removing the old selector is routine (OVH-DKIM: keep it at least 7 days).", default: 7 },
      },
      additionalProperties: false,
    },
    messages: {
      removed: {
        text: "selector {{selector}} is published live but the file no longer declares it: this change deletes {{name}}, and mail signed with it that is still in transit fails DKIM (OVH keeps the old selector at least {{minDays}} days after a rotation)",
      },
      removedAfterRotation: {
        text: "selector {{selector}} is published live and this change deletes it, {{days}} days after the switch on {{switchedAt}} (at least {{minDays}} days, as OVH's rotation asks)",
        tier: "info",
      },
    },
    fix: "Keep the old selector in the file (active: false) until at least 7 days after dkim.switchedAt, then remove it.",
  },
  check(ctx) {
    const { domain, observed, today } = ctx;
    if (!observed?.dkim) return;
    const { minDays } = ctx.options;
    const declared = new Set((domain.dkim?.selectors ?? []).map((s) => s.name.toLowerCase()));
    const switchedAt = domain.dkim?.switchedAt ?? null;
    const days = switchedAt === null ? NaN : daysBetween(switchedAt, today);
    const path = domain.dkim ? domain.dkim.path : ["domain"];
    for (const selector of observed.dkim.selectors) {
      if (declared.has(selector.name.toLowerCase())) continue;
      const name = `${selector.name}._domainkey.${domain.domain}`;
      const at = { path, name };
      if (switchedAt !== null && days >= minDays) {
        ctx.report({ messageId: "removedAfterRotation", data: { selector: selector.name, days, switchedAt, minDays }, at });
      } else {
        ctx.report({ messageId: "removed", data: { selector: selector.name, name, minDays }, at });
      }
    }
  },
});
