// What one update declares for one zone, from the slot matching (model/operations.ts), the host's live
// records and what the stack already holds. One resource per slot, named by zone, owner and slot (never the
// value), so editing a value is one in-place update. A live record the stack does not hold yet is adopted
// with Pulumi's `import`, declared with its live inputs (Pulumi refuses an import whose inputs differ); the
// next update, whose adoption finds it in the stack, writes the file's value in place. Records the host
// can only replace (OVH's pseudo-types) and surplus SPF/DMARC records are deleted by maildns before
// anything is written; records the file dropped are deleted by Pulumi at the end of an update.
import { asciiLowerCase } from "../model/dns-case.js";
import { recordProblem } from "../model/holdable.js";
import { oneLine } from "../model/show.js";
import { ownerLabel, slotOf, type SlotRecord } from "../model/slots.js";
import { matchSlots, operationsOf, type LiveSlotRecord, type Operation } from "../model/operations.js";
import type { StackResource } from "./stack-state.js";
import type { DnsProvider, HostRecord, LiveHostRecord, RecordDeclaration } from "./types.js";

export interface PreDeletion {
  slot: string;
  record: LiveHostRecord;
  reason: "surplus" | "replace";
}

export interface ApplyLine {
  action: "keep" | "update" | "create" | "adopt" | "delete-first" | "delete-last" | "adopt-to-delete";
  text: string;
}

export interface ZoneApplyPlan {
  zone: string;
  declarations: RecordDeclaration[];
  /** The change as a whole (this update and, after an adoption, the next), in apply order: what the gates judge. */
  operations: Operation[];
  preDeletions: PreDeletion[];
  /** Resources declared this update with live values that differ from the file: one more adopt + up writes them. */
  pending: string[];
  /** Records this update certainly creates (Pulumi's provider refreshes the zone after each). */
  creates: number;
  /**
   * Creates the program makes itself, right after its deletions and before one refresh, then hands to
   * Pulumi as imports: every plain create of a zone where a record is replaced (deleted first). Left to
   * Pulumi, the refresh after its first create published every deletion made first, so a replaced SPF
   * record was served as absent while another record (a DMARC TXT, a new MX) was being created.
   */
  programCreates: string[];
  /**
   * Records the stack holds whose live value differs from the file's while the stack's state already holds
   * the file's (edited at the host since the last update): Pulumi compares the declared inputs with its state,
   * not with the host, so it would write nothing. The program writes each in place itself, before Pulumi's turn.
   */
  programUpdates: { name: string; id: string; inputs: Record<string, string | number> }[];
  lines: ApplyLine[];
  /** Stack resources that would be updated or replaced under a wrong record: the fix for each. */
  conflicts: string[];
}

/** `example.com/@/spf`, `example.com/@/mx/mx0.mail.ovh.net.`, `example.com/s1._domainkey/dkim`, `example.com/_imaps._tcp/srv/ssl0.ovh.net.`. */
export function resourceName(zone: string, slot: string, subdomain: string): string {
  const [kind, ...rest] = slot.split(":");
  const owner = ownerLabel(subdomain);
  if (kind === "mx") return `${zone}/${owner}/mx/${rest.join(":")}`;
  if (kind === "srv") return `${zone}/${owner}/srv/${rest.slice(1).join(":")}`;
  return `${zone}/${owner}/${kind}`;
}

function sameInputs(a: Record<string, string | number>, b: Record<string, string | number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** Record types whose value names a host: those names compare without letter case. */
const HOST_NAME_TYPES = new Set(["MX", "CNAME", "SRV"]);

/**
 * Whether two records differ at most in the letter case of the host name they point to (an MX or SRV
 * target, a CNAME's canonical name), every other input equal: DNS compares names without case (RFC 1035
 * §2.3.3, RFC 4343 §3), so they are one record to everything that reads DNS, and writing one over the other
 * changes nothing any resolver or mail server acts on (A-Z only: another character Unicode lower-cases to an
 * ASCII letter is another name). Owners are not compared so: the record written keeps
 * the file's spelling of its owner (README, "Owners in any letter case"). Text records stay case-sensitive.
 */
export function sameButHostCase(provider: DnsProvider, a: HostRecord | LiveHostRecord, b: HostRecord | LiveHostRecord): boolean {
  if (a.target === b.target || asciiLowerCase(a.target) !== asciiLowerCase(b.target)) return false;
  if (!HOST_NAME_TYPES.has(provider.toLive({ ...b, id: "" }).type)) return false;
  return sameInputs(provider.inputs({ ...a, target: b.target }), provider.inputs(b));
}

/** A DNS character-string holds at most 255 octets (RFC 1035 §3.3): a longer TXT is served as several. */
const MAX_CHARACTER_STRING = 255;

/**
 * Whether two TXT records differ at most in how a text longer than one character-string is split into
 * strings (`"…255…" "…rest"` for the file's one string), every other input equal: SPF, DKIM and DMARC read
 * a record's strings as one text (RFC 7208 §3.3, RFC 6376 §3.6.2.2, RFC 7489 §6.3 through DKIM's), and such
 * a text cannot be served as one string at all, so how the host keeps it split is its business. Written
 * over, a host that splits long texts itself (OVH's API re-splits, as its provider notes) split it again:
 * a 2048-bit DKIM key was pending after every adopt, or written in place by maildns on every update.
 */
export function sameButTxtSplit(provider: DnsProvider, a: HostRecord | LiveHostRecord, b: HostRecord | LiveHostRecord): boolean {
  if (a.target === b.target) return false;
  const [la, lb] = [provider.toLive({ ...a, id: "" }), provider.toLive({ ...b, id: "" })];
  if (la.type !== "TXT" || lb.type !== "TXT" || la.value !== lb.value || Buffer.byteLength(la.value, "utf8") <= MAX_CHARACTER_STRING) return false;
  return sameInputs(provider.inputs({ ...a, target: b.target }), provider.inputs(b));
}

/**
 * How two records that differ as written are served alike, in words for adopt's line, or null: a host name
 * in another letter case (sameButHostCase), or a long text split otherwise (sameButTxtSplit).
 */
function servedAlike(provider: DnsProvider, live: HostRecord | LiveHostRecord, host: HostRecord): string | null {
  if (sameButHostCase(provider, live, host)) return `the file's ${host.target} in another letter case, the same name in DNS`;
  if (sameButTxtSplit(provider, live, host)) return `the file's text, which ${provider.label} keeps split into strings of at most ${MAX_CHARACTER_STRING} octets, the same text in DNS`;
  return null;
}

/**
 * Whether a record the host answered with, after maildns created it with `declared` inputs, is that record:
 * every input equal, or only the letter case of its host name differs (the host keeping a target in another
 * case than it was sent, which DNS does not tell apart: RFC 4343 §3). Such a record is declared to Pulumi as
 * the host answered (an import's inputs must be what it reads) and nothing is left for a next round to write:
 * it is kept then, as the stack's state holds it. Any other difference (a character Unicode alone lower-cases
 * to an ASCII letter, U+212A KELVIN SIGN) is still one for the next round to write in place.
 */
export function createdAsDeclared(provider: DnsProvider, answer: LiveHostRecord, declared: Readonly<Record<string, string | number>>): boolean {
  const inputs = provider.inputs(answer);
  if (sameInputs(inputs, declared)) return true;
  const target = String(declared.target ?? "");
  const asDeclared = { ...answer, target };
  return (sameButHostCase(provider, answer, asDeclared) || sameButTxtSplit(provider, answer, asDeclared)) && sameInputs(provider.inputs(asDeclared), { ...declared });
}

/** Whether the stack's state holds every one of these inputs as they are: Pulumi then sees nothing to change. */
function stateHolds(state: Readonly<Record<string, string | number>> | undefined, inputs: Record<string, string | number>): boolean {
  return state !== undefined && Object.keys(inputs).every((k) => state[k] === inputs[k]);
}

function show(record: { type: string; subdomain: string; target: string }): string {
  return `${record.type} ${ownerLabel(record.subdomain)} ${record.target}`;
}

/**
 * The removed record of a slot that the stack holds under the slot's resource name, or under a name no slot
 * uses (an older maildns's), so the slot's new record can replace it; null when there is none.
 */
function heldReplacement(
  removals: readonly { record: LiveHostRecord; live: LiveSlotRecord; reason: string }[],
  stateOf: (id: string) => StackResource | null,
  name: string,
  slotNames: ReadonlySet<string>,
): { record: LiveHostRecord; held: StackResource } | null {
  for (const { record, live, reason } of removals) {
    // A host's pseudo-type is deleted by maildns before its replacement is created, in one refresh.
    if (reason !== "replace" || live.replaceOnly) continue;
    const held = stateOf(record.id);
    if (held && (held.name === name || !slotNames.has(held.name))) return { record, held };
  }
  return null;
}

export interface ApplyPlanInput {
  provider: DnsProvider;
  zone: string;
  desired: readonly SlotRecord[];
  live: readonly LiveHostRecord[];
  stack: readonly StackResource[];
  /** State ids of records the stack holds that the host no longer has anywhere (from adopt). */
  gone?: readonly string[];
}

/**
 * The plan with its lines' controls shown as U+XXXX: `adopt` prints them and `pulumi up` logs them, and a
 * live value (a TXT, an MX host, the resource name made from it) may hold any character, which printed raw
 * would drive the terminal or start a line a CI runner reads as a command.
 */
function terminalSafe(plan: ZoneApplyPlan): ZoneApplyPlan {
  plan.lines = plan.lines.map((line) => ({ ...line, text: oneLine(line.text) }));
  return plan;
}

export function planZoneApply(input: ApplyPlanInput): ZoneApplyPlan {
  const { provider, zone } = input;
  const liveById = new Map(input.live.map((l) => [l.id, l]));
  const byStateId = new Map(input.stack.filter((r) => r.type === provider.pulumi.resourceType).map((r) => [r.id, r]));
  const stateOf = (id: string) => byStateId.get(provider.stateId(liveById.get(id)!)) ?? null;
  // A DKIM selector the files do not declare and could not hold (a name or text a file cannot carry, several
  // records where one is expected) is not maildns's to delete: `import` leaves it out, and so does the apply.
  const wanted = new Set(input.desired.map((d) => d.slot));
  const liveSlots = input.live.map(provider.toLive);
  const perSlot = new Map<string, number>();
  for (const l of liveSlots) {
    const slot = slotOf(l)?.slot;
    if (slot) perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  const managed = liveSlots.filter((l) => {
    const found = slotOf(l);
    if (!found || found.role !== "dkim" || wanted.has(found.slot)) return true;
    return perSlot.get(found.slot) === 1 && recordProblem(l.name, l.subdomain, l.type, [l.value]) === null;
  });
  const matches = matchSlots(managed, input.desired, {
    ttlMatches: provider.ttlMatches,
    prefer: (candidate) => stateOf(candidate.key) !== null,
  });

  const slotNames = new Set(input.desired.map((d) => resourceName(zone, d.slot, d.subdomain)));
  const plan: ZoneApplyPlan = { zone, declarations: [], operations: operationsOf(matches), preDeletions: [], pending: [], creates: 0, programCreates: [], programUpdates: [], lines: [], conflicts: [] };
  const plainCreates: string[] = [];
  const declaredIds = new Map<string, string | null>();
  // A resource the stack holds for a record the host no longer has (an update stopped right after deleting
  // it, before the record replacing it was written): its slot's record is created by maildns and imported
  // over it, and Pulumi drops the old one at the end (gone already, which OVH's provider counts as deleted).
  const gone = new Set(input.gone ?? []);
  const goneHeld = new Map(input.stack.filter((r) => r.type === provider.pulumi.resourceType && gone.has(r.id)).map((r) => [r.name, r]));
  const createsOverGone: string[] = [];

  for (const match of matches) {
    if (match.want) {
      const host = provider.toHost(match.want, zone);
      const name = resourceName(zone, match.slot, match.want.subdomain);
      const keep = match.keep ? liveById.get(match.keep.key)! : null;
      const held = keep ? stateOf(keep.id) : null;
      if (keep && held) {
        // A live host name in another letter case than the file's (adopted as it was, `MX0.mail.ovh.net.`, or
        // so edited at the host) is the same name: declared as the stack's state holds the record, Pulumi has
        // nothing to write, and neither has maildns. Written, it was one more round of adopt and up whose
        // PUT changed nothing DNS tells apart.
        const alike = match.change !== "update" ? servedAlike(provider, keep, host) : null;
        const asHeld = alike !== null ? ([provider.inputs(keep), provider.inputs(host)].find((i) => stateHolds(held.state, i)) ?? null) : null;
        const inputs = asHeld ?? provider.inputs(host);
        plan.declarations.push({ name, inputs, importId: null, aliases: held.name === name ? [] : [held.name] });
        declaredIds.set(name, held.id);
        // Said as Pulumi acts: it compares the inputs, so a record whose TTL is 3600 at OVH is rewritten for
        // a file asking 0 (the zone's default), which DNS may serve as 3600 all the same.
        if (asHeld !== null) {
          plan.lines.push({ action: "keep", text: `keep    ${show(keep)} (id ${keep.id}) as ${name}: ${alike}` });
        } else if (match.change === "update" || !sameInputs(provider.inputs(keep), inputs)) {
          // Edited at the host since the last update (a TXT's letter case, an owner renamed `_DMARC`, an SPF
          // loosened by hand): the state still holds the file's value, Pulumi sees nothing to change, and the
          // hand edit stayed while every run said "update". The program writes it in place instead.
          const stale = stateHolds(held.state, inputs);
          if (stale) plan.programUpdates.push({ name, id: keep.id, inputs });
          const why = stale ? ": the stack's state holds this value already, so maildns writes it itself" : "";
          plan.lines.push({ action: "update", text: `update  ${show(keep)} (id ${keep.id}) in place to ${host.target} ttl ${host.ttl} as ${name}${why}` });
        } else {
          plan.lines.push({ action: "keep", text: `keep    ${show(keep)} (id ${keep.id}) as ${name}` });
        }
      } else if (keep) {
        plan.declarations.push({ name, inputs: provider.inputs(keep), importId: provider.importId(keep), aliases: [] });
        declaredIds.set(name, provider.stateId(keep));
        // Declared exactly as it is live; when the file's form differs at all, the next update writes it. A
        // host name in another letter case only is the same name (sameButHostCase): nothing is left to write.
        const alike = servedAlike(provider, keep, host);
        const differs = alike === null && !sameInputs(provider.inputs(keep), provider.inputs(host));
        const later = differs ? `; the next update writes ${host.target} ttl ${host.ttl} in place` : alike !== null ? `: ${alike}` : "";
        if (differs) plan.pending.push(name);
        plan.lines.push({ action: "adopt", text: `adopt   ${show(keep)} (id ${keep.id}, ttl ${keep.ttl}) as ${name}${later}` });
      } else {
        // The slot's record changes type (a DKIM key TXT becoming a CNAME delegation, or back) and the stack
        // holds the old one under this resource: maildns deletes the old record first (a CNAME tolerates no
        // other data at its name, RFC 1034 §3.6.2), creates the new one right after and refreshes once, then
        // declares it as an import over the resource, whose old record Pulumi drops at the end (gone already,
        // which OVH's provider counts as deleted, with no refresh). Left to Pulumi's delete-first replace, the
        // provider's refresh after its delete published the selector with no record until the create: mail
        // signed with it and still in transit failed DKIM.
        const replaced = heldReplacement(
          match.removals.map((r) => ({ record: liveById.get(r.record.key)!, live: r.record, reason: r.reason })),
          stateOf,
          name,
          slotNames,
        );
        plan.declarations.push({ name, inputs: provider.inputs(host), importId: null, aliases: replaced && replaced.held.name !== name ? [replaced.held.name] : [] });
        const overGone = replaced ? null : (goneHeld.get(name) ?? null);
        declaredIds.set(name, replaced ? replaced.held.id : (overGone?.id ?? null));
        plainCreates.push(name);
        if (overGone) createsOverGone.push(name);
        plan.creates++;
        const why = overGone ? `: the stack's record ${overGone.id} is gone at ${provider.label} (deleted by hand, or by an update stopped before writing what replaces it), so maildns writes this one and Pulumi adopts it in its place` : "";
        plan.lines.push({ action: "create", text: `create  ${show(host)} (ttl ${host.ttl}) as ${name}${why}` });
      }
    }
    for (const removal of match.removals) {
      const record = liveById.get(removal.record.key)!;
      if (removal.phase === "before") {
        plan.preDeletions.push({ slot: match.slot, record, reason: removal.reason === "unwanted" ? "surplus" : removal.reason });
        const why =
          removal.reason === "replace" && !match.want
            ? "a CNAME tolerates no other record at its name, so it goes before anything is written"
            : removal.reason === "replace"
              ? `${provider.label} cannot edit it into the ${match.want?.type ?? "new"} record, so it goes before that one is written`
              : "a name must never hold two such records, so the surplus goes before anything is written";
        plan.lines.push({ action: "delete-first", text: `delete  ${show(record)} (id ${record.id}) first: ${why}` });
        continue;
      }
      if (stateOf(record.id)) {
        plan.lines.push({ action: "delete-last", text: `delete  ${show(record)} (id ${record.id}) at the end of this update` });
        continue;
      }
      // Pulumi can only delete what the stack holds: adopt it as it is now, and the next update drops it.
      const base = match.want ? resourceName(zone, match.slot, match.want.subdomain) : resourceName(zone, match.slot, record.subdomain);
      const name = `${base}/id-${record.id}`;
      plan.declarations.push({ name, inputs: provider.inputs(record), importId: provider.importId(record), aliases: [] });
      declaredIds.set(name, provider.stateId(record));
      plan.pending.push(name);
      plan.lines.push({ action: "adopt-to-delete", text: `adopt   ${show(record)} (id ${record.id}) as ${name}, to be deleted at the end of the next update` });
    }
  }

  if (plan.preDeletions.some((d) => d.reason === "replace")) plan.programCreates = plainCreates;
  else if (createsOverGone.length > 0) plan.programCreates = createsOverGone;

  // A resource the stack holds in this zone that nothing above declares or deletes: a record whose owner
  // adopt no longer lists (an SRV or CNAME entry the file dropped). Pulumi deletes it at the end of the
  // update, since the program no longer declares it: say so, rather than "0 to delete".
  const handled = new Set<string>([...declaredIds.values()].filter((id): id is string => id !== null));
  for (const match of matches) for (const removal of match.removals) handled.add(provider.stateId(liveById.get(removal.record.key)!));
  for (const resource of heldInZone(provider, input.stack, zone)) {
    if (handled.has(resource.id)) continue;
    plan.lines.push({ action: "delete-last", text: `delete  ${resource.name} (id ${resource.id}) at the end of this update: the files no longer declare it` });
  }

  // A resource the stack holds under a name this update declares, but for another record: Pulumi would
  // edit (or import over) the wrong one. Say how to settle it rather than guess.
  const liveStateIds = new Set(input.live.map((l) => provider.stateId(l)));
  for (const resource of input.stack) {
    if (resource.type !== provider.pulumi.resourceType || !declaredIds.has(resource.name)) continue;
    const expected = declaredIds.get(resource.name);
    // Declared over a record the host no longer has: an import over it, or a create maildns makes, whose
    // old record Pulumi drops at the end without touching anything.
    if (expected === resource.id || gone.has(resource.id)) continue;
    plan.conflicts.push(
      liveStateIds.has(resource.id)
        ? `the stack holds ${resource.name} for record ${resource.id}, which now fills another slot; remove it from the stack (pulumi state delete, with its URN), then run maildns adopt again`
        : `the stack holds ${resource.name} for record ${resource.id}, which ${provider.label} no longer has at any name the files manage (moved to another name, or deleted); run \`pulumi refresh\` for the stack, then maildns adopt again`,
    );
  }
  plan.declarations.sort((a, b) => a.name.localeCompare(b.name));
  return terminalSafe(plan);
}

/**
 * The zone a record resource belongs to: its name's first part (`example.com/@/spf`, `…/id-12`, and an
 * older maildns's hashed names alike); null for a name maildns never gives (no `/`).
 */
export function resourceZone(name: string): string | null {
  const slash = name.indexOf("/");
  return slash > 0 ? name.slice(0, slash).toLowerCase() : null;
}

/** What adopt and the program say of a zone no domain file declares any more. */
export function droppedZoneSummary(held: number): string {
  return `no domain file declares this zone any more; pulumi up deletes the ${held} record${held === 1 ? "" : "s"} the stack holds in it`;
}

/** The record resources the stack holds in one zone. */
export function heldInZone(provider: DnsProvider, stack: readonly StackResource[], zone: string): StackResource[] {
  return stack.filter((r) => r.type === provider.pulumi.resourceType && resourceZone(r.name) === zone);
}

/**
 * A zone's live records split by whether the stack holds them (by the provider's state id): `held` go when
 * the stack's records there are deleted, `left` stay.
 */
export function splitByHolding<R extends LiveHostRecord>(provider: DnsProvider, live: readonly R[], stack: readonly StackResource[], zone: string): { held: R[]; left: R[] } {
  const ids = new Set(heldInZone(provider, stack, zone).map((r) => r.id));
  const held: R[] = [];
  const left: R[] = [];
  for (const record of live) (ids.has(provider.stateId(record)) ? held : left).push(record);
  return { held, left };
}

/** Zones the stack holds record resources in that no domain file declares any more, sorted. */
export function droppedZones(provider: DnsProvider, stack: readonly StackResource[], declared: Iterable<string>): string[] {
  const files = new Set([...declared].map((z) => z.toLowerCase()));
  const held = new Set(stack.filter((r) => r.type === provider.pulumi.resourceType).map((r) => resourceZone(r.name)));
  return [...held].filter((zone): zone is string => zone !== null && !files.has(zone)).sort();
}

/**
 * A zone no domain file declares any more, whose record resources the stack still holds: Pulumi deletes
 * each of them at the end of the update, since the program no longer declares them. Nothing is declared;
 * the operations are those deletions (of the live records the stack holds), for the gates to judge like
 * any other, so dropping a file is never a silent deletion of a domain's MX, SPF, DKIM and DMARC records.
 */
export function planZoneRemoval(input: Omit<ApplyPlanInput, "desired">): ZoneApplyPlan {
  const { provider, zone } = input;
  const plan: ZoneApplyPlan = { zone, declarations: [], operations: [], preDeletions: [], pending: [], creates: 0, programCreates: [], programUpdates: [], lines: [], conflicts: [] };
  const seen = new Set<string>();
  for (const record of splitByHolding(provider, input.live, input.stack, zone).held) {
    seen.add(provider.stateId(record));
    const live = provider.toLive(record);
    const slot = slotOf(live)?.slot ?? `${record.type}:${record.subdomain}`;
    plan.operations.push({ action: "delete", phase: "after", slot, before: live, after: null, reason: "unwanted" });
    plan.lines.push({ action: "delete-last", text: `delete  ${show(record)} (id ${record.id}) at the end of this update` });
  }
  for (const resource of heldInZone(provider, input.stack, zone)) {
    if (seen.has(resource.id)) continue;
    plan.lines.push({ action: "delete-last", text: `delete  ${resource.name} (id ${resource.id}) at the end of this update` });
  }
  return terminalSafe(plan);
}
