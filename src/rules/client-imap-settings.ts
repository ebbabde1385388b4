// OVH-TB-MXP/PRO/EX: IMAP is port 993 with SSL/TLS (implicit TLS, RFC 8314 §3.2 prefers it), on the host
// of the offer: ssl0.ovh.net / imap.mail.ovh.net (MX Plan, Zimbra), imap.mail.ovh.ca (CA), pro?.mail.ovh.net
// (Email Pro), ex?.mail.ovh.net / ex.mail.ovh.ca (Exchange).
import { defineRule } from "../engine/types.js";
import { analyseHost, hostDecoration } from "../mail/host.js";
import { isOvhHosted } from "../mail/ovh.js";
import { matchesClientHost, ovhClientHostsFor } from "../mail/srv.js";

const IMAPS_PORT = 993;

const DECORATION_NAMES: Readonly<Record<string, string>> = {
  scheme: "a URL scheme",
  "at-sign": "an e-mail address part",
  port: "a port (it has its own field)",
  path: "a URL path",
  whitespace: "whitespace",
};

export default defineRule({
  meta: {
    id: "client-imap-settings",
    area: "client",
    description: "The IMAP client profile uses port 993 with SSL/TLS and, for OVH mail, the offer's IMAP host.",
    references: ["OVH-TB-MXP", "OVH-TB-PRO", "OVH-TB-EX", "OVH-EXCA", "RFC8314 §3.2"],
    defaultLevel: "warn",
    kind: "static",
    observes: [],
    alsoObserves: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port: { text: "IMAP uses port {{port}}; use 993 with tls: ssl (implicit TLS, RFC 8314 §3.2; OVH's client guides)" },
      tls: { text: "IMAP on port 993 with tls: {{tls}}; port 993 is implicit TLS, write tls: ssl" },
      host: { text: "IMAP host {{host}} is not OVH's IMAP server for {{offer}}; use {{expected}}" },
      notHostname: { text: "IMAP host \"{{host}}\" is not a host name: \"{{part}}\" is {{what}}; a mail client is given the server's host name alone, write {{instead}}" },
    },
    fix: "`imap: { host: ssl0.ovh.net, port: 993, tls: ssl }` (MX Plan; Email Pro/Exchange: your pro?/ex? server).",
  },
  check(ctx) {
    const { domain } = ctx;
    const imap = domain.clients.imap;
    if (imap === null) return;
    if (imap.port !== IMAPS_PORT) ctx.report({ messageId: "port", data: { port: imap.port }, at: { path: [...imap.path, "port"] } });
    else if (imap.tls !== "ssl") ctx.report({ messageId: "tls", data: { tls: imap.tls }, at: { path: [...imap.path, "tls"] } });
    // A URL or host:port where the host belongs (OVH's SMTP and IMAP articles show both side by side).
    const decoration = hostDecoration(analyseHost(imap.host));
    if (decoration) {
      const data = { host: imap.host, part: decoration.part, what: DECORATION_NAMES[decoration.code] ?? "not part of a host name", instead: decoration.instead ?? "the server's host name" };
      ctx.report({ messageId: "notHostname", data, at: { path: [...imap.path, "host"] } });
      return;
    }
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const allowed = ovhClientHostsFor("imap", domain.mail.offer, domain.mail.region, domain.mail.server);
    if (!matchesClientHost(analyseHost(imap.host), allowed)) {
      ctx.report({ messageId: "host", data: { host: imap.host, offer: domain.mail.offer, expected: allowed.join(" or ") }, at: { path: [...imap.path, "host"] } });
    }
  },
});
