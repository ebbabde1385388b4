// The safety gates of `maildns plan`: the observed managed records (live DNS or zone files) against the
// domain file, with the operations an apply performs, judged by the same gates the Pulumi program enforces
// (safety.ts). A domain whose observation failed gets none: its live state is unknown.
import type { DesiredRRset } from "../model/records.js";
import { dmarcAlias } from "../mail/dmarc-alias.js";
import { desiredSlotRecords, isDmarcText } from "../model/slots.js";
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
}

export function planGates(model: DomainModel, observation: DomainObservation, options: PlanGateOptions = {}): Gate[] {
  if (observation.failures.length > 0) return [];
  const live = observedRecords(observation);
  const desired = desiredSlotRecords(model, options.rrsets);
  const operations = zoneOperations(live, desired, options.ttlMatches ? { ttlMatches: options.ttlMatches } : {});
  const delegated = options.delegatedDmarc ? { delegatedDmarc: options.delegatedDmarc } : {};
  return evaluateGates({ domain: model.domain, live, desired, operations, allow: options.allow ?? [], options: options.safety ?? DEFAULT_SAFETY, ...delegated });
}

/**
 * When the file moves DMARC from the live `_dmarc` TXT to a CNAME (delegation to a DMARC provider's record),
 * the TXT at the alias target: what receivers will apply, which the loosen-dmarc gate judges. One question,
 * asked only then; undefined otherwise. NXDOMAIN and NODATA are "no record there"; a failed lookup is
 * "could not be read" (null), never "no record".
 */
export async function readDelegatedDmarc(model: DomainModel, observation: DomainObservation, source: RecordSource): Promise<DelegatedDmarc | undefined> {
  const alias = dmarcAlias(model);
  if (!alias || observation.failures.length > 0) return undefined;
  const liveDmarc = observation.rrsets.some((r) => r.subdomain === "_dmarc" && r.type === "TXT" && r.state === "present" && r.values.some(isDmarcText));
  if (!liveDmarc) return undefined;
  const target = alias.target;
  let answer: ObservedRRset;
  try {
    answer = await source.lookup(target, "TXT");
  } catch {
    return { target, texts: null };
  }
  if (answer.status === "failed") return { target, texts: null };
  return { target, texts: answer.status === "ok" ? answer.values : [] };
}
