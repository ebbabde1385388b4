// `plan` over paths: read the domain files, observe their managed RRsets, lint them with live and
// transition rules (the observed state as "before"), and diff desired against observed.
import type { Policy } from "../config/policy.js";
import { liveLookup } from "../dns/live-lookup.js";
import type { RecordSource } from "../dns/types.js";
import { findDomainFiles, readDomainFile, type DomainFileRef } from "../engine/files.js";
import { internalErrorFinding, loadDomainFile, todayUtc } from "../engine/lint.js";
import { errorText } from "../model/show.js";
import { compareFindings, lintPaths, resolvePolicy } from "../engine/run.js";
import type { EvidenceLookup, Finding, Rule } from "../engine/types.js";
import { recordProblem } from "../model/holdable.js";
import type { DomainModel } from "../model/types.js";
import { allRules } from "../rules/index.js";
import { findProvider, type DnsProvider } from "../providers/index.js";
import { planGates } from "./gates.js";
import { observeDomain, targetsOf, type DomainObservation, type LookupFailure } from "./observe.js";
import { buildObservedModel } from "./observed-model.js";
import { compareChanges, planDomain, summarizeChanges, type Change } from "./plan.js";
import type { Gate, SafetyOptions } from "./safety.js";
import { domainsInFlight, mapConcurrent } from "./pool.js";
import { inShard, shardOf, type Shard } from "./shard.js";
import type { PlanReport } from "./format.js";

export interface PlanPathsOptions {
  sourceFor: (domain: string) => Promise<RecordSource>;
  rulesSource: RecordSource;
  policy?: string | Policy;
  cwd?: string;
  today?: string;
  rules?: readonly Rule[];
  shard?: Shard | null;
  concurrency?: number;
  /** DMARC evidence per domain (dmarc-evidence.json). */
  evidence?: EvidenceLookup | null;
  onProgress?: (phase: "observing" | "linting", done: number, total: number) => void;
  /** The DNS host whose normal form the plan compares in (TTL 0 = zone default at OVH); the registry's default when absent. */
  provider?: DnsProvider;
  /** Gates this plan may pass (`--allow`), as `maildns:allow` for the Pulumi program. */
  allow?: readonly string[];
  safety?: SafetyOptions;
  /** DKIM selectors to observe besides the file's (a zone file's, the host's): a dropped one is then seen. */
  extraSelectors?: (domain: string) => readonly string[];
  /** Fills what a file leaves to the host (`dkim: ovh`); a domain it cannot fill is a failure, not "none". */
  resolveModels?: (models: readonly DomainModel[]) => Promise<{ models: DomainModel[]; failures: { domain: string; detail: string }[] }>;
}

export interface PlanResult extends PlanReport {
  changes: Change[];
  gates: Gate[];
  failures: LookupFailure[];
  findings: Finding[];
  /** The desired models, one per domain (first file wins for a duplicated domain). */
  models: DomainModel[];
  observations: DomainObservation[];
}

interface FileEntry {
  ref: DomainFileRef;
  model: DomainModel | null;
}

/** The model a file describes, or null when it does not load (lint reports why). */
function modelOf(ref: DomainFileRef): DomainModel | null {
  const read = readDomainFile(ref);
  return "tooLarge" in read ? null : loadDomainFile(ref.display, read.bytes).model;
}

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
  const concurrency = options.concurrency ?? 64;
  const shard = options.shard ?? null;

  const entries: FileEntry[] = findDomainFiles(paths, cwd)
    .map((ref) => ({ ref, model: modelOf(ref) }))
    .filter((e) => inShard(e.model?.domain ?? e.ref.display, shard));
  const models = new Map<string, DomainModel>();
  for (const e of entries) if (e.model && !models.has(e.model.domain)) models.set(e.model.domain, e.model);
  let desired = [...models.values()];
  const hostFailures: LookupFailure[] = [];
  if (options.resolveModels) {
    const resolved = await options.resolveModels(desired);
    desired = resolved.models;
    for (const f of resolved.failures) hostFailures.push({ domain: f.domain, name: `_domainkey.${f.domain}`, type: "CNAME", reason: "network", detail: f.detail });
  }
  const unresolved = new Set(hostFailures.map((f) => f.domain));

  // Collect, don't bail: a domain whose observation or diff throws gets a lint-internal-error finding and no
  // change; the other domains are planned as usual.
  const broken = new Map<string, string>();
  const observations = await mapConcurrent(
    desired,
    domainsInFlight(concurrency),
    async (model): Promise<DomainObservation> => {
      try {
        const targets = targetsOf(model);
        // Selectors the host holds but the file could not be filled with: observing them would plan their deletion.
        const extra = unresolved.has(model.domain) ? [] : (options.extraSelectors?.(model.domain) ?? []);
        if (extra.length > 0) targets.selectors = [...new Set([...(targets.selectors ?? []), ...extra])];
        return withoutUnholdableExtras(model, await observeDomain(await options.sourceFor(model.domain), targets));
      } catch (error) {
        broken.set(model.domain, errorText(error));
        return { domain: model.domain, rrsets: [], failures: [] };
      }
    },
    (done, total) => options.onProgress?.("observing", done, total),
  );
  // Transition rules only see a "before" that was read in full; a partial one would look like removals.
  const observed = new Map<string, DomainModel>();
  observations.forEach((o) => {
    if (o.failures.length === 0 && !broken.has(o.domain)) observed.set(o.domain, buildObservedModel(o));
  });

  // Lint in groups that run side by side (live rules wait on DNS); all files of one domain share a group
  // so duplicate domains are still found.
  const groupCount = Math.max(1, Math.min(concurrency, entries.length));
  const groups = new Map<number, string[]>();
  for (const e of entries) {
    const group = shardOf(e.model?.domain ?? e.ref.display, groupCount);
    groups.set(group, [...(groups.get(group) ?? []), e.ref.absolute]);
  }
  let linted = 0;
  const dns = liveLookup(options.rulesSource);
  const results = await Promise.all(
    [...groups.values()].map((files) =>
      lintPaths(files, {
        cwd,
        policy,
        today,
        rules,
        dns,
        observed,
        evidence: options.evidence ?? null,
        onFile: () => options.onProgress?.("linting", ++linted, entries.length),
      }),
    ),
  );
  const findings: Finding[] = [];
  for (const r of results) for (const f of r.findings) findings.push(f);

  const provider = options.provider ?? findProvider()!;
  const ttlMatches = (d: number, o: number | null) => provider.ttlMatches(d, o);
  const changes: Change[] = [];
  const failures: LookupFailure[] = [];
  const gates: Gate[] = [];
  desired.forEach((model, i) => {
    let domainPlan: ReturnType<typeof planDomain> | null = null;
    if (!broken.has(model.domain)) {
      try {
        domainPlan = planDomain(model, observations[i]!, ttlMatches);
      } catch (error) {
        broken.set(model.domain, errorText(error));
      }
    }
    if (domainPlan === null) {
      const where = { domain: model.domain, file: model.file, name: model.domain };
      findings.push(internalErrorFinding("domain", { domain: model.domain, detail: broken.get(model.domain)! }, where, { rules, policy }));
      return;
    }
    for (const c of domainPlan.changes) changes.push(c);
    for (const f of domainPlan.failures) failures.push(f);
    for (const f of hostFailures) if (f.domain === model.domain) failures.push(f);
    if (unresolved.has(model.domain)) return;
    gates.push(...planGates(model, observations[i]!, { ttlMatches, allow: options.allow ?? [], ...(options.safety ? { safety: options.safety } : {}) }));
  });
  findings.sort(compareFindings);
  changes.sort(compareChanges);
  const count = (level: Finding["level"]) => findings.filter((f) => f.level === level).length;
  return {
    changes,
    gates,
    failures,
    findings,
    models: desired,
    observations,
    summary: {
      files: entries.length,
      domains: results.reduce((n, r) => n + r.domainCount, 0),
      errors: count("error"),
      warnings: count("warn"),
      infos: count("info"),
      ...summarizeChanges(changes, failures),
      gatesRefused: gates.filter((g) => g.tripped && !g.allowed).length,
    },
  };
}
