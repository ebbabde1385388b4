// The operations an apply performs on one zone, in the order it performs them, from live and desired
// records matched by slot (model/slots.ts). Three phases:
//   before  policy records that must go before anything is written: a surplus SPF or DMARC record in a
//           slot that keeps another one, and a record the host can only replace (OVH's pseudo-types);
//           deleting them first is what keeps a name from ever holding two (RFC 7208 §3.2, RFC 7489 §6.6.3);
//   main    creates and in-place updates, slot by slot;
//   after   records the file no longer wants, deleted last (as Pulumi does) so mail keeps flowing: the
//           new MX hosts exist before the old ones go.
// Pure. The gates (plan/safety.ts) replay these operations to judge every intermediate state.
import { asciiLowerCase } from "./dns-case.js";
import { policyKind, slotOf, type SlotRecord, type ZoneRecord } from "./slots.js";

/** A live record with the host's identity for it and what the host allows. */
export interface LiveSlotRecord extends ZoneRecord {
  /** The host's id (OVH's record id), or any key unique in the zone. */
  key: string;
  /** True when the host cannot edit it into the desired form and must delete it (OVH's SPF/DKIM/DMARC pseudo-types). */
  replaceOnly?: boolean;
}

export type OperationPhase = "before" | "main" | "after";

export interface Operation {
  action: "create" | "update" | "delete";
  phase: OperationPhase;
  slot: string;
  /** The live record changed or removed (null for a create). */
  before: LiveSlotRecord | null;
  /** The record written (null for a delete). */
  after: SlotRecord | null;
  /** Why a delete happens: a surplus in a kept slot, a record replaced (a pseudo-type, another type at a CNAME's name), or a slot the file dropped. */
  reason?: "surplus" | "replace" | "unwanted";
}

export interface OperationOptions {
  /** Whether an observed TTL satisfies a desired one (the host's normal form: OVH's 0 = zone default). */
  ttlMatches?: (desired: number, observed: number | null) => boolean;
  /** Which of several live records in one slot to keep (e.g. the one the stack already manages); first wins otherwise. */
  prefer?: (candidate: LiveSlotRecord) => boolean;
}

const PHASE_ORDER: Record<OperationPhase, number> = { before: 0, main: 1, after: 2 };

/** Live records grouped by slot (records with no slot are not maildns's and are left out). */
export function liveBySlot(live: readonly LiveSlotRecord[]): Map<string, LiveSlotRecord[]> {
  const bySlot = new Map<string, LiveSlotRecord[]>();
  for (const record of live) {
    const found = slotOf(record);
    if (!found) continue;
    const list = bySlot.get(found.slot) ?? [];
    list.push(record);
    bySlot.set(found.slot, list);
  }
  // Numbered slots (`mx:host#2`) for a host that is live twice, in the order the desired side numbers them.
  for (const [slot, list] of [...bySlot]) {
    if (!slot.startsWith("mx:") || list.length < 2) continue;
    list.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return bySlot;
}

function sameValue(a: ZoneRecord, b: ZoneRecord): boolean {
  if (a.type !== b.type) return false;
  return a.type === "TXT" ? a.value === b.value : asciiLowerCase(a.value) === asciiLowerCase(b.value);
}

/** How one slot's live records meet its desired record. */
export interface SlotMatch {
  slot: string;
  want: SlotRecord | null;
  /** The live record the slot keeps (edited in place when it differs), if any. */
  keep: LiveSlotRecord | null;
  /** Live records of the slot that go, each in its phase. */
  removals: { record: LiveSlotRecord; phase: OperationPhase; reason: "surplus" | "replace" | "unwanted" }[];
  /** What happens to the kept record: created, edited, or left as it is ("none"; also for a dropped slot). */
  change: "create" | "update" | "none";
}

/** Pairs live and desired records slot by slot (every slot either side has), sorted by slot. */
export function matchSlots(live: readonly LiveSlotRecord[], desired: readonly SlotRecord[], options: OperationOptions = {}): SlotMatch[] {
  const ttlMatches = options.ttlMatches ?? ((d: number, o: number | null) => o === d);
  const bySlot = liveBySlot(live);
  const desiredBySlot = new Map(desired.map((d) => [d.slot, d]));
  // A host with two live MX records (same host, two priorities) fills `mx:host` and `mx:host#2`.
  for (const [slot, list] of [...bySlot]) {
    if (!slot.startsWith("mx:")) continue;
    for (let n = 2; list.length > 1 && desiredBySlot.has(`${slot}#${n}`); n++) {
      const extra = list.find((r) => sameValue(r, desiredBySlot.get(`${slot}#${n}`)!)) ?? list[list.length - 1]!;
      list.splice(list.indexOf(extra), 1);
      bySlot.set(`${slot}#${n}`, [extra]);
    }
  }
  // A CNAME tolerates no other record at its name (RFC 1034 §3.6.2): a record the file drops at a name
  // where it wants a CNAME (a `_dmarc` TXT when DMARC is delegated), or a dropped CNAME at a name where it
  // wants another record, goes before anything is written, not last.
  const owner = (name: string) => name.toLowerCase().replace(/\.$/, "");
  const cnameOwners = new Set(desired.filter((d) => d.type === "CNAME").map((d) => owner(d.name)));
  const wantedOwners = new Set(desired.map((d) => owner(d.name)));
  const clashes = (record: LiveSlotRecord) => cnameOwners.has(owner(record.name)) || (record.type === "CNAME" && wantedOwners.has(owner(record.name)));
  const matches: SlotMatch[] = [];
  for (const slot of [...new Set([...desiredBySlot.keys(), ...bySlot.keys()])].sort()) {
    const want = desiredBySlot.get(slot) ?? null;
    const candidates = bySlot.get(slot) ?? [];
    if (!want) {
      const removals = candidates.map((record) =>
        clashes(record) ? { record, phase: "before" as const, reason: "replace" as const } : { record, phase: "after" as const, reason: "unwanted" as const },
      );
      matches.push({ slot, want, keep: null, removals, change: "none" });
      continue;
    }
    const editable = candidates.filter((r) => !r.replaceOnly && r.type === want.type);
    // Every TXT at `_dmarc` fills the DMARC slot, DMARC or not. The record kept is a DMARC record when
    // there is one, and another text only when the stack already holds it (then edited in place): keeping
    // an unheld text adopts it as it is, with no write, while the live policy (a surplus, or a pseudo-type
    // replaced) is deleted first, so the name served no DMARC record until the next update edited the
    // text (RFC 7489 §6.6.3: no record, no policy). Without one, the policy record is created instead.
    const kind = policyKind(want);
    const sameKind = (r: LiveSlotRecord) => kind === null || policyKind(r) === kind;
    const keep =
      editable.find((r) => sameValue(r, want) && (options.prefer?.(r) ?? true)) ??
      editable.find((r) => sameKind(r) && (options.prefer?.(r) ?? false)) ??
      editable.find((r) => sameValue(r, want)) ??
      editable.find(sameKind) ??
      editable.find((r) => options.prefer?.(r) ?? false) ??
      (kind === null ? editable[0] : undefined) ??
      null;
    const removals: SlotMatch["removals"] = [];
    for (const record of candidates) {
      if (record === keep) continue;
      // A record of another type at the slot's name (a DKIM CNAME becoming a TXT key, a pseudo-type) can
      // never be edited into the desired one: it is replaced, and it must go first (a CNAME tolerates no
      // other data at its name, RFC 1034 §3.6.2). A surplus SPF or DMARC record goes first too.
      const replaced = record.replaceOnly === true || record.type !== want.type;
      const policy = policyKind(record) !== null;
      removals.push({ record, phase: replaced || policy ? "before" : "after", reason: replaced ? "replace" : "surplus" });
    }
    const change = !keep ? "create" : !sameValue(keep, want) || !ttlMatches(want.ttl, keep.ttl) ? "update" : "none";
    matches.push({ slot, want, keep, removals, change });
  }
  return matches;
}

/** The operations of matched slots, in apply order. */
export function operationsOf(matches: readonly SlotMatch[]): Operation[] {
  const operations: Operation[] = [];
  for (const m of matches) {
    for (const r of m.removals) operations.push({ action: "delete", phase: r.phase, slot: m.slot, before: r.record, after: null, reason: r.reason });
    if (m.change === "create") operations.push({ action: "create", phase: "main", slot: m.slot, before: null, after: m.want });
    if (m.change === "update") operations.push({ action: "update", phase: "main", slot: m.slot, before: m.keep, after: m.want });
  }
  return operations.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
}

/** The operations that turn the live records into the desired ones, in apply order. */
export function zoneOperations(live: readonly LiveSlotRecord[], desired: readonly SlotRecord[], options: OperationOptions = {}): Operation[] {
  return operationsOf(matchSlots(live, desired, options));
}

/** The records after each operation (index i: after operations[0..i]). */
export function replay(live: readonly ZoneRecord[], operations: readonly Operation[]): ZoneRecord[][] {
  const states: ZoneRecord[][] = [];
  let current: ZoneRecord[] = [...live];
  // The same live record, whichever copy of it the caller holds: by the host's key, else by content.
  const same = (a: ZoneRecord, b: LiveSlotRecord) =>
    "key" in a ? (a as LiveSlotRecord).key === b.key : a.name === b.name && a.type === b.type && a.value === b.value;
  for (const op of operations) {
    if (op.before) {
      const before = op.before;
      const index = current.findIndex((r) => r === before || same(r, before));
      if (index >= 0) current = [...current.slice(0, index), ...current.slice(index + 1)];
    }
    if (op.after) current = [...current, op.after];
    states.push(current);
  }
  return states;
}

export function describeOperation(op: Operation): string {
  const record = op.after ?? op.before!;
  const owner = record.name;
  if (op.action === "create") return `create ${record.type} ${owner} "${record.value}"`;
  if (op.action === "update") return `update ${record.type} ${owner} to "${op.after!.value}"`;
  return `delete ${op.before!.type} ${owner} "${op.before!.value}"`;
}
