// The safety gates of `maildns plan`: the observed managed records (live DNS or zone files) against the
// domain file, with the operations an apply performs, judged by the same gates the Pulumi program enforces
// (safety.ts). A domain whose observation failed gets none: its live state is unknown.
import type { DesiredRRset } from "../model/records.js";
import { aliasTargetName, dmarcAlias } from "../mail/dmarc-alias.js";
import { desiredSlotRecords } from "../model/slots.js";
import { looksLikeDmarc } from "../mail/txt-version.js";
import type { DomainModel } from "../model/types.js";
import type { DomainObservation } from "./observe.js";
import { zoneOperations, type LiveSlotRecord } from "../model/operations.js";
import { DEFAULT_SAFETY, evaluateGates, type DelegatedDmarc, type Gate, type SafetyOptions } from "./safety.js";
import type { TtlMatcher } from "./plan.js";
import type { ObservedRRset, RecordSource } from "../dns/types.js";

/** Each observed value as one record (a CNAME conflict is not a managed record). */
export function observedRecords(observation: DomainObservation): LiveSlotRecord[] {
  const records: LiveSlotRecord[] = [];
  for (const rrset of observation.rrsets) {
    if (rrset.state !== "present" || rrset.role === "conflict") continue;
    rrset.values.forEach((value, i) => {
      records.push({ key: `${rrset.name}/${rrset.type}/${i}`, name: rrset.name, subdomain: rrset.subdomain, type: rrset.type, value, ttl: rrset.ttl });
    });
  }
  return records;
}

export interface PlanGateOptions {
  ttlMatches?: TtlMatcher;
  /** The model's desiredRecords when the caller has them already (planDomain reads them too). */
  rrsets?: readonly DesiredRRset[];
  allow?: readonly string[];
  safety?: SafetyOptions;
  /** What the file's `_dmarc` CNAME leads to (readDelegatedDmarc), for the loosen-dmarc gate. */
  delegatedDmarc?: DelegatedDmarc;
  /** What the live `_dmarc` CNAME leads to (readDelegatedDmarc), for the loosen-dmarc gate. */
  liveDelegatedDmarc?: DelegatedDmarc;
}

export function planGates(model: DomainModel, observation: DomainObservation, options: PlanGateOptions = {}): Gate[] {
  if (observation.failures.length > 0) return [];
  const live = observedRecords(observation);
  const desired = desiredSlotRecords(model, options.rrsets);
  const operations = zoneOperations(live, desired, options.ttlMatches ? { ttlMatches: options.ttlMatches } : {});
  const delegated = {
    ...(options.delegatedDmarc ? { delegatedDmarc: options.delegatedDmarc } : {}),
    ...(options.liveDelegatedDmarc ? { liveDelegatedDmarc: options.liveDelegatedDmarc } : {}),
  };
  return evaluateGates({ domain: model.domain, live, desired, operations, allow: options.allow ?? [], options: options.safety ?? DEFAULT_SAFETY, ...delegated });
}

/** What the `_dmarc` aliases on either side of a plan lead to, for the loosen-dmarc gate (PlanGateOptions). */
export interface DmarcAliasReads {
  /** The target of the file's `_dmarc` CNAME. */
  delegatedDmarc?: DelegatedDmarc;
  /** The target of the live `_dmarc` CNAME. */
  liveDelegatedDmarc?: DelegatedDmarc;
}

/**
 * The TXT at each `_dmarc` alias target the loosen-dmarc gate needs, one question each, asked only when the
 * plan changes what receivers apply: the file's alias target when the file replaces a live `_dmarc` TXT or
 * another alias with it; the live alias's target when the file replaces that alias (with a record of its
 * own, or another alias). NXDOMAIN and NODATA are "no record there"; a failed lookup is "could not be read"
 * (null), never "no record".
 */
export async function readDelegatedDmarc(model: DomainModel, observation: DomainObservation, source: RecordSource): Promise<DmarcAliasReads> {
  if (observation.failures.length > 0) return {};
  const alias = dmarcAlias(model);
  const dmarcAt = observation.rrsets.filter((r) => r.subdomain === "_dmarc" && r.state === "present");
  const liveDmarc = dmarcAt.some((r) => r.type === "TXT" && r.values.some(looksLikeDmarc));
  // The live alias whatever role the observation gave it: it is seen as a conflict beside the `_dmarc` TXT question.
  const liveValue = liveDmarc ? undefined : dmarcAt.find((r) => r.type === "CNAME")?.values[0];
  const liveTarget = liveValue === undefined ? null : aliasTargetName(liveValue);
  const replacesAlias = liveTarget !== null && (Boolean(model.dmarc) || (alias !== null && alias.target !== liveTarget));
  const [after, before] = await Promise.all([
    alias && (liveDmarc || replacesAlias) ? readTarget(alias.target, source) : undefined,
    replacesAlias ? readTarget(liveTarget, source) : undefined,
  ]);
  return { ...(after ? { delegatedDmarc: after } : {}), ...(before ? { liveDelegatedDmarc: before } : {}) };
}

async function readTarget(target: string, source: RecordSource): Promise<DelegatedDmarc> {
  let answer: ObservedRRset;
  try {
    answer = await source.lookup(target, "TXT");
  } catch {
    return { target, texts: null };
  }
  if (answer.status === "failed") return { target, texts: null };
  return { target, texts: answer.status === "ok" ? answer.values : [] };
}
