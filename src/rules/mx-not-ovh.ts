// OVH-MX: the shared offers (MX Plan, Email Pro, Hosted Exchange, Zimbra) receive mail only through
// mx0..mx4.mail.ovh.{net,ca}; an exchanger elsewhere means mail never reaches the OVH mailboxes, unless it
// is a filtering gateway that relays to OVH (declare it in the `gateways` option).
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, isLegacyOvhMxHost, mxFieldPath, ovhMxHost } from "../mail/mx.js";
import { isOvhShared, ovhMxSet } from "../mail/ovh.js";

interface Options {
  gateways: string[];
}

export default defineRule<Options>({
  meta: {
    id: "mx-not-ovh",
    area: "mx",
    description: "On OVH's shared mail offers every MX target is one of OVH's exchangers mx0..mx4.mail.ovh.net (or .ca).",
    references: ["OVH-MX"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    observes: ["mx"],
    options: {
      type: "object",
      properties: {
        gateways: {
          type: "array",
          items: { type: "string" },
          description: "Host names of filtering gateways that relay to OVH and may stand in the MX set (trailing dot optional).",
          default: [],
        },
      },
      additionalProperties: false,
    },
    messages: {
      notOvh: {
        text: "MX target {{host}} is not an OVH exchanger, but the domain's mail is OVH {{offer}}: mail sent there never reaches the OVH mailboxes; use OVH's set ({{expected}})",
      },
    },
    fix: "mx: ovh, or list OVH's exchangers for the region (e.g. `- { host: mx1.mail.ovh.net., priority: 5 }`).",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhShared(domain) || domain.mx === null || domain.mx.preset !== null) return;
    const mx = domain.mx;
    const gateways = new Set(ctx.options.gateways.map((g) => g.trim().toLowerCase().replace(/\.$/, "")));
    const expected = ovhMxSet(domain.mail.region).map((e) => e.host).join(", ");
    for (const { entry, host } of analyseMxEntries(mx)) {
      // Null targets, empty and IP-literal targets have rules of their own (mx-null-*, mx-target-*).
      if (host.kind !== "hostname") continue;
      if (ovhMxHost(host) || isLegacyOvhMxHost(host)) continue;
      if (host.ascii !== null && gateways.has(host.ascii)) continue;
      ctx.report({
        messageId: "notOvh",
        data: { host: entry.host, offer: domain.mail.offer ?? "", expected },
        at: { path: mxFieldPath(mx, entry, "host") },
      });
    }
  },
});
