// Submission is 465 with implicit TLS or 587 with STARTTLS (RFC 8314 §3.3; OVH-TB-MXP documents 587
// STARTTLS, OVH-ZIMBRA 465 SSL/TLS). Port 25 is for server-to-server relay (RFC 6409 §1), often blocked by
// access providers, and never takes authenticated submission at OVH.
import { defineRule } from "../engine/types.js";
import { analyseHost, hostDecoration } from "../mail/host.js";
import { isOvhHosted } from "../mail/ovh.js";
import { matchesClientHost, ovhClientHostsFor } from "../mail/srv.js";

const DECORATION_NAMES: Readonly<Record<string, string>> = {
  scheme: "a URL scheme",
  "at-sign": "an e-mail address part",
  port: "a port (it has its own field)",
  path: "a URL path",
  whitespace: "whitespace",
};

export default defineRule({
  meta: {
    id: "client-smtp-settings",
    area: "client",
    description: "The SMTP client profile submits on 465 with SSL/TLS or 587 with STARTTLS and, for OVH mail, to the offer's SMTP host.",
    references: ["OVH-TB-MXP", "OVH-ZIMBRA", "OVH-TB-PRO", "OVH-TB-EX", "RFC8314 §3.3", "RFC6409 §1"],
    defaultLevel: "warn",
    kind: "static",
    observes: [],
    alsoObserves: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      port25: { text: "SMTP submission on port 25: that port is for server-to-server relay (RFC 6409 §1) and often blocked; use 465 with tls: ssl or 587 with tls: starttls" },
      port: { text: "SMTP submission on port {{port}}; use 465 with tls: ssl or 587 with tls: starttls (RFC 8314 §3.3)" },
      tls: { text: "SMTP on port {{port}} with tls: {{tls}}; port {{port}} needs tls: {{expected}}" },
      host: { text: "SMTP host {{host}} is not OVH's SMTP server for {{offer}}; use {{expected}}" },
      notHostname: { text: "SMTP host \"{{host}}\" is not a host name: \"{{part}}\" is {{what}}; a mail client is given the server's host name alone, write {{instead}}" },
    },
    fix: "`smtp: { host: ssl0.ovh.net, port: 465, tls: ssl }` or `{ port: 587, tls: starttls }`.",
  },
  check(ctx) {
    const { domain } = ctx;
    const smtp = domain.clients.smtp;
    if (smtp === null) return;
    const expectedTls = smtp.port === 465 ? "ssl" : smtp.port === 587 ? "starttls" : null;
    if (smtp.port === 25) ctx.report({ messageId: "port25", at: { path: [...smtp.path, "port"] } });
    else if (expectedTls === null) ctx.report({ messageId: "port", data: { port: smtp.port }, at: { path: [...smtp.path, "port"] } });
    else if (smtp.tls !== expectedTls) {
      ctx.report({ messageId: "tls", data: { port: smtp.port, tls: smtp.tls, expected: expectedTls }, at: { path: [...smtp.path, "tls"] } });
    }
    // A URL or host:port where the host belongs (OVH's SMTP and IMAP articles show both side by side).
    const decoration = hostDecoration(analyseHost(smtp.host));
    if (decoration) {
      const data = { host: smtp.host, part: decoration.part, what: DECORATION_NAMES[decoration.code] ?? "not part of a host name", instead: decoration.instead ?? "the server's host name" };
      ctx.report({ messageId: "notHostname", data, at: { path: [...smtp.path, "host"] } });
      return;
    }
    if (!isOvhHosted(domain) || domain.mail.offer === null) return;
    const allowed = ovhClientHostsFor("smtp", domain.mail.offer, domain.mail.region, domain.mail.server);
    if (!matchesClientHost(analyseHost(smtp.host), allowed)) {
      ctx.report({ messageId: "host", data: { host: smtp.host, offer: domain.mail.offer, expected: allowed.join(" or ") }, at: { path: [...smtp.path, "host"] } });
    }
  },
});
