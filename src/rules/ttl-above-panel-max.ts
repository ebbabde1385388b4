// OVH's panel accepts custom TTLs up to 86400 seconds [MGR]; RFC 2181 §8 allows more, so the API may take
// it, but the record then cannot be edited in the panel without lowering it (and a day is already long
// to wait for a mail DNS fix to spread).
import { defineRule } from "../engine/types.js";
import type { DomainModel, Path } from "../model/types.js";

const PANEL_MAX_TTL = 86400;

export default defineRule({
  meta: {
    id: "ttl-above-panel-max",
    area: "ttl",
    description: "TTLs stay at or below 86400 seconds, the maximum OVH's control panel accepts.",
    references: ["MGR", "RFC2181 §8"],
    defaultLevel: "info",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      aboveMax: { text: "{{what}} TTL {{ttl}} is above 86400 (one day), the most OVH's panel accepts: editing the record there would fail, and fixes take that long to spread" },
    },
    fix: "ttl: 86400 at most (3600 is OVH's default).",
  },
  check(ctx) {
    for (const site of ttlSites(ctx.domain)) {
      if (site.ttl <= PANEL_MAX_TTL) continue;
      ctx.report({ messageId: "aboveMax", data: { what: site.what, ttl: site.ttl }, at: { path: site.path } });
    }
  },
});

interface TtlSite {
  what: string;
  ttl: number;
  path: Path;
}

/** The file default, and every record TTL written next to it (a record TTL equal to the default is the default's finding). */
function ttlSites(domain: DomainModel): TtlSite[] {
  const sites: TtlSite[] = [{ what: "the file's default", ttl: domain.ttl, path: ["ttl"] }];
  const own = (what: string, ttl: number, path: Path) => {
    if (ttl !== domain.ttl) sites.push({ what, ttl, path: [...path, "ttl"] });
  };
  if (domain.mx?.preset === null) for (const e of domain.mx.entries) own(`MX ${e.host}`, e.ttl, e.path);
  if (domain.spf) own("SPF", domain.spf.ttl, domain.spf.path);
  for (const s of domain.dkim?.selectors ?? []) own(`DKIM ${s.name}`, s.ttl, s.path);
  if (domain.dmarc) own("DMARC", domain.dmarc.ttl, domain.dmarc.path);
  for (const s of domain.srv) own(`SRV ${s.service}`, s.ttl, s.path);
  for (const c of domain.cname) own(`CNAME ${c.name}`, c.ttl, c.path);
  return sites;
}
