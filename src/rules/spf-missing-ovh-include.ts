// OVH-SPF: domains on OVH's shared offers send through OVH's servers, which OVH lists under
// `include:mx.ovh.com` (the only SPF domain it documents; `mx.ovh.net` is its MX/legacy namespace, not an
// SPF domain). Without it, mail sent from OVH fails SPF once the record ends in -all or ~all.
import { defineRule } from "../engine/types.js";
import { isOvhShared, ovhSpfIncludes } from "../mail/ovh.js";
import { firstAll, mechanisms, modifiers, normalizeDomainSpec } from "../mail/spf.js";
import { spfRecord, wholeRecord } from "../mail/spf-lint.js";

const UNDOCUMENTED_OVH_INCLUDE = "mx.ovh.net";

export default defineRule({
  meta: {
    id: "spf-missing-ovh-include",
    area: "spf",
    description: "Domains on OVH's shared mail offers authorise OVH's servers with include:mx.ovh.com.",
    references: ["OVH-SPF"],
    defaultLevel: "error",
    ovhOnly: true,
    kind: "static",
    observes: ["spf", "mx"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missing: {
        text: "{{domain}} uses OVH's {{offer}} offer but its SPF record has no include:mx.ovh.com, so mail sent through OVH fails SPF (OVH-SPF); add it before the all (if another of your includes already pulls it in, only the live check can tell: suppress with a reason)",
      },
      notPass: {
        text: "`{{term}}` lists OVH's servers with the {{qualifier}} qualifier, so their mail does not pass SPF; write include:mx.ovh.com",
      },
      undocumentedInclude: {
        text: "`{{term}}`: mx.ovh.net is not an SPF domain OVH documents; OVH's guide uses include:mx.ovh.com",
      },
      extraUndocumentedInclude: {
        text: "`{{term}}`: mx.ovh.net is not an SPF domain OVH documents and include:mx.ovh.com is already present; remove it (it costs a DNS lookup)",
        tier: "info",
      },
    },
    fix: "v=spf1 include:mx.ovh.com <other senders> ~all",
  },
  check(ctx) {
    const { domain } = ctx;
    // A domain that sends no mail (`sends: false`) sends none through OVH either: spf-no-mail-domain asks it
    // for exactly `v=spf1 -all`, and no record could satisfy both rules.
    if (!isOvhShared(domain) || !domain.mail.sends) return;
    const found = spfRecord(domain);
    if (!found) return;
    const { record, text } = found;
    const includes = mechanisms(record).filter((m) => m.name === "include" && m.domainSpec !== null);
    // mx.ovh.com, and in the CA region mx.ovh.ca, which OVH's Canadian guides give.
    const accepted = ovhSpfIncludes(domain.mail.region);
    const ovh = includes.filter((m) => accepted.includes(normalizeDomainSpec(m.domainSpec!)));
    const undocumented = includes.filter((m) => normalizeDomainSpec(m.domainSpec!) === UNDOCUMENTED_OVH_INCLUDE);
    const report = (messageId: string, term: { text: string; start: number; end: number }, data: Record<string, string> = {}) =>
      ctx.report({ messageId, data: { term: term.text, ...data }, at: ctx.textAnchor(text, term.start, term.end) });

    if (ovh.some((m) => m.qualifier === "+")) {
      for (const term of undocumented) report("extraUndocumentedInclude", term);
      return;
    }
    if (ovh.length > 0) {
      report("notPass", ovh[0]!, { qualifier: ovh[0]!.qualifier });
      return;
    }
    if (undocumented.length > 0) {
      for (const term of undocumented) report("undocumentedInclude", term);
      return;
    }
    // A redirect= that is not cancelled by all hands the whole policy to another record, which may well
    // include mx.ovh.com; only a live lookup can tell, so the static rule stays quiet (documented).
    const redirects = modifiers(record).some((m) => m.name === "redirect");
    if (redirects && !firstAll(record)) return;
    const [start, end] = wholeRecord(record);
    ctx.report({
      messageId: "missing",
      data: { domain: domain.domain, offer: domain.mail.offer ?? "" },
      at: ctx.textAnchor(text, start, end),
    });
  },
});
