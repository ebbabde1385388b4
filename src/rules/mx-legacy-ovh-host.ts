// Hosts of OVH's old MX Plan filtering/redirect modes (mx1..mx4.ovh.net, mxb.ovh.net, redirect.ovh.net)
// still answer in live zones [WILD], but OVH-MX now documents only mx0..mx4.mail.ovh.{net,ca}.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, isLegacyOvhMxHost, mxFieldPath } from "../mail/mx.js";
import { ovhMxSet } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "mx-legacy-ovh-host",
    area: "mx",
    description: "MX targets do not use OVH's legacy exchangers (mx1-4.ovh.net, mxb.ovh.net, redirect.ovh.net).",
    references: ["WILD", "OVH-MX"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      legacy: {
        text: "{{host}} is one of OVH's legacy exchangers (old MX Plan filtering/redirect modes); OVH now documents {{expected}}",
      },
    },
    fix: "Use OVH's current set: mx: ovh, or mx0..mx4.mail.ovh.net. with OVH's priorities.",
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null) return;
    const expected = ovhMxSet(domain.mail.region).map((e) => `${e.priority} ${e.host}`).join(", ");
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (!isLegacyOvhMxHost(host)) continue;
      ctx.report({ messageId: "legacy", data: { host: entry.host, expected }, at: { path: mxFieldPath(mx, entry, "host") } });
    }
  },
});
