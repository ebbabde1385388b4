// Opening lint's cache the same way from the CLI (`--cache`, `--cache-location`) and the Action (input
// `cache`): keyed by the policy pack, the rules, the code and the version, and per file by the DMARC evidence
// that applies to it (dmarc-ramp-evidence reads it, so new evidence changes a file's findings without a byte
// of the file changing).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Policy } from "../config/policy.js";
import { cacheFilePath, lintCacheKey, openLintCache, type LintCache } from "../engine/cache.js";
import { EVIDENCE_FILE_NAME } from "../reports/evidence.js";
import { allRules } from "../rules/index.js";
import { toolVersion } from "./version.js";

/**
 * What else than its bytes a file's findings depend on: the DMARC evidence that applies to it (`explicit`,
 * or the dmarc-evidence.json beside it), as a hash; "" when there is none. Each evidence file is read once.
 */
export function evidenceKeyFor(explicit: string | null, cwd: string): (file: string) => string {
  const hashOf = new Map<string, string>();
  const hash = (path: string) => {
    let h = hashOf.get(path);
    if (h === undefined) {
      h = existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("base64") : "";
      hashOf.set(path, h);
    }
    return h;
  };
  if (explicit !== null) {
    const path = resolve(cwd, explicit);
    return () => hash(path);
  }
  return (file) => hash(join(dirname(resolve(cwd, file)), EVIDENCE_FILE_NAME));
}

/** The cache at `location` (a file, or a folder for .maildnscache; default .maildnscache in cwd) and its path. */
export function openLintCacheFor(options: { location: string | undefined; cwd: string; policy: Policy; evidence: string | null }): { cache: LintCache; path: string } {
  const path = cacheFilePath(options.location, options.cwd);
  const key = lintCacheKey({ policyFingerprint: options.policy.fingerprint ?? options.policy.name, rules: allRules, toolVersion: toolVersion() });
  return { cache: openLintCache(path, key, allRules, { extraKey: evidenceKeyFor(options.evidence, options.cwd) }), path };
}
