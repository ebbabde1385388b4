// RFC 7208 §4.6.4: "SPF implementations SHOULD limit 'void lookups' to two" — DNS queries answered with
// NXDOMAIN or with no records; the third is a permerror. Dead includes and retired hosts are the usual
// cause, and they cost nothing until a receiver counts them. Needs live DNS (src/mail/spf-live.ts).
import { defineRule } from "../engine/types.js";
import { domainSpfTree, formatChain, type SpfVoidLookup } from "../mail/spf-live.js";

interface Options {
  max: number;
}

function describeVoid(v: SpfVoidLookup): string {
  const where = v.chain.length > 1 ? ` (in ${v.chain[v.chain.length - 1]})` : "";
  return `${v.term}${where}: ${v.name} ${v.status === "nxdomain" ? "does not exist" : `has no ${v.query} records`}`;
}

export default defineRule<Options>({
  meta: {
    id: "spf-void-lookups",
    area: "spf",
    description: "SPF evaluation meets at most two void lookups (NXDOMAIN or no answer), counted through every include and redirect with live DNS.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    observes: ["spf", "spf-tree"],
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 0, description: "Void lookups receivers tolerate (RFC 7208 §4.6.4: 2); more is reported at the rule's level, exactly this many one level lower.", default: 2 },
      },
      additionalProperties: false,
    },
    messages: {
      tooMany: {
        text: "SPF evaluation meets {{count}} void lookups, more than the {{max}} RFC 7208 §4.6.4 allows: receivers stop with permerror within `{{term}}` ({{voids}})",
      },
      atLimit: {
        text: "SPF evaluation meets {{count}} void lookups, the most RFC 7208 §4.6.4 allows: one more dead name makes it a permerror ({{voids}})",
        tier: "lower",
      },
      lookupFailed: {
        text: "could not tell whether `{{term}}` is a void lookup: the {{query}} lookup of {{name}} failed ({{reason}}){{via}}",
        tier: "lower",
      },
    },
    fix: "Remove includes of senders you no longer use and a:/mx: terms naming hosts that are gone.",
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    const { max } = ctx.options;
    const voids = tree.voids;
    const summary = voids.map(describeVoid).join("; ");
    if (voids.length > max) {
      // The (max+1)th void is where a receiver gives up.
      const at = voids[max]!.top;
      ctx.report({ messageId: "tooMany", data: { count: voids.length, max, term: at.term, voids: summary }, at: ctx.textAnchor(text, at.start, at.end) });
    } else if (voids.length === max && max > 0) {
      const at = voids[max - 1]!.top;
      ctx.report({ messageId: "atLimit", data: { count: voids.length, max, voids: summary }, at: ctx.textAnchor(text, at.start, at.end) });
    }
    // Failed include lookups are spf-include-no-record's; MX lookups are spf-mx-address-limit's.
    for (const failure of tree.failures.filter((f) => f.query === "A/AAAA" || f.query === "A")) {
      const via = failure.chain.length > 1 ? `, reached through ${formatChain(failure.chain)}` : "";
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, query: failure.query, name: failure.name, reason: failure.reason, via },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end),
      });
    }
  },
});
