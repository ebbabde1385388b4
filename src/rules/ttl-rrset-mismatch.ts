// RFC 2181 §5.2: all RRs of one RRset must share a TTL; resolvers treat differing TTLs as an error and use
// the lowest. OVH stores a TTL per record, so a set written with mixed TTLs is served as mixed (and maildns's
// plan keeps one TTL per RRset, so the file would not say what is applied).
import { defineRule } from "../engine/types.js";
import type { Path } from "../model/types.js";
import { relativeOwner } from "../mail/srv.js";

interface Member {
  label: string;
  ttl: number;
  path: Path;
}

export default defineRule({
  meta: {
    id: "ttl-rrset-mismatch",
    area: "ttl",
    description: "Records of one RRset (the MX set, the SRV records of one service) share one TTL.",
    references: ["RFC2181 §5.2"],
    defaultLevel: "warn",
    kind: "static",
    observes: [],
    alsoObserves: ["mx", "srv"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      mismatch: {
        text: "{{rrset}} record {{record}} has TTL {{ttl}} while {{first}} has {{firstTtl}}: one RRset must share one TTL (RFC 2181 §5.2); resolvers use the lowest",
      },
    },
    fix: "Give every record of the set the same ttl (or none, to use the file default).",
  },
  check(ctx) {
    const { domain } = ctx;
    const sets: [string, Member[]][] = [];
    if (domain.mx?.preset === null) sets.push(["MX", domain.mx.entries.map((e) => ({ label: e.host, ttl: e.ttl, path: e.path }))]);
    const srvSets = new Map<string, Member[]>();
    for (const s of domain.srv) {
      const owner = relativeOwner(s.service, domain.domain);
      srvSets.set(owner, [...(srvSets.get(owner) ?? []), { label: `${s.port} ${s.target}`, ttl: s.ttl, path: s.path }]);
    }
    for (const [owner, members] of srvSets) sets.push([`SRV ${owner}`, members]);
    for (const [rrset, members] of sets) {
      const first = members[0];
      if (!first) continue;
      for (const member of members.slice(1)) {
        if (member.ttl === first.ttl) continue;
        ctx.report({
          messageId: "mismatch",
          data: { rrset, record: member.label, ttl: member.ttl, first: first.label, firstTtl: first.ttl },
          at: { path: [...member.path, "ttl"] },
        });
      }
    }
  },
});
