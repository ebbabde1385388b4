// OVH signs outgoing mail only once the domain publishes the selector CNAMEs OVH gives it (OVH-DKIM); a
// sending OVH domain whose file declares no OVH selector will have no DKIM, and DMARC then rests on SPF
// alone. This is the static half of the rule; "declared but nothing at <sel>._domainkey" needs live DNS.
import { defineRule } from "../engine/types.js";
import { isOvhHosted } from "../mail/ovh.js";
import type { OvhOffer } from "../model/types.js";

interface Options {
  offers: OvhOffer[];
}

export default defineRule<Options>({
  meta: {
    id: "dkim-missing-selector",
    area: "dkim",
    description: "A domain whose OVH offer signs its mail with DKIM must declare the OVH selectors.",
    references: ["OVH-DKIM", "RFC6376 §3.6.2.1"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    observes: ["dkim", "mx", "spf"],
    alsoObserves: ["dkim-probe"],
    options: {
      type: "object",
      properties: {
        offers: {
          type: "array",
          items: { enum: ["mx-plan", "email-pro", "hosted-exchange", "private-exchange", "zimbra"] },
          uniqueItems: true,
          description: "OVH offers with OVH-managed DKIM. Private Exchange is left out by default: OVH's DKIM guide names MX Plan, Exchange, Email Pro and Zimbra (UNVERIFIED for Private Exchange).",
          default: ["mx-plan", "email-pro", "hosted-exchange", "zimbra"],
        },
      },
      additionalProperties: false,
    },
    messages: {
      noSelector: { text: "{{domain}} sends mail through OVH ({{offer}}) but declares no OVH DKIM selector: its mail goes out unsigned" },
    },
    fix: "Enable DKIM for the domain at OVH, read the two selectors from the API and declare each as name + cname under dkim.selectors.",
  },
  check(ctx) {
    const { domain } = ctx;
    // A live domain read over DNS (audit) has no declarations, only the selectors found by name: that is
    // dkim-selector-not-found's business. A zone file holds every selector, as a domain file does.
    if ((domain.dkimProbe && !domain.dkimProbe.complete) || !isOvhHosted(domain) || !domain.mail.sends) return;
    const offer = domain.mail.offer!;
    if (!ctx.options.offers.includes(offer)) return;
    // `dkim: ovh` names OVH's own selectors, read from its API when the plan or the apply runs.
    if (domain.dkim?.fromHost === "ovh" || (domain.dkim?.selectors ?? []).some((s) => s.ovh)) return;
    ctx.report({
      messageId: "noSelector",
      data: { domain: domain.domain, offer },
      at: { path: domain.dkim ? domain.dkim.path : [...domain.mail.path, "offer"] },
    });
  },
});
