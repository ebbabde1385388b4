// RFC 6186 §3.1: `_submission._tcp` is message submission with STARTTLS (port 587); RFC 8314 §5.1 added
// `_submissions._tcp` for implicit TLS (port 465). OVH's default zone points `_submission._tcp` at 465 [WILD]:
// a client trusting the label speaks STARTTLS to an implicit-TLS port and fails to connect.
import { defineRule } from "../engine/types.js";
import { analyseHost } from "../mail/host.js";
import { relativeOwner } from "../mail/srv.js";

export default defineRule({
  meta: {
    id: "srv-submission-port-mismatch",
    area: "srv",
    description: "`_submission._tcp` advertises the STARTTLS port 587 and `_submissions._tcp` the implicit-TLS port 465.",
    references: ["RFC6186 §3.1", "RFC8314 §5.1", "WILD"],
    defaultLevel: "info",
    kind: "static",
    observes: ["srv"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      implicitOnSubmission: {
        text: "_submission._tcp points at port 465, but that label means STARTTLS on 587 (RFC 6186 §3.1); port 465 belongs to _submissions._tcp (RFC 8314 §5.1). OVH's default zone does this",
      },
      starttlsOnSubmissions: {
        text: "_submissions._tcp points at port 587, but that label means implicit TLS on 465 (RFC 8314 §5.1); port 587 belongs to _submission._tcp",
      },
    },
    fix: "`_submissions._tcp` → 465 and `_submission._tcp` → 587 (e.g. target ssl0.ovh.net.).",
  },
  check(ctx) {
    for (const srv of ctx.domain.srv) {
      if (analyseHost(srv.target).kind === "null") continue;
      const owner = relativeOwner(srv.service, ctx.domain.domain);
      if (owner === "_submission._tcp" && srv.port === 465) {
        ctx.report({ messageId: "implicitOnSubmission", at: { path: [...srv.path, "port"] } });
      } else if (owner === "_submissions._tcp" && srv.port === 587) {
        ctx.report({ messageId: "starttlsOnSubmissions", at: { path: [...srv.path, "port"] } });
      }
    }
  },
});
