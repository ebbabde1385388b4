// DMARC policy discovery for a domain that publishes no record of its own. RFC 7489 §6.6.3: receivers ask
// `_dmarc.<Organizational Domain>` once (Public Suffix List). RFC 9989 §4.10, the DNS tree walk: they ask
// each parent in turn, starting at most seven labels from the top, up to and including the top-level
// domain (where public suffix operators publish), and the first DMARC record found applies. Either way a
// subdomain takes the record's `sp=` (RFC 7489 §6.3; `np=` too for names that do not exist, RFC 9989 §4.7).
import { settledLookup, type LiveLookup } from "../dns/lookup.js";
import { effectivePolicy, parseDmarc, type EffectivePolicy } from "./dmarc.js";
import { isDmarcRecord } from "./txt-version.js";
import { organizationalDomain } from "./org-domain.js";

/** RFC 9989 §4.10 steps 4–8: the parents asked, nearest first, for a domain without a record of its own. */
export function treeWalkTargets(domain: string): string[] {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".").filter((label) => label !== "");
  // Step 5: drop one label, or as many as leave seven; then one at a time down to the top-level domain.
  const targets: string[] = [];
  for (let from = Math.max(1, labels.length - 7); from < labels.length; from++) targets.push(labels.slice(from).join("."));
  return targets;
}

export type DiscoveryOutcome =
  | { status: "found"; name: string; record: string; policy: EffectivePolicy }
  | { status: "multiple"; name: string; count: number }
  | { status: "none" }
  | { status: "failed"; name: string; reason: string };

export interface PolicyDiscovery {
  /** The RFC 9989 §4.10 tree walk. */
  treeWalk: DiscoveryOutcome;
  /** The RFC 7489 §6.6.3 fallback (null when the domain is its own Organizational Domain). */
  organizational: { name: string; outcome: DiscoveryOutcome } | null;
}

async function recordAt(dns: LiveLookup, name: string): Promise<DiscoveryOutcome> {
  const answer = await settledLookup(dns.txt(`_dmarc.${name}`));
  if (answer.status === "failed") return { status: "failed", name, reason: answer.reason };
  if (answer.status !== "ok") return { status: "none" };
  // Receivers keep only records whose version is exactly DMARC1 (RFC 7489 §6.6.3, RFC 9989 §4.10).
  const records = answer.records.filter(isDmarcRecord);
  if (records.length === 0) return { status: "none" };
  if (records.length > 1) return { status: "multiple", name, count: records.length };
  // The domain exists (it is being linted): the subdomain policy applies (sp=, then p=).
  return { status: "found", name, record: records[0]!, policy: effectivePolicy(parseDmarc(records[0]!), "subdomain") };
}

/** Which published record covers `domain`, which has no `_dmarc` record of its own. Never throws. */
export async function discoverPolicy(domain: string, dns: LiveLookup): Promise<PolicyDiscovery> {
  const targets = treeWalkTargets(domain);
  // Ask every parent at once (the resolver shares answers), then read them nearest first.
  const answers = targets.map((name) => recordAt(dns, name));
  let treeWalk: DiscoveryOutcome = { status: "none" };
  const byName = new Map<string, DiscoveryOutcome>();
  for (let i = 0; i < targets.length; i++) {
    const outcome = await answers[i]!;
    byName.set(targets[i]!, outcome);
    if (treeWalk.status === "none" && outcome.status !== "none") treeWalk = outcome;
  }
  const org = organizationalDomain(domain);
  const organizational = org === domain.toLowerCase() ? null : { name: org, outcome: byName.get(org) ?? (await recordAt(dns, org)) };
  return { treeWalk, organizational };
}
