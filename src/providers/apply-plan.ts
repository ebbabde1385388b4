// Pairs a zone's live OVH records with the desired ones: which live record each desired record adopts
// (Pulumi `import`, so nothing is duplicated), which desired records are new, and which live records in a
// managed RRset the YAML no longer wants (deletions, always reported).
import { comparableTarget, isManagedLive, type OvhLiveRecord, type OvhZoneRecord } from "./records.js";

export interface Adoption {
  name: string;
  /** `<recordId>.<zone>`: the import id of `ovh.domain.ZoneRecord` (PULUMI-REC, TF-REC). */
  importId: string;
  live: OvhLiveRecord;
  /** Set when the live TTL differs: the record is adopted, then its TTL is updated. */
  ttlChange: { from: number; to: number } | null;
}

export interface Deletion {
  zone: string;
  live: OvhLiveRecord;
  reason: "unwanted" | "pseudo-type";
}

export interface ZoneMatch {
  zone: string;
  adoptions: Adoption[];
  creations: OvhZoneRecord[];
  deletions: Deletion[];
}

/** `<recordId>.<zone>`, split by OVH's provider at the first dot (TF-REC import). */
export function importIdFor(record: OvhLiveRecord, zone: string): string {
  return `${record.id}.${zone}`;
}

const PSEUDO_TYPES = new Set(["SPF", "DKIM", "DMARC"]);

export function matchZone(zone: string, desired: readonly OvhZoneRecord[], live: readonly OvhLiveRecord[]): ZoneMatch {
  const managed = live.filter(isManagedLive).sort((a, b) => a.id - b.id);
  const unused = new Map(managed.map((record) => [record.id, record]));
  const adoptions: Adoption[] = [];
  const creations: OvhZoneRecord[] = [];
  for (const record of desired) {
    const key = comparableTarget(record.fieldtype, record.target);
    // fieldType must match exactly: it is read-only at OVH (DNSC), so a live SPF pseudo-record can't become a TXT.
    const found = [...unused.values()].find(
      (l) =>
        l.subDomain.toLowerCase() === record.subdomain &&
        l.fieldType.toUpperCase() === record.fieldtype &&
        comparableTarget(l.fieldType, l.target) === key,
    );
    if (!found) {
      creations.push(record);
      continue;
    }
    unused.delete(found.id);
    adoptions.push({
      name: record.name,
      importId: importIdFor(found, zone),
      live: found,
      ttlChange: found.ttl === record.ttl ? null : { from: found.ttl, to: record.ttl },
    });
  }
  const deletions: Deletion[] = [...unused.values()].map((l) => ({
    zone,
    live: l,
    reason: PSEUDO_TYPES.has(l.fieldType.toUpperCase()) ? "pseudo-type" : "unwanted",
  }));
  return { zone, adoptions, creations, deletions };
}
