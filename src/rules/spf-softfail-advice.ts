// OVH's SPF guide (2026 revision) recommends `-all` once every sender is listed and `~all` only while
// some are unknown (OVH's SPF guide); RFC 7208 §8.5 softfail asks receivers only to scrutinise.
import { defineRule } from "../engine/types.js";
import { firstAll } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-softfail-advice",
    area: "spf",
    description: "Advises moving from ~all to -all once every sender of the domain is listed.",
    references: ["OVH-SPF", "RFC7208 §8.5", "RFC7208 §8.4"],
    defaultLevel: "info",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      softfail: { text: "`{{term}}` only soft-fails unlisted senders (RFC 7208 §8.5); OVH's guide recommends -all once every sender of {{domain}} is listed" },
    },
    fix: "Once every sender is in the record, end it with `-all`; suppress this rule with a reason while some are unknown.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const all = firstAll(found.record);
    if (!all || all.qualifier !== "~") return;
    ctx.report({ messageId: "softfail", data: { term: all.text, domain: ctx.domain.domain }, at: ctx.textAnchor(found.text, all.start, all.end) });
  },
});
