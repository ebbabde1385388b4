// RFC 2782: the SRV target "must not be an alias" (it must have address records of its own). Mail
// clients that look up `_imaps._tcp`/`_submission._tcp` may refuse an alias or skip the record. Only live
// DNS can tell whether a name is an alias.
import { defineRule } from "../engine/types.js";
import { analyseHost, isCleanHostname } from "../mail/host.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "srv-target-cname",
    area: "srv",
    description: "No SRV target is an alias (CNAME) in live DNS.",
    references: ["RFC2782", "RFC6186 §3"],
    defaultLevel: "warn",
    kind: "live",
    observes: ["srv", "srv-hosts"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      alias: {
        text: "the {{service}} SRV target {{target}} is an alias (CNAME to {{canonical}}): RFC 2782 says the target MUST NOT be an alias, and some clients ignore such records",
      },
      lookupFailed: {
        text: "could not check whether the {{service}} SRV target {{target}} is an alias: the CNAME lookup failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Point the SRV record at the canonical host (the alias's target), e.g. ssl0.ovh.net. for OVH's MX Plan.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns) return;
    // "." means "service not offered" (RFC 2782); malformed targets are srv-format's findings.
    const records = domain.srv
      .map((record) => ({ record, host: analyseHost(record.target) }))
      .filter(({ host }) => isCleanHostname(host) && host.ascii !== null);
    const answers = await Promise.all(records.map(({ host }) => dns.cname(host.ascii!)));
    records.forEach(({ record, host }, i) => {
      const answer = answers[i]!;
      const at = { path: [...record.path, "target"] };
      const data = { service: record.service, target: host.ascii! };
      if (answer.status === "ok" && answer.records.length > 0) ctx.report({ messageId: "alias", data: { ...data, canonical: answer.records[0]! }, at });
      else if (answer.status === "failed") ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
    });
  },
});
