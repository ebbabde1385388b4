// RFC 5321 §5.1: a sender keeps one entry per host (the lowest preference) when building its MX list, so a
// repeated exchanger adds nothing and usually hides a typo (a backup host that was meant to be different).
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath, mxTargetKey } from "../mail/mx.js";

export default defineRule({
  meta: {
    id: "mx-duplicate-target",
    area: "mx",
    description: "Each exchanger appears once in the MX set (names compared case-insensitively, trailing dot ignored).",
    references: ["RFC5321 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: {
        text: "{{host}} is already listed (as {{first}} with priority {{firstPriority}}): senders use only one of them (RFC 5321 §5.1); remove this entry or fix the host name",
      },
    },
    fix: "Keep one entry per exchanger.",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const seen = new Map<string, { host: string; priority: number }>();
    for (const { entry, host } of analyseMxEntries(mx)) {
      const key = mxTargetKey(host);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { host: entry.host, priority: entry.priority });
        continue;
      }
      ctx.report({
        messageId: "duplicate",
        data: { host: entry.host, first: first.host, firstPriority: first.priority },
        at: { path: mxFieldPath(mx, entry, "host") },
      });
    }
  },
});
