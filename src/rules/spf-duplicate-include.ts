// RFC 7208 §4.6.4: every include/a/mx/ptr/exists costs a DNS lookup out of 10, and a repeated term can
// never match anything the first did not; repeated ip4/ip6 only lengthen the record (§3.4).
import { defineRule } from "../engine/types.js";
import { mechanisms, normalizeDomainSpec, type SpfMechanism } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

const LOOKUP = new Set(["include", "a", "mx", "ptr", "exists"]);

/** What the term matches, ignoring the qualifier (a repeat never matches more, whatever its qualifier). */
function identity(term: SpfMechanism): string | null {
  if (!term.known || term.name === "all") return null;
  if (term.name === "ip4" || term.name === "ip6") {
    if (term.ip === null) return null;
    return `${term.name}:${term.ip.toLowerCase()}/${term.name === "ip4" ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128)}`;
  }
  const target = term.domainSpec === null ? "" : normalizeDomainSpec(term.domainSpec);
  return `${term.name}:${target}/${term.cidr4 ?? ""}//${term.cidr6 ?? ""}`;
}

export default defineRule({
  meta: {
    id: "spf-duplicate-include",
    area: "spf",
    description: "No SPF mechanism (include, a, mx, ptr, exists, ip4, ip6) is listed twice.",
    references: ["RFC7208 §4.6.4", "RFC7208 §3.4"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicateLookup: { text: "`{{term}}` repeats `{{first}}`: it can match nothing new and costs one more of the 10 DNS lookups (RFC 7208 §4.6.4); remove it" },
      duplicate: { text: "`{{term}}` repeats `{{first}}` and can match nothing new; remove it" },
    },
    fix: "List each sender once.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const seen = new Map<string, SpfMechanism>();
    for (const term of mechanisms(found.record)) {
      const key = identity(term);
      if (key === null) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, term);
        continue;
      }
      ctx.report({
        messageId: LOOKUP.has(term.name) ? "duplicateLookup" : "duplicate",
        data: { term: term.text, first: first.text },
        at: ctx.textAnchor(found.text, term.start, term.end),
      });
    }
  },
});
