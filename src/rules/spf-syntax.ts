// RFC 7208 §4.6: a record that does not match the §12 ABNF is a permerror, so receivers treat the domain
// as having a broken policy. This rule owns the structural errors; unknown mechanisms, CIDR/IP values,
// duplicate modifiers and macros have rules of their own (src/mail/spf-lint.ts, SPF_ERROR_OWNER).
import { defineRule } from "../engine/types.js";
import type { SpfErrorCode } from "../mail/spf.js";
import { domainSpf, errorsFor, spfRecord, termTextAt } from "../mail/spf-lint.js";

const MESSAGE_FOR: Partial<Record<SpfErrorCode, string>> = {
  version: "version",
  "invalid-character": "invalidCharacter",
  "bad-qualifier": "badQualifier",
  "bad-term": "badTerm",
  "missing-domain": "missingDomain",
  "unexpected-argument": "unexpectedArgument",
  "bad-domain": "badDomain",
  "odd-domain": "oddDomain",
};

export default defineRule({
  meta: {
    id: "spf-syntax",
    area: "spf",
    description: "The SPF record follows the RFC 7208 §12 grammar (version first, space-separated terms, valid qualifiers and domains).",
    references: ["RFC7208 §4.5", "RFC7208 §4.6", "RFC7208 §12"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §4.6", keyword: "permerror", text: "a record with a syntax error anywhere evaluates to permerror" },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      version: { text: "not a valid SPF record: {{detail}} (RFC 7208 §4.5); receivers ignore it or return permerror" },
      invalidCharacter: { text: "`{{term}}`: {{detail}}" },
      badQualifier: { text: "`{{term}}`: {{detail}} (RFC 7208 §4.6.2)" },
      badTerm: { text: "`{{term}}` is not a valid SPF term: {{detail}} (RFC 7208 §4.6.1)" },
      missingDomain: { text: "`{{term}}`: {{detail}}" },
      unexpectedArgument: { text: "`{{term}}`: {{detail}}" },
      badDomain: { text: "`{{term}}`: {{detail}}" },
      oddDomain: { text: "`{{term}}`: {{detail}} (valid syntax, RFC 7208 §7.1, but almost certainly a mistake)", tier: "lower" },
    },
    fix: "Start with `v=spf1 `, separate terms with spaces, e.g. `v=spf1 include:mx.ovh.com ~all`.",
  },
  check(ctx) {
    const found = domainSpf(ctx.domain);
    if (!found) return;
    const { record, text } = found;
    // Text that is not SPF at all gets its version error only, not one error per word.
    const isSpf = spfRecord(ctx.domain) !== null;
    for (const error of errorsFor(record, "spf-syntax", true)) {
      if (!isSpf && error.code !== "version") continue;
      ctx.report({
        messageId: MESSAGE_FOR[error.code] ?? "badTerm",
        data: { term: termTextAt(record, error), detail: error.message },
        at: ctx.textAnchor(text, error.start, error.end),
      });
    }
  },
});
