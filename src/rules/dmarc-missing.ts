// A domain that sends mail needs a DMARC policy, which need not be its own record: a subdomain is covered
// by a parent's (RFC 7489 §6.6.3, the Organizational Domain's; RFC 9989 §4.10, the first one the DNS tree
// walk meets), through that record's sp= (or p=). With live DNS the rule finds the covering record and
// says which; without it, a subdomain gets information only, since its parent may well cover it. A domain
// may also delegate its record with a CNAME at `_dmarc` (src/mail/dmarc-alias.ts): receivers apply what the
// alias target publishes, which only live DNS can tell.
import { defineRule, settledLookup, type RuleContext } from "../engine/types.js";
import { shorten } from "../mail/dkim.js";
import { parseDmarc, policyInWords } from "../mail/dmarc.js";
import { looksLikeDmarc } from "../mail/txt-version.js";
import { dmarcAlias, readAliasedRecord, readLiveDmarcAlias, type DmarcAlias } from "../mail/dmarc-alias.js";
import { discoverPolicy, type DiscoveryOutcome } from "../mail/dmarc-discovery.js";
import { organizationalDomain } from "../mail/org-domain.js";

/** The policy a subdomain gets from the record: "sp=reject", "p=quarantine", or p=none and why. */
function policyText(outcome: Extract<DiscoveryOutcome, { status: "found" }>): string {
  return outcome.policy.tag ? `${outcome.policy.tag.key}=${outcome.policy.policy}` : policyInWords(parseDmarc(outcome.record));
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "dmarc-missing",
    area: "dmarc",
    description: "A domain that sends mail has a DMARC policy: its own record at _dmarc, or a parent's that covers it (RFC 7489 §6.6.3, RFC 9989 §4.10).",
    references: ["RFC7489 §6.1", "RFC7489 §6.6.3", "RFC9989 §4.10", "RFC9989 §5.1.4", "OVH-DMARC"],
    defaultLevel: "error",
    kind: "static",
    observes: ["dmarc", "dmarc-discovery", "mx", "spf", "dkim"],
    alsoObserves: ["dkim-probe"],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      missingWithDkim: {
        text: "{{domain}} sends mail and signs it with DKIM, but no DMARC record covers it (none at _dmarc.{{domain}}{{searched}}): receivers get no policy and send no reports.",
      },
      missing: {
        text: "{{domain}} sends mail but no DMARC record covers it (none at _dmarc.{{domain}}{{searched}}): receivers get no policy and send no reports.",
        tier: "lower",
      },
      atDomain: {
        text: "{{domain}} publishes its DMARC record at the domain itself (\"{{record}}\"), where receivers never look: they read only _dmarc.{{domain}} (RFC 7489 §6.1), so no DMARC policy covers it.",
      },
      covered: {
        text: "{{domain}} has no DMARC record of its own: receivers apply _dmarc.{{parent}} to it ({{policy}}; RFC 9989 §4.10 tree walk{{organizational}}).",
        tier: "info",
      },
      parentMultiple: {
        text: "{{domain}} has no DMARC record of its own, and _dmarc.{{parent}}, which would cover it, holds {{count}} DMARC records: receivers then apply no policy (RFC 7489 §6.6.3).",
        tier: "lower",
      },
      lookupFailed: {
        text: "{{domain}} has no DMARC record of its own, and whether a parent's covers it is unknown: the lookup of _dmarc.{{parent}} failed ({{reason}}).",
        tier: "lower",
      },
      delegated: {
        text: "{{domain}} delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}): receivers apply the record published there, not checked without live DNS (plan and audit check it).",
        tier: "info",
      },
      delegatedCovered: {
        text: "{{domain}} delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}), which publishes {{policy}}: receivers apply that.",
        tier: "info",
      },
      delegatedNoneWithDkim: {
        text: "{{domain}} sends mail and signs it with DKIM, but its DMARC alias _dmarc.{{domain}} leads to {{target}}, which publishes no DMARC record: receivers get no policy and send no reports.",
      },
      delegatedNone: {
        text: "{{domain}} sends mail but its DMARC alias _dmarc.{{domain}} leads to {{target}}, which publishes no DMARC record: receivers get no policy and send no reports.",
        tier: "lower",
      },
      delegatedMultiple: {
        text: "{{domain}} delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}), which publishes {{count}} DMARC records: receivers then apply no policy (RFC 7489 §6.6.3).",
        tier: "lower",
      },
      delegatedLookupFailed: {
        text: "{{domain}} delegates its DMARC policy to {{target}} (a CNAME at _dmarc.{{domain}}), whose record could not be checked: the lookup failed ({{reason}}).",
        tier: "lower",
      },
      aliasLookupFailed: {
        text: "{{domain}} shows no DMARC record, and whether _dmarc.{{domain}} is an alias to one is unknown: the CNAME lookup failed ({{reason}}).",
        tier: "lower",
      },
      unchecked: {
        text: "{{domain}} has no DMARC record of its own: receivers apply its parents' (_dmarc.{{org}} and those between, through sp=), not checked without live DNS (plan and audit check it).",
        tier: "info",
      },
    },
    fix: 'dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" (p=none only as a declared monitoring stage)',
  },
  async check(ctx) {
    const { domain, dns } = ctx;
    if (domain.dmarc || !domain.mail.sends) return;
    const name = domain.domain;
    const at = { path: ["domain"], name: `_dmarc.${name}` };
    const org = organizationalDomain(name);
    // A warning; an error once a domain on an OVH offer signs with DKIM: OVH's guide has the DMARC record
    // follow DKIM's (OVH-DMARC), and DMARC is then one record away. No RFC requires a DMARC record (RFC 7489
    // §6.1 only says where one is published), so elsewhere a signing domain without one stays a warning.
    const signs = domain.mail.provider === "ovh" && (domain.dkim?.selectors ?? []).some((selector) => selector.active && selector.name !== "*");
    const missing = (searched: string) => ctx.report({ messageId: signs ? "missingWithDkim" : "missing", data: { domain: name, searched }, at });
    // In `audit` the model is the live state, where a `_dmarc` CNAME is no `cname:` entry: it is asked (one
    // question, only for a live domain without a DMARC record). A failed lookup is never read as "no alias".
    const live = dns && domain.file === null ? await readLiveDmarcAlias(dns, name) : null;
    if (live && "failed" in live) {
      ctx.report({ messageId: "aliasLookupFailed", data: { domain: name, reason: live.failed }, at });
      return;
    }
    const alias = dmarcAlias(domain) ?? live;
    if (alias) return checkDelegated(ctx, alias, signs);
    if (!dns) {
      if (org !== name) ctx.report({ messageId: "unchecked", data: { domain: name, org }, at });
      else missing("");
      return;
    }
    const { treeWalk, organizational } = await discoverPolicy(name, dns);
    switch (treeWalk.status) {
      case "found": {
        let note = "";
        if (organizational && organizational.name !== treeWalk.name) {
          const o = organizational.outcome;
          note = o.status === "found" ? `; receivers still on RFC 7489 ask only _dmarc.${organizational.name}: ${policyText(o)}` : `; receivers still on RFC 7489 ask only _dmarc.${organizational.name}, which has none`;
        }
        ctx.report({ messageId: "covered", data: { domain: name, parent: treeWalk.name, policy: policyText(treeWalk), organizational: note }, at });
        return;
      }
      case "multiple":
        ctx.report({ messageId: "parentMultiple", data: { domain: name, parent: treeWalk.name, count: treeWalk.count }, at });
        return;
      case "failed":
        ctx.report({ messageId: "lookupFailed", data: { domain: name, parent: treeWalk.name, reason: treeWalk.reason }, at });
        return;
      default: {
        // A record written at the domain itself instead of _dmarc: the owner meant a policy that never applies.
        const apex = await settledLookup(dns.txt(name));
        const misplaced = apex.status === "ok" ? apex.records.find(looksLikeDmarc) : undefined;
        if (misplaced) ctx.report({ messageId: "atDomain", data: { domain: name, record: shorten(misplaced) }, at });
        else missing(name.includes(".") ? " nor at any parent up to the top-level domain" : "");
      }
    }
  },
});

/** A DMARC record delegated by a `_dmarc` CNAME: judged on what the target publishes, as receivers do. */
async function checkDelegated(ctx: RuleContext<Record<string, never>>, alias: DmarcAlias, signs: boolean): Promise<void> {
  const name = ctx.domain.domain;
  const at = { path: alias.path, name: `_dmarc.${name}` };
  const data = { domain: name, target: alias.target };
  if (!ctx.dns) {
    ctx.report({ messageId: "delegated", data, at });
    return;
  }
  const read = await readAliasedRecord(ctx.dns, alias.target);
  switch (read.status) {
    case "found":
      ctx.report({ messageId: "delegatedCovered", data: { ...data, policy: policyInWords(parseDmarc(read.record)) }, at });
      return;
    case "multiple":
      ctx.report({ messageId: "delegatedMultiple", data: { ...data, count: read.count }, at });
      return;
    case "failed":
      ctx.report({ messageId: "delegatedLookupFailed", data: { ...data, reason: read.reason }, at });
      return;
    default:
      ctx.report({ messageId: signs ? "delegatedNoneWithDkim" : "delegatedNone", data, at });
  }
}
