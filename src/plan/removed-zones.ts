// Zones a stack still holds records in that no domain file declares any more (a file removed, or its
// `domain:` changed). `pulumi up` deletes those records (the program no longer declares them), after the
// same gates as any other change; `plan` shows that deletion from what the repository records: the
// adoption file `maildns adopt` writes (stacks/<stack>/maildns-adoption.json, committed) lists the record
// resources the stack held when it was written, and live DNS, as `plan` reads it, says what they serve now.
// Without that file `plan` cannot know which zones the stack holds (that is Pulumi's state), and says so.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { RecordSource } from "../dns/types.js";
import { findDomainFiles } from "../engine/files.js";
import { canonicalName } from "../dns/names.js";
import type { LiveSlotRecord, Operation } from "../model/operations.js";
import { ADOPTION_FILE_NAME, AdoptionFileError, readAdoptionFile, type AdoptionFile } from "../providers/adoption-file.js";
import { droppedZones, droppedZoneSummary, heldInZone, splitByHolding } from "../providers/apply-plan.js";
import type { DnsProvider } from "../providers/types.js";
import { slotOf, standingSlotRecords } from "../model/slots.js";
import { observedRecords } from "./gates.js";
import { observeDomain, type LookupFailure, type ObservationTargets } from "./observe.js";
import type { Change } from "./plan.js";
import { DEFAULT_SAFETY, evaluateGates, type Gate, type SafetyOptions } from "./safety.js";
import { inShard, type Shard } from "./shard.js";

/** A folder planned as a stack: its domain files are beside its adoption file (or its Pulumi stack config). */
export interface StackFolder {
  /** Absolute path of the folder. */
  absolute: string;
  /** As shown: relative to cwd, forward slashes. */
  display: string;
  /** True when `maildns-adoption.json` is in it. */
  adopted: boolean;
}

/** A zone the adoption file says the stack holds records in, which no domain file of the stack declares. */
export interface RemovedZone {
  zone: string;
  /** The adoption file that lists it (as shown). */
  adoptionFile: string;
  /** When `maildns adopt` read the zones (the adoption file's readAt). */
  readAt: string;
  /** Record resources the stack held in the zone when the adoption file was written. */
  held: number;
  /**
   * `planned`: the deletions are read from live DNS (the plan's changes for this zone); `not-adopted`: the
   * adoption file has no live records for the zone, so the apply refuses (skip-adopt) and what it would
   * delete is not known; `lookup-failed`: a lookup failed, nothing is planned (the failure is reported).
   */
  status: "planned" | "not-adopted" | "lookup-failed";
  /** Records the stack holds there, as the adoption file lists them, that live DNS does not serve now. */
  notServed: string[];
}

/** What the repository could not tell about zones removed from a stack: said in the plan, never silent. */
export interface RemovedZonesNote {
  stack: string;
  /** `no-adoption-file` (no failure), `adoption-file` (a damaged one: the apply refuses too, the plan fails), `files-not-read`, `provider` (fail). */
  kind: "no-adoption-file" | "adoption-file" | "files-not-read" | "provider";
  detail: string;
}

export interface RemovedZonesResult {
  removedZones: RemovedZone[];
  changes: Change[];
  gates: Gate[];
  failures: LookupFailure[];
  notes: RemovedZonesNote[];
}

const display = (cwd: string, absolute: string) => relative(cwd, absolute).split(sep).join("/") || ".";

/**
 * The stack folders among the paths planned: a folder given that holds an adoption file, or whose Pulumi
 * stack config (`Pulumi.<folder>.yaml`) is beside it, and the same one level down (`plan stacks` plans
 * every stack). A file given alone is not a stack: its neighbours were not read.
 */
export function findStackFolders(paths: readonly string[], cwd: string): StackFolder[] {
  const found = new Map<string, StackFolder>();
  const consider = (absolute: string) => {
    const adopted = existsSync(join(absolute, ADOPTION_FILE_NAME));
    const configured = existsSync(join(dirname(absolute), `Pulumi.${basename(absolute)}.yaml`));
    if ((adopted || configured) && !found.has(absolute)) found.set(absolute, { absolute, display: display(cwd, absolute), adopted });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isFolder = false;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      continue;
    }
    if (!isFolder) continue;
    consider(absolute);
    let entries: string[] = [];
    try {
      entries = readdirSync(absolute);
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith(".")) continue;
      const child = join(absolute, entry);
      try {
        if (statSync(child).isDirectory()) consider(child);
      } catch {
        // Unreadable: the walk for domain files reports it.
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** A domain file seen by the plan: its absolute path and its domain (null when it could not be read). */
export interface SeenFile {
  absolute: string;
  domain: string | null;
}

export interface RemovedZonesOptions {
  stacks: readonly StackFolder[];
  files: readonly SeenFile[];
  provider: DnsProvider;
  sourceFor: (domain: string) => Promise<RecordSource>;
  allow: readonly string[];
  safety?: SafetyOptions;
  shard?: Shard | null;
}

const realOr = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** The observation targets that cover every owner the held records are at. */
function targetsFor(zone: string, records: readonly LiveSlotRecord[]): ObservationTargets {
  const selectors = new Set<string>();
  const srv = new Set<string>();
  const cnames = new Set<string>();
  let mtaSts = false;
  let tlsRpt = false;
  for (const r of records) {
    if (r.subdomain.endsWith("._domainkey")) selectors.add(r.subdomain.slice(0, -"._domainkey".length));
    else if (r.type === "SRV") srv.add(r.subdomain);
    else if (r.type === "CNAME") cnames.add(r.subdomain);
    else if (r.subdomain === "_mta-sts") mtaSts = true;
    else if (r.subdomain === "_smtp._tls") tlsRpt = true;
  }
  return { domain: zone, selectors: [...selectors], srvServices: [...srv], cnames: [...cnames], mtaSts, tlsRpt };
}

/** A record as the adoption file lists it, for a person: `MX 1 mx0.mail.ovh.net. at example.com (id 101)`. */
function describeHeld(record: LiveSlotRecord): string {
  return `${record.type} ${record.value} at ${record.name} (id ${record.key})`;
}

export async function planRemovedZones(options: RemovedZonesOptions): Promise<RemovedZonesResult> {
  const result: RemovedZonesResult = { removedZones: [], changes: [], gates: [], failures: [], notes: [] };
  const { provider } = options;
  // By real path: the plan's walk shows a folder linked into a stack under its own path when it walks that
  // folder too (`plan stacks`), and a stack that links a shared folder in still declares its domains.
  const domainOf = new Map(options.files.map((f) => [realOr(f.absolute), f.domain]));
  for (const stack of options.stacks) {
    if (!stack.adopted) {
      result.notes.push({
        stack: stack.display,
        kind: "no-adoption-file",
        detail: `${stack.display}: no ${ADOPTION_FILE_NAME} in it, so a domain file removed from this stack is not seen by plan (which zones the stack holds is in Pulumi's state); commit the file \`maildns adopt\` writes for plan to show what pulumi up would delete`,
      });
      continue;
    }
    const shownFile = `${stack.display}/${ADOPTION_FILE_NAME}`;
    let adoption: AdoptionFile | null;
    try {
      adoption = await readAdoptionFile(stack.absolute, shownFile);
    } catch (error) {
      if (!(error instanceof AdoptionFileError)) throw error;
      result.notes.push({ stack: stack.display, kind: "adoption-file", detail: `${error.message} (pulumi up refuses it too)` });
      continue;
    }
    if (!adoption) continue;
    if (adoption.provider !== provider.id) {
      result.notes.push({ stack: stack.display, kind: "provider", detail: `${shownFile} was written for ${adoption.provider}, but this plan compares for ${provider.id}; run maildns adopt again (pulumi up refuses it too)` });
      continue;
    }
    // The stack's own domain files, links followed as the Pulumi program follows them. A file whose domain
    // could not be read may be the one declaring a zone the stack holds.
    const files = findDomainFiles([stack.absolute], stack.absolute).map((ref) => domainOf.get(realOr(ref.absolute)) ?? null);
    const unread = files.filter((domain) => domain === null).length;
    if (unread > 0) {
      result.notes.push({
        stack: stack.display,
        kind: "files-not-read",
        detail: `${stack.display}: ${unread} domain file${unread === 1 ? "" : "s"} could not be read (see the errors above), so the zones ${shownFile} lists that no file declares were not looked for`,
      });
      continue;
    }
    const declared = files.map((domain) => canonicalName(domain!));
    for (const zone of droppedZones(provider, adoption.stack, declared)) {
      if (!inShard(zone, options.shard ?? null)) continue;
      await planOneZone(zone, adoption, shownFile, options, result);
    }
  }
  return result;
}

async function planOneZone(zone: string, adoption: AdoptionFile, shownFile: string, options: RemovedZonesOptions, result: RemovedZonesResult): Promise<void> {
  const { provider } = options;
  const resources = heldInZone(provider, adoption.stack, zone);
  const held = resources.length;
  const entry: RemovedZone = { zone, adoptionFile: shownFile, readAt: adoption.readAt, held, status: "planned", notServed: [] };
  result.removedZones.push(entry);
  const recorded = adoption.zones[zone];
  if (!recorded) {
    // The program's own gate, with its words: it refuses a deletion it cannot judge.
    entry.status = "not-adopted";
    result.gates.push({
      id: "skip-adopt",
      domain: zone,
      name: zone,
      tripped: true,
      allowed: options.allow.includes("skip-adopt"),
      reason: `${zone}: the stack holds ${held} record${held === 1 ? "" : "s"} in this zone that no domain file declares, and an update would delete ${held === 1 ? "it" : "them"} unjudged: ${shownFile} has no live records for it; run \`maildns adopt\` for the stack first`,
    });
    return;
  }
  const heldRecords = splitByHolding(provider, recorded.live, adoption.stack, zone).held.map((r) => provider.toLive(r));
  const observation = await observeDomain(await options.sourceFor(zone), targetsFor(zone, heldRecords));
  if (observation.failures.length > 0) {
    // Never a deletion (or a gate's "nothing there") on the strength of a failed lookup.
    entry.status = "lookup-failed";
    for (const f of observation.failures) result.failures.push(f);
    return;
  }
  const live = observedRecords(observation);
  const operations: Operation[] = [];
  const deleted = new Set<string>();
  for (const record of heldRecords) {
    const served = live.find((l) => l.name === record.name && l.type === record.type && sameValue(l.value, record.value) && !deleted.has(l.key));
    if (!served) {
      entry.notServed.push(describeHeld(record));
      continue;
    }
    deleted.add(served.key);
    const slot = slotOf(served)?.slot ?? `${served.type}:${served.subdomain}`;
    operations.push({ action: "delete", phase: "after", slot, before: served, after: null, reason: "unwanted" });
  }
  // The RRsets those deletions change: emptied ones are deletes, the others keep what the stack does not hold.
  for (const rrset of observation.rrsets) {
    if (rrset.state !== "present" || rrset.role === "conflict") continue;
    const gone = live.filter((l) => l.name === rrset.name && l.type === rrset.type && deleted.has(l.key)).map((l) => l.value);
    if (gone.length === 0) continue;
    const after = [...rrset.values];
    for (const value of gone) after.splice(after.indexOf(value), 1);
    result.changes.push({ domain: zone, name: rrset.name, type: rrset.type, action: after.length === 0 ? "delete" : "update", ttl: rrset.ttl, beforeTtl: rrset.ttl, before: [...rrset.values], after });
  }
  // Judged against what the deletion leaves (the records the stack does not hold stay), as the program judges it.
  const left = live.filter((l) => !deleted.has(l.key));
  for (const gate of evaluateGates({ domain: zone, live, desired: standingSlotRecords(left), operations, allow: options.allow, options: options.safety ?? DEFAULT_SAFETY })) result.gates.push(gate);
}

/** Host names compare without case; the rest as served. */
function sameValue(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** The line a removed zone gets in the plan: adopt's and the program's own sentence, and where it was read. */
export function describeRemovedZone(z: RemovedZone): string {
  const head = `${droppedZoneSummary(z.held)} (${z.adoptionFile}, read ${z.readAt})`;
  if (z.status === "not-adopted") return `${head}; which records they are is not recorded there, so pulumi up refuses (skip-adopt)`;
  if (z.status === "lookup-failed") return `${head}; a lookup failed, so what they serve now is not known and nothing is planned for it`;
  return head;
}
