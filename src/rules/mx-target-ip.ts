// RFC 5321 §5.1 and RFC 1035 §3.3.9: an MX exchange is a domain name, looked up for A/AAAA; an address
// literal there is looked up as a (nonexistent) name, so mail bounces or queues.
import { defineRule } from "../engine/types.js";
import { analyseMxEntries, isWrittenEntry, mxFieldPath } from "../mail/mx.js";

export default defineRule({
  meta: {
    id: "mx-target-ip",
    area: "mx",
    description: "MX targets are host names, never IPv4 or IPv6 address literals.",
    references: ["RFC5321 §5.1", "RFC1035 §3.3.9"],
    defaultLevel: "error",
    kind: "static",
    observes: ["mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ipLiteral: {
        text: "MX target {{address}} is an {{family}} address: an MX must name a host (RFC 5321 §5.1); publish an A/AAAA record such as mx.{{domain}}. for it and point the MX there",
      },
    },
    fix: "Point the MX at a host name with an A/AAAA record, e.g. `- { host: mx.example.com., priority: 10 }`.",
  },
  check(ctx) {
    const { domain } = ctx;
    const mx = domain.mx;
    if (mx === null) return;
    for (const { entry, host } of analyseMxEntries(mx)) {
      if (host.kind !== "ipv4" && host.kind !== "ipv6") continue;
      const literal = host.problems.find((p) => p.code === "ip-literal");
      ctx.report({
        messageId: "ipLiteral",
        data: { address: literal?.text ?? entry.host, family: host.kind === "ipv4" ? "IPv4" : "IPv6", domain: domain.domain },
        at: {
          path: mxFieldPath(mx, entry, "host"),
          ...(literal && isWrittenEntry(mx) ? { range: [literal.start, literal.end] as const } : {}),
        },
      });
    }
  },
});
