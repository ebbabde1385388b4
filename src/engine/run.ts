// `lint` over paths: discovery, reading, the engine per file, and the cross-file checks.
import { DEFAULT_POLICY, loadPolicy, type Policy } from "../config/policy.js";
import { MAX_FILE_BYTES } from "../config/source.js";
import type { DomainModel } from "../model/types.js";
import { allRules } from "../rules/index.js";
import { findDomainFiles, type DomainFileRef } from "./files.js";
import { errorText } from "../model/show.js";
import { fileFinding, internalErrorFinding, lintFile, todayUtc, type EngineOptions } from "./lint.js";
import { fileReader } from "./read-ahead.js";
import { summarize } from "./summary.js";
import type { EvidenceLookup, Finding, Level, LiveLookup, Rule } from "./types.js";

export interface LintResult {
  findings: Finding[];
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
  rules?: readonly Rule[];
  dns?: LiveLookup | null;
  observed?: ReadonlyMap<string, DomainModel> | null;
  /** DMARC evidence per domain (dmarc-evidence.json). */
  evidence?: EvidenceLookup | null;
  /** Whether the caller needs the domain models (plan, Pulumi); `lint` does not keep them. */
  models?: boolean;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

export { summarize };

const LEVEL_ORDER: Record<Level, number> = { error: 0, warn: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? "").localeCompare(b.file ?? "") ||
    a.domain.localeCompare(b.domain) ||
    a.line - b.line ||
    a.column - b.column ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function resolvePolicy(policy: string | Policy | undefined, rules: readonly Rule[], cwd: string): Policy {
  return typeof policy === "object" ? policy : loadPolicy(policy ?? DEFAULT_POLICY, rules, cwd);
}

interface FileOutcome {
  findings: Finding[];
  domain: DomainModel | null;
  domainName: string | null;
}

/** Lints the files in order. */
async function lintRefs(refs: readonly DomainFileRef[], engine: EngineOptions, keepModels: boolean, onFile?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const reader = fileReader(refs);
  try {
    for (const ref of refs) {
      const pending = reader.read(outcomes.length);
      const read = pending instanceof Promise ? await pending : pending;
      if ("tooLarge" in read) {
        const data = { size: read.tooLarge, max: MAX_FILE_BYTES };
        const finding = fileFinding(engine, "file-too-large", "tooLarge", data, engine.policy.settingsFor("").get("file-too-large"), { domain: "", file: ref.display, name: null });
        outcomes.push({ findings: finding ? [finding] : [], domain: null, domainName: null });
      } else {
        try {
          const result = await lintFile(ref.display, read.bytes, engine);
          outcomes.push({ findings: result.findings, domain: keepModels ? result.domain : null, domainName: result.domain?.domain ?? null });
        } catch (error) {
          // Collect, don't bail: this file gets the finding, the others are still linted.
          const finding = internalErrorFinding("file", { detail: errorText(error) }, { domain: "", file: ref.display, name: null }, engine);
          outcomes.push({ findings: [finding], domain: null, domainName: null });
        }
      }
      onFile?.(outcomes.length);
    }
  } finally {
    reader.close();
  }
  return outcomes;
}

/** Lints domain files and folders. Throws UsageError (exit 2) for missing paths or a broken pack. */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const today = options.today ?? todayUtc();
  const engine: EngineOptions = { rules, policy, today, dns: options.dns ?? null, observed: options.observed ?? null, evidence: options.evidence ?? null };
  const refs = findDomainFiles(paths, cwd);

  const outcomes = await lintRefs(refs, engine, options.models !== false, (done) => options.onFile?.(done, refs.length));

  const findings: Finding[] = [];
  const domains: DomainModel[] = [];
  const fileOfDomain = new Map<string, string>();
  outcomes.forEach((outcome, i) => {
    for (const f of outcome.findings) findings.push(f);
    const name = outcome.domainName;
    if (name === null) return;
    const previous = fileOfDomain.get(name);
    if (previous === undefined) {
      fileOfDomain.set(name, refs[i]!.display);
      if (outcome.domain) domains.push(outcome.domain);
      return;
    }
    const data = { domain: name, other: previous };
    const finding = fileFinding(engine, "lint-duplicate-domain", "duplicate", data, policy.settingsFor(name).get("lint-duplicate-domain"), { domain: name, file: refs[i]!.display, name });
    if (finding) findings.push(finding);
  });
  findings.sort(compareFindings);
  return { findings, domains, domainCount: fileOfDomain.size, files: refs.length, ...summarize(findings) };
}

/** A linter with lintPaths's contract, for callers that take one injected (adopt, the Pulumi program). */
export type LintFn = (
  paths: string[],
  options?: { policy?: string; cwd?: string; today?: string },
) => Promise<{ findings: Finding[]; domains: DomainModel[]; files: number; errors: number }>;
