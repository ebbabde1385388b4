// RFC 7505 §3: the null MX is exactly one record with preference 0 and the root "." as exchange. Other
// spellings of "no mail here" (a high preference, "localhost", the record text pasted as host) are not
// recognised by senders, which then retry or try the name as a host.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath } from "../mail/mx.js";

/** Targets people write when they mean "no mail": the whole record text, doubled dots, localhost. */
const NULL_LOOKALIKE = /^(\d+\s+\.|\.{2,}|localhost\.?)$/i;

export default defineRule({
  meta: {
    id: "mx-null-bad-form",
    area: "mx",
    description: "A null MX is written exactly as preference 0 with target \".\".",
    references: ["RFC7505 §3"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      badPriority: { text: "null MX \".\" has priority {{priority}}; RFC 7505 §3 requires 0" },
      badTarget: {
        text: "MX target \"{{host}}\" looks like a null MX but is not one: the target must be the root \".\" alone, with priority 0 (RFC 7505 §3)",
      },
    },
    fix: "mx: none (or `- { host: \".\", priority: 0 }` as the only entry).",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind === "null" && entry.priority !== 0) {
        ctx.report({ messageId: "badPriority", data: { priority: entry.priority }, at: { path: mxFieldPath(mx, entry, "priority") } });
      } else if (NULL_LOOKALIKE.test(entry.host.trim())) {
        ctx.report({ messageId: "badTarget", data: { host: entry.host }, at: { path: mxFieldPath(mx, entry, "host") } });
      }
    }
  },
});
