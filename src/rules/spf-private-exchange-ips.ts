// OVH-SPF: Private Exchange sends from the customer's own server, not from OVH's shared platform, so the
// SPF record must list that server's addresses with ip4:/ip6: (include:mx.ovh.com does not cover it).
import { defineRule } from "../engine/types.js";
import { isOvhHosted } from "../mail/ovh.js";
import { firstAll, mechanisms, modifiers } from "../mail/spf.js";
import { ipInNetwork, ipToBigInt } from "../mail/spf-ip.js";
import { spfRecord, wholeRecord } from "../mail/spf-lint.js";

export default defineRule({
  meta: {
    id: "spf-private-exchange-ips",
    area: "spf",
    description: "A Private Exchange domain's SPF record lists every declared sending address (mail.ips) with ip4:/ip6:.",
    references: ["OVH-SPF", "RFC7208 §5.6"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["spf", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notListed: {
        text: "the Private Exchange server address {{ip}} (mail.ips) is not covered by any ip4:/ip6: term, so its mail fails SPF (OVH-SPF); add `{{term}}`",
      },
    },
    fix: "v=spf1 ip4:<server IPv4> ip6:<server IPv6> ~all (add include:mx.ovh.com if shared offers send too).",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer !== "private-exchange" || domain.mail.ips.length === 0) return;
    const found = spfRecord(domain);
    if (!found) return;
    const { record } = found;
    // As for spf-missing-ovh-include: an effective redirect= may carry the addresses; only live lookups tell.
    if (modifiers(record).some((m) => m.name === "redirect") && !firstAll(record)) return;
    const networks = mechanisms(record).filter((m) => (m.name === "ip4" || m.name === "ip6") && m.qualifier === "+" && m.ip !== null);
    const [start, end] = wholeRecord(record);
    for (const ip of domain.mail.ips) {
      const parsed = ipToBigInt(ip.split("/")[0] ?? "");
      if (!parsed) continue;
      const covered = networks.some((m) => ipInNetwork(ip, m.ip!, m.name === "ip4" ? m.cidr4 : m.cidr6));
      if (covered) continue;
      ctx.report({
        messageId: "notListed",
        data: { ip, term: `${parsed.bits === 32 ? "ip4" : "ip6"}:${ip}` },
        at: ctx.textAnchor(found.text, start, end),
      });
    }
  },
});
