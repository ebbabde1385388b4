// OVH refuses custom TTLs under 60 seconds: the panel accepts 60–86400 [MGR] and the Terraform/Pulumi
// resource validates "0 or ≥ 60" [TF-REC]; 0 means the zone default (3600 in OVH zones).
import { defineRule } from "../engine/types.js";
import type { DomainModel, Path } from "../model/types.js";

const OVH_MIN_TTL = 60;

export default defineRule({
  meta: {
    id: "ttl-below-ovh-min",
    area: "ttl",
    description: "Every TTL is 0 (the zone default) or at least 60 seconds, the minimum OVH accepts.",
    references: ["TF-REC", "MGR"],
    defaultLevel: "error",
    kind: "static",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      belowMin: { text: "{{what}} TTL {{ttl}} is below OVH's minimum of 60 seconds: the apply would be refused; use at least 60, or 0 for the zone default" },
    },
    fix: "ttl: 300 (or 0 for the zone default, 3600).",
  },
  check(ctx) {
    for (const site of ttlSites(ctx.domain)) {
      if (site.ttl === 0 || site.ttl >= OVH_MIN_TTL) continue;
      ctx.report({ messageId: "belowMin", data: { what: site.what, ttl: site.ttl }, at: { path: site.path } });
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
