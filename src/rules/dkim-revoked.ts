// RFC 6376 §3.6.1: an empty p= means the key has been revoked. That is the right end of a rotation for a
// retired selector, but a selector still used for signing makes every signature fail.
import { defineRule } from "../engine/types.js";
import { selectorKeys } from "../mail/dkim.js";

export default defineRule({
  meta: {
    id: "dkim-revoked",
    area: "dkim",
    description: "A DKIM key record with an empty p= is revoked: an error when the selector is active, information otherwise.",
    references: ["RFC6376 §3.6.1"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      revokedActive: { text: "selector {{selector}} is marked active but its key is revoked (empty p=): every signature with it fails" },
      revoked: { text: "selector {{selector}} is revoked (empty p=); remove it once no mail in transit can still carry its signature", tier: "info" },
    },
    fix: "Sign with a selector that has a key, and set active: false on the revoked one.",
  },
  check(ctx) {
    for (const { selector, text, record } of selectorKeys(ctx.domain.dkim?.selectors ?? [])) {
      if (record.key.status !== "revoked") continue;
      const p = record.byName.get("p")!;
      ctx.report({ messageId: selector.active ? "revokedActive" : "revoked", data: { selector: selector.name }, at: ctx.textAnchor(text, p.start, p.end) });
    }
  },
});
