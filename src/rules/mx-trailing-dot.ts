// OVH's API takes MX targets as "<prio> <host>." and OVH's own guides add the trailing dot (OVH-DKIM; the
// panel appends it [MGR]); without it a zone-file reader takes the name relative to the zone
// (mx1.mail.ovh.net.example.com.). maildns writes the dot when applying, but the file should say what is
// meant. How the API treats a dotless target is UNVERIFIED (OVH's DNS zone API does not document it).
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, isWrittenEntry, mxFieldPath } from "../mail/mx.js";

export default defineRule({
  meta: {
    id: "mx-trailing-dot",
    area: "mx",
    description: "MX targets are written as absolute names, with a trailing dot.",
    references: ["OVH-DKIM", "MGR", "RFC1035 §5.1"],
    defaultLevel: "warn",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      relative: {
        text: "MX target {{host}} has no trailing dot: in zone-file terms it is relative to the zone ({{relative}}); write \"{{absolute}}\"",
      },
    },
    fix: "Add the trailing dot: `host: mx1.mail.ovh.net.`",
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null || !isWrittenEntry(mx)) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      // Hosts with other problems (URL, spaces, IP...) are reported by mx-target-*; their suggestion has the dot.
      if (host.kind !== "hostname" || host.problems.length > 0 || host.trailingDot || host.ascii === null) continue;
      ctx.report({
        messageId: "relative",
        data: { host: entry.host, relative: `${host.ascii}.${domain.domain}.`, absolute: `${host.ascii}.` },
        at: { path: mxFieldPath(mx, entry, "host"), range: [host.hostStart, host.hostEnd] },
      });
    }
  },
});
