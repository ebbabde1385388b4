// The plan: desired RRsets against observed ones, per managed RRset (the managed record sets listed in the README). Pure. An RRset whose
// lookup failed is unknown: it gets no change, and the plan carries the failure so the run exits 1
// rather than guess (a timeout must never read as "absent, create it" or "gone, delete it").
import { desiredRecords, type DesiredRRset, type ManagedType } from "../model/records.js";
import type { DomainModel } from "../model/types.js";
import { compareObserved, type DomainObservation, type LookupFailure, type ObservedManaged } from "./observe.js";

export type ChangeAction = "create" | "update" | "delete";

export interface Change {
  domain: string;
  /** FQDN, lower case, no trailing dot. */
  name: string;
  type: ManagedType;
  action: ChangeAction;
  /** The TTL after the change (create, update) or of the RRset removed (delete). */
  ttl: number | null;
  /** The live TTL before the change (null for create). */
  beforeTtl: number | null;
  /** Sorted presentation values; TXT with character-strings joined (RFC 7208 §3.3). */
  before: string[];
  after: string[];
}

export interface DomainPlan {
  changes: Change[];
  failures: LookupFailure[];
}

/** Whether a served TTL satisfies a desired one: the DNS host's normal form (providers/), exact by default. */
export type TtlMatcher = (desired: number, observed: number | null) => boolean;

const exactTtl: TtlMatcher = (desired, observed) => observed === desired;

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((v, i) => v === sortedB[i]);
}

const key = (name: string, type: string) => `${name}\u0000${type}`;

/**
 * Changes for one domain: every managed RRset the YAML or the live zone has (apex MX, SPF and `_dmarc` always).
 * `rrsets`: the model's desiredRecords when the caller has them already (the gates read them too).
 */
export function planDomain(desired: DomainModel, observation: DomainObservation, ttlMatches: TtlMatcher = exactTtl, rrsets: readonly DesiredRRset[] = desiredRecords(desired)): DomainPlan {
  const wanted = new Map<string, DesiredRRset>();
  for (const d of rrsets) wanted.set(key(d.name, d.type), d);
  const seen = new Map<string, ObservedManaged>();
  for (const o of observation.rrsets) seen.set(key(o.name, o.type), o);
  const keys = [...new Set([...wanted.keys(), ...seen.keys()])]
    .map((k) => {
      const [name, type] = k.split("\u0000") as [string, string];
      return { name, type };
    })
    .sort(compareObserved);
  // A CNAME is alone at its name (RFC 1034 §3.6.2): where one is seen or wanted, the name's records are
  // one question, and a failed lookup of any of them leaves the whole name unknown. A `_dmarc` TXT lookup
  // that failed behind an alias must not leave a plan deleting the alias with nothing created in its
  // place. Elsewhere (the apex's MX and TXT) each lookup stands for its own RRset.
  const failedAt = new Set(observation.rrsets.filter((o) => o.state === "failed").map((o) => o.name));
  const aliasAt = new Set(keys.filter((k) => k.type === "CNAME").map((k) => k.name));
  const unknownName = (name: string) => failedAt.has(name) && aliasAt.has(name);
  const changes: Change[] = [];
  const failures: LookupFailure[] = [];
  for (const { name, type } of keys) {
    const d = wanted.get(key(name, type));
    const o = seen.get(key(name, type));
    if (!o) {
      // Never observed (the caller did not ask): unknown, so no change; say so rather than guess.
      if (d) failures.push({ domain: desired.domain, name, type: d.type, reason: "network", detail: "not observed" });
      continue;
    }
    // Failed lookups are reported once, from the observation's failures.
    if (o.state === "failed" || unknownName(name)) continue;
    const base = { domain: desired.domain, name, type: o.type };
    if (d && o.state === "absent") changes.push({ ...base, action: "create", ttl: d.ttl, beforeTtl: null, before: [], after: [...d.values] });
    else if (d && o.state === "present") {
      if (!sameValues(d.values, o.values) || !ttlMatches(d.ttl, o.ttl)) changes.push({ ...base, action: "update", ttl: d.ttl, beforeTtl: o.ttl, before: [...o.values], after: [...d.values] });
    } else if (!d && o.state === "present") changes.push({ ...base, action: "delete", ttl: o.ttl, beforeTtl: o.ttl, before: [...o.values], after: [] });
  }
  for (const f of observation.failures) failures.push(f);
  return { changes, failures };
}

export interface PlanSummary {
  changes: number;
  create: number;
  update: number;
  delete: number;
  failedLookups: number;
}

export function compareChanges(a: Change, b: Change): number {
  return a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : compareObserved(a, b);
}

export function summarizeChanges(changes: readonly Change[], failures: readonly LookupFailure[]): PlanSummary {
  const count = (action: ChangeAction) => changes.filter((c) => c.action === action).length;
  return { changes: changes.length, create: count("create"), update: count("update"), delete: count("delete"), failedLookups: failures.length };
}
