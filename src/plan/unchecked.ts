// Checks that were not made because a lookup they needed failed. A live rule that could not read what it
// judges says so in a finding one level below its own ("could not check …"), since the record may well be
// fine; but the domain's verdict was never reached, and a run that could not check must not pass: `plan` and
// `audit` name each such lookup and exit 1, whatever the finding's level (a drift check in CI goes red when
// it could not check). Which messages mean that is decided here, message by message, with the RFCs: a
// lookup whose failure receivers ignore (an SPF exp= target, RFC 7208 §6.2) leaves no verdict undecided.
import { isNotInLoadedZones } from "../dns/index.js";
import type { Finding } from "../engine/types.js";
import { oneLine } from "../model/show.js";

/** A lookup a check needed that failed: the check was not made. */
export interface UncheckedLookup {
  domain: string;
  /** The name asked. */
  name: string;
  /** What was asked of it: a DNS type, or A/AAAA for a host's addresses. */
  type: string;
  reason: string;
  /** The rules whose checks needed it, sorted. */
  rules: string[];
  /**
   * How many more lookups like it failed under the same check and are not listed (the finding that named
   * this one stood for them, past the engine's cap per value); absent when none.
   */
  more?: number;
}

type Data = Finding["data"];

/** How a message names the lookup that failed: the data key of the name asked, and what was asked. */
interface FailedLookupMessage {
  name: (data: Data, domain: string) => string;
  type: (data: Data, domain: string) => string;
}

const key = (k: string) => (data: Data) => String(data[k] ?? "");
const fixed = (type: string) => () => type;
/** A DMARC stance read through `_dmarc.<domain>`'s alias: the CNAME when the alias itself failed, else the target's TXT. */
const dmarcTarget: FailedLookupMessage = { name: key("target"), type: (data, domain) => (data.target === `_dmarc.${domain}` ? "CNAME" : "TXT") };

/**
 * The messages that say a check was not made because a lookup failed, per rule, with the lookup they name.
 * Each is a verdict left undecided:
 * - the SPF tree (includes, redirects, `mx`/`a`/`exists` terms, the MX hosts of `mx` terms): a DNS error
 *   during check_host() is a temperror (RFC 7208 §4.4, §5.2), and the lookup count and void count past it
 *   are unknown (§4.6.4), in the file's tree and, for a plan's count before and after, in the live one; the apex's own SPF records (§3.2, §4.5); records of type 99, which receivers
 *   still on RFC 4408 may read before TXT (§4.4 there; RFC 7208 §14.1 retires the type);
 * - the MX hosts' addresses and whether they are aliases (RFC 5321 §5.1, RFC 2181 §10.3), the SRV targets
 *   asked (RFC 2782), a DKIM selector's alias target, whose key verifiers fetch (RFC 6376 §3.6.2.2);
 * - DMARC: the records at `_dmarc` (RFC 7489 §6.6.3), the policy discovery up the tree (RFC 9989 §4.10),
 *   an alias's target, and the external report authorisation (RFC 7489 §7.1).
 */
export const VERDICT_LOOKUPS: Readonly<Record<string, Readonly<Record<string, FailedLookupMessage>>>> = {
  "spf-include-no-record": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "spf-lookup-limit": { countIncomplete: { name: key("name"), type: key("query") } },
  "spf-lookup-budget-change": { countIncomplete: { name: key("name"), type: key("query") } },
  "spf-void-lookups": { lookupFailed: { name: key("name"), type: key("query") } },
  "spf-mx-address-limit": { lookupFailed: { name: key("name"), type: fixed("MX") } },
  "spf-multiple": { lookupFailed: { name: key("name"), type: fixed("TXT") } },
  "spf-type-99": { lookupFailed: { name: key("name"), type: fixed("SPF") } },
  "mx-target-unresolvable": { lookupFailed: { name: key("host"), type: fixed("A/AAAA") } },
  "mx-target-cname": { lookupFailed: { name: key("host"), type: fixed("CNAME") } },
  "srv-target-cname": { lookupFailed: { name: key("target"), type: fixed("CNAME") } },
  "dkim-cname-target-invalid": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dkim-key-too-short": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dkim-testing-flag": { lookupFailed: { name: key("target"), type: fixed("TXT") } },
  "dmarc-missing": {
    lookupFailed: { name: (data) => `_dmarc.${data.parent}`, type: fixed("TXT") },
    delegatedLookupFailed: { name: key("target"), type: fixed("TXT") },
    aliasLookupFailed: { name: (_data, domain) => `_dmarc.${domain}`, type: fixed("CNAME") },
  },
  "dmarc-parked-domain": {
    delegatedLookupFailed: { name: key("target"), type: fixed("TXT") },
    aliasLookupFailed: { name: (_data, domain) => `_dmarc.${domain}`, type: fixed("CNAME") },
  },
  "dmarc-multiple": { lookupFailed: { name: key("name"), type: fixed("TXT") } },
  "dmarc-external-rua-unauthorized": { lookupFailed: { name: key("record"), type: fixed("TXT") } },
  "dmarc-ramp-evidence": { unreadBefore: dmarcTarget },
  "dmarc-ramp-transition": { unreadBefore: dmarcTarget, unreadAfter: dmarcTarget },
};

/**
 * Messages that say a lookup failed where no verdict rests on it, and why: the finding is reported at its
 * level, and the run is not failed for it.
 */
export const ADVISORY_LOOKUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "spf-include-no-record": {
    expLookupFailed: "RFC 7208 §6.2: on a DNS error fetching the exp= explanation, receivers proceed as if there were no exp=; the SPF result does not change",
  },
};

/** Whether a rule's message names a lookup that failed under a check (VERDICT_LOOKUPS): the engine's keepFolded. */
export function namesFailedLookup(ruleId: string, messageId: string): boolean {
  return VERDICT_LOOKUPS[ruleId]?.[messageId] !== undefined;
}

/** Whether the finding says a check was not made because a lookup failed (VERDICT_LOOKUPS). */
export function saysCheckNotMade(finding: Finding): boolean {
  return namesFailedLookup(finding.ruleId, finding.messageId) && finding.data.reason !== "no live DNS";
}

/**
 * The failed lookup a finding says its check needed, as one key (domain, name, type), or null when it names
 * none: the engine's failedLookup, so that several rules' reports of one lookup are said once.
 */
export function failedLookupKey(finding: Finding): string | null {
  const lookup = failedLookupOf(finding, finding.data);
  return lookup && lookupKey(finding.domain, lookup.name, lookup.type);
}

/** One key per domain, name and type: the lookup several reports may name. */
const lookupKey = (domain: string, name: string, type: string): string => `${domain}\u0000${name}\u0000${type}`;

/**
 * The lookup a report (a finding, or one of the reports it folds, given as its data) says failed, or null
 * when it names none: a transition rule run without live DNS (`lint`) reads nothing, so no lookup failed.
 */
function failedLookupOf(finding: Finding, data: Data): { name: string; type: string } | null {
  const message = VERDICT_LOOKUPS[finding.ruleId]?.[finding.messageId];
  if (!message || data.reason === "no live DNS") return null;
  return { name: message.name(data, finding.domain).toLowerCase(), type: message.type(data, finding.domain) };
}

/**
 * The lookups the findings say failed under a check, one per domain, name and type (several rules may need
 * one lookup), sorted by domain, name and type. `known`: lookups already reported as failed (plan's observation),
 * left out here; `keep`: which names to list (by default all).
 *
 * A finding that stands for more reports of its message in one value (the engine keeps PER_VALUE of them,
 * src/engine/lint.ts) names the lookups of the rest in `folded`: they are not listed (a hostile MX set would
 * make the report as long as the zone), but counted, once each, in the entry of the finding that stood for
 * them (`more`), so that the entries and their `more` add up to every lookup that failed, never fewer.
 */
export function uncheckedLookups(
  findings: readonly Finding[],
  known: readonly { domain: string; name: string; type: string }[] = [],
  keep: (name: string) => boolean = () => true,
): UncheckedLookup[] {
  return collectUnchecked(findings, known, (name) => (keep(name) ? 0 : null))[0];
}

/**
 * The failed lookups of names inside the loaded zone files (`unchecked`: they fail the run) and those of
 * names outside them (`outsideZones`: never asked), in one pass over the findings: each side exactly as
 * uncheckedLookups lists it with `keep` the one or the other. Without `outside` (DNS asked), all are unchecked.
 */
export function splitUncheckedLookups(
  findings: readonly Finding[],
  known: readonly { domain: string; name: string; type: string }[],
  outside: ((name: string) => boolean) | null,
): { unchecked: UncheckedLookup[]; outsideZones: UncheckedLookup[] } {
  const [unchecked, outsideZones] = collectUnchecked(findings, known, outside ? (name) => (outside(name) ? 1 : 0) : () => 0);
  return { unchecked, outsideZones };
}

/**
 * The lists of uncheckedLookups, one per side `sideOf` puts a name on (null: left out), each counted on its
 * own: a folded lookup is counted in the entry of the finding that stood for it on its own side.
 */
function collectUnchecked(findings: readonly Finding[], known: readonly { domain: string; name: string; type: string }[], sideOf: (name: string) => 0 | 1 | null): [UncheckedLookup[], UncheckedLookup[]] {
  const seen = [new Map<string, UncheckedLookup>(), new Map<string, UncheckedLookup>()] as const;
  const reported = new Set(known.map((k) => lookupKey(k.domain, k.name, k.type)));
  // The lookup a report names (failedLookupOf), or null when it names none or one left out.
  const lookupOf = (finding: Finding, data: Data) => {
    const failed = failedLookupOf(finding, data);
    if (!failed) return null;
    const { name, type } = failed;
    const id = lookupKey(finding.domain, name, type);
    if (reported.has(id)) return null;
    const side = sideOf(name);
    return side === null ? null : { id, name, type, side, reason: String(data.reason ?? "failed") };
  };
  const own = [new Map<Finding, UncheckedLookup>(), new Map<Finding, UncheckedLookup>()] as const;
  for (const finding of findings) {
    const lookup = lookupOf(finding, finding.data);
    if (!lookup) continue;
    // The rules whose reports of this lookup the engine merged into this one (Finding.alsoNeededBy) needed it too.
    const needing = finding.alsoNeededBy ? [finding.ruleId, ...finding.alsoNeededBy] : [finding.ruleId];
    const entry = seen[lookup.side].get(lookup.id);
    if (entry) {
      if (needing.some((rule) => !entry.rules.includes(rule))) entry.rules = [...new Set([...entry.rules, ...needing])].sort();
      own[lookup.side].set(finding, entry);
      continue;
    }
    const created = { domain: finding.domain, name: lookup.name, type: lookup.type, reason: lookup.reason, rules: [...new Set(needing)].sort() };
    seen[lookup.side].set(lookup.id, created);
    own[lookup.side].set(finding, created);
  }
  // The folded reports, once every finding kept has its entry: a lookup already listed is that entry's
  // (another rule needed it too), one not listed is counted once, in the entry of the first finding folding it.
  const counted = [new Set<string>(), new Set<string>()] as const;
  for (const finding of findings) {
    if (!finding.folded) continue;
    for (const data of finding.folded) {
      const lookup = lookupOf(finding, data);
      if (!lookup) continue;
      const side = lookup.side;
      const listed = seen[side].get(lookup.id);
      if (listed) {
        if (!listed.rules.includes(finding.ruleId)) listed.rules = [...listed.rules, finding.ruleId].sort();
        continue;
      }
      if (counted[side].has(lookup.id)) continue;
      counted[side].add(lookup.id);
      const entry = own[side].get(finding);
      if (!entry) {
        // The finding's own lookup is left out (already failed, or on the other side): the first of the rest is listed.
        const first = { domain: finding.domain, name: lookup.name, type: lookup.type, reason: lookup.reason, rules: [finding.ruleId] };
        seen[side].set(lookup.id, first);
        own[side].set(finding, first);
        continue;
      }
      entry.more = (entry.more ?? 0) + 1;
    }
  }
  const order = (a: UncheckedLookup, b: UncheckedLookup) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
  return [[...seen[0].values()].sort(order), [...seen[1].values()].sort(order)];
}

/** How many lookups failed in all: each entry and the lookups like it it stands for. */
export function uncheckedTotal(list: readonly UncheckedLookup[]): number {
  let total = 0;
  for (const u of list) total += 1 + (u.more ?? 0);
  return total;
}

/** An unchecked lookup as the JSON reports of `plan` and `audit` give it (`more` only when it stands for more). */
export function uncheckedJson(u: UncheckedLookup) {
  return { domain: u.domain, name: u.name, type: u.type, reason: u.reason, rules: u.rules, ...(u.more ? { more: u.more } : {}) };
}

/** A lookup of a name outside the loaded zone files as the JSON reports give it (no reason: nothing was asked). */
export function outsideZoneJson(u: UncheckedLookup) {
  return { domain: u.domain, name: u.name, type: u.type, rules: u.rules, ...(u.more ? { more: u.more } : {}) };
}

/** One unchecked lookup for people reading: what failed and which checks needed it, and how many more like it. */
export function describeUnchecked(u: UncheckedLookup): string {
  return `${oneLine(u.name)} ${u.type} lookup failed (${u.reason}), needed by ${u.rules.join(", ")}${u.more ? ` (and ${u.more} more like it)` : ""}`;
}

/** The first three of a list, and how many more: `a, b, c, and 4 more`. */
function firstFew(items: readonly string[], total = items.length): string {
  const named = items.slice(0, 3).join(", ");
  const shown = Math.min(items.length, 3);
  return total > shown ? `${named}, and ${total - shown} more` : named;
}

/** Lookups outside the loaded zone files, for the report's "Not checked" part (null: none). */
export function describeOutsideZones(list: readonly UncheckedLookup[]): string | null {
  if (list.length === 0) return null;
  // A name comes from a record (an SPF include's target): shown as messages show values (oneLine).
  const total = uncheckedTotal(list);
  const named = firstFew(list.map((u) => `${oneLine(u.name)} ${u.type}`), total);
  const rules = new Set(list.flatMap((u) => u.rules)).size;
  return `Not checked: ${total} lookup${total === 1 ? "" : "s"} of names outside the loaded zone files (${named}; ${rules} rule${rules === 1 ? "" : "s"} needed them); load their zones with --zone too, or add --resolver to ask DNS for them.`;
}

/**
 * What to do about the failed lookups of names no loaded zone holds (with --zone alone), said once for a
 * report however many lookups and domains failed so: the failures themselves are listed where they are
 * (null: none). An alias leaving the zones says what to do in its own detail.
 */
export function describeNotInLoadedZones(failures: readonly { domain: string; reason: string; detail?: string }[]): string | null {
  const outside = failures.filter(isNotInLoadedZones);
  if (outside.length === 0) return null;
  const domains = [...new Set(outside.map((f) => f.domain))];
  const one = outside.length === 1;
  return `${outside.length} lookup${one ? "" : "s"} for ${firstFew(domains.map(oneLine))} failed because no loaded zone holds the name${one ? " it asks" : "s they ask"}: load the zone file${one ? " that holds it" : "s that hold them"} too (--zone), or give --resolver to ask DNS for ${one ? "it" : "them"}.`;
}
