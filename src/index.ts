// The library API: what the CLI, the Action and the Pulumi program use, and what other tools may import.
import { lintPaths as lintPathsWith, type LintPathsOptions as EngineLintOptions, type LintResult } from "./engine/run.js";
import type { Rule } from "./engine/types.js";
import { allRules } from "./rules/index.js";

export { summarize, compareFindings, resolvePolicy, type LintResult } from "./engine/run.js";

export type LintPathsOptions = Omit<EngineLintOptions, "rules"> & { rules?: readonly Rule[] };

/** Lints domain files and folders with every rule of maildns (or `options.rules`), as `maildns lint` does. */
export function lintPaths(paths: readonly string[], options: LintPathsOptions = {}): Promise<LintResult> {
  return lintPathsWith(paths, { ...options, rules: options.rules ?? allRules });
}

export { lintFile, runRules, todayUtc, type EngineOptions } from "./engine/lint.js";
export { loadPolicy, DEFAULT_POLICY, SHIPPED_POLICIES, PolicyError, type Policy } from "./engine/policy.js";
export { allRules };
export { desiredRecords, absoluteHost, type DesiredRRset } from "./model/records.js";
export type * from "./engine/types.js";
export type * from "./model/types.js";
export { evaluateGates, GATE_IDS, NEVER_ALLOWED, type Gate, type GateId, type GateInput } from "./plan/safety.js";
export { desiredSlotRecords, slotOf, type SlotRecord } from "./model/slots.js";
