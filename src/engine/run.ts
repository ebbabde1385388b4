// `lint` over paths: discovery, reading, the engine per file, and the cross-file checks.
import { DEFAULT_POLICY, loadPolicy, type Policy } from "./policy.js";
import type { DomainModel } from "../model/types.js";
import type { CachedOutcome, LevelCounts, LintCache } from "./cache.js";
import { currentStamp, findDomainFiles, readDomainFile, type DomainFileRef, type ReadResult } from "./files.js";
import { errorText } from "../model/show.js";
import { UsageError } from "./usage-error.js";
import { evidenceFindings, fileFinding, internalErrorFinding, lintFile, todayUtc, tooLargeFinding, unreadableFinding, type EngineOptions } from "./lint.js";
import { fileReader } from "./read-ahead.js";
import { aliasDeclarations, sharedStackFolders } from "./stack-aliases.js";
import { summarize } from "./summary.js";
import type { EvidenceLookup, Finding, Level, LiveLookup, Rule } from "./types.js";

export interface LintResult {
  findings: Finding[];
  /**
   * The findings the files' `lint:` entries silenced, each with its entry (Finding.suppression), in report
   * order: not counted, not among `findings`, failing nothing; kept to be shown (kept with `findings` only).
   */
  suppressed: Finding[];
  /** The models of the domains (empty when linted with `models: false`). */
  domains: DomainModel[];
  /** How many distinct domains were linted. */
  domainCount: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintPathsOptions {
  policy?: string | Policy;
  cwd?: string;
  today?: string;
  /** The rules to run (the library API and the adapters give every rule: src/rules/index.ts). */
  rules: readonly Rule[];
  dns?: LiveLookup | null;
  observed?: ReadonlyMap<string, DomainModel> | null;
  /** DMARC evidence per domain (dmarc-evidence.json). */
  evidence?: EvidenceLookup | null;
  /** Whether the caller needs the domain models (plan, Pulumi); `lint` does not keep them. */
  models?: boolean;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /**
   * Each file's findings, sorted, as soon as the file is linted, files in report order (`lint` hands them
   * to its report as it goes). With `keepFindings: false` the result's `findings` stay empty: only counts
   * are kept.
   */
  onFindings?: (findings: readonly Finding[]) => void;
  keepFindings?: boolean;
  /** Findings of files linted before with the same bytes (`--cache`); not used with live DNS or models. */
  cache?: LintCache | null;
  /**
   * With `keepFindings: false`: whether the report would print any finding of a file that has these many of
   * each level (a bounded report is full, for those levels, once it holds as many as it prints). When it
   * would not, a cached file's findings are not read: `onCounted` gets their counts instead of `onFindings`.
   */
  shows?: (levels: LevelCounts) => boolean;
  /**
   * With `shows`: the counts of the findings of each file the cache will give without reading it (its
   * stamp is the stored one), said before any file is handed over, so that the report knows ahead how many
   * findings of each level will come (FindingsWriter.foresee).
   */
  foresee?: (levels: LevelCounts) => void;
  onCounted?: (levels: LevelCounts) => void;
}

export { summarize };

const LEVEL_ORDER: Record<Level, number> = { error: 0, warn: 1, info: 2 };

/**
 * String.prototype.localeCompare's own order (ECMA-402: localeCompare with no locale or options compares as
 * a new Intl.Collator with none does), through one collator: a warm lint compares 10,000 file names and the
 * findings of each file, and localeCompare looks its collator up again on every call.
 */
const localeCompare = new Intl.Collator().compare;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    localeCompare(a.file ?? "", b.file ?? "") ||
    localeCompare(a.domain, b.domain) ||
    a.line - b.line ||
    a.column - b.column ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    localeCompare(a.ruleId, b.ruleId) ||
    localeCompare(a.message, b.message)
  );
}

export function resolvePolicy(policy: string | Policy | undefined, rules: readonly Rule[], cwd: string): Policy {
  return typeof policy === "object" ? policy : loadPolicy(policy ?? DEFAULT_POLICY, rules, cwd);
}

interface FileOutcome {
  /** Null for a cached file whose findings the report does not need (`shows`): `levels` counts them. */
  findings: Finding[] | null;
  /** What the file's `lint:` entries silenced (never from the cache: a run that lists them caches no such file). */
  suppressed?: Finding[];
  levels?: LevelCounts;
  domain: DomainModel | null;
  domainName: string | null;
}

/**
 * Files in the order of the report: compareFindings orders findings by file first (localeCompare). The
 * files come sorted by code unit, which is that order for usual names; they are re-sorted only when not.
 */
function inReportOrder(refs: DomainFileRef[]): DomainFileRef[] {
  for (let i = 1; i < refs.length; i++) {
    if (localeCompare(refs[i - 1]!.display, refs[i]!.display) > 0) return [...refs].sort((a, b) => localeCompare(a.display, b.display));
  }
  return refs;
}

/**
 * Lints the files in order, handing each file's outcome to `each` as soon as it is known. A cached file's
 * findings are read only when `needsFindings` says so for its domain and counts (else only counted).
 */
async function lintRefs(refs: readonly DomainFileRef[], engine: EngineOptions, keepModels: boolean, listsSuppressed: boolean, cache: LintCache | null, needsFindings: (domainName: string | null, levels: LevelCounts) => boolean, foresee: ((levels: LevelCounts) => void) | null, each: (outcome: FileOutcome, index: number) => void): Promise<void> {
  // With a cache that holds stamps, a file whose stamp is the stored one is not read at all (a stat instead
  // of an open, a read and a hash); only the others go to the reader, in order.
  const unchanged = cache?.hasStamps ? refs.map((ref) => cache.stampMatches(ref.display, currentStamp(ref), engine.today)) : null;
  if (unchanged && foresee) {
    for (let i = 0; i < refs.length; i++) {
      const levels = unchanged[i] ? cache!.storedLevels(refs[i]!.display) : null;
      if (levels) foresee(levels);
    }
  }
  // A file the walk found unreadable is not read at all (its finding is all there is to say).
  const toRead = refs.filter((ref, i) => !unchanged?.[i] && !ref.problem);
  const reader = fileReader(toRead);
  let readIndex = 0;
  /** Hands a cached outcome over; false when its findings, needed, do not read (the file is linted again). */
  const fromCache = (stored: CachedOutcome, i: number): boolean => {
    if (!needsFindings(stored.domainName, stored.levels)) {
      each({ findings: null, levels: stored.levels, domain: null, domainName: stored.domainName }, i);
      return true;
    }
    const findings = stored.findings();
    if (findings === null) return false;
    each({ findings, domain: null, domainName: stored.domainName }, i);
    return true;
  };
  try {
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      if (ref.problem) {
        each({ findings: [unreadableFinding(ref.display, ref.problem)], domain: null, domainName: null }, i);
        continue;
      }
      // A stored line whose findings do not read: the file is linted again (already counted as a miss).
      let unreadable = false;
      if (unchanged?.[i]) {
        const stored = cache!.fromStamp(ref.display);
        if (stored && fromCache(stored, i)) continue;
        unreadable = stored !== null;
      }
      let read: ReadResult;
      if (unchanged?.[i]) read = readDomainFile(ref); // its stored line did not read: judged by its bytes
      else {
        const pending = reader.read(readIndex++);
        read = pending instanceof Promise ? await pending : pending;
      }
      if ("tooLarge" in read) {
        const finding = tooLargeFinding(engine, ref.display, read.tooLarge);
        each({ findings: finding ? [finding] : [], domain: null, domainName: null }, i);
        continue;
      }
      // Collect, don't bail: a file that could not be read gets the finding, the others are still linted.
      if ("unreadable" in read) {
        each({ findings: [unreadableFinding(ref.display, read.unreadable)], domain: null, domainName: null }, i);
        continue;
      }
      const cached = unreadable ? null : cache?.get(ref.display, read.bytes, engine.today, read.stamp);
      if (cached && fromCache(cached, i)) continue;
      let outcome: FileOutcome;
      try {
        const result = await lintFile(ref.display, read.bytes, engine);
        const domainName = result.domain?.domain ?? null;
        // When the run lists what `lint:` entries silence (the Action shows it to a reviewer), a file whose
        // entries silenced findings is not cached: the cache keeps only the findings a report counts, so it
        // is linted again each run. A run that lists nothing (`maildns lint`) caches every file.
        if (!(listsSuppressed && result.suppressed?.length)) cache?.set(ref.display, read.bytes, engine.today, { findings: result.findings, domainName }, read.stamp);
        outcome = { findings: result.findings, domain: keepModels ? result.domain : null, domainName, ...(result.suppressed?.length ? { suppressed: result.suppressed } : {}) };
      } catch (error) {
        // A usage error (the engine's own refusals) ends the run as one, never an internal error to report.
        if (error instanceof UsageError) throw error;
        // Collect, don't bail: this file gets the finding, the others are still linted (and it is not cached).
        const finding = internalErrorFinding("file", { detail: errorText(error) }, { domain: "", file: ref.display, name: null }, engine);
        outcome = { findings: [finding], domain: null, domainName: null };
      }
      each(outcome, i);
    }
  } finally {
    reader.close();
  }
}

/**
 * Lints domain files and folders. Throws UsageError (exit 2) for a missing path or a broken pack; a file
 * that cannot be read is a file-unreadable finding on it (always an error), and the others are linted.
 */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const today = options.today ?? todayUtc();
  const engine: EngineOptions = { rules, policy, today, dns: options.dns ?? null, observed: options.observed ?? null, evidence: options.evidence ?? null };
  const refs = inReportOrder(findDomainFiles(paths, cwd));
  const keepModels = options.models !== false;
  // Live lookups and observed state make findings that the bytes alone do not decide.
  const cache = engine.dns || engine.observed || keepModels ? null : (options.cache ?? null);
  const keepFindings = options.keepFindings !== false;

  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const domains: DomainModel[] = [];
  const fileOfDomain = new Map<string, string>();
  const counts = { errors: 0, warnings: 0, infos: 0 };
  let done = 0;
  const shows = keepFindings ? null : (options.shows ?? null);
  // A cached file's findings are read when they are kept, when the report may print some of them, or when
  // the file is a duplicate (its lint-duplicate-domain finding goes among them).
  // Two stacks with their own config on one folder (a link): the folder is walked once, and each of its
  // files is declared by the other stacks too (stack-aliases.ts), as `plan` given one of them says.
  const shared = sharedStackFolders(paths, cwd);
  const needsFindings = (name: string | null, levels: LevelCounts) => shows === null || shows(levels) || (name !== null && fileOfDomain.has(name)) || shared.length > 0;
  // A broken dmarc-evidence.json beside domain files is a finding on it, handed over in report order among
  // the files' own (never cached: the files' findings are, keyed by the evidence's bytes).
  const evidence = evidenceFindings(engine, refs.filter((ref) => !ref.problem).map((ref) => ref.display)).sort(compareFindings);
  let evidenceDone = 0;
  const handEvidence = (before: string | null) => {
    while (evidenceDone < evidence.length && (before === null || localeCompare(evidence[evidenceDone]!.file!, before) < 0)) {
      const finding = evidence[evidenceDone++]!;
      counts.errors++;
      if (keepFindings) findings.push(finding);
      options.onFindings?.([finding]);
    }
  };
  await lintRefs(refs, engine, keepModels, keepFindings, cache, needsFindings, shows ? (options.foresee ?? null) : null, (outcome, i) => {
    handEvidence(refs[i]!.display);
    const name = outcome.domainName;
    if (outcome.findings === null) {
      // Counted, not read (needsFindings): not a duplicate, and the report prints none of them.
      const levels = outcome.levels!;
      if (name !== null) fileOfDomain.set(name, refs[i]!.display);
      counts.errors += levels.error;
      counts.warnings += levels.warn;
      counts.infos += levels.info;
      options.onCounted?.(levels);
      options.onFile?.(++done, refs.length);
      return;
    }
    const fileFindings = outcome.findings;
    if (name !== null) {
      const previous = fileOfDomain.get(name);
      if (previous === undefined) {
        fileOfDomain.set(name, refs[i]!.display);
        if (outcome.domain) domains.push(outcome.domain);
      } else {
        const data = { domain: name, other: previous };
        const finding = fileFinding(engine, "lint-duplicate-domain", "duplicate", data, policy.settingsFor(name).get("lint-duplicate-domain"), { domain: name, file: refs[i]!.display, name });
        if (finding) fileFindings.push(finding);
      }
      for (const alias of shared.length > 0 ? aliasDeclarations(shared, refs[i]!.absolute) : []) {
        const data = { domain: name, other: alias.other, stack: alias.stack };
        const finding = fileFinding(engine, "lint-duplicate-domain", "otherStack", data, policy.settingsFor(name).get("lint-duplicate-domain"), { domain: name, file: refs[i]!.display, name });
        if (finding) fileFindings.push(finding);
      }
    }
    // Findings of one file, in report order: files already come in it.
    fileFindings.sort(compareFindings);
    for (const f of fileFindings) {
      if (f.level === "error") counts.errors++;
      else if (f.level === "warn") counts.warnings++;
      else counts.infos++;
      if (keepFindings) findings.push(f);
    }
    if (keepFindings && outcome.suppressed) for (const f of [...outcome.suppressed].sort(compareFindings)) suppressed.push(f);
    options.onFindings?.(fileFindings);
    options.onFile?.(++done, refs.length);
  });
  handEvidence(null);
  return { findings, suppressed, domains, domainCount: fileOfDomain.size, files: refs.length, ...counts };
}

/** A linter with lintPaths's contract, for callers that take one injected (adopt, the Pulumi program). */
export type LintFn = (
  paths: string[],
  options?: { policy?: string; cwd?: string; today?: string },
) => Promise<{ findings: Finding[]; domains: DomainModel[]; files: number; errors: number }>;
