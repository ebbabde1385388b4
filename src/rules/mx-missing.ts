// RFC 5321 §5.1: with no MX, senders fall back to the domain's A/AAAA address ("implicit MX"), which is
// rarely a mail server; a domain that receives mail must name its exchangers.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "mx-missing",
    area: "mx",
    description: "A domain that receives mail declares at least one MX record.",
    references: ["RFC5321 §5.1", "RFC7505 §3", "OVH-MX"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noMx: {
        text: "{{domain}} receives mail but declares no MX: senders would fall back to its A/AAAA address (RFC 5321 §5.1); add `mx:` ({{example}})",
      },
      emptyMx: {
        text: "{{domain}} receives mail but its MX list is empty: senders would fall back to its A/AAAA address (RFC 5321 §5.1); list its exchangers ({{example}})",
      },
      nullMx: {
        text: "{{domain}} is declared as receiving mail but publishes a null MX, which tells senders it accepts no mail (RFC 7505 §3); list its exchangers or set `mail.receives: false`",
      },
    },
    fix: "mx: ovh (OVH mail), or a list of {host, priority}; for a domain that takes no mail, mx: none with mail.receives: false.",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!domain.mail.receives) return;
    const example = domain.mail.provider === "ovh" ? "`mx: ovh`" : "`- { host: mx.example.net., priority: 10 }`";
    const mx = domain.mx;
    if (mx === null) {
      ctx.report({ messageId: "noMx", data: { domain: domain.domain, example }, at: { path: domain.mail.path } });
    } else if (mx.entries.length === 0) {
      ctx.report({ messageId: "emptyMx", data: { domain: domain.domain, example }, at: { path: mx.path } });
    } else if (mx.preset === "null" || mx.entries.every((e) => e.host.trim() === ".")) {
      ctx.report({ messageId: "nullMx", data: { domain: domain.domain }, at: { path: mx.path } });
    }
  },
});
