// What rules read of a domain's live state, as a small closed set of record families. `audit` builds its
// model from what it observes, and live rules ask DNS themselves: each rule says which families it reads
// (RuleMeta.observes, alsoObserves), so for each domain the observer asks only what the enabled rules
// need, and a rule whose families were not asked is not run rather than misjudging a record nobody looked
// at. test/rules/observes.test.ts proves the declarations from fixtures.
import type { RuleSetting } from "./policy.js";

/**
 * The families. The domain's own records: `mx` (apex MX, and who hosts the mail as the MX tells), `spf`
 * (apex SPF TXT; a domain without MX whose SPF authorises nobody is parked, so a rule that reads whether a
 * domain sends mail observes `spf` with `mx`), `dmarc` (`_dmarc` TXT), `dkim` (the key records of the selectors known for the domain:
 * named, declared, in a zone file, in DMARC reports, from the provider's API), `dkim-probe` (common selector
 * names tried on the chance, and a label no selector can have to tell a wildcard apart), `srv` (client
 * settings SRV, RFC 6186), `cname` (autoconfig/autodiscover CNAMEs), `mta-sts` (`_mta-sts` TXT), `tls-rpt`
 * (`_smtp._tls` TXT), `spf-type-99` (apex records of type 99, RFC 7208 §3.1). What live rules ask beyond
 * the domain: `mx-hosts` (each exchange's CNAME and addresses), `spf-tree` (the records SPF terms reach:
 * include, redirect, a, mx, exists), `dmarc-discovery` (the parent and Organizational Domain's `_dmarc`,
 * RFC 9989 §4.10), `dmarc-reports` (external report authorisations, RFC 7489 §7.1), `srv-hosts` (the SRV
 * targets' CNAMEs).
 */
export const OBSERVABLES = [
  "mx",
  "mx-hosts",
  "spf",
  "spf-tree",
  "spf-type-99",
  "dmarc",
  "dmarc-discovery",
  "dmarc-reports",
  "dkim",
  "dkim-probe",
  "srv",
  "srv-hosts",
  "cname",
  "mta-sts",
  "tls-rpt",
] as const;

export type Observable = (typeof OBSERVABLES)[number];

/**
 * The core mail checks `audit` always makes: MX and its hosts, the SPF tree, DMARC with policy discovery and
 * report authorisations, DKIM for the selectors known. About four questions per domain plus the shared
 * trees (the include trees and exchanges most domains share are asked once per run).
 */
export const CORE_OBSERVABLES: readonly Observable[] = ["mx", "mx-hosts", "spf", "spf-tree", "dmarc", "dmarc-discovery", "dmarc-reports", "dkim"];

/** Asked only when a flag asks (`--observe`, `--probe-selectors`) or the pack names a rule that needs them. */
export const OPT_IN_OBSERVABLES: readonly Observable[] = OBSERVABLES.filter((o) => !CORE_OBSERVABLES.includes(o));

/** How the report names a family it did not look at. */
export const OBSERVABLE_NAMES: Readonly<Record<Observable, string>> = {
  mx: "MX",
  "mx-hosts": "MX hosts",
  spf: "SPF",
  "spf-tree": "SPF includes",
  "spf-type-99": "SPF type 99 records",
  dmarc: "DMARC",
  "dmarc-discovery": "DMARC policy discovery",
  "dmarc-reports": "DMARC report authorisations",
  dkim: "DKIM",
  "dkim-probe": "DKIM selector probing",
  srv: "client SRV records",
  "srv-hosts": "SRV targets",
  cname: "autoconfig/autodiscover CNAMEs",
  "mta-sts": "MTA-STS",
  "tls-rpt": "TLS-RPT",
};

export function isObservable(name: string): name is Observable {
  return (OBSERVABLES as readonly string[]).includes(name);
}

interface ObservingRule {
  meta: { id: string; observes?: readonly Observable[]; alsoObserves?: readonly Observable[] };
}

/** Whether a rule can run on what was observed: every family it needs was asked (null: no limit, as in `lint`). */
export function canRunOn(rule: ObservingRule, observed: ReadonlySet<Observable> | null): boolean {
  if (observed === null) return true;
  for (const family of rule.meta.observes ?? []) if (!observed.has(family)) return false;
  return true;
}

/** Every family a rule reads: those it needs and those it reads when they were observed. */
export function familiesRead(rule: ObservingRule): Observable[] {
  return [...new Set([...(rule.meta.observes ?? []), ...(rule.meta.alsoObserves ?? [])])];
}

/**
 * The families to observe under one domain's settings: the core ones, those asked by flag, and those the
 * rules the pack names need (a pack that turns srv-imaps on by name wants SRV records looked at).
 */
export function familiesToObserve(rules: readonly ObservingRule[], settings: Map<string, RuleSetting>, asked: readonly Observable[]): Set<Observable> {
  const families = new Set<Observable>([...CORE_OBSERVABLES, ...asked]);
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    if (setting?.explicit && setting.level !== "off") for (const family of rule.meta.observes ?? []) families.add(family);
  }
  return families;
}

/**
 * A domain file holds its own records of these families: `plan` lints them from the file, and observes
 * the ones the file declares to diff them. Its live rules' extra families stay opt-in as for `audit`.
 */
export const FILE_OBSERVABLES: readonly Observable[] = ["mx", "spf", "dmarc", "dkim", "srv", "cname", "mta-sts", "tls-rpt"];

/** A family a run did not look at, and the enabled rules that would have read it. */
export interface NotObserved {
  family: Observable;
  rules: string[];
  /** Domains audited without it. */
  domains: number;
}

/** The families an enabled rule reads that were not observed: what the report says was not checked. */
export function unobservedFamilies(rules: readonly (ObservingRule & { check?: unknown })[], settings: Map<string, RuleSetting>, observed: ReadonlySet<Observable>): Map<Observable, string[]> {
  const missing = new Map<Observable, string[]>();
  for (const rule of rules) {
    if (!rule.check || (settings.get(rule.meta.id)?.level ?? "off") === "off") continue;
    for (const family of familiesRead(rule)) {
      if (observed.has(family)) continue;
      const list = missing.get(family) ?? [];
      list.push(rule.meta.id);
      missing.set(family, list);
    }
  }
  return missing;
}
