// OVH runs separate mail platforms per region (OVH-MX: mx*.mail.ovh.net for Europe, mx*.mail.ovh.ca for
// Canada/APAC; OVH-EXCA). Exchangers of the other region do not hold the domain's mailboxes.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, mxFieldPath, ovhMxHost } from "../mail/mx.js";
import { isOvhHosted, ovhMxSet } from "../mail/ovh.js";

const SUFFIX = { eu: "mail.ovh.net", ca: "mail.ovh.ca" } as const;

export default defineRule({
  meta: {
    id: "mx-ovh-region-mix",
    area: "mx",
    description: "OVH MX hosts all belong to one region (mail.ovh.net or mail.ovh.ca), the one declared in mail.region.",
    references: ["OVH-MX", "OVH-EXCA"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      wrongRegion: {
        text: "{{host}} is an OVH exchanger of region {{hostRegion}} ({{hostSuffix}}), but mail.region is {{region}}: use {{expected}}",
      },
      mixed: {
        text: "the MX set mixes OVH's regions ({{netCount}} host(s) under mail.ovh.net, {{caCount}} under mail.ovh.ca); keep the hosts of the region that holds the mailboxes",
      },
    },
    fix: "List only the exchangers of the mailboxes' region (mx: ovh with the right mail.region).",
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null || mx.preset !== null) return;
    const ovh = analyseMxEntries(mx)
      .map((a) => ({ entry: a.entry, host: a.host, ovh: ovhMxHost(a.host) }))
      .filter((a): a is typeof a & { ovh: NonNullable<typeof a.ovh> } => a.ovh !== null);
    if (isOvhHosted(domain)) {
      const region = domain.mail.region;
      const table = ovhMxSet(region);
      for (const { entry, ovh: host } of ovh) {
        if (host.region === region) continue;
        ctx.report({
          messageId: "wrongRegion",
          data: { host: entry.host, hostRegion: host.region, hostSuffix: SUFFIX[host.region], region, expected: table[host.index]!.host },
          at: { path: mxFieldPath(mx, entry, "host") },
        });
      }
      return;
    }
    const netCount = ovh.filter((a) => a.ovh.region === "eu").length;
    const caCount = ovh.length - netCount;
    if (netCount > 0 && caCount > 0) ctx.report({ messageId: "mixed", data: { netCount, caCount }, at: { path: mx.path } });
  },
});
