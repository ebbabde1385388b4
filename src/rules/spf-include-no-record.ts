// RFC 7208 §5.2: an include whose target publishes no SPF record is a permerror (and so is a redirect,
// §6.1): the whole evaluation fails, not just that sender. Typical after a vendor retires a name. So is a
// target whose record does not parse (§4.6): every record the walk reaches is syntax-checked, and the
// finding points at the linted record's own term that leads there. An exp= target (§6.2) that does not
// give exactly one TXT record is ignored by receivers: a warning. Needs live DNS; a lookup that fails
// (timeout, SERVFAIL) says nothing about the record and is reported as such.
import { defineRule, settledLookup, type RuleContext } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { parseMacroString } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";
import { codePointName } from "../model/show.js";
import { domainSpfTree, formatChain, type SpfMissingRecord, type SpfTreePlace } from "../mail/spf-live.js";

/** ", reached through a → b" when the term sits below the domain's own record. */
function via(place: SpfTreePlace): string {
  return place.chain.length > 1 ? `, reached through ${formatChain(place.chain)}` : "";
}

/**
 * What the target holds instead of an SPF record. A TXT that starts with v=spf1 and goes on without a space
 * (a tab, a glued term) is named with the reason: it is not an SPF record (RFC 7208 §4.5), which is why the
 * include fails, and the user sees the record they meant rather than "no SPF record" alone.
 */
function foundInstead(missing: SpfMissingRecord): string {
  if (missing.status === "nodata") return " (no TXT at all)";
  if (!missing.notSpf) return " (only other TXT records)";
  return ` (its TXT record "${shorten(missing.notSpf.record)}" is not one: ${missing.notSpf.reason}, RFC 7208 §4.5)`;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "spf-include-no-record",
    area: "spf",
    description: "Every include: and redirect= target reached during SPF evaluation publishes one valid SPF record, and an exp= target one TXT record (checked with live DNS).",
    references: ["RFC7208 §5.2", "RFC7208 §6.1", "RFC7208 §4.6", "RFC7208 §6.2", "RFC7208 §4.6.4"],
    defaultLevel: "error",
    kind: "live",
    observes: ["spf", "spf-tree"],
    enforces: [
      { section: "RFC7208 §5.2", keyword: "permerror", text: "check_host() on an include target without an SPF record returns permerror", messages: ["noSuchName", "noSpf"] },
      { section: "RFC7208 §4.6", keyword: "permerror", text: "a record with a syntax error anywhere evaluates to permerror, and an include or redirect passes it on", messages: ["invalidRecord"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchName: {
        text: "`{{term}}` points at {{target}}, which does not exist (NXDOMAIN): evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}",
      },
      noSpf: {
        text: "`{{term}}` points at {{target}}, which publishes no v=spf1 record{{found}}: evaluation ends in permerror (RFC 7208 §5.2/§6.1){{via}}",
      },
      invalidRecord: {
        text: "`{{term}}` leads to {{target}}, whose SPF record \"{{record}}\" does not parse ({{error}}): check_host() there is a permerror, and so is the whole evaluation (RFC 7208 §4.6, §5.2/§6.1){{via}}",
      },
      lookupFailed: {
        text: "could not check `{{term}}`: the TXT lookup of {{target}} failed ({{reason}}){{via}}; whether it publishes SPF is unknown",
        tier: "lower",
      },
      expTarget: {
        text: "`{{term}}`: {{target}} {{found}}, and receivers ignore an exp= that does not give exactly one TXT record (RFC 7208 §6.2)",
        tier: "lower",
      },
      expInvalid: {
        text: "`{{term}}`: the explanation at {{target}} has a macro error ({{error}}), so receivers ignore it (RFC 7208 §6.2)",
        tier: "lower",
      },
      expLookupFailed: {
        text: "could not check `{{term}}`: the TXT lookup of {{target}} failed ({{reason}})",
        tier: "info",
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
      else ctx.report({ messageId: "noSpf", data: { ...data, found: foundInstead(missing) }, at });
    }
    for (const invalid of tree.invalidTargets) {
      ctx.report({
        messageId: "invalidRecord",
        data: { term: invalid.term, target: invalid.target, record: shorten(invalid.record), error: invalid.error, via: via(invalid) },
        at: ctx.textAnchor(text, invalid.top.start, invalid.top.end),
      });
    }
    for (const failure of tree.failures.filter((f) => f.query === "TXT")) {
      ctx.report({
        messageId: "lookupFailed",
        data: { term: failure.term, target: failure.name, reason: failure.reason, via: via(failure) },
        at: ctx.textAnchor(text, failure.top.start, failure.top.end),
      });
    }
    await checkExplanation(ctx);
  },
});

/**
 * The linted record's exp= (§6.2): receivers fetch it once the result is fail, and use it only when the
 * name gives exactly one TXT record with a valid explanation. Its lookup never counts as a void lookup.
 */
async function checkExplanation(ctx: RuleContext<Record<string, never>>): Promise<void> {
  const found = spfRecord(ctx.domain);
  if (!found || !ctx.dns) return;
  const exp = found.record.terms.find((term) => term.kind === "modifier" && term.name === "exp");
  // A macro in the name is only known when mail arrives; a malformed name is spf-syntax's.
  if (!exp || exp.kind !== "modifier" || exp.macros.length > 0 || found.record.errors.some((e) => e.start >= exp.start && e.end <= exp.end)) return;
  const target = exp.value.toLowerCase().replace(/\.$/, "");
  const at = ctx.textAnchor(found.text, exp.start, exp.end);
  const answer = await settledLookup(ctx.dns.txt(target));
  const data = { term: exp.text, target };
  if (answer.status === "failed") return ctx.report({ messageId: "expLookupFailed", data: { ...data, reason: answer.reason }, at });
  if (answer.status !== "ok") {
    return ctx.report({ messageId: "expTarget", data: { ...data, found: answer.status === "nxdomain" ? "does not exist" : "publishes no TXT record" }, at });
  }
  if (answer.records.length !== 1) return ctx.report({ messageId: "expTarget", data: { ...data, found: `publishes ${answer.records.length} TXT records` }, at });
  const explanation = answer.records[0]!;
  const nonAscii = /[^\x20-\x7e]/.exec(explanation);
  const error = nonAscii ? `character ${codePointName(nonAscii[0])} is not US-ASCII` : parseMacroString(explanation, 0, "explanation").errors[0]?.message;
  if (error) ctx.report({ messageId: "expInvalid", data: { ...data, error }, at });
}
