// Adoption: read the live records of the managed owners at the host, pair them with the desired ones slot
// by slot (whatever their values), and write what the Pulumi program needs: the live records with their
// ids and the record resources the stack already holds, and the live records of a zone the stack holds
// records in that no file declares any more (the update deletes them). Nothing is changed at the host.
import { desiredSlotRecords } from "../model/slots.js";
import type { DomainModel } from "../model/types.js";
import type { AdoptionFile } from "./adoption-file.js";
import { droppedZones, heldInZone, planZoneApply, planZoneRemoval, type ZoneApplyPlan } from "./apply-plan.js";
import type { StackState } from "./stack-state.js";
import { HostRecordError, type DnsProvider, type HostRecord, type LiveHostRecord, type ProviderApi } from "./types.js";

export interface AdoptionResult {
  zones: ZoneApplyPlan[];
  file: AdoptionFile;
  /** Zones the host refused to read (no such zone, or no rights on it): the others are read all the same. */
  failures: ZoneReadFailure[];
}

export interface ZoneReadFailure {
  zone: string;
  /** The domain file declaring it; null for a zone no file declares any more. */
  file: string | null;
  error: Error;
  /**
   * `host`: the host refused to read the zone (no such zone, no rights on it). `record`: the file declares a
   * record the host cannot hold as written (a TXT with an embedded quote, a TTL it refuses), so the zone
   * was not read: adopting it would plan an update the program refuses.
   */
  kind: "host" | "record";
}

/**
 * A failure that belongs to one zone (the host has no such zone, or the credentials have no rights on it):
 * the other zones are still read. Anything else (credentials refused, the API down) would fail them all.
 */
function zoneFailure(error: unknown): error is Error {
  const status = error instanceof Error && "status" in error ? (error as { status: unknown }).status : null;
  return status === 404 || status === 403;
}

/**
 * The stack's resources as the adoption file keeps them: a state value that holds one of the credentials
 * sent (in some encoding) is left out with the rest of that resource's values, since the file is meant to be
 * committed; without them the update leaves that record to Pulumi, as before maildns read the state.
 */
function withoutEchoes(stack: StackState, api: ProviderApi): StackState {
  const echoes = (state: Readonly<Record<string, string | number>>) => Object.values(state).some((v) => typeof v === "string" && api.scrub(v) !== v);
  return { resources: stack.resources.map(({ state, ...resource }) => (state && !echoes(state) ? { ...resource, state } : resource)) };
}

/**
 * `progress.read` gets each zone once its records are read, so a run stopped part way (Ctrl-C) can say which
 * zones it had read.
 */
export async function adoptDomains(provider: DnsProvider, api: ProviderApi, domains: readonly DomainModel[], read: StackState, now: Date = new Date(), progress: { read: string[] } = { read: [] }): Promise<AdoptionResult> {
  const stack = withoutEchoes(read, api);
  const zones: ZoneApplyPlan[] = [];
  const failures: ZoneReadFailure[] = [];
  const file: AdoptionFile = { version: 2, provider: provider.id, readAt: now.toISOString(), zones: {}, stack: [...stack.resources] };
  const sorted = [...domains].sort((a, b) => a.domain.localeCompare(b.domain));
  for (const domain of sorted) {
    const zone = domain.domain.toLowerCase();
    const desired = desiredSlotRecords(domain);
    // A record the host cannot hold as the file writes it (OVH: a TXT with an embedded quote or backslash,
    // a TTL below its minimum) stops this zone only: the others are read, and the run names it.
    let hostRecords: HostRecord[];
    try {
      hostRecords = desired.map((record) => provider.toHost(record, zone));
    } catch (error) {
      if (!(error instanceof HostRecordError)) throw error;
      failures.push({ zone, file: domain.file ?? null, error, kind: "record" });
      continue;
    }
    let live: LiveHostRecord[];
    let gone: string[];
    try {
      live = await api.listManaged(zone, hostRecords);
      gone = await goneRecords(provider, api, zone, live, stack);
    } catch (error) {
      if (!zoneFailure(error)) throw error;
      failures.push({ zone, file: domain.file ?? null, error, kind: "host" });
      continue;
    }
    // Declared by a file now: an update after this read may create records here that `stack` does not list.
    file.zones[zone] = gone.length > 0 ? { live, gone, declared: true } : { live, declared: true };
    progress.read.push(zone);
    zones.push(planZoneApply({ provider, zone, desired, live, stack: stack.resources, gone }));
  }
  // A zone the stack holds records in but no file declares any more: `pulumi up` deletes them, so its live
  // records are read too, for the program's gates to judge that deletion.
  const declared = [...Object.keys(file.zones), ...failures.map((f) => f.zone)];
  for (const zone of droppedZones(provider, stack.resources, declared)) {
    let live: LiveHostRecord[];
    try {
      live = await api.listManaged(zone, []);
    } catch (error) {
      if (!zoneFailure(error)) throw error;
      failures.push({ zone, file: null, error, kind: "host" });
      continue;
    }
    file.zones[zone] = { live };
    progress.read.push(zone);
    zones.push(planZoneRemoval({ provider, zone, live, stack: stack.resources }));
  }
  return { zones, file, failures };
}

/**
 * The records the stack holds in a zone that the host no longer has anywhere: not among the managed owners'
 * records, and asked for by id. An update stopped right after deleting a record it replaces (a DKIM key TXT
 * becoming a CNAME) leaves one; a record moved to another owner still exists, and stays a conflict to settle.
 */
async function goneRecords(provider: DnsProvider, api: ProviderApi, zone: string, live: readonly LiveHostRecord[], stack: StackState): Promise<string[]> {
  const listed = new Set(live.map((l) => provider.stateId(l)));
  const gone: string[] = [];
  for (const held of heldInZone(provider, stack.resources, zone)) {
    if (!listed.has(held.id) && !(await api.recordExists(zone, held.id))) gone.push(held.id);
  }
  return gone;
}
