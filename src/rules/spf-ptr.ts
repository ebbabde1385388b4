// RFC 7208 §5.5: the ptr mechanism "SHOULD NOT be published": it is slow, unreliable when reverse DNS
// fails, costs lookups, and some large receivers skip it entirely.
import { defineRule } from "../engine/types.js";
import { mechanisms } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-ptr",
    area: "spf",
    description: "The SPF record does not use the ptr mechanism.",
    references: ["RFC7208 §5.5"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ptr: { text: "`{{term}}`: the ptr mechanism SHOULD NOT be published (RFC 7208 §5.5): it is slow, depends on reverse DNS and costs lookups; list the senders with ip4:/ip6: or include:" },
    },
    fix: "Replace ptr with the senders' ip4:/ip6: ranges or their provider's include:.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    for (const term of mechanisms(found.record)) {
      if (term.name !== "ptr") continue;
      ctx.report({ messageId: "ptr", data: { term: term.text }, at: ctx.textAnchor(found.text, term.start, term.end) });
    }
  },
});
