// The safety gates of `maildns plan`: the observed managed records (live DNS or zone files) against the
// domain file, with the operations an apply performs, judged by the same gates the Pulumi program enforces
// (safety.ts). A domain whose observation failed gets none: its live state is unknown.
import { desiredSlotRecords } from "../model/slots.js";
import type { DomainModel } from "../model/types.js";
import type { DomainObservation } from "./observe.js";
import { zoneOperations, type LiveSlotRecord } from "../model/operations.js";
import { DEFAULT_SAFETY, evaluateGates, type Gate, type SafetyOptions } from "./safety.js";
import type { TtlMatcher } from "./plan.js";

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
  allow?: readonly string[];
  safety?: SafetyOptions;
}

export function planGates(model: DomainModel, observation: DomainObservation, options: PlanGateOptions = {}): Gate[] {
  if (observation.failures.length > 0) return [];
  const live = observedRecords(observation);
  const desired = desiredSlotRecords(model);
  const operations = zoneOperations(live, desired, options.ttlMatches ? { ttlMatches: options.ttlMatches } : {});
  return evaluateGates({ domain: model.domain, live, desired, operations, allow: options.allow ?? [], options: options.safety ?? DEFAULT_SAFETY });
}
