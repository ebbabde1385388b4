// RFC 5321 §5.1: a sender looks up the A/AAAA records of each MX exchange; an exchange with none (or that
// does not exist) cannot receive mail, and senders move on or bounce. Only live DNS can tell.
import { defineRule } from "../engine/types.js";
import { isCleanHostname } from "../mail/host.js";
import { analyseMxEntries, mxFieldPath } from "../mail/mx.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mx-target-unresolvable",
    area: "mx",
    description: "Every MX exchange exists in live DNS and has A or AAAA records.",
    references: ["RFC5321 §5.1"],
    defaultLevel: "error",
    kind: "live",
    observes: ["mx", "mx-hosts"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noSuchHost: {
        text: "the MX exchange {{host}} does not exist (NXDOMAIN): mail sent to this exchange cannot be delivered (RFC 5321 §5.1)",
      },
      noAddress: {
        text: "the MX exchange {{host}} has no A or AAAA records: senders cannot connect to it (RFC 5321 §5.1)",
      },
      lookupFailed: {
        text: "could not resolve the MX exchange {{host}}: the address lookup failed ({{reason}}); whether it exists is unknown",
        tier: "lower",
      },
    },
    fix: "Point the MX at a host that exists, e.g. OVH's mx0.mail.ovh.net. for an OVH-hosted domain.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.mx || domain.mx.preset === "null") return;
    const mx = domain.mx;
    // Malformed exchanges (URLs, IP literals, "@"...) are the static rules' findings; only names are asked.
    const entries = analyseMxEntries(mx).filter((e) => isCleanHostname(e.host) && e.host.ascii !== null);
    const answers = await Promise.all(entries.map((e) => dns.addresses(e.host.ascii!)));
    entries.forEach(({ entry, host }, i) => {
      const answer = answers[i]!;
      const at = { path: mxFieldPath(mx, entry, "host") };
      const data = { host: host.ascii! };
      if (answer.status === "nxdomain") ctx.report({ messageId: "noSuchHost", data, at });
      else if (answer.status === "nodata") ctx.report({ messageId: "noAddress", data, at });
      else if (answer.status === "failed") ctx.report({ messageId: "lookupFailed", data: { ...data, reason: answer.reason }, at });
    });
  },
});
