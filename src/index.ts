// The library API: what the CLI, the Action and the Pulumi program use, and what other tools may import.
export { lintPaths, summarize, compareFindings, resolvePolicy, type LintResult, type LintPathsOptions } from "./engine/run.js";
export { lintFile, runRules, todayUtc, type EngineOptions } from "./engine/lint.js";
export { loadPolicy, DEFAULT_POLICY, SHIPPED_POLICIES, PolicyError, type Policy } from "./config/policy.js";
export { allRules } from "./rules/index.js";
export { desiredRecords, absoluteHost, type DesiredRRset } from "./model/records.js";
export type * from "./engine/types.js";
export type * from "./model/types.js";
export { evaluateGates, GATE_IDS, NEVER_ALLOWED, type Gate, type GateId, type GateInput } from "./plan/safety.js";
export { desiredSlotRecords, slotOf, type SlotRecord } from "./model/slots.js";
