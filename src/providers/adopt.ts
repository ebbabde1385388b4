// Adoption: read the live records of the managed owners at the host, pair them with the desired ones slot
// by slot (whatever their values), and write what the Pulumi program needs: the live records with their
// ids and the record resources the stack already holds. Nothing is changed at the host.
import { desiredSlotRecords } from "../model/slots.js";
import type { DomainModel } from "../model/types.js";
import type { AdoptionFile } from "./adoption-file.js";
import { planZoneApply, type ZoneApplyPlan } from "./apply-plan.js";
import type { StackState } from "./stack-state.js";
import type { DnsProvider, ProviderApi } from "./types.js";

export interface AdoptionResult {
  zones: ZoneApplyPlan[];
  file: AdoptionFile;
}

export async function adoptDomains(provider: DnsProvider, api: ProviderApi, domains: readonly DomainModel[], stack: StackState, now: Date = new Date()): Promise<AdoptionResult> {
  const zones: ZoneApplyPlan[] = [];
  const file: AdoptionFile = { version: 2, provider: provider.id, readAt: now.toISOString(), zones: {}, stack: [...stack.resources] };
  const sorted = [...domains].sort((a, b) => a.domain.localeCompare(b.domain));
  for (const domain of sorted) {
    const zone = domain.domain.toLowerCase();
    const desired = desiredSlotRecords(domain);
    const hostRecords = desired.map((record) => provider.toHost(record, zone));
    const live = await api.listManaged(zone, hostRecords);
    file.zones[zone] = { live };
    zones.push(planZoneApply({ provider, zone, desired, live, stack: stack.resources }));
  }
  return { zones, file };
}
