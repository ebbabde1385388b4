// OVH-MAILDNS: when the DNS zone lives in another account, Email Pro/Exchange ask for a one-off ownership
// CNAME (`<token>-check`). It is only read during validation; left in place it is clutter that hints at an
// old setup, hence info.
import { defineRule } from "../engine/types.js";
import { relativeOwner } from "../mail/srv.js";

const CHECK_LABEL = /^[a-z0-9-]*[a-z0-9]-check$/;

export default defineRule({
  meta: {
    id: "ovh-verification-cname-leftover",
    area: "ovh",
    description: "Flags OVH's one-off `<token>-check` ownership CNAME, to remove once the domain is validated.",
    references: ["OVH-MAILDNS"],
    defaultLevel: "info",
    kind: "static",
    observes: ["cname"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      leftover: {
        text: "{{name}} looks like OVH's one-off ownership CNAME (<token>-check): OVH reads it only while validating the domain for Email Pro/Exchange; remove it once validation is done",
      },
    },
    fix: "Delete the `-check` CNAME after OVH has validated the domain.",
  },
  check(ctx) {
    for (const cname of ctx.domain.cname) {
      const owner = relativeOwner(cname.name, ctx.domain.domain);
      const firstLabel = owner.split(".")[0] ?? "";
      if (!CHECK_LABEL.test(firstLabel)) continue;
      ctx.report({ messageId: "leftover", data: { name: cname.name }, at: { path: [...cname.path, "name"] } });
    }
  },
});
