// RFC 7208 §4.6.4: evaluation may cause at most 10 DNS-querying terms (include, a, mx, ptr, exists,
// redirect), counted across every include and redirect; the 11th is a permerror. Statically we only see
// the record's own terms, so this count is a lower bound; the live count resolves the includes.
import { defineRule } from "../engine/types.js";
import { lookupTerms } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

interface Options {
  max: number;
  warnAt: number;
}

export default defineRule<Options>({
  meta: {
    id: "spf-lookup-limit",
    area: "spf",
    description: "The SPF record's own DNS-querying terms stay within the RFC 7208 limit of 10 lookups (a lower bound of the recursive count).",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "static",
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 1, description: "Lookups allowed (RFC 7208 §4.6.4: 10); more is reported at the rule's level.", default: 10 },
        warnAt: { type: "integer", minimum: 1, description: "From this many lookups on, report one level lower: little room is left for what includes add.", default: 8 },
      },
      additionalProperties: false,
    },
    messages: {
      overLimit: {
        text: "the record itself needs {{count}} DNS lookups, more than the {{max}} RFC 7208 §4.6.4 allows: evaluation fails with permerror at `{{term}}` (includes add their own lookups on top)",
      },
      nearLimit: {
        text: "the record itself already needs {{count}} of the {{max}} DNS lookups RFC 7208 §4.6.4 allows (from `{{term}}` on); every include adds its own, so the real count is higher",
        tier: "lower",
      },
    },
    fix: "Drop unused senders, replace a/mx/ptr with ip4:/ip6:, or merge vendors' includes.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { max, warnAt } = ctx.options;
    const reachable = lookupTerms(found.record).filter((entry) => entry.reachable);
    let count = 0;
    let overAt: (typeof reachable)[number] | undefined;
    let nearAt: (typeof reachable)[number] | undefined;
    for (const entry of reachable) {
      count += entry.cost;
      if (count > max && !overAt) overAt = entry;
      if (count >= warnAt && !nearAt) nearAt = entry;
    }
    // Point at the term where evaluation crosses the threshold: that is where a receiver gives up.
    const at = overAt ?? nearAt;
    if (!at) return;
    ctx.report({
      messageId: overAt ? "overLimit" : "nearLimit",
      data: { count, max, term: at.term.text },
      at: ctx.textAnchor(found.text, at.term.start, at.term.end),
    });
  },
});
