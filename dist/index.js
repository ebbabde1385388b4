import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  lintPaths
} from "./chunks/chunk-SLI7JZSP.js";
import {
  GATE_IDS,
  NEVER_ALLOWED,
  desiredSlotRecords,
  evaluateGates,
  slotOf
} from "./chunks/chunk-OESMAHSM.js";
import {
  DEFAULT_POLICY,
  PolicyError,
  SHIPPED_POLICIES,
  absoluteHost,
  allRules,
  compareFindings,
  desiredRecords,
  lintFile,
  loadPolicy,
  resolvePolicy,
  runRules,
  summarize,
  todayUtc
} from "./chunks/chunk-3OSQQ7QY.js";
import "./chunks/chunk-VO3HMMIX.js";
import "./chunks/chunk-K36EJTVN.js";
import "./chunks/chunk-32FQ7YH5.js";
import "./chunks/chunk-VOQH4KKZ.js";
import "./chunks/chunk-JLWFAXHK.js";
import "./chunks/chunk-53CTTIHG.js";
import "./chunks/chunk-G7NDWJJB.js";
import "./chunks/chunk-5AL66J2M.js";
export {
  DEFAULT_POLICY,
  GATE_IDS,
  NEVER_ALLOWED,
  PolicyError,
  SHIPPED_POLICIES,
  absoluteHost,
  allRules,
  compareFindings,
  desiredRecords,
  desiredSlotRecords,
  evaluateGates,
  lintFile,
  lintPaths,
  loadPolicy,
  resolvePolicy,
  runRules,
  slotOf,
  summarize,
  todayUtc
};
