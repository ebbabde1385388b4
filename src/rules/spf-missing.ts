// RFC 7208 §2.3: without an SPF record receivers get "none" for the domain, so anyone can send as it and
// DMARC has no SPF result to align. OVH's guide asks every mail domain for one (OVH-SPF).
import { defineRule } from "../engine/types.js";
import { isOvhShared, OVH_SPF_INCLUDE } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "spf-missing",
    area: "spf",
    description: "A domain that sends mail declares an SPF record.",
    references: ["RFC7208 §2.3", "OVH-SPF"],
    defaultLevel: "error",
    kind: "static",
    observes: ["spf", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "{{domain}} sends mail but declares no SPF record: receivers get \"none\" and cannot tell forged mail apart (RFC 7208 §2.3); add `spf: \"{{example}}\"`",
      },
    },
    fix: "spf: \"v=spf1 include:mx.ovh.com ~all\" (OVH shared offers), listing every other sender too.",
  },
  check(ctx) {
    const { domain } = ctx;
    if (!domain.mail.sends || domain.spf) return;
    const example = isOvhShared(domain) ? `v=spf1 include:${OVH_SPF_INCLUDE} ~all` : "v=spf1 <your senders> ~all";
    ctx.report({ messageId: "missing", data: { domain: domain.domain, example }, at: { path: domain.mail.path } });
  },
});
