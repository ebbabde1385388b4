// A `_dmarc` CNAME (DMARC delegated to a provider's record) is judged on what its target publishes, which
// receivers apply (RFC 7489 §6.6.3): read over DNS when the run has it, said to be unchecked otherwise.
import { defineRule } from "../engine/types.js";
import { effectivePolicy, parseDmarc, parseDmarcText, policyInWords, policyRange } from "../mail/dmarc.js";
import { dmarcAlias, readAliasedRecord, readLiveDmarcAlias } from "../mail/dmarc-alias.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-parked-domain",
    area: "dmarc",
    description: "A domain that sends no mail publishes p=reject, so nobody can send in its name.",
    references: ["MS-DMARC", "RFC9989 §4.7"],
    defaultLevel: "info",
    kind: "static",
    observes: ["dmarc", "mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: { text: "{{domain}} sends no mail but publishes no DMARC record: publish p=reject so forged mail is refused." },
      notReject: { text: "{{domain}} sends no mail, yet its DMARC policy is {{policy}}: p=reject refuses all forged mail." },
      delegated: {
        text: "{{domain}} sends no mail and delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}): whether that record is p=reject is not checked without live DNS (plan and audit check it).",
        tier: "info",
      },
      delegatedNoPolicy: {
        text: "{{domain}} sends no mail, and its DMARC alias _dmarc.{{domain}} leads to {{target}}, which publishes {{found}}, so no policy applies: publish p=reject so forged mail is refused.",
      },
      aliasLookupFailed: {
        text: "{{domain}} sends no mail and shows no DMARC record, and whether _dmarc.{{domain}} is an alias to one is unknown: the CNAME lookup failed ({{reason}}).",
        tier: "lower",
      },
      delegatedLookupFailed: {
        text: "{{domain}} sends no mail and delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}), whose record could not be checked: the lookup failed ({{reason}}).",
        tier: "lower",
      },
    },
    fix: 'dmarc: "v=DMARC1; p=reject;"',
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (domain.mail.sends) return;
    const dmarc = domain.dmarc;
    // In `audit` the model is the live state, where a `_dmarc` CNAME is no `cname:` entry: it is asked.
    const live = !dmarc && dns && domain.file === null ? await readLiveDmarcAlias(dns, domain.domain) : null;
    if (live && "failed" in live) {
      // Never read as "no alias", so never as a missing record.
      ctx.report({ messageId: "aliasLookupFailed", data: { domain: domain.domain, reason: live.failed }, at: { path: ["domain"], name: `_dmarc.${domain.domain}` } });
      return;
    }
    const alias = dmarcAlias(domain) ?? live;
    if (alias) {
      const at = { path: alias.path, name: `_dmarc.${domain.domain}` };
      const data = { domain: domain.domain, target: alias.target };
      if (!dns) return ctx.report({ messageId: "delegated", data, at });
      const read = await readAliasedRecord(dns, alias.target);
      if (read.status === "failed") return ctx.report({ messageId: "delegatedLookupFailed", data: { ...data, reason: read.reason }, at });
      if (read.status === "none") return ctx.report({ messageId: "delegatedNoPolicy", data: { ...data, found: "no DMARC record" }, at });
      if (read.status === "multiple") return ctx.report({ messageId: "delegatedNoPolicy", data: { ...data, found: `${read.count} DMARC records` }, at });
      const delegated = parseDmarc(read.record);
      if (effectivePolicy(delegated).policy !== "reject") ctx.report({ messageId: "notReject", data: { domain: domain.domain, policy: `${policyInWords(delegated)} (delegated to ${alias.target})` }, at });
      return;
    }
    if (!dmarc) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: ["domain"], name: `_dmarc.${domain.domain}` } });
      return;
    }
    const record = parseDmarcText(dmarc.text);
    if (effectivePolicy(record).policy === "reject") return;
    ctx.report({
      messageId: "notReject",
      data: { domain: domain.domain, policy: policyInWords(record) },
      at: ctx.textAnchor(dmarc.text, ...policyRange(record)),
    });
  },
});
