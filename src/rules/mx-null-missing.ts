// A domain that neither sends nor receives mail and publishes no MX leaves senders to fall back to its
// A/AAAA address (the implicit MX, RFC 5321 §5.1): mail to it queues for days at the sender, or reaches a
// host that was never meant to take it. A null MX (RFC 7505 §3) says at once that the domain takes no mail,
// so senders fail such mail immediately (RFC 7505 §4.1). Only for a domain that sends nothing either: a
// domain whose null MX appears as a message's envelope sender may see its mail refused (RFC 7505 §4.2).
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "mx-null-missing",
    area: "mx",
    description: "A domain that neither sends nor receives mail publishes a null MX.",
    references: ["RFC7505 §3", "RFC7505 §4.1", "RFC5321 §5.1", "MS-DMARC"],
    defaultLevel: "info",
    kind: "static",
    observes: ["mx", "spf"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "{{domain}} takes no mail but publishes no null MX: senders fall back to its A/AAAA address and queue mail for it (RFC 5321 §5.1); publish `mx: none` (the null MX `0 .`, RFC 7505 §3) so they give up at once",
      },
    },
    fix: "mx: none",
  },
  check(ctx) {
    const { domain } = ctx;
    if (domain.mail.sends || domain.mail.receives) return;
    const mx = domain.mx;
    if (mx === null) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: domain.mail.path } });
    } else if (mx.entries.length === 0) {
      ctx.report({ messageId: "missing", data: { domain: domain.domain }, at: { path: mx.path } });
    }
  },
});
