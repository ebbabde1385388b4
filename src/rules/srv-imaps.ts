// RFC 6186 §3.2: `_imaps._tcp` advertises IMAP over implicit TLS, port 993. On MX Plan and Zimbra the
// OVH default zone points it at ssl0.ovh.net [WILD]; OVH-TB-MXP also documents imap.mail.ovh.net.
import { defineRule } from "../engine/types.js";
import { analyseHost } from "../mail/host.js";
import { isOvhHosted } from "../mail/ovh.js";
import { matchesClientHost, ovhClientHostsFor, relativeOwner } from "../mail/srv.js";

const IMAPS_PORT = 993;

export default defineRule({
  meta: {
    id: "srv-imaps",
    area: "srv",
    description: "On MX Plan and Zimbra, `_imaps._tcp` points at port 993 of OVH's IMAP server.",
    references: ["RFC6186 §3.2", "OVH-TB-MXP", "OVH-ZIMBRA", "WILD"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["srv", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port: { text: "_imaps._tcp advertises port {{port}}; IMAP over TLS is port 993 (RFC 6186 §3.2), which OVH serves on {{expected}}" },
      target: { text: "_imaps._tcp points at {{target}}, which is not OVH's IMAP server for {{offer}}; use {{expected}}" },
    },
    fix: "`- { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }`",
  },
  check(ctx) {
    const { domain } = ctx;
    const offer = domain.mail.offer;
    if (!isOvhHosted(domain) || (offer !== "mx-plan" && offer !== "zimbra")) return;
    const allowed = ovhClientHostsFor("imap", offer, domain.mail.region, null);
    const expected = allowed.map((h) => `${h}.`).join(" or ");
    for (const srv of domain.srv) {
      if (relativeOwner(srv.service, domain.domain) !== "_imaps._tcp") continue;
      const target = analyseHost(srv.target);
      // "." means "not offered" (RFC 6186 §3): a deliberate choice, not a wrong setting.
      if (target.kind === "null") continue;
      if (srv.port !== IMAPS_PORT) ctx.report({ messageId: "port", data: { port: srv.port, expected }, at: { path: [...srv.path, "port"] } });
      if (!matchesClientHost(target, allowed)) {
        ctx.report({ messageId: "target", data: { target: srv.target, offer, expected }, at: { path: [...srv.path, "target"] } });
      }
    }
  },
});
