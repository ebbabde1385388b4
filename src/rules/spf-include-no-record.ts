// RFC 7208 §5.2: an include whose target publishes no SPF record is a permerror (and so is a redirect,
// §6.1): the whole evaluation fails, not just that sender. Typical after a vendor retires a name. Needs
// live DNS; a lookup that fails (timeout, SERVFAIL) says nothing about the record and is reported as such.
import { defineRule } from "../engine/types.js";
import { domainSpfTree, formatChain, type SpfTreePlace } from "../mail/spf-live.js";

/** ", reached through a → b" when the term sits below the domain's own record. */
function via(place: SpfTreePlace): string {
  return place.chain.length > 1 ? `, reached through ${formatChain(place.chain)}` : "";
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "spf-include-no-record",
    area: "spf",
    description: "Every include: and redirect= target reached during SPF evaluation publishes an SPF record (checked with live DNS).",
    references: ["RFC7208 §5.2", "RFC7208 §6.1", "RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    enforces: [
      { section: "RFC7208 §5.2", keyword: "permerror", text: "check_host() on an include target without an SPF record returns permerror", messages: ["noSuchName", "noSpf"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchName: {
        text: "`{{term}}` points at {{target}}, which does not exist (NXDOMAIN): evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}",
      },
      noSpf: {
        text: "`{{term}}` points at {{target}}, which publishes no v=spf1 record{{found}}: evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}",
      },
      lookupFailed: {
        text: "could not check `{{term}}`: the TXT lookup of {{target}} failed ({{reason}}){{via}}; whether it publishes SPF is unknown",
        tier: "lower",
      },
    },
    fix: "Remove the include of a sender you no longer use, or correct the name to the one the sender documents.",
  },
  async check(ctx) {
    if (!ctx.dns) return;
    const walked = await domainSpfTree(ctx.domain, ctx.dns);
    if (!walked) return;
    const { text, tree } = walked;
    for (const missing of tree.missingRecords) {
      const at = ctx.textAnchor(text, missing.top.start, missing.top.end);
      const data = { term: missing.term, target: missing.target, via: via(missing) };
      if (missing.status === "nxdomain") ctx.report({ messageId: "noSuchName", data, at });
      else ctx.report({ messageId: "noSpf", data: { ...data, found: missing.status === "nodata" ? " (no TXT at all)" : " (only other TXT records)" }, at });
    }
    for (const failure of tree.failures.filter((f) => f.query === "TXT")) {
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, target: failure.name, reason: failure.reason, via: via(failure) },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end),
      });
    }
  },
});
