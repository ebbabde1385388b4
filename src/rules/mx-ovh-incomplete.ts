// OVH-MX lists up to five exchangers so that a sender can fall back to another when one is down
// (RFC 5321 §5.1 tries MX hosts in preference order); a single OVH host leaves no backup.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, ovhMxHost } from "../mail/mx.js";
import { isOvhHosted, ovhMxSet } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "mx-ovh-incomplete",
    area: "mx",
    description: "An OVH-hosted domain lists at least two of OVH's MX hosts, so senders have a backup exchanger.",
    references: ["OVH-MX", "RFC5321 §5.1"],
    defaultLevel: "info",
    ovhOnly: true,
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      single: {
        text: "only one OVH exchanger ({{host}}) is listed: senders have no backup when it is unavailable; add another from OVH's set ({{expected}}) or write `mx: ovh`",
      },
    },
    fix: "mx: ovh, or at least two of mx0..mx4.mail.ovh.net.",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mx === null) return;
    const ovhHosts = new Map<string, string>();
    for (const { entry, host } of analyseMxEntries(domain.mx)) {
      const ovh = ovhMxHost(host);
      if (ovh) ovhHosts.set(ovh.host, entry.host);
    }
    if (ovhHosts.size !== 1) return;
    const [written] = ovhHosts.values();
    const expected = ovhMxSet(domain.mail.region).map((e) => e.host).join(", ");
    ctx.report({ messageId: "single", data: { host: written ?? "", expected }, at: { path: domain.mx.path } });
  },
});
