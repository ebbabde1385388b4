// RFC 7208 §4.6.4: evaluation may cause at most 10 DNS-querying terms (include, a, mx, ptr, exists,
// redirect), counted across every include and redirect; the 11th is a permerror. Statically we only see
// the record's own terms, so that count is a lower bound; with live DNS the rule walks every include and
// redirect (src/mail/spf-live.ts) and reports the recursive worst case with the cost of each term.
import { defineRule, type RuleContext } from "../engine/types.js";
import { lookupTerms } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";
import { domainSpfTree, formatCosts } from "../mail/spf-live.js";

interface Options {
  max: number;
  warnAt: number;
}

export default defineRule<Options>({
  meta: {
    id: "spf-lookup-limit",
    area: "spf",
    description: "SPF evaluation stays within the RFC 7208 limit of 10 DNS lookups: counted through every include and redirect with live DNS, or the record's own terms (a lower bound) without.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf", "spf-tree"],
    enforces: [
      { section: "RFC7208 §4.6.4", keyword: "MUST", text: "implementations limit DNS-querying terms to 10 and return permerror beyond", messages: ["overLimit", "overLimitLive"] },
    ],
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
      overLimitLive: {
        text: "evaluating the SPF record takes {{count}} DNS lookups through its includes and redirects, more than the {{max}} RFC 7208 §4.6.4 allows: receivers stop with permerror within `{{term}}` (lookups per term: {{costs}})",
      },
      nearLimitLive: {
        text: "evaluating the SPF record takes {{count}} of the {{max}} DNS lookups RFC 7208 §4.6.4 allows, counted through its includes and redirects (lookups per term: {{costs}})",
        tier: "lower",
      },
      countIncomplete: {
        text: "the SPF lookup count is incomplete: the {{query}} lookup of {{name}} failed ({{reason}}), so what lies behind `{{term}}` is unknown; {{count}} lookups counted so far (lookups per term: {{costs}})",
        tier: "lower",
      },
    },
    fix: "Drop unused senders, replace a/mx/ptr with ip4:/ip6:, or merge vendors' includes.",
  },
  check(ctx) {
    if (ctx.dns) return checkLive(ctx);
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

/** With live DNS: the recursive worst case through every include and redirect (RFC 7208 §4.6.4). */
async function checkLive(ctx: RuleContext<Options>): Promise<void> {
  const walked = await domainSpfTree(ctx.domain, ctx.dns!);
  if (!walked) return;
  const { text, tree } = walked;
  const { max, warnAt } = ctx.options;
  const costs = formatCosts(tree.perTerm) || "none";
  // Point at the top-level term within which the running count crosses the threshold.
  let running = 0;
  let overAt: (typeof tree.perTerm)[number] | undefined;
  let nearAt: (typeof tree.perTerm)[number] | undefined;
  for (const entry of tree.perTerm) {
    running += entry.cost;
    if (running > max && !overAt) overAt = entry;
    if (running >= warnAt && !nearAt) nearAt = entry;
  }
  if (overAt) {
    // A failed lookup only hides more lookups: an excess already counted stands.
    ctx.report({ messageId: "overLimitLive", data: { count: tree.lookups, max, term: overAt.term, costs }, at: ctx.textAnchor(text, overAt.start, overAt.end) });
    return;
  }
  const failure = tree.failures[0];
  if (failure) {
    ctx.report({
      messageId: "countIncomplete",
      data: { count: tree.lookups, query: failure.query, name: failure.name, reason: failure.reason, term: failure.top.term, costs },
      at: ctx.textAnchor(text, failure.top.start, failure.top.end),
    });
    return;
  }
  if (nearAt) {
    ctx.report({ messageId: "nearLimitLive", data: { count: tree.lookups, max, costs }, at: ctx.textAnchor(text, nearAt.start, nearAt.end) });
  }
}
