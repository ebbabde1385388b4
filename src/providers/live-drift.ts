// Whether a zone's managed records are still what `maildns adopt` read. The program plans every write from
// that reading (which record to delete first, which to edit in place, where to create); a record another
// writer added, replaced or edited since would be written beside, not over: a create next to an SPF or
// DMARC record adopt never saw is two at one name (RFC 7208 §3.2, RFC 7489 §6.6.3). Pure.
import { ownerLabel } from "../model/slots.js";
import type { LiveHostRecord } from "./types.js";

function identity(record: LiveHostRecord): string {
  return `${record.type} ${ownerLabel(record.subdomain)}`;
}

function content(record: LiveHostRecord): string {
  return `${record.type}\u0000${record.subdomain.toLowerCase()}\u0000${record.target}\u0000${record.ttl}`;
}

/** How the records listed now differ from the ones adopt recorded, one phrase each (ids, types, owners; never values). */
export function liveDrift(recorded: readonly LiveHostRecord[], now: readonly LiveHostRecord[]): string[] {
  const before = new Map(recorded.map((r) => [r.id, r]));
  const after = new Map(now.map((r) => [r.id, r]));
  const changes: string[] = [];
  for (const [id, record] of before) {
    const current = after.get(id);
    if (!current) changes.push(`record ${id} (${identity(record)}) is gone`);
    else if (content(current) !== content(record)) changes.push(`record ${id} (${identity(record)}) was edited`);
  }
  for (const [id, record] of after) if (!before.has(id)) changes.push(`record ${id} (${identity(record)}) is new`);
  return changes;
}
