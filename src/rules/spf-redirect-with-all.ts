// RFC 7208 §6.1: "if all mechanisms fail to match ... [redirect] is used"; since all always matches,
// redirect= is ignored in any record that has an all mechanism (also §5.1).
import { defineRule } from "../engine/types.js";
import { firstAll, modifiers } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-redirect-with-all",
    area: "spf",
    description: "An SPF record does not combine redirect= with an all mechanism (the redirect would be ignored).",
    references: ["RFC7208 §6.1", "RFC7208 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ignoredRedirect: { text: "`{{term}}` is ignored because the record has `{{all}}` (RFC 7208 §6.1); keep either the redirect or the all" },
    },
    fix: "`v=spf1 redirect=_spf.example.com` (no all), or list the senders and end with all.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all) return;
    for (const modifier of modifiers(found.record)) {
      if (modifier.name !== "redirect") continue;
      ctx.report({ messageId: "ignoredRedirect", data: { term: modifier.text, all: all.text }, at: ctx.textAnchor(found.text, modifier.start, modifier.end) });
    }
  },
});
