// RFC 7489 §6.6.3 (and RFC 9989 §4.10): a receiver keeps the TXT records at `_dmarc.<domain>` that start
// with `v=DMARC1`; with more than one left, policy discovery ends and no DMARC policy applies to the
// domain's mail. The file holds one DMARC record by construction, so this is a live check: a record left
// over from before, or OVH's "DMARC" pseudo-record beside a TXT one (both are served as TXT).
// A record whose version is written otherwise (`v=dmarc1`) is discarded before the count (the value must
// match DMARC1 precisely, RFC 7489 §6.3, RFC 9989 §4.7), so it leaves one policy in force; a receiver that
// compares the version without regard to case would count two, hence a lower-tier warning to delete it.
import { defineRule, settledLookup } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { isDmarcRecord, looksLikeDmarc } from "../mail/txt-version.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-multiple",
    area: "dmarc",
    description: "The domain publishes at most one v=DMARC1 record at _dmarc (checked with live DNS).",
    references: ["RFC7489 §6.6.3", "RFC9989 §4.10", "OVH-DMARC"],
    defaultLevel: "error",
    enforces: [
      { section: "RFC7489 §6.6.3", keyword: "discarded", text: "with more than one v=DMARC1 record at _dmarc, policy discovery ends and receivers apply no DMARC policy", messages: ["multiple"] },
    ],
    kind: "live",
    observes: ["dmarc"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      multiple: {
        text: "{{name}} publishes {{count}} v=DMARC1 records live ({{records}}): receivers then apply no DMARC policy at all (RFC 7489 §6.6.3); check both the DMARC and the TXT entries in OVH's panel",
      },
      nearMiss: {
        text: "{{name}} also publishes {{records}} beside its v=DMARC1 record: receivers discard it before counting, as the version must be exactly DMARC1 (RFC 7489 §6.3, §6.6.3), so one policy applies; a receiver that ignores the case would count two records and apply none: delete it",
        tier: "lower",
      },
      lookupFailed: {
        text: "could not count the DMARC records of {{name}}: the TXT lookup failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Keep one v=DMARC1 TXT record at _dmarc: delete the other (the apply of this file replaces the _dmarc record with one).",
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (!dns) return;
    const name = `_dmarc.${domain.domain}`;
    const at = { path: domain.dmarc ? domain.dmarc.path : ["domain"], name };
    const answer = await settledLookup(dns.txt(name));
    if (answer.status === "failed") {
      ctx.report({ messageId: "lookupFailed", data: { name, reason: answer.reason }, at });
      return;
    }
    if (answer.status !== "ok") return;
    const quoted = (texts: string[]) => texts.map((r) => `"${shorten(r)}"`).join(", ");
    const records = answer.records.filter(isDmarcRecord);
    const nearMisses = answer.records.filter((text) => !isDmarcRecord(text) && looksLikeDmarc(text));
    if (records.length > 1) {
      ctx.report({ messageId: "multiple", data: { name, count: records.length, records: quoted(records) }, at });
    } else if (records.length === 1 && nearMisses.length > 0) {
      ctx.report({ messageId: "nearMiss", data: { name, records: quoted(nearMisses) }, at });
    }
  },
});
