// RFC 2181 §10.3: the exchange named by an MX record must not be an alias (CNAME); RFC 5321 §5.1 has
// senders look up the exchange's address records directly. Some senders follow the alias, some refuse;
// either way it is outside the standard. Only live DNS can tell whether a name is an alias.
import { defineRule } from "../engine/types.js";
import { isCleanHostname } from "../mail/host.js";
import { analyseMxEntries, mxFieldPath } from "../mail/mx.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "mx-target-cname",
    area: "mx",
    description: "No MX exchange is an alias (CNAME) in live DNS.",
    references: ["RFC2181 §10.3", "RFC5321 §5.1"],
    defaultLevel: "error",
    kind: "live",
    observes: ["mx", "mx-hosts"],
    enforces: [
      { section: "RFC2181 §10.3", keyword: "MUST NOT", text: "the exchange named by an MX record is not an alias (\"must not be an alias\")", messages: ["alias"] },
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      alias: {
        text: "the MX exchange {{host}} is an alias (CNAME to {{target}}): MX targets must name a host with its own A/AAAA records (RFC 2181 §10.3, RFC 5321 §5.1)",
      },
      lookupFailed: {
        text: "could not check whether the MX exchange {{host}} is an alias: the CNAME lookup failed ({{reason}})",
        tier: "lower",
      },
    },
    fix: "Point the MX at the canonical host name: the target of the alias, which has A/AAAA records.",
  },
  async check(ctx) {
    const { dns, domain } = ctx;
    if (!dns || !domain.mx || domain.mx.preset === "null") return;
    const mx = domain.mx;
    // Malformed exchanges (URLs, IP literals, "@"...) are the static rules' findings; only names are asked.
    const entries = analyseMxEntries(mx).filter((e) => isCleanHostname(e.host) && e.host.ascii !== null);
    const answers = await Promise.all(entries.map((e) => dns.cname(e.host.ascii!)));
    entries.forEach(({ entry, host }, i) => {
      const answer = answers[i]!;
      const at = { path: mxFieldPath(mx, entry, "host") };
      if (answer.status === "ok" && answer.records.length > 0) {
        ctx.report({ messageId: "alias", data: { host: host.ascii!, target: answer.records[0]! }, at });
      } else if (answer.status === "failed") {
        ctx.report({ messageId: "lookupFailed", data: { host: host.ascii!, reason: answer.reason }, at });
      }
    });
  },
});
