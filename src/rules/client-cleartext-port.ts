// RFC 8314 §3 and §4: cleartext access to mail (IMAP 143, POP 110, submission without TLS) is obsolete;
// passwords cross the network readable. A legacy French OVH Outlook guide still lists 143/110 and 587
// without TLS (OVH's client configuration guide), so such profiles do turn up.
import { defineRule } from "../engine/types.js";
import type { ClientEndpoint } from "../model/types.js";

const SECURE: Record<"imap" | "smtp" | "pop", string> = {
  imap: "port 993 with tls: ssl",
  smtp: "port 465 with tls: ssl (or 587 with tls: starttls)",
  pop: "port 995 with tls: ssl",
};
const LEGACY_PORTS = new Set([110, 143]);

export default defineRule({
  meta: {
    id: "client-cleartext-port",
    area: "client",
    description: "Client profiles never use cleartext access (tls: none, or the legacy ports 110 and 143).",
    references: ["RFC8314 §3", "RFC8314 §4"],
    defaultLevel: "warn",
    kind: "static",
    observes: [],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cleartext: { text: "{{protocol}} on port {{port}} without TLS sends passwords in clear (RFC 8314 §3); use {{secure}}" },
      legacyPort: { text: "{{protocol}} on port {{port}}, the protocol's legacy cleartext port (RFC 8314 §3 prefers implicit TLS); use {{secure}}" },
    },
    fix: "imap 993/ssl, pop 995/ssl, smtp 465/ssl or 587/starttls.",
  },
  check(ctx) {
    const { clients } = ctx.domain;
    const endpoints: [keyof typeof SECURE, ClientEndpoint | null][] = [
      ["imap", clients.imap],
      ["smtp", clients.smtp],
      ["pop", clients.pop],
    ];
    for (const [protocol, endpoint] of endpoints) {
      if (endpoint === null) continue;
      const data = { protocol: protocol.toUpperCase(), port: endpoint.port, secure: SECURE[protocol] };
      if (endpoint.tls === "none") ctx.report({ messageId: "cleartext", data, at: { path: [...endpoint.path, "tls"] } });
      else if (LEGACY_PORTS.has(endpoint.port)) ctx.report({ messageId: "legacyPort", data, at: { path: [...endpoint.path, "port"] } });
    }
  },
});
