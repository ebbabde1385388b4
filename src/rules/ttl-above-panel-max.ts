// OVH's panel accepts custom TTLs up to 86400 seconds [MGR]; RFC 2181 §8 allows more, so the API may take
// it, but the record then cannot be edited in the panel without lowering it (and a day is already long
// to wait for a mail DNS fix to spread).
import { defineRule } from "../engine/types.js";
import { ttlSites } from "../mail/ttl.js";

const PANEL_MAX_TTL = 86400;

export default defineRule({
  meta: {
    id: "ttl-above-panel-max",
    area: "ttl",
    description: "TTLs stay at or below 86400 seconds, the maximum OVH's control panel accepts.",
    references: ["MGR", "RFC2181 §8"],
    defaultLevel: "info",
    kind: "static",
    observes: [],
    alsoObserves: ["mx", "spf", "dmarc", "dkim", "dkim-probe", "srv", "cname", "mta-sts", "tls-rpt"],
    // A limit of OVH's API (or panel): it matters only where the records are applied through it.
    scope: { dnsProvider: "ovh" },
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
