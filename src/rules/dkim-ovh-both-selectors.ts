// OVH issues DKIM selectors in pairs (…selector1 / …selector2) and wants both published: the panel shows
// error 501 ("only one DKIM selector initialised"), and key rotation switches to the other selector (OVH-DKIM).
import { defineRule } from "../engine/types.js";
import { loneOvhSelectors } from "../mail/dkim.js";
import { isOvhHosted } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "dkim-ovh-both-selectors",
    area: "dkim",
    description: "Both selectors of an OVH DKIM pair (selector1 and selector2) should be declared.",
    references: ["OVH-DKIM"],
    defaultLevel: "warn",
    ovhOnly: true,
    kind: "static",
    observes: ["dkim", "mx"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingPartner: { text: "OVH selector {{selector}} is declared without {{missing}}: OVH needs both to rotate keys (panel error 501)" },
      onlyOne: { text: "only one OVH selector ({{selector}}) is declared: OVH needs both of its selectors to rotate keys (panel error 501)" },
    },
    fix: "Declare both selectors OVH's API lists for the domain, each with its CNAME.",
  },
  check(ctx) {
    if (!isOvhHosted(ctx.domain)) return;
    for (const { selector, missing } of loneOvhSelectors(ctx.domain.dkim?.selectors ?? [])) {
      const at = { path: [...selector.path, "name"] };
      if (missing === null) ctx.report({ messageId: "onlyOne", data: { selector: selector.name }, at });
      else ctx.report({ messageId: "missingPartner", data: { selector: selector.name, missing }, at });
    }
  },
});
