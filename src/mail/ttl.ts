// Where TTLs are written in a domain file, for the TTL rules.
import type { DomainModel, Path } from "../model/types.js";

export interface TtlSite {
  what: string;
  ttl: number;
  path: Path;
}

/** The file default, and every record TTL written next to it (a record TTL equal to the default is the default's finding). */
export function ttlSites(domain: DomainModel): TtlSite[] {
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
