// `audit`: lint the live records of any domain with no YAML (like checkdmarc), with the same rules and packs
// as `lint`. The observed records become a DomainModel (file null) that the rules engine checks, live
// rules included. A domain whose records could not all be read is not linted: a timeout must not read as
// "no DMARC record".
import type { Policy, RuleSetting } from "../engine/policy.js";
export type { NotObserved } from "../engine/observes.js";
export { domainDoesNotExist } from "./observe.js";
import { liveLookup } from "../dns/live-lookup.js";
import type { RecordSource } from "../dns/types.js";
import { fileFinding, internalErrorFinding, runRules, todayUtc, type EngineOptions } from "../engine/lint.js";
import { errorText } from "../model/show.js";
import { compareFindings, resolvePolicy } from "../engine/run.js";
import { familiesToObserve, OBSERVABLE_NAMES, OBSERVABLES, unobservedFamilies, type NotObserved, type Observable } from "../engine/observes.js";
import type { Finding, Rule } from "../engine/types.js";
import type { OvhOffer } from "../model/types.js";
import { allRules } from "../rules/index.js";
import { domainDoesNotExist, observeDomain, type LookupFailure, type ObservationTargets } from "./observe.js";
import { buildObservedModel } from "./observed-model.js";
import { budgetSpentFinding, domainQuestions } from "./budget.js";
import { mapConcurrent } from "./pool.js";
import { sharedAnswers, underAny } from "./scoped-source.js";
import { failedLookupKey, namesFailedLookup, splitUncheckedLookups, type UncheckedLookup } from "./unchecked.js";

/**
 * Selectors probed on every audited domain besides those given with --selector (and, with --zone, those
 * the zone holds): OVH's selectors without an account number (seen in live OVH zones; OVH's DKIM guide
 * names the others per account, ovhmo<N>-selector1/2), and the fixed names common providers use: default,
 * selector1/selector2 (Microsoft 365), google (Google Workspace), k1/k2 (Mailchimp), s1/s2 (SendGrid),
 * mail and dkim (common self-hosted choices), and the fixed names the hosted mailbox services give every
 * customer, delegated to them by CNAME or published as TXT: fm1 to fm3 and mesmtp (Fastmail), protonmail to
 * protonmail3 (Proton), key1 to key3 (Migadu), mbo0001 (mailbox.org), smtp (Mailgun) and mandrill
 * (Mandrill). Without them an audit of domains signing through those services found no selector and said
 * so on most healthy domains; a name that answers nothing costs one query.
 */
export const PROBED_SELECTORS: readonly string[] = [
  "ovhmo-selector-1",
  "ovhmo-selector-2",
  "default",
  "selector1",
  "selector2",
  "google",
  "k1",
  "k2",
  "s1",
  "s2",
  "mail",
  "dkim",
  "fm1",
  "fm2",
  "fm3",
  "mesmtp",
  "protonmail",
  "protonmail2",
  "protonmail3",
  "key1",
  "key2",
  "key3",
  "mbo0001",
  "smtp",
  "mandrill",
];

/**
 * A label asked beside the probed selectors that no selector can have: a selector is a sub-domain, which
 * starts with a letter or digit (RFC 6376 §3.1, RFC 5321 §4.1.2). An answer for it comes from a wildcard
 * (`*._domainkey`, or one above), and guessed names that answer the same are that wildcard, not selectors.
 */
export const WILDCARD_PROBE_LABEL = "_wildcard-probe";

/**
 * True for a label that can name a DKIM selector (RFC 6376 §3.1: sub-domains, each a letter or digit
 * then letters, digits and hyphens). `*` (a wildcard) and `_adsp` (RFC 5617's ADSP record, historic) live
 * under `_domainkey` too but are not selectors.
 */
export function isSelectorName(label: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i.test(label);
}

/** Client-settings SRV owners looked at (RFC 6186 §3, RFC 8314 §5.1; the records OVH puts in new zones). */
export const MAIL_SRV_SERVICES: readonly string[] = ["_autodiscover._tcp", "_imap._tcp", "_imaps._tcp", "_pop3._tcp", "_pop3s._tcp", "_submission._tcp", "_submissions._tcp"];

/** Client auto-configuration CNAMEs OVH puts in zones by default (OVH's mail DNS guide). */
export const MAIL_CNAMES: readonly string[] = ["autoconfig", "autodiscover"];

export interface AuditTargetOptions {
  /** False for a domain whose selectors are all known (a zone file's): nothing is probed, nothing guessed. */
  probe?: boolean;
  /** Selectors the source is known to hold (a zone file's), or reports and the provider name. */
  known?: readonly string[];
  /** The record families to look at (src/engine/observes.ts); every one when absent (`import`, `doctor`). */
  families?: ReadonlySet<Observable>;
}

const EVERY_FAMILY: ReadonlySet<Observable> = new Set(OBSERVABLES);

/**
 * What audit and import look at for a domain: the families asked. `selectors` are the names the user gave;
 * `known` those the source is known to hold; the common names of PROBED_SELECTORS are tried only when
 * `dkim-probe` is asked and `probe` is not false (zone files list every selector they hold: probing common
 * names there asks what is known).
 */
export function auditTargets(domain: string, selectors: readonly string[] = [], options: AuditTargetOptions = {}): ObservationTargets {
  const families = options.families ?? EVERY_FAMILY;
  const named = [...new Set(selectors.map((s) => s.toLowerCase()).filter(isSelectorName))];
  const known = [...new Set((options.known ?? []).map((s) => s.toLowerCase()))].filter((s) => !named.includes(s));
  const probed = options.probe === false || !families.has("dkim-probe") ? [] : PROBED_SELECTORS.filter((s) => !named.includes(s) && !known.includes(s));
  return {
    domain,
    selectors: [...(families.has("dkim") ? [...named, ...known] : []), ...probed],
    srvServices: families.has("srv") ? MAIL_SRV_SERVICES : [],
    cnames: families.has("cname") ? MAIL_CNAMES : [],
    mtaSts: families.has("mta-sts"),
    tlsRpt: families.has("tls-rpt"),
    // The wildcard check only matters for guessed names: a named selector is kept whatever answers for it.
    dkimProbe: { named, probed, wildcardLabel: probed.length > 0 ? WILDCARD_PROBE_LABEL : null, complete: options.probe === false },
  };
}

/** One line for a report: what was not looked at, and how to ask for it. */
export function describeNotObserved(list: readonly NotObserved[], total: number, given = total): string | null {
  if (list.length === 0) return null;
  // `total`: the domains the rules ran on; `given`: all the run was given (some may not exist, or not have
  // been read): "all" and "the domain" only when they are the same.
  const every = (count: number) => (count === given ? (count === 1 ? "the domain" : `all ${count} domains`) : `${count} domain${count === 1 ? "" : "s"}`);
  const families = list.map((n) =>
    n.family === "dkim-probe"
      ? `DKIM of ${n.domains === total ? every(total) : `${n.domains} of ${total} domains`} (no selector known, none probed)`
      : OBSERVABLE_NAMES[n.family] + (n.domains < total ? ` (${n.domains} of ${total} domains)` : ""),
  );
  const rules = new Set(list.flatMap((n) => n.rules)).size;
  const flags = list.filter((n) => n.family !== "dkim-probe").map((n) => n.family);
  const ask = [flags.length > 0 ? `--observe ${flags.join(",")}` : "", list.some((n) => n.family === "dkim-probe") ? "--probe-selectors" : ""].filter(Boolean).join(" ");
  return `Not checked: ${families.join(", ")} (${rules} rule${rules === 1 ? "" : "s"} read them); ask with ${ask}, or name their rules in the policy pack.`;
}

export interface AuditOptions {
  /** Where each domain's records are read. */
  sourceFor: (domain: string) => Promise<RecordSource>;
  /** What live rules ask. */
  rulesSource: RecordSource;
  policy?: string | Policy;
  cwd?: string;
  today?: string;
  rules?: readonly Rule[];
  /** `--offer`: OVH-hosted with this offer, whatever the MX says. */
  offer?: OvhOffer | null;
  /** Each domain is known to take mail (`doctor`): no MX is then missing, not a choice (observed-model.ts). */
  mailDomain?: boolean;
  /** Selectors the user names per domain (`--selector`): one without a key record is an error. */
  selectorsFor?: (domain: string) => readonly string[];
  /**
   * Selectors known to exist per domain, looked at as well: a zone file's, those DMARC reports show signing
   * (`--evidence`), those the provider's API lists. Neither named nor guessed: absent ones are no error.
   */
  knownSelectorsFor?: (domain: string) => readonly string[];
  /** Whether common selector names may be probed for the domain (false: zone files, which name every selector). */
  probeSelectors?: (domain: string) => boolean;
  /** Distinct DNS questions one domain may cause (default DOMAIN_QUESTION_BUDGET). */
  questionBudget?: number;
  /** Families asked for beyond the core ones (`--observe`, `--probe-selectors`: dkim-probe). */
  observe?: readonly Observable[];
  /** Names no source holds or asks (zone files without a resolver): a check that needed one was not made, and no DNS failed. */
  outsideZones?: ((name: string) => boolean) | null;
  /** Domains audited at once (each asks its questions through the bounded resolver). */
  concurrency?: number;
  onDomain?: (done: number, total: number) => void;
}

export interface AuditResult {
  findings: Finding[];
  /** Lookups that failed, per domain; those domains were not linted. */
  failures: LookupFailure[];
  /** Lookups a check needed that failed (an SPF include's TXT, an MX host's addresses...): those checks were not made. */
  unchecked: UncheckedLookup[];
  /** Names a check needed outside the loaded zone files, never asked: those checks were not made either. */
  outsideZones: UncheckedLookup[];
  /** Families enabled rules read that were not observed: those checks were not made. */
  notObserved: NotObserved[];
  domains: number;
  /** Domains the rules ran on (not those not audited, nor those that do not exist): what notObserved counts in. */
  checked: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Findings on live records point at no file: file null and position 0 (the JSON contract of `audit`). */
function unpositioned(finding: Finding): Finding {
  // Written out rather than spread, as for every finding (engine/lint.ts makeFinding).
  const { ruleId, level, message, domain, name, messageId, data, count, folded } = finding;
  const moved: Finding = { ruleId, level, message, domain, file: null, name, line: 0, column: 0, endLine: 0, endColumn: 0, messageId, data };
  // The reports the finding stands for: how many, and (for a failed lookup) which, so none goes uncounted.
  if (count !== undefined) moved.count = count;
  if (folded !== undefined) moved.folded = folded;
  if (finding.alsoNeededBy !== undefined) moved.alsoNeededBy = finding.alsoNeededBy;
  return moved;
}

export async function auditDomains(domains: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, options.cwd ?? process.cwd());
  const engine: EngineOptions = { rules, policy, today: options.today ?? todayUtc(), dns: null, observed: null };
  const asked = options.observe ?? [];
  // Packs give most domains one settings map: what to observe, and what goes unchecked, is worked out once per map.
  const plans = new WeakMap<Map<string, RuleSetting>, { families: Set<Observable>; missing: Map<Observable, string[]> }>();
  const planFor = (domain: string) => {
    const settings = policy.settingsFor(domain);
    let plan = plans.get(settings);
    if (!plan) {
      const families = familiesToObserve(rules, settings, asked);
      plans.set(settings, (plan = { families, missing: unobservedFamilies(rules, settings, families) }));
    }
    return { settings, ...plan };
  };
  const unchecked = new Map<Observable, { rules: Set<string>; domains: number }>();
  let checked = 0;
  const answers = sharedAnswers(options.rulesSource, underAny(new Set(domains)));
  const outcomes = await mapConcurrent(
    domains,
    options.concurrency ?? 256,
    async (domain) => {
      try {
        const { settings, families, missing } = planFor(domain);
        const named = options.selectorsFor?.(domain) ?? [];
        const known = options.knownSelectorsFor?.(domain) ?? [];
        const probe = options.probeSelectors?.(domain) ?? true;
        // Every question this domain causes, its own records and what the rules follow, counts once.
        const questions = domainQuestions(options.questionBudget, answers.forDomain(domain), options.rulesSource);
        // Senders and receivers read a domain that is an alias through it: so does the audit (observe.ts).
        const targets: ObservationTargets = { ...auditTargets(domain, named, { probe, known, families }), followApexAlias: true };
        const observation = await observeDomain(questions.observed(await options.sourceFor(domain)), targets);
        if (observation.failures.length > 0) return { findings: [] as Finding[], failures: observation.failures };
        // A name that does not exist gets one finding saying so, not "no MX", "no SPF record" and the rest:
        // those are about a name that exists (RFC 5321 §5.1's implicit MX is its A/AAAA address).
        if (domainDoesNotExist(observation)) {
          const missing = fileFinding(engine, "domain-nxdomain", "noSuchDomain", { domain }, settings.get("domain-nxdomain"), { domain, file: "", name: domain });
          return { findings: missing ? [unpositioned(missing)] : [], failures: [] as LookupFailure[] };
        }
        // What the rules could not check, counted only for a domain they run on: one not audited (a failed
        // lookup) or that does not exist had nothing checked, and says so above.
        for (const [family, ids] of missing) {
          // Probing is missed only where no selector is known and probing could find one (not in zone files).
          if (family === "dkim-probe" && (!probe || named.length > 0 || known.length > 0)) continue;
          const entry = unchecked.get(family) ?? { rules: new Set<string>(), domains: 0 };
          for (const id of ids) entry.rules.add(id);
          entry.domains++;
          unchecked.set(family, entry);
        }
        checked++;
        const model = buildObservedModel(observation, { offer: options.offer ?? null, mailDomain: options.mailDomain === true });
        const findings = (await runRules(model, null, { ...engine, dns: liveLookup(questions.rules), observable: families, keepFolded: namesFailedLookup, failedLookup: failedLookupKey }, settings)).map(unpositioned);
        const spent = budgetSpentFinding(engine, questions.budget, domain, settings.get("lint-dns-budget"), { file: "" });
        if (spent) findings.push(unpositioned(spent));
        return { findings, failures: [] as LookupFailure[] };
      } catch (error) {
        // Collect, don't bail: this domain gets the finding, the others are still audited.
        const finding = internalErrorFinding("domain", { domain, detail: errorText(error) }, { domain, file: null, name: domain }, engine);
        return { findings: [unpositioned(finding)], failures: [] as LookupFailure[] };
      }
    },
    options.onDomain,
  );
  const findings = outcomes.flatMap((o) => o.findings).sort(compareFindings);
  const count = (level: Finding["level"]) => findings.filter((f) => f.level === level).length;
  const notObserved = OBSERVABLES.filter((f) => unchecked.has(f)).map((family) => ({ family, rules: [...unchecked.get(family)!.rules].sort(), domains: unchecked.get(family)!.domains }));
  // Whatever their findings' level: a check that could not be made is no pass. A name outside the loaded
  // zone files was never asked: no DNS failed, the user chose what to load. One pass makes both lists.
  const lookups = splitUncheckedLookups(findings, [], options.outsideZones ?? null);
  return {
    findings,
    failures: outcomes.flatMap((o) => o.failures),
    unchecked: lookups.unchecked,
    outsideZones: lookups.outsideZones,
    notObserved,
    domains: domains.length,
    checked,
    errors: count("error"),
    warnings: count("warn"),
    infos: count("info"),
  };
}
