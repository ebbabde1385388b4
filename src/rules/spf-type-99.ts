// RFC 7208 §3.1 and §14.1: SPF records are published as TXT only; RR type 99 ("SPF"), from the
// experimental RFC 4408, is retired and receivers do not look it up. A type-99 record is dead weight at
// best, and at worst the copy someone edits while the TXT record stays wrong. Not OVH's "SPF" pseudo-record
// in the control panel, which is served as TXT (OVH's SPF guide). Needs live DNS (or a zone file).
import { defineRule, settledLookup } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "spf-type-99",
    area: "spf",
    description: "The domain publishes no record of the retired SPF RR type 99 (checked with live DNS).",
    references: ["RFC7208 §3.1", "RFC7208 §14.1"],
    defaultLevel: "warn",
    kind: "live",
    observes: ["spf-type-99"],
    alsoObserves: ["spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      type99: {
        text: "{{name}} publishes a record of RR type 99 (SPF: {{records}}): that type is retired (RFC 7208 §3.1, §14.1) and receivers only read TXT; delete it and keep the SPF policy in the TXT record",
      },
      lookupFailed: {
        text: "could not check {{name}} for RR type 99 records: the lookup failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Delete the type-99 record; the policy lives in the TXT record (spf: in this file).",
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (!dns) return;
    const at = { path: domain.spf ? domain.spf.path : ["domain"], name: domain.domain };
    const answer = await settledLookup(dns.spf(domain.domain));
    if (answer.status === "failed") {
      ctx.report({ messageId: "lookupFailed", data: { name: domain.domain, reason: answer.reason }, at });
      return;
    }
    if (answer.status === "ok" && answer.records.length > 0) {
      ctx.report({ messageId: "type99", data: { name: domain.domain, records: answer.records.map((r) => `"${shorten(r)}"`).join(", ") }, at });
    }
  },
});
