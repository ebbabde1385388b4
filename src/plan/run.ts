// `plan` over paths: read the domain files, observe their managed RRsets, lint them with live and
// transition rules (the observed state as "before"), diff desired against observed, and judge the safety
// gates.
//
// A bounded pipeline: files are read (ahead, on a helper thread) and parsed once, in order, on this thread;
// each parsed domain is then observed, linted and diffed while the next files are parsed and observed, with
// at most a window of domains in flight, so DNS never sits idle while files are parsed. A domain's models
// and answers are let go once it is done; only its findings, changes, gates and failures stay, copied out of
// the file text (detach.ts).
import type { Policy, RuleSetting } from "../engine/policy.js";
import { liveLookup } from "../dns/live-lookup.js";
import { canonicalName } from "../dns/names.js";
import { locate } from "../config/source.js";
import type { RecordSource } from "../dns/types.js";
import { findDomainFiles } from "../engine/files.js";
import { evidenceFindings, fileFinding, internalErrorFinding, lateSuppressions, lintLoaded, loadDomainFile, todayUtc, tooLargeFinding, unreadableFinding, type EngineOptions, type LoadedFile } from "../engine/lint.js";
import { familiesToObserve, FILE_OBSERVABLES, OBSERVABLES, unobservedFamilies, type NotObserved, type Observable } from "../engine/observes.js";
import { fileReader } from "../engine/read-ahead.js";
import { compareFindings, resolvePolicy } from "../engine/run.js";
import type { EvidenceLookup, Finding, Rule } from "../engine/types.js";
import { recordProblem } from "../model/holdable.js";
import { errorText } from "../model/show.js";
import { desiredRecords, type DesiredRRset } from "../model/records.js";
import type { DomainModel } from "../model/types.js";
import { findProvider, type DnsProvider } from "../providers/index.js";
import { allRules } from "../rules/index.js";
import { detachChange, detacher, detachFailure, detachFinding, detachGate } from "./detach.js";
import type { PlanReport } from "./format.js";
import { budgetSpentFinding, domainQuestions } from "./budget.js";
import { planGates, readDelegatedDmarc } from "./gates.js";
import { markAllowedOnMerge, stackAllowFinder } from "./stack-allow.js";
import { domainDoesNotExist, observeDomain, targetsOf, type DomainObservation, type LookupFailure } from "./observe.js";
import { buildObservedModel } from "./observed-model.js";
import { compareChanges, planDomain, summarizeChanges, type Change } from "./plan.js";
import { planDomainsInFlight } from "./pool.js";
import type { Gate, SafetyOptions } from "./safety.js";
import { sharedAnswers, underAny } from "./scoped-source.js";
import { inShard, type Shard } from "./shard.js";
import { failedLookupKey, namesFailedLookup, saysCheckNotMade, splitUncheckedLookups, uncheckedTotal, type UncheckedLookup } from "./unchecked.js";
import type { GitBase } from "./git-base.js";
import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { aliasDeclarations, sharedStackFolders, stackConfigFile } from "../engine/stack-aliases.js";
import { otherStacks, type UnknownZoneFile, type UnreadOtherStacks } from "./other-stacks.js";
import { findStackFolders, goneStackFolder, planRemovedZones, type RemovedZone, type RemovedZonesNote, type SeenFile } from "./removed-zones.js";

export interface PlanPathsOptions {
  sourceFor: (domain: string) => Promise<RecordSource>;
  rulesSource: RecordSource;
  policy?: string | Policy;
  cwd?: string;
  today?: string;
  rules?: readonly Rule[];
  shard?: Shard | null;
  /** DNS questions in flight; a quarter as many domains (at least 8) are planned side by side (pool.ts). */
  concurrency?: number;
  /** DMARC evidence per domain (dmarc-evidence.json). */
  evidence?: EvidenceLookup | null;
  /** Families live rules may ask beyond the core ones (`--observe`): type 99, SRV targets. */
  observe?: readonly Observable[];
  /**
   * Keep every domain's desired model and observation in the result (the Action's SPF table reads them).
   * Without it they are let go as each domain is done, and `models` and `observations` are empty.
   */
  keepModels?: boolean;
  onProgress?: (phase: "observing" | "linting", done: number, total: number) => void;
  /** The DNS host whose normal form the plan compares in (TTL 0 = zone default at OVH); the registry's default when absent. */
  provider?: DnsProvider;
  /** Gates this plan may pass (`--allow`), as `maildns:allow` for the Pulumi program. */
  allow?: readonly string[];
  safety?: SafetyOptions;
  /** DKIM selectors to observe besides the file's (a zone file's, the host's): a dropped one is then seen. */
  extraSelectors?: (domain: string) => readonly string[];
  /** Names no source holds or asks (zone files without a resolver): a check that needed one was not made, and no DNS failed. */
  outsideZones?: ((name: string) => boolean) | null;
  /** Fills what a file leaves to the host (`dkim: ovh`); a domain it cannot fill is a failure, not "none". */
  resolveModels?: (models: readonly DomainModel[]) => Promise<{ models: DomainModel[]; failures: { domain: string; detail: string }[] }>;
  /** The change's base commit (`--base`): a stack without its adoption file is compared with it for deleted domain files. */
  base?: GitBase | null;
  /** Distinct DNS questions one domain may cause, as in audit (default DOMAIN_QUESTION_BUDGET). */
  questionBudget?: number;
}

export interface PlanResult extends PlanReport {
  changes: Change[];
  gates: Gate[];
  failures: LookupFailure[];
  findings: Finding[];
  /** The findings the domain files' `lint:` entries silenced, each with its entry: shown, never counted. */
  suppressed: Finding[];
  /** The desired models, one per domain (first file wins for a duplicated domain); empty unless keepModels. */
  models: DomainModel[];
  /** Their observations, in the same order; empty unless keepModels. */
  observations: DomainObservation[];
  /** Families enabled live rules read that were not asked (type 99, SRV targets): those checks were not made. */
  notObserved: NotObserved[];
  /** Domains planned whose name exists: what notObserved counts in (a domain that does not exist had nothing to check). */
  checked: number;
  /** Lookups a check needed that failed (beside the observation's `failures`): those checks were not made. */
  unchecked: UncheckedLookup[];
  /** Names a check needed outside the loaded zone files, never asked: those checks were not made either. */
  outsideZones: UncheckedLookup[];
  /** Zones a planned stack's adoption file says it holds records in that no domain file declares (removed-zones.ts). */
  removedZones: RemovedZone[];
  /** What the repository could not tell about such zones, per stack. */
  removedZonesNotes: RemovedZonesNote[];
  /** Files of stacks not planned whose zone could not be told: whether they share a planned zone is unknown. */
  otherStacksUnread: UnreadOtherStacks | null;
}

interface FileOutcome {
  findings: Finding[];
  /** Findings a `lint:` suppression silenced that say a check was not made: their failed lookups still fail the run. */
  silenced: Finding[];
  /** Every finding a `lint:` suppression silenced, with its entry (Finding.suppression): shown, never counted. */
  suppressed: Finding[];
  changes: Change[];
  gates: Gate[];
  failures: LookupFailure[];
  model: DomainModel | null;
  observation: DomainObservation | null;
}

/**
 * Rules whose findings on a domain are known only once it asks nothing more: lint-dns-budget counts the
 * questions of the rules, the observation and the gates' reads alike.
 */
const KNOWN_LATE: ReadonlySet<string> = new Set(["lint-dns-budget"]);

const NOTHING: FileOutcome = { findings: [], silenced: [], suppressed: [], changes: [], gates: [], failures: [], model: null, observation: null };

/**
 * A selector the file does not declare, seen only because the zone publishes it, is left out when a file
 * could not hold it (a name or text it cannot carry, several records where one is expected): `import` leaves
 * it out, so the plan must not propose to delete it, and the apply never touches it.
 */
function withoutUnholdableExtras(model: DomainModel, observation: DomainObservation): DomainObservation {
  const declared = new Set((model.dkim?.selectors ?? []).map((s) => `${s.name.toLowerCase()}._domainkey`));
  const rrsets = observation.rrsets.filter(
    (r) => r.role !== "dkim" || declared.has(r.subdomain) || r.state !== "present" || (r.values.length <= 1 && recordProblem(r.name, r.subdomain, r.type, r.values) === null),
  );
  return rrsets.length === observation.rrsets.length ? observation : { ...observation, rrsets };
}

export async function planPaths(paths: readonly string[], options: PlanPathsOptions): Promise<PlanResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const today = options.today ?? todayUtc();
  const window = planDomainsInFlight(options.concurrency ?? 64);
  const shard = options.shard ?? null;
  const keep = options.keepModels === true;
  const engine: EngineOptions = { rules, policy, today, dns: null, observed: null, evidence: options.evidence ?? null };
  const provider = options.provider ?? findProvider()!;
  const stackAllow = stackAllowFinder(cwd);
  const ttlMatches = (d: number, o: number | null) => provider.ttlMatches(d, o);

  // What live rules may read, per settings map: what the files hold, the core live families, and what a
  // flag or the pack asks for (type 99 and the SRV targets only then).
  const families = new WeakMap<Map<string, RuleSetting>, { observable: Set<Observable>; missing: Map<Observable, string[]> }>();
  const unchecked = new Map<Observable, { rules: Set<string>; domains: number }>();
  let checked = 0;
  const familiesFor = (settings: Map<string, RuleSetting>) => {
    let entry = families.get(settings);
    if (!entry) {
      const observable = familiesToObserve(rules, settings, options.observe ?? []);
      for (const family of FILE_OBSERVABLES) observable.add(family);
      const missing = unobservedFamilies(rules, settings, observable);
      // Domain files name their selectors: there is nothing to probe for.
      missing.delete("dkim-probe");
      families.set(settings, (entry = { observable, missing }));
    }
    return entry;
  };
  // What the rules could not check, counted once per domain planned whose name exists, as audit counts it:
  // a second file of a domain is not planned, and a domain that does not exist had nothing to check.
  const countUnchecked = (settings: Map<string, RuleSetting>) => {
    checked++;
    for (const [family, ids] of familiesFor(settings).missing) {
      const seen = unchecked.get(family) ?? { rules: new Set<string>(), domains: 0 };
      for (const id of ids) seen.rules.add(id);
      seen.domains++;
      unchecked.set(family, seen);
    }
  };

  // Names under a domain of the run are that domain's own while it is planned; the rest (include trees,
  // exchanges, DKIM targets' zones) are shared by all and kept for the run, up to a bound.
  const domains = new Set<string>();
  const answers = sharedAnswers(options.rulesSource, underAny(domains));
  const firstFile = new Map<string, string>();

  async function planFile(display: string, loaded: LoadedFile, duplicateOf: string | undefined, absolute: string): Promise<FileOutcome> {
    const fileModel = loaded.model!;
    const domain = fileModel.domain;
    const settings = policy.settingsFor(domain);
    // Every question this domain causes, its own records, what the rules follow and what the gates read,
    // counts once against one budget, as in audit: a hostile zone cannot make one domain hammer the resolver
    // while the others wait.
    const questions = domainQuestions(options.questionBudget, answers.forDomain(domain), options.rulesSource);
    const rulesSource = questions.rules;
    // The desired state: what the file leaves to the host (`dkim: ovh`) filled in, for this domain alone.
    let model = fileModel;
    const hostFailures: LookupFailure[] = [];
    if (options.resolveModels && duplicateOf === undefined && fileModel.dkim?.fromHost) {
      const resolved = await options.resolveModels([fileModel]);
      model = resolved.models[0] ?? fileModel;
      for (const f of resolved.failures) hostFailures.push({ domain: f.domain, name: `_domainkey.${f.domain}`, type: "CNAME", reason: "network", detail: f.detail });
    }
    const unresolved = hostFailures.length > 0;
    // Collect, don't bail: a domain whose observation or diff throws gets a lint-internal-error finding and
    // no change; the other domains are planned as usual.
    let broken: string | null = null;
    let observation: DomainObservation | null = null;
    try {
      const targets = targetsOf(model);
      // Selectors the host holds but the file could not be filled with: observing them would plan their deletion.
      const extra = unresolved ? [] : (options.extraSelectors?.(domain) ?? []);
      if (extra.length > 0) targets.selectors = [...new Set([...(targets.selectors ?? []), ...extra])];
      observation = withoutUnholdableExtras(model, await observeDomain(questions.observed(await options.sourceFor(domain)), targets));
    } catch (error) {
      broken = errorText(error);
    }
    // Transition rules only see a "before" that was read in full; a partial one would look like removals.
    const before = observation && observation.failures.length === 0 ? buildObservedModel(observation) : null;
    // A domain that does not exist (NXDOMAIN at the apex for MX and TXT, RFC 8020 §2) would have every
    // record created: right for a new domain, wrong for a misspelt `domain:`, so the file is told on that
    // line. A failed lookup is a failure, never this (domainDoesNotExist reads only NXDOMAIN answers).
    const nowhere =
      observation && domainDoesNotExist(observation)
        ? fileFinding(engine, "domain-nxdomain", "noSuchDomainFile", { domain }, settings.get("domain-nxdomain"), { domain, file: display, name: domain, position: locate(loaded.source, ["domain"]) })
        : null;
    const result = await lintLoaded(
      loaded,
      {
        ...engine,
        dns: liveLookup(rulesSource),
        observed: before ? new Map([[domain, before]]) : null,
        observable: familiesFor(settings).observable,
        keepFolded: namesFailedLookup,
        failedLookup: failedLookupKey,
      },
      nowhere ? [nowhere] : [],
      KNOWN_LATE,
    );
    if (duplicateOf === undefined && !(observation && domainDoesNotExist(observation))) countUnchecked(settings);
    // One copy of each of the domain's recurring strings (its name, file, record names) for all it keeps.
    const detach = detacher();
    const findings = result.findings.map((f) => detachFinding(f, detach));
    const silenced = (result.suppressed ?? []).filter(saysCheckNotMade).map((f) => detachFinding(f, detach));
    const suppressed = (result.suppressed ?? []).map((f) => detachFinding(f, detach));
    // Once the domain asks nothing more: lint-dns-budget at its `domain:` line when questions were not asked.
    // The file's `lint:` suppression of it applies as to any rule's finding (lintLoaded left it to here).
    const budgetSpent = () => {
      const spent = budgetSpentFinding(engine, questions.budget, domain, settings.get("lint-dns-budget"), { file: display, position: locate(loaded.source, ["domain"]) });
      const late = lateSuppressions(loaded, spent ? [spent] : [], engine, KNOWN_LATE);
      for (const f of late.findings) findings.push(detachFinding(f, detach));
      for (const f of late.suppressed) suppressed.push(detachFinding(f, detach));
    };
    if (duplicateOf !== undefined) {
      const data = { domain, other: duplicateOf };
      const finding = fileFinding(engine, "lint-duplicate-domain", "duplicate", data, settings.get("lint-duplicate-domain"), { domain, file: display, name: domain });
      if (finding) findings.push(detachFinding(finding, detach));
      budgetSpent();
      // The first file of the domain is the one planned.
      return { ...NOTHING, findings, suppressed };
    }
    let domainPlan: ReturnType<typeof planDomain> | null = null;
    // Read once for the diff and the gates.
    let rrsets: DesiredRRset[] = [];
    if (observation && broken === null) {
      try {
        rrsets = desiredRecords(model);
        domainPlan = planDomain(model, observation, ttlMatches, rrsets);
      } catch (error) {
        broken = errorText(error);
      }
    }
    if (domainPlan === null || observation === null) {
      findings.push(detachFinding(internalErrorFinding("domain", { domain, detail: broken ?? "no observation" }, { domain, file: fileModel.file, name: domain }, { rules, policy }), detach));
      budgetSpent();
      return { ...NOTHING, findings, suppressed };
    }
    // A `_dmarc` CNAME replacing the record, or replaced, is judged on what its target publishes (one TXT question each, only then).
    const delegated = unresolved ? undefined : await readDelegatedDmarc(model, observation, rulesSource);
    budgetSpent();
    const gates = unresolved ? [] : planGates(model, observation, { ttlMatches, rrsets, allow: options.allow ?? [], ...(options.safety ? { safety: options.safety } : {}), ...delegated }).map((g) => detachGate(g, detach));
    // A refused gate the stack's config allows: still refused here, its line names the file (stack-allow.ts).
    markAllowedOnMerge(gates, stackAllow.ofFile(absolute));
    return {
      findings,
      silenced,
      suppressed,
      changes: domainPlan.changes.map((c) => detachChange(c, detach)),
      gates,
      failures: [...domainPlan.failures, ...hostFailures].map((f) => detachFailure(f, detach)),
      model: keep ? model : null,
      observation: keep ? observation : null,
    };
  }

  // A stack folder the change emptied is gone from the working tree (git keeps no empty folder): with a base
  // that had it, it is a stack whose every domain file was deleted, not a path given by mistake.
  const base = options.base ?? null;
  const goneStacks = base === null || base.problem !== null ? [] : paths.filter((p) => !existsSync(resolve(cwd, p)) && base.wasFolder(resolve(cwd, p)));
  // So is a stack folder of a folder of stacks (`plan stacks`): its stack config beside it says it was one.
  const goneChildren =
    base === null || base.problem !== null
      ? []
      : paths
          .filter((p) => !goneStacks.includes(p))
          .flatMap((p) => base.goneFolders(resolve(cwd, p)))
          .filter((folder) => {
            const config = stackConfigFile(folder);
            return existsSync(config) || base.hadFile(config);
          });
  const present = paths.filter((p) => !goneStacks.includes(p));
  const refs = present.length === 0 ? [] : findDomainFiles(present, cwd);
  // Every file's domain, in or out of the shard: a zone no file of a stack declares is one pulumi up deletes.
  const seen: SeenFile[] = [];
  const outcomes: FileOutcome[] = [];
  const inFlight = new Set<Promise<void>>();
  let files = 0;
  /** The domain files this shard plans, for the evidence beside them. */
  const inThisShard: string[] = [];
  let done = 0;
  let failed: { error: unknown } | undefined;
  const reader = fileReader(refs);
  try {
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const pending = reader.read(i);
      const read = pending instanceof Promise ? await pending : pending;
      if ("tooLarge" in read || "unreadable" in read) seen.push({ absolute: ref.absolute, domain: null });
      if ("tooLarge" in read) {
        if (!inShard(ref.display, shard)) continue;
        files++;
      if (!ref.problem) inThisShard.push(ref.display);
        const finding = tooLargeFinding(engine, ref.display, read.tooLarge);
        outcomes.push({ ...NOTHING, findings: finding ? [finding] : [] });
        continue;
      }
      // A file that could not be read is its finding (exit 1), and the other files are still planned.
      if ("unreadable" in read) {
        if (!inShard(ref.display, shard)) continue;
        files++;
      if (!ref.problem) inThisShard.push(ref.display);
        outcomes.push({ ...NOTHING, findings: [unreadableFinding(ref.display, read.unreadable)] });
        continue;
      }
      const loaded = loadDomainFile(ref.display, read.bytes);
      const model = loaded.model;
      seen.push({ absolute: ref.absolute, domain: model?.domain ?? null });
      if (!inShard(model?.domain ?? ref.display, shard)) continue;
      files++;
      if (!ref.problem) inThisShard.push(ref.display);
      if (!model) {
        // Nothing to observe: the file's syntax and schema findings are all there is.
        outcomes.push({ ...NOTHING, findings: (await lintLoaded(loaded, engine)).findings.map((f) => detachFinding(f)) });
        options.onProgress?.("linting", ++done, refs.length);
        continue;
      }
      const duplicateOf = firstFile.get(model.domain);
      if (duplicateOf === undefined) {
        firstFile.set(model.domain, ref.display);
        domains.add(canonicalName(model.domain));
      }
      const slot = outcomes.push(NOTHING) - 1;
      const task: Promise<void> = planFile(ref.display, loaded, duplicateOf, ref.absolute).then(
        (outcome) => {
          outcomes[slot] = outcome;
          inFlight.delete(task);
          options.onProgress?.("linting", ++done, refs.length);
        },
        (error: unknown) => {
          // Kept, not thrown here: the domains still in flight finish before the run ends with it.
          failed ??= { error };
          inFlight.delete(task);
        },
      );
      inFlight.add(task);
      // The window is full: parse the next file once a domain is done.
      if (inFlight.size >= window) await Promise.race(inFlight);
      if (failed) break;
    }
    await Promise.all(inFlight);
  } finally {
    reader.close();
  }
  if (failed) throw failed.error;
  // A broken dmarc-evidence.json beside the files planned is a finding on it, at what is wrong; their domains
  // were planned as if no evidence applied (dmarc-ramp-evidence says so on a tightening).
  const evidenceBroken = evidenceFindings(engine, inThisShard);
  if (evidenceBroken.length > 0) outcomes.push({ ...NOTHING, findings: evidenceBroken });

  // A domain file removed from a stack: what pulumi up would delete, from the stack's adoption file.
  const removed = await planRemovedZones({
    stacks: [...findStackFolders(present, cwd), ...[...goneStacks.map((p) => resolve(cwd, p)), ...goneChildren].map((folder) => goneStackFolder(folder, cwd))],
    files: seen,
    provider,
    sourceFor: options.sourceFor,
    allow: options.allow ?? [],
    stackAllow: (folder) => stackAllow.ofFolder(folder),
    shard,
    base,
    ...(options.safety ? { safety: options.safety } : {}),
  });

  // A zone a stack planned declares that another stack of the repository, not planned with it, declares
  // too: the two stacks' updates would take turns over its records. Planned together, the two files are a
  // lint-duplicate-domain error already (firstFile above).
  // Each sibling folder is read once however many stacks are planned (otherStacks), and each seen file is
  // given to the planned stacks above it by its own folders, not by comparing it with every stack's.
  const plannedStacks = findStackFolders(present, cwd);
  const plannedFolders = new Set(plannedStacks.map((folder) => folder.absolute));
  const others = otherStacks(cwd, plannedFolders);
  const declaredIn = new Map<string, { domain: string; file: string }[]>();
  for (const f of plannedFolders.size > 0 ? seen : []) {
    if (f.domain === null) continue;
    for (let folder = dirname(f.absolute); ; folder = dirname(folder)) {
      if (plannedFolders.has(folder)) {
        const list = declaredIn.get(folder) ?? [];
        if (list.length === 0) declaredIn.set(folder, list);
        list.push({ domain: f.domain, file: relative(cwd, f.absolute).split(sep).join("/") });
      }
      if (dirname(folder) === folder) break;
    }
  }
  for (const folder of plannedStacks) {
    const declared = declaredIn.get(folder.absolute) ?? [];
    for (const shared of others.shared(folder.absolute, declared)) {
      if (!inShard(shared.zone, shard)) continue;
      const data = { domain: shared.zone, other: shared.other, stack: shared.stack };
      const finding = fileFinding(engine, "lint-duplicate-domain", "otherStack", data, policy.settingsFor(shared.zone).get("lint-duplicate-domain"), { domain: shared.zone, file: shared.file, name: shared.zone });
      if (finding) outcomes.push({ ...NOTHING, findings: [finding] });
    }
  }
  // Two planned stacks with their own config on one folder (a link): the walk read the folder once, under
  // one name; each of its zones is declared by the other stacks too, as `plan stacks/prod` says of them.
  const sharedFolders = plannedStacks.length > 1 ? sharedStackFolders(present, cwd) : [];
  for (const f of sharedFolders.length > 0 ? seen : []) {
    if (f.domain === null || !inShard(f.domain, shard)) continue;
    for (const alias of aliasDeclarations(sharedFolders, f.absolute)) {
      const data = { domain: f.domain, other: alias.other, stack: alias.stack };
      const file = relative(cwd, f.absolute).split(sep).join("/");
      const finding = fileFinding(engine, "lint-duplicate-domain", "otherStack", data, policy.settingsFor(f.domain).get("lint-duplicate-domain"), { domain: f.domain, file, name: f.domain });
      if (finding) outcomes.push({ ...NOTHING, findings: [finding] });
    }
  }
  // A file of a stack not planned whose zone could not be told (unreadable, no usable `domain:`): whether
  // it shares a zone with a planned stack is not known. Said once, as adopt and pulumi up say it, under
  // "Not checked"; like theirs, no failure (that stack's own lint fails on it).
  const unreadFiles = new Map<string, UnknownZoneFile>();
  const concerned: string[] = [];
  for (const folder of plannedStacks) {
    if ((declaredIn.get(folder.absolute) ?? []).length === 0) continue;
    const unknown = others.unknown(folder.absolute);
    if (unknown.length === 0) continue;
    concerned.push(basename(folder.absolute));
    for (const u of unknown) if (!unreadFiles.has(u.file)) unreadFiles.set(u.file, u);
  }
  const otherStacksUnread: UnreadOtherStacks | null = unreadFiles.size > 0 ? { planned: [...new Set(concerned)], files: [...unreadFiles.values()] } : null;

  const findings: Finding[] = [];
  const silenced: Finding[] = [];
  const suppressed: Finding[] = [];
  const changes: Change[] = [];
  const gates: Gate[] = [];
  const failures: LookupFailure[] = [];
  const models: DomainModel[] = [];
  const observations: DomainObservation[] = [];
  for (const o of outcomes) {
    for (const f of o.findings) findings.push(f);
    for (const f of o.silenced) silenced.push(f);
    for (const f of o.suppressed) suppressed.push(f);
    for (const c of o.changes) changes.push(c);
    for (const g of o.gates) gates.push(g);
    for (const f of o.failures) failures.push(f);
    if (o.model && o.observation) {
      models.push(o.model);
      observations.push(o.observation);
    }
  }
  for (const c of removed.changes) changes.push(c);
  for (const g of removed.gates) gates.push(g);
  for (const f of removed.failures) failures.push(f);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  changes.sort(compareChanges);
  const count = (level: Finding["level"]) => findings.filter((f) => f.level === level).length;
  const notObserved = OBSERVABLES.filter((f) => unchecked.has(f)).map((family) => ({ family, rules: [...unchecked.get(family)!.rules].sort(), domains: unchecked.get(family)!.domains }));
  // Checks whose lookups failed (an include's TXT, an MX host's addresses...), whatever their findings' level.
  // A name outside the loaded zone files was never asked: no DNS failed, the user chose what to load.
  // A suppression silences a finding, never the fact that its check could not be made. One pass makes both lists.
  const { unchecked: uncheckedList, outsideZones } = splitUncheckedLookups([...findings, ...silenced], failures, options.outsideZones ?? null);
  return {
    changes,
    gates,
    failures,
    findings,
    suppressed,
    models,
    observations,
    notObserved,
    checked,
    unchecked: uncheckedList,
    outsideZones,
    removedZones: removed.removedZones,
    removedZonesNotes: removed.notes,
    otherStacksUnread,
    summary: {
      files,
      domains: firstFile.size,
      errors: count("error"),
      warnings: count("warn"),
      infos: count("info"),
      ...summarizeChanges(changes, failures),
      gatesRefused: gates.filter((g) => g.tripped && !g.allowed).length,
      uncheckedLookups: uncheckedTotal(uncheckedList),
      removedZones: removed.removedZones.length,
    },
  };
}
