// RFC 5321 §5.1: MX hosts with equal preference are legal and senders spread load across them; in a
// set meant to be tried in order (like OVH's), an equal value is usually a typo, hence info only.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath } from "../mail/mx.js";

export default defineRule({
  meta: {
    id: "mx-duplicate-priority",
    area: "mx",
    description: "Flags MX entries sharing one preference value (legal load balancing, but unusual for an ordered set).",
    references: ["RFC5321 §5.1"],
    defaultLevel: "info",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      samePriority: {
        text: "{{host}} has priority {{priority}}, like {{other}}: senders pick between them at random (RFC 5321 §5.1); give distinct priorities if one is meant as backup",
      },
    },
    fix: "Give each exchanger its own priority (lower is tried first), unless you want load balancing.",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const first = new Map<number, string>();
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind === "null") continue;
      const other = first.get(entry.priority);
      if (other === undefined) {
        first.set(entry.priority, entry.host);
        continue;
      }
      ctx.report({ messageId: "samePriority", data: { host: entry.host, priority: entry.priority, other }, at: { path: mxFieldPath(mx, entry, "priority") } });
    }
  },
});
