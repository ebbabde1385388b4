// Bounded reports: at most MAX_FINDINGS_PER_FILE findings per file (per domain for live findings) and
// MAX_FINDINGS_PER_RUN in all are printed, the most severe first, and every format says how many were left
// out. The summary counts stay complete. A hostile 14 KB file once made 28 MB of output.
import type { Finding } from "../engine/types.js";

export const MAX_FINDINGS_PER_FILE = 200;
export const MAX_FINDINGS_PER_RUN = 5000;

export interface CappedFindings {
  shown: readonly Finding[];
  /** Findings left out of the output. */
  omitted: number;
}

const RANK: Record<Finding["level"], number> = { error: 0, warn: 1, info: 2 };

/** Indices of `items` to keep, at most `limit`, errors before warnings before infos, then in order. */
function keepMostSevere(items: readonly number[], findings: readonly Finding[], limit: number): number[] {
  if (items.length <= limit) return [...items];
  return [...items].sort((a, b) => RANK[findings[a]!.level] - RANK[findings[b]!.level] || a - b).slice(0, limit);
}

/**
 * Indices of the findings each file keeps (each domain, for live findings without a file): at most
 * `perFile`, the most severe first; files in the order they first appear. Pure.
 */
export function keptPerFile(findings: readonly Finding[], perFile: number): number[] {
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const key = f.file ?? `\u0000${f.domain}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(i);
  });
  const kept: number[] = [];
  for (const group of groups.values()) for (const i of keepMostSevere(group, findings, perFile)) kept.push(i);
  return kept;
}

/** The findings a report prints, in their order, and how many it leaves out. Pure. */
export function capFindings(findings: readonly Finding[], perFile = MAX_FINDINGS_PER_FILE, perRun = MAX_FINDINGS_PER_RUN): CappedFindings {
  if (findings.length <= perFile) return { shown: findings, omitted: 0 };
  const kept = keepMostSevere(keptPerFile(findings, perFile), findings, perRun).sort((a, b) => a - b);
  if (kept.length === findings.length) return { shown: findings, omitted: 0 };
  return { shown: kept.map((i) => findings[i]!), omitted: findings.length - kept.length };
}

/** The sentence every format prints when findings were left out. */
export function omittedSentence(omitted: number): string {
  const n = omitted.toLocaleString("en-US");
  return `${n} more finding${omitted === 1 ? "" : "s"} not shown (at most ${MAX_FINDINGS_PER_FILE} per file and ${MAX_FINDINGS_PER_RUN.toLocaleString("en-US")} per run, the most severe first; the counts include them)`;
}
