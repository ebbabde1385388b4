// `audit`: lint the live records of any domain with no YAML (like checkdmarc), with the same rules and packs
// as `lint`. The observed records become a DomainModel (file null) that the rules engine checks, live
// rules included. A domain whose records could not all be read is not linted: a timeout must not read as
// "no DMARC record".
import type { Policy } from "../config/policy.js";
import { liveLookup } from "../dns/live-lookup.js";
import type { RecordSource } from "../dns/types.js";
import { fileFinding, internalErrorFinding, runRules, todayUtc, type EngineOptions } from "../engine/lint.js";
import { errorText } from "../model/show.js";
import { compareFindings, resolvePolicy } from "../engine/run.js";
import type { Finding, Rule } from "../engine/types.js";
import type { OvhOffer } from "../model/types.js";
import { allRules } from "../rules/index.js";
import { observeDomain, type LookupFailure, type ObservationTargets } from "./observe.js";
import { buildObservedModel } from "./observed-model.js";
import { DOMAIN_QUESTION_BUDGET, questionBudget } from "./budget.js";
import { mapConcurrent } from "./pool.js";
import { sharedAnswers, underAny } from "./scoped-source.js";

/**
 * Selectors probed on every audited domain besides those given with --selector (and, with --zone, those
 * the zone holds): OVH's selectors without an account number (seen in live OVH zones; OVH's DKIM guide
 * names the others per account, ovhmo<N>-selector1/2), and the fixed names common providers use: default,
 * selector1/selector2 (Microsoft 365), google (Google Workspace), k1/k2 (Mailchimp), s1/s2 (SendGrid),
 * mail and dkim (common self-hosted choices).
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

/**
 * Everything audit and import look at for a domain. `selectors` are the names the user gave; `known` those
 * the source is known to hold (a zone file's); the common ones of PROBED_SELECTORS are added unless `probe`
 * is false (zone files list every selector they hold: probing common names there asks what is known).
 */
export function auditTargets(domain: string, selectors: readonly string[] = [], options: { probe?: boolean; known?: readonly string[] } = {}): ObservationTargets {
  const named = [...new Set(selectors.map((s) => s.toLowerCase()).filter(isSelectorName))];
  const known = [...new Set((options.known ?? []).map((s) => s.toLowerCase()))].filter((s) => !named.includes(s));
  const probed = options.probe === false ? [] : PROBED_SELECTORS.filter((s) => !named.includes(s) && !known.includes(s));
  return {
    domain,
    selectors: [...named, ...known, ...probed],
    srvServices: MAIL_SRV_SERVICES,
    cnames: MAIL_CNAMES,
    mtaSts: true,
    tlsRpt: true,
    // The wildcard check only matters for guessed names: a named selector is kept whatever answers for it.
    dkimProbe: { named, probed, wildcardLabel: probed.length > 0 ? WILDCARD_PROBE_LABEL : null, complete: options.probe === false },
  };
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
  /** Selectors the user names per domain (`--selector`): one without a key record is an error. */
  selectorsFor?: (domain: string) => readonly string[];
  /** Selectors the source is known to hold per domain (a zone file's), looked at as well. */
  knownSelectorsFor?: (domain: string) => readonly string[];
  /** Whether to look at PROBED_SELECTORS too (default yes); not for a domain zone files hold, which name every selector. */
  probeSelectors?: (domain: string) => boolean;
  /** Distinct DNS questions one domain may cause (default DOMAIN_QUESTION_BUDGET). */
  questionBudget?: number;
  /** Domains audited at once (each asks its questions through the bounded resolver). */
  concurrency?: number;
  onDomain?: (done: number, total: number) => void;
}

export interface AuditResult {
  findings: Finding[];
  /** Lookups that failed, per domain; those domains were not linted. */
  failures: LookupFailure[];
  domains: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Findings on live records point at no file: file null and position 0 (the JSON contract of `audit`). */
function unpositioned(finding: Finding): Finding {
  // Written out rather than spread, as for every finding (engine/lint.ts makeFinding).
  const { ruleId, level, message, domain, name, messageId, data } = finding;
  return { ruleId, level, message, domain, file: null, name, line: 0, column: 0, endLine: 0, endColumn: 0, messageId, data };
}

export async function auditDomains(domains: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const rules = options.rules ?? allRules;
  const engine: EngineOptions = {
    rules,
    policy: resolvePolicy(options.policy, rules, options.cwd ?? process.cwd()),
    today: options.today ?? todayUtc(),
    dns: null,
    observed: null,
  };
  const answers = sharedAnswers(options.rulesSource, underAny(new Set(domains)));
  const outcomes = await mapConcurrent(
    domains,
    options.concurrency ?? 256,
    async (domain) => {
      try {
        // Every question this domain causes, its own records and what the rules follow, counts once.
        const budget = questionBudget(options.questionBudget ?? DOMAIN_QUESTION_BUDGET);
        const rulesSource = budget.wrap(answers.forDomain(domain));
        const source = await options.sourceFor(domain);
        const observation = await observeDomain(source === options.rulesSource ? rulesSource : budget.wrap(source), auditTargets(domain, options.selectorsFor?.(domain) ?? [], { probe: options.probeSelectors?.(domain) ?? true, known: options.knownSelectorsFor?.(domain) ?? [] }));
        if (observation.failures.length > 0) return { findings: [] as Finding[], failures: observation.failures };
        const model = buildObservedModel(observation, { offer: options.offer ?? null });
        const findings = (await runRules(model, null, { ...engine, dns: liveLookup(rulesSource) })).map(unpositioned);
        if (budget.refused() > 0) {
          const data = { domain, budget: budget.limit, refused: budget.refused() };
          const spent = fileFinding(engine, "lint-dns-budget", "spent", data, engine.policy.settingsFor(domain).get("lint-dns-budget"), { domain, file: "", name: domain });
          if (spent) findings.push(unpositioned(spent));
        }
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
  return {
    findings,
    failures: outcomes.flatMap((o) => o.failures),
    domains: domains.length,
    errors: count("error"),
    warnings: count("warn"),
    infos: count("info"),
  };
}
