// RFC 1035 §3.3.9: PREFERENCE is a 16-bit unsigned integer; OVH's panel enforces 0..65535 too [MGR].
import { defineRule } from "../engine/types.js";
import { mxFieldPath } from "../mail/mx.js";

const MAX_PREFERENCE = 65535;

export default defineRule({
  meta: {
    id: "mx-priority-range",
    area: "mx",
    description: "MX priorities are integers from 0 to 65535.",
    references: ["RFC1035 §3.3.9", "MGR"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    enforces: [
      { section: "RFC1035 §3.3.9", keyword: "wire-format", text: "PREFERENCE is a 16-bit integer: a larger value cannot be encoded" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      outOfRange: {
        text: "MX priority {{priority}} of {{host}} is outside 0..65535 (a 16-bit field, RFC 1035 §3.3.9); OVH's API rejects it",
      },
    },
    fix: "Use a priority between 0 and 65535, e.g. OVH's 1, 5, 50, 100, 200.",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const entry of mx.entries) {
      if (Number.isInteger(entry.priority) && entry.priority >= 0 && entry.priority <= MAX_PREFERENCE) continue;
      ctx.report({ messageId: "outOfRange", data: { priority: String(entry.priority), host: entry.host }, at: { path: mxFieldPath(mx, entry, "priority") } });
    }
  },
});
