// RFC 7505 §3: a domain that publishes a null MX ("0 .") MUST NOT publish any other MX record; mixed
// sets make senders either bounce or deliver depending on their implementation.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath } from "../mail/mx.js";

export default defineRule({
  meta: {
    id: "mx-null-with-others",
    area: "mx",
    description: "A null MX (\"0 .\") is the only MX record of the domain.",
    references: ["RFC7505 §3"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    enforces: [
      { section: "RFC7505 §3", keyword: "MUST NOT", text: "a domain that advertises a null MX advertises no other MX record" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      withOthers: {
        text: "the null MX \".\" says the domain accepts no mail, yet {{count}} other MX record(s) are listed ({{others}}); RFC 7505 §3 forbids mixing them: keep only the null MX, or remove it",
      },
    },
    fix: "Either `mx: none` alone (no mail), or real exchangers without the \".\" entry.",
  },
  check(ctx) {
    const mx = ctx.domain.mx;
    if (mx === null) return;
    const entries = analyseMxEntries(mx);
    const nulls = entries.filter((e) => e.host.kind === "null");
    const others = entries.filter((e) => e.host.kind !== "null");
    if (nulls.length === 0 || others.length === 0) return;
    for (const { entry } of nulls) {
      ctx.report({
        messageId: "withOthers",
        data: { count: others.length, others: others.map((o) => o.entry.host).join(", ") },
        at: { path: mxFieldPath(mx, entry, "host") },
      });
    }
  },
});
