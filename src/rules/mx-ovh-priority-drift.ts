// OVH-MX gives each exchanger a preference (mx0 1, mx1 5, mx2 50, mx3 100, mx4 200). Other values still
// work (RFC 5321 §5.1 only orders them) and zones OVH creates today often differ [WILD], so this is advice.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath, ovhMxHost } from "../mail/mx.js";
import { isOvhHosted } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "mx-ovh-priority-drift",
    area: "mx",
    description: "OVH's MX hosts carry the priorities of OVH's published table.",
    references: ["OVH-MX", "WILD"],
    defaultLevel: "info",
    ovhOnly: true,
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      drift: {
        text: "{{host}} has priority {{priority}}, OVH's table gives it {{expected}}; this works, but matching the table keeps OVH's intended fallback order",
      },
    },
    fix: "Use OVH's priorities: mx0 1, mx1 5, mx2 50, mx3 100, mx4 200 (or write mx: ovh).",
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (!isOvhHosted(domain) || mx === null || mx.preset !== null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      const ovh = ovhMxHost(host);
      if (!ovh || entry.priority === ovh.tablePriority) continue;
      ctx.report({
        messageId: "drift",
        data: { host: entry.host, priority: entry.priority, expected: ovh.tablePriority },
        at: { path: mxFieldPath(mx, entry, "priority") },
      });
    }
  },
});
