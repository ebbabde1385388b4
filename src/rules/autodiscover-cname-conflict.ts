// OVH-MAILDNS: with Email Pro/Exchange, autodiscovery goes through `_autodiscover._tcp`; clients may prefer
// an `autodiscover`/`autoconfig` CNAME when one exists, so a CNAME left pointing at MX Plan's hosts
// (ssl0.ovh.net., mailconfig.ovh.net.) overrides the SRV and configures the wrong server.
import { defineRule } from "../engine/types.js";
import { analyseHost } from "../mail/host.js";
import { isOvhHosted } from "../mail/ovh.js";
import { autodiscoverFamily, relativeOwner } from "../mail/srv.js";

const AUTOCONFIG_NAMES = new Set(["autodiscover", "autoconfig"]);

export default defineRule({
  meta: {
    id: "autodiscover-cname-conflict",
    area: "srv",
    description: "On Email Pro and Exchange, no autodiscover/autoconfig CNAME contradicts the `_autodiscover._tcp` SRV record.",
    references: ["OVH-MAILDNS"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["srv", "cname", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      conflict: {
        text: "{{name}} CNAME {{target}} competes with _autodiscover._tcp → {{srvTarget}}: clients may follow the CNAME and get the wrong server; remove the CNAME (OVH-MAILDNS)",
      },
    },
    fix: "Keep `_autodiscover._tcp` only; delete the autodiscover/autoconfig CNAMEs.",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!isOvhHosted(domain) || domain.mail.offer === null || autodiscoverFamily(domain.mail.offer) !== "server") return;
    const srvTargets = domain.srv
      .filter((s) => relativeOwner(s.service, domain.domain) === "_autodiscover._tcp")
      .map((s) => ({ written: s.target, host: analyseHost(s.target) }))
      .filter((s) => s.host.kind === "hostname");
    if (srvTargets.length === 0) return;
    const srvHosts = new Set(srvTargets.map((s) => s.host.ascii));
    for (const cname of domain.cname) {
      const name = relativeOwner(cname.name, domain.domain);
      if (!AUTOCONFIG_NAMES.has(name)) continue;
      if (srvHosts.has(analyseHost(cname.target).ascii)) continue;
      ctx.report({
        messageId: "conflict",
        data: { name: cname.name, target: cname.target, srvTarget: srvTargets[0]!.written },
        at: { path: [...cname.path, "name"] },
      });
    }
  },
});
