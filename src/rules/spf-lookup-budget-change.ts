// What a plan does to the SPF lookup budget (RFC 7208 §4.6.4: 10 DNS-querying terms per evaluation): the
// count before (live record) and after (the file), so a reviewer sees a new sender's cost before it ships.
// With live DNS both records are walked through their includes (src/mail/spf-live.ts); without it, or when
// a lookup in either tree fails, both are counted by their own terms, and the message says which.
// New id in the catalogue's style.
import { defineRule, type LiveLookup } from "../engine/types.js";
import { countLookups } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";
import { domainSpfTree } from "../mail/spf-live.js";
import type { DomainModel } from "../model/types.js";

interface Options {
  warnAt: number;
}

const STATIC_BASIS = "the records' own terms; includes not resolved";
const LIVE_BASIS = "through every include and redirect";

function ownCount(model: DomainModel): number {
  const found = spfRecord(model);
  return found ? countLookups(found.record) : 0;
}

async function liveCount(model: DomainModel, dns: LiveLookup): Promise<number | null> {
  const walked = domainSpfTree(model, dns);
  if (!walked) return 0;
  const { tree } = await walked;
  return tree.complete ? tree.lookups : null;
}

export default defineRule<Options>({
  meta: {
    id: "spf-lookup-budget-change",
    area: "spf",
    description: "Shows how a change moves the domain's SPF DNS-lookup count (live record before, file after), and warns when it grows to the warning threshold.",
    references: ["RFC7208 §4.6.4"],
    defaultLevel: "warn",
    kind: "transition",
    observes: ["spf", "spf-tree"],
    options: {
      type: "object",
      properties: {
        warnAt: { type: "integer", minimum: 1, description: "Report at the rule's level when the count grows from below this to this or more (spf-lookup-limit's default warning threshold: 8).", default: 8 },
      },
      additionalProperties: false,
    },
    messages: {
      changed: {
        text: "SPF lookups: {{before}} → {{after}} of 10 (counted {{basis}})",
        tier: "info",
      },
      crossesWarn: {
        text: "SPF lookups: {{before}} → {{after}} of 10 (counted {{basis}}): the change reaches {{warnAt}} or more, leaving little room before RFC 7208 §4.6.4's limit of 10",
      },
    },
    fix: "Drop senders no longer used, or replace an include with the sender's ip4:/ip6: ranges, to keep room under 10.",
  },
  async check(ctx) {
    const { domain, observed, dns } = ctx;
    if (!observed) return;
    let before: number | null = null;
    let after: number | null = null;
    if (dns) [before, after] = await Promise.all([liveCount(observed, dns), liveCount(domain, dns)]);
    // Compare like with like: if either tree could not be walked in full, count both statically.
    const live = before !== null && after !== null;
    if (!live) [before, after] = [ownCount(observed), ownCount(domain)];
    if (before === after) return;
    const { warnAt } = ctx.options;
    const data = { before: before!, after: after!, basis: live ? LIVE_BASIS : STATIC_BASIS, warnAt };
    const at = { path: domain.spf ? domain.spf.path : ["domain"] };
    ctx.report({ messageId: before! < warnAt && after! >= warnAt ? "crossesWarn" : "changed", data, at });
  },
});
