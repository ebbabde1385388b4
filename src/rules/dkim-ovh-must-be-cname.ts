// OVH-managed DKIM is a CNAME delegation: `<sel>._domainkey.<domain> CNAME <sel>._domainkey.<id>.<xx>.dkim.mail.ovh.net.`
// (OVH-DKIM). A copied TXT key stops working at OVH's next rotation, and a wrong target is the panel's
// error 503 ("CNAME record is wrong").
import { defineRule } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { isOvhHosted, OVH_DKIM_CNAME_TARGET } from "../mail/ovh.js";

export default defineRule({
  meta: {
    id: "dkim-ovh-must-be-cname",
    area: "dkim",
    description: "An OVH-managed DKIM selector must be a CNAME to <selector>._domainkey.<id>.<xx>.dkim.mail.ovh.net. with the same selector.",
    references: ["OVH-DKIM"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    observes: ["dkim", "mx"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      publishedAsTxt: { text: "OVH selector {{selector}} is published as a TXT key: OVH rotates its keys, so publish the CNAME OVH gives for it" },
      badTarget: { text: "{{target}} is not an OVH DKIM target (<selector>._domainkey.<id>.<xx>.dkim.mail.ovh.net.)" },
      selectorMismatch: { text: "the CNAME of selector {{selector}} points at OVH selector {{targetSelector}}; the two names must be the same" },
      missingTrailingDot: { text: "{{target}} has no trailing dot; write {{target}}. as OVH's DKIM guide asks" },
    },
    fix: "Declare the selector with cname: set to the target OVH's API gives for it (GET /email/domain/<domain>/dkim), ending in a dot.",
  },
  check(ctx) {
    if (!isOvhHosted(ctx.domain)) return;
    for (const selector of ctx.domain.dkim?.selectors ?? []) {
      if (!selector.ovh) continue;
      if (selector.kind === "txt") {
        if (selector.text) ctx.report({ messageId: "publishedAsTxt", data: { selector: selector.name }, at: { path: selector.text.path } });
        continue;
      }
      const target = selector.target ?? "";
      const shown = shorten(target, 120);
      const at = { path: [...selector.path, "cname"] };
      // DNS names compare case-insensitively; OVH's pattern is written in lower case.
      const lower = target.trim().toLowerCase();
      const hasDot = lower.endsWith(".");
      const match = OVH_DKIM_CNAME_TARGET.exec(hasDot ? lower : `${lower}.`);
      if (!match) {
        ctx.report({ messageId: "badTarget", data: { selector: selector.name, target: shown }, at });
        continue;
      }
      const targetSelector = match.groups?.selector ?? "";
      if (targetSelector !== selector.name.toLowerCase()) {
        ctx.report({ messageId: "selectorMismatch", data: { selector: selector.name, targetSelector }, at });
      }
      if (!hasDot) ctx.report({ messageId: "missingTrailingDot", data: { selector: selector.name, target: shown }, at });
    }
  },
});
