// OVH-MX publishes mail records with TTL 3600. A very short TTL multiplies the lookups every receiving
// server makes and, if OVH's name servers are briefly unreachable, lets cached answers expire at once;
// lowering it makes sense only just before a change, so `migrationUntil` lifts the rule until that day.
import { defineRule } from "../engine/types.js";
import type { DomainModel, Path } from "../model/types.js";

interface Options {
  minTtl: number;
}

interface Site {
  what: string;
  ttl: number;
  path: Path;
}

export default defineRule<Options>({
  meta: {
    id: "ttl-mail-too-short",
    area: "ttl",
    description: "MX, SPF, DKIM and DMARC TTLs are not kept short outside a declared migration window.",
    references: ["OVH-MX"],
    defaultLevel: "info",
    kind: "static",
    observes: [],
    alsoObserves: ["mx", "spf", "dmarc", "dkim", "dkim-probe"],
    options: {
      type: "object",
      properties: {
        minTtl: { type: "integer", minimum: 0, description: "Shortest TTL accepted for mail records outside a migration window (seconds).", default: 300 },
      },
      additionalProperties: false,
    },
    messages: {
      tooShort: {
        text: "{{what}} TTL {{ttl}} is below {{minTtl}} seconds with no migration under way: keep it short only before a change (set migrationUntil), otherwise use 3600 like OVH",
      },
    },
    fix: "ttl: 3600, or declare `migrationUntil: YYYY-MM-DD` while a change is under way.",
  },
  check(ctx) {
    const { domain, options, today } = ctx;
    if (domain.migrationUntil !== null && today <= domain.migrationUntil) return;
    // Every site's TTL is a mail record's (the file's default counts only when a record uses it): when no
    // record's TTL is too short, no site is, and the sites (a label and a path each) are not built.
    if (!mailTtls(domain).some((ttl) => ttl !== 0 && ttl < options.minTtl)) return;
    for (const site of mailTtlSites(domain)) {
      if (site.ttl === 0 || site.ttl >= options.minTtl) continue;
      ctx.report({ messageId: "tooShort", data: { what: site.what, ttl: site.ttl, minTtl: options.minTtl }, at: { path: site.path } });
    }
  },
});

/** The file default when a mail record uses it, then every mail record TTL written next to it. */
function mailTtls(domain: DomainModel): number[] {
  const ttls: number[] = [];
  for (const e of domain.mx?.entries ?? []) ttls.push(e.ttl);
  if (domain.spf) ttls.push(domain.spf.ttl);
  for (const s of domain.dkim?.selectors ?? []) ttls.push(s.ttl);
  if (domain.dmarc) ttls.push(domain.dmarc.ttl);
  return ttls;
}

function mailTtlSites(domain: DomainModel): Site[] {
  const records: Site[] = [];
  for (const e of domain.mx?.entries ?? []) records.push({ what: `MX ${e.host}`, ttl: e.ttl, path: [...e.path, "ttl"] });
  if (domain.spf) records.push({ what: "SPF", ttl: domain.spf.ttl, path: [...domain.spf.path, "ttl"] });
  for (const s of domain.dkim?.selectors ?? []) records.push({ what: `DKIM ${s.name}`, ttl: s.ttl, path: [...s.path, "ttl"] });
  if (domain.dmarc) records.push({ what: "DMARC", ttl: domain.dmarc.ttl, path: [...domain.dmarc.path, "ttl"] });
  const usesDefault = records.some((r) => r.ttl === domain.ttl);
  const sites: Site[] = usesDefault ? [{ what: "the file's default (used by mail records)", ttl: domain.ttl, path: ["ttl"] }] : [];
  return [...sites, ...records.filter((r) => r.ttl !== domain.ttl)];
}
