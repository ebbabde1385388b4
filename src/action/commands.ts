// What each `command` input runs in the library, brought to one shape the Action publishes.
import * as core from "@actions/core";
import { existsSync, readdirSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { domainList, openObservation, probeSelectorsFor, zoneMailDomains, zoneSelectors, type Observation } from "../plan/observation.js";
import { domainFileSites, type DeclaredAt } from "../config/declared-at.js";
import { toolVersion } from "../config/version.js";
import { cacheFilePath, openLintCacheAt } from "../engine/cache.js";
import type { Finding } from "../engine/types.js";
import { lintPaths, resolvePolicy } from "../engine/run.js";
import { allRules } from "../rules/index.js";
import type { LintSummary } from "../formatters/report.js";
import type { DomainModel } from "../model/types.js";
import { auditDomains } from "../plan/audit.js";
import { appearedAt, appearedWords } from "../plan/output-guard.js";
import { describeFailure, gatesTable, planJson, planSummaryLine, removedNoteFails, removedZonesMarkdown } from "../plan/format.js";
import { cell } from "../formatters/markdown.js";
import { unreadOtherStacksText, type UnreadOtherStacks } from "../plan/other-stacks.js";
import type { RemovedZone, RemovedZonesNote } from "../plan/removed-zones.js";
import type { Gate } from "../plan/safety.js";
import { type DomainObservation, type LookupFailure } from "../plan/observe.js";
import { openGitBase, type GitBase } from "../plan/git-base.js";
import { planPaths } from "../plan/run.js";
import { describeUnchecked, uncheckedTotal, type UncheckedLookup } from "../plan/unchecked.js";
import { evidenceLine } from "../mail/dmarc-ramp.js";
import { isSpfRecord } from "../mail/txt-version.js";
import { evidenceKeyFor, evidenceLookup } from "../reports/evidence-load.js";
import { trackedByGit } from "./committed.js";
import { realLocation } from "./workspace.js";
import { confinedFolder, InputError, splitPaths, writtenWithoutLink, type ActionInputs } from "./inputs.js";
import { planTable } from "./summary.js";

export interface CommandOutcome {
  findings: Finding[];
  /** What the domain files' `lint:` entries silenced, each with its entry (Finding.suppression): shown, never counted. */
  suppressed: Finding[];
  summary: LintSummary;
  /** The desired domains (for the SPF budget's "after"). */
  domains: DomainModel[];
  /** Pending plan changes; null when the command makes no plan. */
  changes: number | null;
  planMarkdown: string | null;
  planJson: unknown;
  /** SPF text published now per domain (null: none), when the command observed live state. */
  published: ReadonlyMap<string, string | null> | null;
  /** Recursive SPF lookup counts before → after per domain, from the live transition rule (plan). */
  recursive: ReadonlyMap<string, { before: number; after: number }> | null;
  /** Why the command failed besides findings (a plan with unknown RRsets), or null. */
  failure: string | null;
  /** Where each domain is declared (its domain file's `domain:` line), relative to the working directory. */
  sites: ReadonlyMap<string, DeclaredAt>;
  /** One DMARC evidence line per domain with a DMARC record (lint and plan). */
  evidence: string[];
  /** Zones a stack holds records in that no domain file declares any more (plan): one warning annotation each, at the file that declared it. */
  removedZones: readonly RemovedZone[];
}

/** What the aggregate reports say about each domain of the run that publishes DMARC. */
function evidenceLines(domains: readonly DomainModel[], lookup: ReturnType<typeof evidenceLookup>): string[] {
  return domains
    .filter((d) => d.dmarc !== null && d.mail.sends)
    .map((d) => {
      // A broken evidence file beside the domain file: its error annotation says what is wrong.
      const problem = lookup.problem?.(d.file);
      return problem ? `${d.domain}: the evidence file ${problem.file} cannot be used (see its error); run \`maildns reports evidence\` again` : evidenceLine(d.domain, lookup(d.domain, d.file));
    });
}

/** The example stack maildns ships: deliberately broken, so the default `paths` leaves it out. */
export const EXAMPLE_STACK = "stacks/example";

/**
 * `paths` left empty: every stack under stacks/ (its folders, and domain files directly in it) except the
 * bundled example. Symbolic links are not followed here.
 */
export function defaultPaths(cwd: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(cwd, "stacks"), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith(".") && `stacks/${e.name}` !== EXAMPLE_STACK && (e.isDirectory() || (e.isFile() && /\.ya?ml$/i.test(e.name) && !/^Pulumi\./.test(e.name))))
    .map((e) => `stacks/${e.name}`)
    .sort();
}

/**
 * The paths to read: the input's, or the default; none at all is an error that says where we looked. With
 * a base commit (plan), the default also holds the stack folders the change emptied (git keeps no empty
 * folder): their domain files were all deleted, which is what the plan must show.
 */
function pathsToRead(inputs: ActionInputs, base: GitBase | null = null): string[] {
  const gone = base === null ? [] : base.goneFolders(join(inputs.cwd, "stacks")).map((folder) => `stacks/${basename(folder)}`).filter((p) => p !== EXAMPLE_STACK);
  const paths = inputs.paths.length > 0 ? inputs.paths : [...new Set([...defaultPaths(inputs.cwd), ...gone])].sort();
  if (paths.length === 0) {
    throw new InputError(
      `no domain file found: \`paths\` is not set, and stacks/ holds no stack besides the bundled example (${EXAMPLE_STACK}, left out on purpose); set \`paths:\` to your stack's folder, e.g. \`paths: stacks/prod\``,
    );
  }
  for (const path of paths) confinedFolder("paths", resolve(inputs.cwd, path), inputs.workspace);
  return paths;
}

function noDomainFile(paths: readonly string[]): InputError {
  return new InputError(`no domain file found in ${paths.join(", ")}: a domain file is a .yaml or .yml file (stack configs named Pulumi.*.yaml are not); check \`paths\``);
}

/**
 * A lint cache the commit being checked holds is refused: it says which files need no lint and that they
 * have no finding, so a pull request committing one (or a link to a file it commits) would pass its own
 * files unlinted, and the cache saved after the run would carry that forward to its later pushes. The cache
 * is the workflow's (actions/cache restores it); git says which files the commit put in the checkout.
 */
function refuseCommittedCache(location: string, inputs: ActionInputs): void {
  const file = cacheFilePath(location, inputs.cwd);
  // `cache` named a folder: the file in it is written too, so it may not be a link either.
  writtenWithoutLink("cache", location, file, inputs.workspace);
  if (trackedByGit(file) !== true) return;
  const named = (path: string, root: string) => relative(root, path).split(sep).join("/");
  const shown = named(file, inputs.workspace);
  const target = named(realLocation(file), realLocation(inputs.workspace));
  const link = target === shown ? "" : ` (a link to ${target})`;
  throw new InputError(
    `input 'cache': ${shown}${link} is committed in the repository, so the commit being checked wrote it, and a pull request could write one that passes its own files unlinted; the cache must come from actions/cache only: remove it from the repository (git rm --cached ${shown}) and list it in .gitignore`,
  );
}

async function lint(inputs: ActionInputs): Promise<CommandOutcome> {
  const paths = pathsToRead(inputs);
  const evidence = evidenceLookup({ explicit: inputs.evidence, cwd: inputs.cwd });
  const policy = resolvePolicy(inputs.policy ?? undefined, allRules, inputs.cwd);
  // With `cache`, only the files that changed are parsed again: their models are not all there, so the
  // SPF lookup budget table and the DMARC evidence lines are left out of the summary (the findings, and
  // the annotations of dmarc-ramp-evidence, are the same).
  if (inputs.cache !== null) refuseCommittedCache(inputs.cache, inputs);
  const cache = inputs.cache === null ? null : openLintCacheAt({ location: inputs.cache, cwd: inputs.cwd, policy, rules: allRules, toolVersion: toolVersion(), extraKey: evidenceKeyFor(inputs.evidence, inputs.cwd), listsSuppressed: true }).cache;
  const result = await lintPaths(paths, {
    rules: allRules,
    cwd: inputs.cwd,
    evidence,
    policy,
    ...(inputs.today ? { today: inputs.today } : {}),
    ...(cache ? { models: false, cache } : {}),
  });
  if (result.files === 0) throw noDomainFile(paths);
  // Looked at again just before it is written, as the SARIF is: a file kept that appeared at its name
  // during the run stays, and the step goes on without its cache (an optimisation), saying so.
  const cacheFile = inputs.cache === null ? null : cacheFilePath(inputs.cache, inputs.cwd);
  const appeared = cache && cacheFile !== null && inputs.cacheJudged ? appearedAt(cacheFile, inputs.cacheJudged, inputs.cwd) : null;
  if (appeared) core.warning(`input 'cache': '${inputs.cache}' is ${appearedWords(appeared, "the lint cache")}; the next run lints every file`);
  else if (cache) {
    try {
      cache.save();
    } catch (error) {
      throw new InputError(`input 'cache': cannot write ${inputs.cache}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return {
    findings: result.findings,
    suppressed: result.suppressed,
    summary: { files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos },
    domains: result.domains,
    changes: null,
    planMarkdown: null,
    planJson: null,
    published: null,
    recursive: null,
    failure: null,
    sites: domainFileSites(result.domains, inputs.cwd),
    evidence: evidenceLines(result.domains, evidence),
    removedZones: [],
  };
}

/** The live source the inputs ask for: zone files (`zone`), else `resolver`, else the system's resolvers. */
function observe(inputs: ActionInputs): Promise<Observation> {
  const values = {
    ...(inputs.resolver ? { resolver: splitPaths(inputs.resolver) } : {}),
    ...(inputs.zone ? { zone: splitPaths(inputs.zone) } : {}),
  };
  return openObservation(values, { cwd: inputs.cwd });
}

/**
 * The SPF text each domain publishes now (null: none); domains whose apex TXT lookup failed are left out.
 * The record receivers keep (RFC 7208 §4.5): a `v=spf1<TAB>…` text they discard has no lookups to count.
 */
export function publishedSpf(observations: readonly DomainObservation[]): Map<string, string | null> {
  const published = new Map<string, string | null>();
  for (const observation of observations) {
    const apexTxt = observation.rrsets.find((r) => r.name === observation.domain && r.type === "TXT");
    if (!apexTxt || apexTxt.state === "failed") continue;
    published.set(observation.domain, apexTxt.values.find(isSpfRecord) ?? null);
  }
  return published;
}

/** spf-lookup-budget-change reports the counts through every include (before → after) as its data. */
export function recursiveCounts(findings: readonly Finding[]): Map<string, { before: number; after: number }> {
  const counts = new Map<string, { before: number; after: number }>();
  for (const f of findings) {
    if (f.ruleId === "spf-lookup-budget-change" && typeof f.data.before === "number" && typeof f.data.after === "number") counts.set(f.domain, { before: f.data.before, after: f.data.after });
  }
  return counts;
}

function lookupFailure(failures: readonly LookupFailure[]): string | null {
  if (failures.length === 0) return null;
  const shown = failures.slice(0, 3).map(describeFailure).join("; ");
  return `${failures.length} lookup${failures.length === 1 ? "" : "s"} failed, so live state is unknown there: ${shown}${failures.length > 3 ? "; …" : ""}`;
}

/** Why the step fails for the checks that could not be made (a lookup they needed failed), or null. */
function uncheckedFailure(unchecked: readonly UncheckedLookup[]): string | null {
  if (unchecked.length === 0) return null;
  const shown = unchecked.slice(0, 3).map((u) => `${u.domain}: ${describeUnchecked(u)}`).join("; ");
  const total = uncheckedTotal(unchecked);
  return `${total} lookup${total === 1 ? "" : "s"} a check needed failed, so those checks were not made: ${shown}${unchecked.length > 3 ? "; …" : ""}`;
}

/** Why the step fails for the gates an apply would refuse, or null. */
function gateFailure(gates: readonly Gate[]): string | null {
  const refused = gates.filter((g) => g.tripped && !g.allowed);
  if (refused.length === 0) return null;
  // A gate the stack's config allows is still refused here (plan/stack-allow.ts), and says what the merge does.
  const shown = refused.slice(0, 3).map((g) => `${g.id} (${g.reason}${g.allowedOnMerge ? `; allowed by maildns:allow in ${g.allowedOnMerge} on merge` : ""})`).join("; ");
  return `${refused.length} safety gate${refused.length === 1 ? "" : "s"} would refuse this apply: ${shown}${refused.length > 3 ? "; …" : ""}`;
}

/** Why the step fails for a stack's adoption file that pulumi up would refuse too (damaged, another host's), or null. */
function adoptionFailure(notes: readonly RemovedZonesNote[]): string | null {
  const failing = notes.filter(removedNoteFails);
  return failing.length === 0 ? null : failing.map((n) => n.detail).join("; ");
}

function planMarkdownOf(result: {
  summary: Parameters<typeof planSummaryLine>[0];
  changes: Parameters<typeof planTable>[0];
  gates: readonly Gate[];
  removedZones: readonly RemovedZone[];
  removedZonesNotes: readonly RemovedZonesNote[];
  otherStacksUnread: UnreadOtherStacks | null;
}): string {
  const gates = gatesTable(result.gates);
  const gatesPart = gates ? `\n#### Safety gates\n\n${gates}` : "";
  // A domain file removed from a stack: the zone whose records pulumi up would delete, said above the table.
  const removed = removedZonesMarkdown(result).replace(/^### /, "#### ");
  const removedPart = removed ? `\n${removed}` : "";
  // A file of another stack that could not be read: the one-zone-one-stack check was not made (no failure).
  const unreadPart = result.otherStacksUnread ? `\n#### Not checked\n\n- ${cell(unreadOtherStacksText(result.otherStacksUnread))}.\n` : "";
  return `${planSummaryLine(result.summary)}\n\n${planTable(result.changes)}${removedPart}${gatesPart}${unreadPart}`;
}

async function plan(inputs: ActionInputs): Promise<CommandOutcome> {
  // A domain file the pull request deletes: its base version says which zone pulumi up empties.
  const base = inputs.base === null ? null : openGitBase(inputs.base, inputs.cwd, { fetchMissing: true });
  const paths = pathsToRead(inputs, base);
  const evidence = evidenceLookup({ explicit: inputs.evidence, cwd: inputs.cwd });
  const observation = await observe(inputs);
  try {
    const result = await planPaths(paths, {
      cwd: inputs.cwd,
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      concurrency: observation.concurrency,
      // A zone export shows every selector it publishes, so a selector the files dropped is seen (and gated).
      extraSelectors: (domain) => zoneSelectors(observation.zones, domain),
      evidence,
      outsideZones: observation.outsideZones,
      // The SPF budget table and code scanning's sites read every domain's model and observation.
      keepModels: true,
      base,
      ...(inputs.policy ? { policy: inputs.policy } : {}),
      ...(inputs.today ? { today: inputs.today } : {}),
    });
    const { files, domains, errors, warnings, infos } = result.summary;
    // A stack whose last domain file the pull request deletes has none left: its removal is the report.
    if (files === 0 && result.removedZones.length === 0 && !result.removedZonesNotes.some(removedNoteFails)) throw noDomainFile(paths);
    return {
      findings: result.findings,
      suppressed: result.suppressed,
      summary: { files, domains, errors, warnings, infos },
      domains: result.models,
      changes: result.changes.length,
      planMarkdown: planMarkdownOf(result),
      planJson: planJson(result),
      published: publishedSpf(result.observations),
      recursive: recursiveCounts(result.findings),
      failure: [lookupFailure(result.failures), uncheckedFailure(result.unchecked), gateFailure(result.gates), adoptionFailure(result.removedZonesNotes)].filter((f): f is string => f !== null).join("; ") || null,
      sites: domainFileSites(result.models, inputs.cwd),
      evidence: evidenceLines(result.models, evidence),
      removedZones: result.removedZones,
    };
  } finally {
    observation.close();
  }
}

/**
 * `audit` reads live records only. Its domains: those the domain files under `paths` declare, names given
 * in `paths` that are not files, or, with `zone` and neither, every domain the zone files hold.
 */
async function audit(inputs: ActionInputs): Promise<CommandOutcome> {
  // With zone files and no paths, the domains are those the zones hold.
  const paths = inputs.paths.length === 0 && inputs.zone ? [] : pathsToRead(inputs);
  const files = paths.filter((p) => existsSync(resolve(inputs.cwd, p)));
  const names = paths.filter((p) => !files.includes(p));
  const linted = files.length ? await lintPaths(files, { rules: allRules, cwd: inputs.cwd, ...(inputs.policy ? { policy: inputs.policy } : {}) }) : null;
  // A domain file that cannot be read declares a domain nobody knows: the audit would leave it out in silence.
  const unread = linted?.findings.find((f) => f.ruleId === "file-unreadable");
  if (unread) throw new InputError(`${unread.file}: ${unread.message}`);
  const models = linted?.domains ?? [];
  const declared = models.map((d) => d.domain);
  const observation = await observe(inputs);
  try {
    let domains = [...new Set([...declared, ...domainList(names, undefined, { cwd: inputs.cwd })])];
    // As the CLI: only the zones that are mail domains (a provider's or a name server's zone is not audited).
    if (domains.length === 0 && observation.zones) domains = zoneMailDomains(observation.zones).domains;
    if (domains.length === 0) throw new InputError("audit found no domain: give domain files or names in `paths`, or zone files in `zone`");
    const result = await auditDomains(domains, {
      sourceFor: observation.sourceFor,
      rulesSource: observation.rules,
      cwd: inputs.cwd,
      concurrency: observation.domainsInFlight,
      // As the CLI: the selectors a zone holds are all it has; common names are probed over DNS only.
      knownSelectorsFor: (domain) => zoneSelectors(observation.zones, domain),
      probeSelectors: probeSelectorsFor(observation.zones),
      outsideZones: observation.outsideZones,
      ...(inputs.policy ? { policy: inputs.policy } : {}),
      ...(inputs.today ? { today: inputs.today } : {}),
    });
    return {
      findings: result.findings,
      // audit judges live records: a domain file's `lint:` entries silence nothing there.
      suppressed: [],
      summary: { files: 0, domains: result.domains, errors: result.errors, warnings: result.warnings, infos: result.infos },
      // audit keeps no models (thousands of live domains would not fit): no SPF budget table for it.
      domains: [],
      changes: null,
      planMarkdown: null,
      planJson: null,
      published: null,
      recursive: null,
      failure: [lookupFailure(result.failures), uncheckedFailure(result.unchecked)].filter((f): f is string => f !== null).join("; ") || null,
      // Live findings have no file: code scanning places them at the domain file that declares the domain.
      sites: domainFileSites(models, inputs.cwd),
      evidence: [],
      removedZones: [],
    };
  } finally {
    observation.close();
  }
}

export async function commandOutcome(inputs: ActionInputs): Promise<CommandOutcome> {
  switch (inputs.command) {
    case "lint":
      return lint(inputs);
    case "plan":
      return plan(inputs);
    case "audit":
      return audit(inputs);
  }
}
