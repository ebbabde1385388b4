// RFC 7208 §4.7: when no mechanism matches and there is no redirect=, the result is "neutral": unlisted
// senders are neither failed nor soft-failed, which is as weak as ?all.
import { defineRule } from "../engine/types.js";
import { spfRecord, wholeRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-missing-all",
    area: "spf",
    description: "The SPF record ends with an all mechanism or delegates with redirect=.",
    references: ["RFC7208 §4.7", "RFC7208 §5.1", "RFC7208 §6.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingAll: { text: "the SPF record has neither an all mechanism nor redirect=, so unlisted senders get \"neutral\" (RFC 7208 §4.7); end it with ~all or -all" },
    },
    fix: "Append `~all` (or `-all` once every sender is listed).",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record } = found;
    // Any term named all counts, even a malformed one (`!all`): spf-syntax reports that one.
    if (record.terms.some((t) => t.name === "all" || (t.kind === "modifier" && t.name === "redirect"))) return;
    const [start, end] = wholeRecord(record);
    ctx.report({ messageId: "missingAll", at: ctx.textAnchor(found.text, start, end) });
  },
});
