// OVH refuses custom TTLs under 60 seconds: the panel accepts 60–86400 [MGR] and the Terraform/Pulumi
// resource validates "0 or ≥ 60" [TF-REC]; 0 means the zone default (3600 in OVH zones).
import { defineRule } from "../engine/types.js";
import { ttlSites } from "../mail/ttl.js";
// The limit the apply enforces too (providers/ovh/records.ts): written once.
import { OVH_MIN_TTL, ovhTtlAccepted } from "../providers/ovh/limits.js";

export default defineRule({
  meta: {
    id: "ttl-below-ovh-min",
    area: "ttl",
    description: "Every TTL is 0 (the zone default) or at least 60 seconds, the minimum OVH accepts.",
    references: ["TF-REC", "MGR"],
    defaultLevel: "error",
    kind: "static",
    observes: [],
    alsoObserves: ["mx", "spf", "dmarc", "dkim", "dkim-probe", "srv", "cname", "mta-sts", "tls-rpt"],
    // A limit of OVH's API (or panel): it matters only where the records are applied through it.
    scope: { dnsProvider: "ovh" },
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      belowMin: { text: `{{what}} TTL {{ttl}} is below OVH's minimum of ${OVH_MIN_TTL} seconds: the apply would be refused; use at least ${OVH_MIN_TTL}, or 0 for the zone default` },
    },
    fix: "ttl: 300 (or 0 for the zone default, 3600).",
  },
  check(ctx) {
    for (const site of ttlSites(ctx.domain)) {
      if (ovhTtlAccepted(site.ttl)) continue;
      ctx.report({ messageId: "belowMin", data: { what: site.what, ttl: site.ttl }, at: { path: site.path } });
    }
  },
});
