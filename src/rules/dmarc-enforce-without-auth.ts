// A domain may delegate its record with a `_dmarc` CNAME (src/mail/dmarc-alias.ts): receivers follow the
// alias and apply what its target publishes (RFC 7489 §6.6.3), so with live DNS that record is the one
// judged here. Without DNS it is unknown and this rule says nothing (dmarc-missing names the alias); a
// target with no record, several, or a failed lookup is dmarc-missing's to report, never read as a policy.
import { defineRule, type Anchor } from "../engine/types.js";
import type { DmarcTag } from "../mail/dmarc.js";
import { effectivePolicy, findTag, parseDmarc, parseDmarcText, policyOf, valueRange } from "../mail/dmarc.js";
import { readDelegatedRecord } from "../mail/dmarc-alias.js";
import { isOvhHosted, isOvhShared, OVH_SPF_INCLUDE, ovhSpfIncludes } from "../mail/ovh.js";
import { mechanisms, normalizeDomainSpec } from "../mail/spf.js";
import { spfRecord } from "../mail/spf-lint.js";

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-enforce-without-auth",
    area: "dmarc",
    description: "DMARC enforces (quarantine or reject) only once SPF and DKIM are in place for the domain's mail.",
    references: ["RFC9989 §5.1.1", "RFC9989 §5.1.2", "RFC9989 §5.1.6", "OVH-DMARC", "OVH-SPF", "OVH-DKIM"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc", "spf", "dkim", "mx"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      noOvhSpf: {
        text: "{{tag}}={{policy}}{{where}} while the SPF record does not authorize OVH's servers (include:{{include}}): mail sent through OVH would fail DMARC.",
      },
      noSpf: { text: "{{tag}}={{policy}}{{where}} while the domain publishes no SPF record: only DKIM-signed mail could pass DMARC." },
      noOvhDkim: {
        text: "{{tag}}={{policy}}{{where}} while no OVH DKIM selector is active: mail sent through OVH is unsigned and relies on SPF alone (forwarding breaks it).",
      },
      noDkim: {
        text: "{{tag}}={{policy}}{{where}} while no DKIM selector is active: mail relies on SPF alone, which forwarding breaks.",
      },
    },
    fix: "Publish SPF (v=spf1 include:mx.ovh.com ~all for OVH) and activate DKIM first; until then p=none as a declared monitoring stage.",
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    // A domain that sends nothing should enforce: there is no mail to authenticate (dmarc-parked-domain).
    if (!domain.mail.sends) return;
    const dmarc = domain.dmarc;
    let record;
    let where = "";
    let anchorOf: (tag: DmarcTag) => Anchor;
    if (dmarc) {
      record = parseDmarcText(dmarc.text);
      anchorOf = (tag) => ctx.textAnchor(dmarc.text, ...valueRange(tag));
    } else {
      const delegated = dns ? await readDelegatedRecord(dns, domain) : null;
      if (!delegated || !("alias" in delegated) || delegated.read.status !== "found") return;
      const { alias } = delegated;
      record = parseDmarc(delegated.read.record);
      where = ` (delegated to ${alias.target})`;
      anchorOf = () => ({ path: alias.path, name: `_dmarc.${domain.domain}` });
    }
    const enforcing = enforcingTag(effectivePolicy(record).tag, findTag(record, "sp"));
    if (!enforcing) return;
    const at = anchorOf(enforcing);
    const data = { tag: enforcing.name, policy: enforcing.value, where, include: OVH_SPF_INCLUDE };

    // What the aggregate reports show overrides what the file declares: mail that receivers saw pass aligned
    // SPF (or DKIM) for nearly all messages is authenticated, whatever the declarations suggest.
    const reported = ctx.evidence?.domain;
    const shown = (aligned: number) => reported !== undefined && reported !== null && reported.messages > 0 && aligned / reported.messages >= REPORTED_SHARE;
    const spfShown = reported ? shown(reported.spfAligned) : false;
    const dkimShown = reported ? shown(reported.dkimAligned) : false;

    const spf = spfRecord(domain)?.record ?? null;
    if (spfShown) {
      // Receivers report aligned SPF passes: the record authorises the senders in fact.
    } else if (isOvhShared(domain)) {
      // OVH-SPF: the shared offers send from the hosts behind include:mx.ovh.com. A redirect= or a nested
      // include reaching it is not followed here (that needs DNS).
      const authorizesOvh = (spf?.version.valid ?? false) && mechanisms(spf!).some(
        (m) => m.name === "include" && m.qualifier === "+" && m.domainSpec !== null && ovhSpfIncludes(domain.mail.region).includes(normalizeDomainSpec(m.domainSpec)),
      );
      if (!authorizesOvh) ctx.report({ messageId: "noOvhSpf", data, at });
    } else if (!spf?.version.valid) {
      ctx.report({ messageId: "noSpf", data, at });
    }

    // A live domain's selectors are guessed (audit over DNS): not finding one says nothing about its
    // signing. Zone files hold every selector, as a domain file does.
    if (domain.dkimProbe && !domain.dkimProbe.complete) return;
    const active = (domain.dkim?.selectors ?? []).filter((selector) => selector.active);
    if (dkimShown) {
      // Receivers report aligned DKIM passes: the mail is signed, by whichever selector.
    } else if (isOvhHosted(domain)) {
      // `dkim: ovh`: OVH's own selectors, read from its API when the plan or the apply runs.
      if (domain.dkim?.fromHost !== "ovh" && !active.some((selector) => selector.ovh)) ctx.report({ messageId: "noOvhDkim", data, at });
    } else if (active.length === 0) {
      ctx.report({ messageId: "noDkim", data, at });
    }
  },
});

/** The share of reported messages passing aligned SPF (or DKIM) from which the reports settle the question. */
const REPORTED_SHARE = 0.98;

/** The tag that makes the record enforce: p= when it does, else sp= (RFC 7489 §6.3). */
function enforcingTag(p: DmarcTag | null, sp: DmarcTag | undefined): DmarcTag | null {
  const enforces = (tag: DmarcTag | null | undefined) => {
    const policy = tag ? policyOf(tag.value) : null;
    return policy === "quarantine" || policy === "reject";
  };
  if (enforces(p)) return p;
  if (enforces(sp)) return sp!;
  return null;
}
