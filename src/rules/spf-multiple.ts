// RFC 7208 §3.2/§4.5: a name may publish one v=spf1 record; with two or more, check_host() returns
// permerror and no SPF applies. On OVH it happens when the panel's "SPF" pseudo-record and a TXT both hold
// one (OVH-SPF: an SPF record "can appear in two places"; both are served as TXT). The YAML holds one
// record by construction, so this is a live check: what the domain publishes now, and what its include
// and redirect targets publish.
import { defineRule, settledLookup } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { domainSpfTree, formatChain } from "../mail/spf-live.js";
import { isSpfRecord } from "../mail/txt-version.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "spf-multiple",
    area: "spf",
    description: "The domain, and every include/redirect target its SPF reaches, publishes at most one v=spf1 record (checked with live DNS).",
    references: ["RFC7208 §3.2", "RFC7208 §4.5", "RFC6686", "OVH-SPF"],
    defaultLevel: "error",
    kind: "live",
    observes: ["spf"],
    enforces: [
      { section: "RFC7208 §3.2", keyword: "MUST NOT", text: "a domain name has no more than one record an SPF check would select", messages: ["multiple"] },
      { section: "RFC7208 §4.5", keyword: "permerror", text: "more than one SPF record at a name evaluates to permerror", messages: ["multipleAtTarget"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      multiple: {
        text: "{{name}} publishes {{count}} v=spf1 records live ({{records}}): receivers return permerror and no SPF applies (RFC 7208 §3.2, §4.5); check both the SPF and the TXT entries in OVH's panel",
      },
      multipleAtTarget: {
        text: "`{{term}}` points at {{target}}, which publishes {{count}} v=spf1 records: evaluation ends in permerror (RFC 7208 §4.5){{via}}",
      },
      lookupFailed: {
        text: "could not count the SPF records of {{name}}: the TXT lookup failed ({{reason}})",
        tier: "lower",
      },
      senderId: {
        text: "{{name}} also publishes a Sender ID record ({{record}}): Sender ID (RFC 4406) is historic (RFC 6686), and receivers that still read it check it against the message's headers, not the envelope; remove it",
        tier: "lower",
      },
    },
    fix: "Keep one v=spf1 TXT record per name: merge the terms and delete the other record (the apply of this file replaces the apex SPF record with one).",
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (!dns) return;
    const at = { path: domain.spf ? domain.spf.path : ["domain"], name: domain.domain };
    const apex = await settledLookup(dns.txt(domain.domain));
    if (apex.status === "failed") {
      ctx.report({ messageId: "lookupFailed", data: { name: domain.domain, reason: apex.reason }, at });
    } else if (apex.status === "ok") {
      const records = apex.records.filter(isSpfRecord);
      // Sender ID records (`spf2.0/pra`, `spf2.0/mfrom,pra`) are not SPF (RFC 7208 §4.5 discards them) but
      // may still be read by a few receivers, with other semantics.
      const senderId = apex.records.find((record) => /^spf2\.0\//i.test(record));
      if (senderId !== undefined) ctx.report({ messageId: "senderId", data: { name: domain.domain, record: `"${shorten(senderId)}"` }, at });
      if (records.length > 1) {
        ctx.report({ messageId: "multiple", data: { name: domain.domain, count: records.length, records: records.map((r) => `"${shorten(r)}"`).join(", ") }, at });
      }
    }
    const walked = await domainSpfTree(domain, dns);
    if (!walked) return;
    for (const found of walked.tree.multipleRecords) {
      ctx.report({
        messageId: "multipleAtTarget",
        data: { term: found.term, target: found.target, count: found.count, via: found.chain.length > 1 ? `, reached through ${formatChain(found.chain)}` : "" },
        at: ctx.textAnchor(walked.text, found.top.start, found.top.end),
      });
    }
  },
});
