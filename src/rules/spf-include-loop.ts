// An include:/redirect= chain that comes back to a domain it already passed through never ends: receivers
// cut it at the RFC 7208 §4.6.4 limit of 10 lookups and return permerror (§4.6.4 exists to bound exactly
// this). New id (src/rules/catalogue.json, origin "project"): the catalogue had no id for loops. Needs live DNS (src/mail/spf-live.ts).
import { defineRule } from "../engine/types.js";
import { domainSpfTree, formatChain } from "../mail/spf-live.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "spf-include-loop",
    area: "spf",
    description: "No include:/redirect= chain met during SPF evaluation comes back to a domain it already passed through (checked with live DNS).",
    references: ["RFC7208 §4.6.4", "RFC7208 §5.2", "RFC7208 §6.1"],
    defaultLevel: "error",
    kind: "live",
    observes: ["spf", "spf-tree"],
    enforces: [
      { section: "RFC7208 §4.6.4", keyword: "MUST", text: "evaluation stops at 10 DNS-querying terms and returns permerror; a loop always reaches it" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      loop: {
        text: "`{{term}}` closes a loop: {{loop}}. Evaluation never ends on its own; receivers stop at the 10-lookup limit with permerror (RFC 7208 §4.6.4)",
      },
    },
    fix: "Break the cycle: the record at the end of the chain must not include or redirect back to one above it.",
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    for (const loop of tree.loops) {
      ctx.report({
        messageId: "loop",
        data: { term: loop.term, loop: formatChain([...loop.chain, loop.target]) },
        at: ctx.textAnchor(text, loop.top.start, loop.top.end),
      });
    }
  },
});
