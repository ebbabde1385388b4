// One "could not check" line per failed lookup. Several rules may need one lookup (the TXT at a DKIM
// selector's CNAME target feeds dkim-cname-target-invalid, dkim-key-too-short and dkim-testing-flag; an SPF
// include's TXT feeds spf-include-no-record, spf-lookup-limit and spf-void-lookups), and each says its own
// check was not made, since a rule never knows which others the pack runs. The engine knows: once every
// rule of a domain has reported, it keeps one of those reports per lookup and names on it the other rules
// that needed the lookup (Finding.alsoNeededBy), so that the report says the failure once while `plan` and
// `audit` still name the lookup as unchecked by every rule that needed it, and fail the run for it, whichever
// of them the pack turned off. Which messages name a failed lookup, and which lookup, is the caller's to say
// (EngineOptions.failedLookup): the engine knows no rule by name.
import type { Finding } from "./types.js";

/** The identity of the failed lookup a finding says its check needed (domain, name, type), or null for none. */
export type FailedLookupOf = (finding: Finding) => string | null;

const RANK: Record<Finding["level"], number> = { error: 0, warn: 1, info: 2 };

/**
 * The findings with one report per failed lookup: of the reports naming the same lookup, the one at the
 * highest level is kept (on a tie, one that stands for folded reports, else the first in rule order), and
 * the rules of the others are listed on it. A report that stands for more (`count`: the engine folded
 * reports past its cap into it) is never dropped: the lookups it folded are only named in it. It speaks for
 * its lookup only at the highest level, though: merging never lowers the level a lookup is reported at (a
 * `--fail-on` threshold, an annotation's severity), so a report above it stays a line of its own. Order is
 * kept; the other findings are untouched.
 */
export function oneReportPerLookup(findings: Finding[], lookupOf: FailedLookupOf | null | undefined): Finding[] {
  if (!lookupOf) return findings;
  const keys: (string | null)[] = [];
  const kept = new Map<string, Finding>();
  let shared = false;
  for (const finding of findings) {
    const key = lookupOf(finding);
    keys.push(key);
    if (key === null) continue;
    const best = kept.get(key);
    if (!best) {
      kept.set(key, finding);
      continue;
    }
    shared = true;
    // The highest level speaks; a folded report (which stays whatever happens) before a plain one of its level.
    const rank = RANK[finding.level];
    const bestRank = RANK[best.level];
    if (rank < bestRank || (rank === bestRank && finding.count !== undefined && best.count === undefined)) kept.set(key, finding);
  }
  if (!shared) return findings;
  const out: Finding[] = [];
  const also = new Map<Finding, Set<string>>();
  findings.forEach((finding, i) => {
    const key = keys[i]!;
    const best = key === null ? finding : kept.get(key)!;
    if (best === finding || finding.count !== undefined) {
      out.push(finding);
      return;
    }
    if (finding.ruleId === best.ruleId) return;
    let rules = also.get(best);
    if (!rules) also.set(best, (rules = new Set(best.alsoNeededBy)));
    rules.add(finding.ruleId);
  });
  for (const [finding, rules] of also) finding.alsoNeededBy = [...rules].sort();
  return out;
}
