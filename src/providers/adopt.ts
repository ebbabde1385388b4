// Adoption: ask OVH which records the managed RRsets already hold, pair them with the desired records, and
// build the import file the Pulumi program reads (design.md §5: adopted, never duplicated).
import type { DomainModel } from "../model/types.js";
import type { OvhClient } from "./client.js";
import type { ImportFile } from "./import-file.js";
import { matchZone, type ZoneMatch } from "./match.js";
import { isManagedLive, managedQueries, ovhRecordsFor, type OvhLiveRecord } from "./records.js";

export interface AdoptionResult {
  zones: ZoneMatch[];
  file: ImportFile;
}

/** Every live record in the zone's managed RRsets, one listing per (subdomain, fieldType), details per id. */
export async function liveManagedRecords(client: OvhClient, zone: string, queries: ReturnType<typeof managedQueries>): Promise<OvhLiveRecord[]> {
  const ids = new Set<number>();
  for (const query of queries) {
    for (const fieldType of query.fieldTypes) {
      for (const id of await client.listRecordIds(zone, { fieldType, subDomain: query.subDomain })) ids.add(id);
    }
  }
  const records: OvhLiveRecord[] = [];
  // One at a time: a mail zone has a dozen managed records, and OVH rate-limits bursts (429).
  for (const id of [...ids].sort((a, b) => a - b)) records.push(await client.getRecord(zone, id));
  return records.filter(isManagedLive);
}

export async function adoptDomains(client: OvhClient, domains: readonly DomainModel[]): Promise<AdoptionResult> {
  const zones: ZoneMatch[] = [];
  const file: ImportFile = { version: 1, imports: {}, zones: {} };
  const sorted = [...domains].sort((a, b) => a.domain.localeCompare(b.domain));
  for (const domain of sorted) {
    const zone = domain.domain.toLowerCase();
    const desired = ovhRecordsFor(domain);
    const live = await liveManagedRecords(client, zone, managedQueries(desired));
    const match = matchZone(zone, desired, live);
    zones.push(match);
    file.zones[zone] = { existing: live };
    for (const adoption of match.adoptions) file.imports[adoption.name] = adoption.importId;
  }
  return { zones, file };
}
