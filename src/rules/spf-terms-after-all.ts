// RFC 7208 §5.1: all always matches, so evaluation stops there and any mechanism after it is never
// tested: senders listed after all are not authorised by it.
import { defineRule } from "../engine/types.js";
import { firstAll } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-terms-after-all",
    area: "spf",
    description: "No SPF mechanism follows the all mechanism (it would never be evaluated).",
    references: ["RFC7208 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      afterAll: { text: "`{{term}}` comes after `{{all}}` and is never evaluated (RFC 7208 §5.1); move it before `{{all}}`" },
      secondAll: { text: "`{{term}}` comes after `{{all}}` and is never evaluated (RFC 7208 §5.1): the first all decides; remove one of them" },
    },
    fix: "Put all at the end: `v=spf1 include:mx.ovh.com -all`.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all) return;
    for (const term of found.record.terms) {
      // Modifiers are not evaluated in order (redirect next to all is spf-redirect-with-all's).
      if (term.start <= all.start || term.kind === "modifier") continue;
      // A second all cannot be moved before the first: one of the two has to go.
      const messageId = term.kind === "mechanism" && term.name === "all" ? "secondAll" : "afterAll";
      ctx.report({ messageId, data: { term: term.text, all: all.text }, at: ctx.textAnchor(found.text, term.start, term.end) });
    }
  },
});
