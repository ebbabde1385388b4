// RFC 7208 §5.6: ip4 takes an IPv4 network and a prefix ≤ 32, ip6 an IPv6 network and a prefix ≤ 128;
// a/mx take `/n`, `//n` or `/n//m` with the same bounds (§5.3, §5.4). Anything else is a permerror.
import { defineRule } from "../engine/types.js";
import { errorsFor, spfRecord, termTextAt } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-invalid-cidr",
    area: "spf",
    description: "ip4/ip6 values are addresses of their family and every CIDR length is well-formed and in range (ip4 ≤ 32, ip6 ≤ 128).",
    references: ["RFC7208 §5.6", "RFC7208 §5.3", "RFC7208 §5.4", "RFC7208 §12", "RFC7208 §4.6"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §4.6", keyword: "permerror", text: "a record with a syntax error anywhere evaluates to permerror" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      invalidCidr: { text: "`{{term}}`: {{detail}}; the whole record is a permerror (RFC 7208 §5.6)" },
      invalidIp: { text: "`{{term}}`: {{detail}}; the whole record is a permerror (RFC 7208 §5.6)" },
    },
    fix: "`ip4:192.0.2.0/24`, `ip6:2001:db8::/32`, `a/24//64`.",
  },
  check(ctx) {
    const found = spfRecord(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    for (const error of errorsFor(record, "spf-invalid-cidr")) {
      ctx.report({
        messageId: error.code === "invalid-ip" ? "invalidIp" : "invalidCidr",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end),
      });
    }
  },
});
