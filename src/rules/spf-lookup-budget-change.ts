// What a plan does to the SPF lookup budget (RFC 7208 §4.6.4: 10 DNS-querying terms per evaluation): the
// count before (live record) and after (the file), so a reviewer sees a new sender's cost before it ships.
// With live DNS both records are walked through their includes (src/mail/spf-live.ts); without it, or when
// a lookup in either tree fails, both are counted by their own terms, and the message says which; the failed
// lookup is reported too (countIncomplete), so `plan` names the check as not made.
// New id in the catalogue's style.
import { defineRule, type LiveLookup } from "../engine/types.js";
import { countLookups } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";
import { domainSpfTree, type SpfLookupFailure } from "../mail/spf-live.js";
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

interface LiveCount {
  /** null when the tree could not be walked in full. */
  count: number | null;
  /** The first lookup of the walk that failed: the count could not be made. */
  failure: SpfLookupFailure | null;
}

async function liveCount(model: DomainModel, dns: LiveLookup): Promise<LiveCount> {
  const walked = domainSpfTree(model, dns);
  if (!walked) return { count: 0, failure: null };
  const { tree } = await walked;
  return { count: tree.complete ? tree.lookups : null, failure: tree.failures[0] ?? null };
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
      countIncomplete: {
        text: "could not count the {{side}} SPF record's lookups through its includes: the {{query}} lookup of {{name}} failed ({{reason}}), so what lies behind `{{term}}` is unknown",
        tier: "lower",
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
    // The same record on both sides costs the same: no count is needed, so no lookup can leave it unmade.
    if ((spfRecord(observed)?.text.value ?? null) === (spfRecord(domain)?.text.value ?? null)) return;
    let before: number | null = null;
    let after: number | null = null;
    const at = { path: domain.spf ? domain.spf.path : ["domain"] };
    if (dns) {
      const counts = await Promise.all([liveCount(observed, dns), liveCount(domain, dns)]);
      [before, after] = [counts[0].count, counts[1].count];
      // A lookup that failed leaves the live count unknown: said (and named by plan as not checked, a
      // verdict left undecided), never passed over by the static count below.
      const named = new Set<string>();
      counts.forEach(({ failure }, i) => {
        if (!failure || named.has(`${failure.name}\u0000${failure.query}`)) return;
        named.add(`${failure.name}\u0000${failure.query}`);
        ctx.report({ messageId: "countIncomplete", data: { side: i === 0 ? "live" : "file's", query: failure.query, name: failure.name, reason: failure.reason, term: failure.top.term }, at });
      });
    }
    // Compare like with like: if either tree could not be walked in full, count both statically.
    const live = before !== null && after !== null;
    if (!live) [before, after] = [ownCount(observed), ownCount(domain)];
    if (before === after) return;
    const { warnAt } = ctx.options;
    const data = { before: before!, after: after!, basis: live ? LIVE_BASIS : STATIC_BASIS, warnAt };
    ctx.report({ messageId: before! < warnAt && after! >= warnAt ? "crossesWarn" : "changed", data, at });
  },
});
