// `lint` over paths: discovery, reading, the engine per file, and the cross-file checks.
import { DEFAULT_POLICY, loadPolicy, type Policy } from "../config/policy.js";
import { MAX_FILE_BYTES } from "../config/source.js";
import type { DomainModel } from "../model/types.js";
import { allRules } from "../rules/index.js";
import { findDomainFiles, readDomainFile } from "./files.js";
import { lintFile, todayUtc, type EngineOptions } from "./lint.js";
import { fillTemplate, levelFor } from "./messages.js";
import type { Finding, Level, LiveLookup, Rule } from "./types.js";

export interface LintResult {
  findings: Finding[];
  domains: DomainModel[];
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
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

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

export function summarize(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else if (f.level === "warn") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function resolvePolicy(policy: string | Policy | undefined, rules: readonly Rule[], cwd: string): Policy {
  return typeof policy === "object" ? policy : loadPolicy(policy ?? DEFAULT_POLICY, rules, cwd);
}

/** Lints domain files and folders. Throws UsageError (exit 2) for missing paths or a broken pack. */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const policy = resolvePolicy(options.policy, rules, cwd);
  const engine: EngineOptions = { rules, policy, today: options.today ?? todayUtc(), dns: options.dns ?? null, observed: options.observed ?? null };
  const refs = findDomainFiles(paths, cwd);
  const findings: Finding[] = [];
  const domains: DomainModel[] = [];
  const byDomain = new Map<string, DomainModel>();
  const tooLarge = rules.find((r) => r.meta.id === "file-too-large");
  const duplicate = rules.find((r) => r.meta.id === "lint-duplicate-domain");
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const read = readDomainFile(ref);
    if ("tooLarge" in read) {
      const level = levelFor(policy.settingsFor("").get("file-too-large")?.level ?? "error", undefined);
      if (level !== "off") {
        const data = { size: read.tooLarge, max: MAX_FILE_BYTES };
        findings.push({ ruleId: "file-too-large", level, message: fillTemplate(tooLarge?.meta.messages.tooLarge?.text ?? "file too large", data), domain: "", file: ref.display, name: null, line: 1, column: 1, endLine: 1, endColumn: 1, messageId: "tooLarge", data });
      }
    } else {
      const result = await lintFile(ref.display, read.bytes, engine);
      findings.push(...result.findings);
      if (result.domain) {
        const previous = byDomain.get(result.domain.domain);
        if (previous) {
          const level = policy.settingsFor(result.domain.domain).get("lint-duplicate-domain")?.level ?? "error";
          if (level !== "off") {
            const data = { domain: result.domain.domain, other: previous.file ?? "" };
            findings.push({ ruleId: "lint-duplicate-domain", level, message: fillTemplate(duplicate?.meta.messages.duplicate?.text ?? "duplicate domain", data), domain: result.domain.domain, file: ref.display, name: result.domain.domain, line: 1, column: 1, endLine: 1, endColumn: 1, messageId: "duplicate", data });
          }
        } else {
          byDomain.set(result.domain.domain, result.domain);
          domains.push(result.domain);
        }
      }
    }
    options.onFile?.(i + 1, refs.length);
  }
  findings.sort(compareFindings);
  return { findings, domains, files: refs.length, ...summarize(findings) };
}
