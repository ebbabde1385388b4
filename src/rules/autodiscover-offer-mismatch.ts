// OVH-MAILDNS: Email Pro and Exchange publish `_autodiscover._tcp SRV 0 0 443 <your pro?/ex? server>`,
// while MX Plan zones point it at mailconfig.ovh.net [WILD]. A target of the other family hands clients
// the settings of a platform that does not hold their mailbox.
import { defineRule } from "../engine/types.js";
import { analyseHost } from "../mail/host.js";
import { isOvhHosted } from "../mail/ovh.js";
import { OVH_MAILCONFIG_HOST, OVH_SERVER_HOST, autodiscoverFamily, relativeOwner } from "../mail/srv.js";

export default defineRule({
  meta: {
    id: "autodiscover-offer-mismatch",
    area: "srv",
    description: "`_autodiscover._tcp` points at the autoconfiguration host of the domain's OVH offer.",
    references: ["OVH-MAILDNS", "WILD"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["srv", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      mailconfigOnServerOffer: {
        text: "_autodiscover._tcp points at {{target}} (MX Plan's autoconfiguration), but the domain uses OVH {{offer}}: point it at {{expected}}",
      },
      serverOnMailconfigOffer: {
        text: "_autodiscover._tcp points at {{target}} (an Email Pro/Exchange server), but the domain uses OVH {{offer}}: point it at mailconfig.ovh.net.",
      },
      otherServer: {
        text: "_autodiscover._tcp points at {{target}}, but mail.server is {{server}}: clients would be configured for another server",
      },
    },
    fix: "MX Plan/Zimbra: target mailconfig.ovh.net.; Email Pro/Exchange: your server, e.g. pro1.mail.ovh.net.",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const offer = domain.mail.offer;
    const family = autodiscoverFamily(offer);
    const server = domain.mail.server ? analyseHost(domain.mail.server).ascii : null;
    for (const srv of domain.srv) {
      if (relativeOwner(srv.service, domain.domain) !== "_autodiscover._tcp") continue;
      const target = analyseHost(srv.target);
      if (target.kind !== "hostname" || target.ascii === null) continue;
      const at = { path: [...srv.path, "target"] };
      if (family === "server" && target.ascii === OVH_MAILCONFIG_HOST) {
        const expected = server ? `${server}.` : "your Email Pro/Exchange server (e.g. pro1.mail.ovh.net.)";
        ctx.report({ messageId: "mailconfigOnServerOffer", data: { target: srv.target, offer, expected }, at });
      } else if (family === "mailconfig" && OVH_SERVER_HOST.test(target.ascii)) {
        ctx.report({ messageId: "serverOnMailconfigOffer", data: { target: srv.target, offer }, at });
      } else if (family === "server" && server && OVH_SERVER_HOST.test(target.ascii) && target.ascii !== server) {
        ctx.report({ messageId: "otherServer", data: { target: srv.target, server: domain.mail.server ?? "" }, at });
      }
    }
  },
});
