// RFC 7208 §5.1, §4.6.2: `all` matches every sender, so its qualifier is the verdict for everyone not
// listed before it. `+all` (or a bare `all`) authorises the whole Internet; `?all` says "no opinion",
// which gives forged mail a neutral result instead of a failure.
import { defineRule } from "../engine/types.js";
import { firstAll } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-permissive-all",
    area: "spf",
    description: "The SPF record's all mechanism does not pass (+all, all) or stay neutral (?all) for unlisted senders.",
    references: ["RFC7208 §5.1", "RFC7208 §4.6.2", "RFC7208 §8.2"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      passAll: { text: "`{{term}}` lets every host on the Internet send mail as {{domain}} (result \"pass\", RFC 7208 §5.1); end with ~all or -all" },
      neutralAll: { text: "`{{term}}` gives unlisted senders a neutral result (RFC 7208 §8.2), as if there were no policy; end with ~all or -all", tier: "lower" },
    },
    fix: "End the record with `~all` (softfail) or `-all` (fail).",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    // Only the first all counts: evaluation stops there (later ones are spf-terms-after-all's).
    const all = firstAll(found.record);
    if (!all || (all.qualifier !== "+" && all.qualifier !== "?")) return;
    ctx.report({
      messageId: all.qualifier === "+" ? "passAll" : "neutralAll",
      data: { term: all.text, domain: ctx.domain.domain },
      at: ctx.textAnchor(found.text, all.start, all.end),
    });
  },
});
