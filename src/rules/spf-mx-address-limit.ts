// RFC 7208 §4.6.4: evaluating one `mx` term MUST NOT look up the addresses of more than 10 exchanges;
// past that the `mx` mechanism itself is a permerror, whatever the rest of the record says. The MX set is
// only known from live DNS (src/mail/spf-live.ts walks includes and redirects too).
import { defineRule } from "../engine/types.js";
import { domainSpfTree, formatChain, type SpfTreePlace } from "../mail/spf-live.js";

interface Options {
  max: number;
}

function via(place: SpfTreePlace): string {
  return place.chain.length > 1 ? `, reached through ${formatChain(place.chain)}` : "";
}

export default defineRule<Options>({
  meta: {
    id: "spf-mx-address-limit",
    area: "spf",
    description: "No `mx` term met during SPF evaluation names a domain with more than 10 MX hosts (checked with live DNS).",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    observes: ["spf", "spf-tree"],
    enforces: [
      { section: "RFC7208 §4.6.4", keyword: "MUST NOT", text: "an mx term queries at most 10 address records, else it produces permerror", messages: ["tooManyHosts"] },
    ],
    options: {
      type: "object",
      properties: {
        max: { type: "integer", minimum: 1, description: "MX hosts one `mx` term may name (RFC 7208 §4.6.4: 10).", default: 10 },
      },
      additionalProperties: false,
    },
    messages: {
      tooManyHosts: {
        text: "`{{term}}` makes receivers look up the addresses of {{hosts}} MX hosts of {{name}}, more than the {{max}} RFC 7208 §4.6.4 allows: the mx mechanism ends in permerror{{via}}",
      },
      lookupFailed: {
        text: "could not count the MX hosts behind `{{term}}`: the MX lookup of {{name}} failed ({{reason}}){{via}}",
        tier: "lower",
      },
    },
    fix: "Replace the `mx` term with the sending provider's include: or with ip4:/ip6: ranges.",
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    const { max } = ctx.options;
    for (const over of tree.mxSets) {
      if (over.hosts <= max) continue;
      ctx.report({
        messageId: "tooManyHosts",
        data: { term: over.term, hosts: over.hosts, name: over.name, max, via: via(over) },
        at: ctx.textAnchor(text, over.top.start, over.top.end),
      });
    }
    for (const failure of tree.failures.filter((f) => f.query === "MX")) {
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, name: failure.name, reason: failure.reason, via: via(failure) },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end),
      });
    }
  },
});
