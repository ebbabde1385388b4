// Zones a stack still holds records in that no domain file declares any more (a file removed, or its
// `domain:` changed). `pulumi up` deletes those records (the program no longer declares them), after the
// same gates as any other change; `plan` shows that deletion from what the repository records: the
// adoption file `maildns adopt` writes (stacks/<stack>/maildns-adoption.json, committed) lists the record
// resources the stack held when it was written, and live DNS, as `plan` reads it, says what they serve now.
// Without that file `plan` cannot know which zones the stack holds (that is Pulumi's state). Given the base
// commit of the change (`--base`, the Action's pull request base), it reads instead, from git, the domain
// files the change takes out of the stack, and plans their zones' deletion as if the stack held what those
// files declared (the records at their slots, as live DNS serves them: what the apply of the base put there).
// Without either, it says a removed file is not seen.
import { asciiLowerCase } from "../model/dns-case.js";
import { existsSync, realpathSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { RecordSource } from "../dns/types.js";
import { loadDomainFile } from "../engine/lint.js";
import type { DomainModel } from "../model/types.js";
import { findDomainFiles } from "../engine/files.js";
import { canonicalName } from "../dns/names.js";
import type { LiveSlotRecord, Operation } from "../model/operations.js";
import { ADOPTION_FILE_NAME, AdoptionFileError, readAdoptionFile, type AdoptionFile } from "../providers/adoption-file.js";
import { droppedZones, droppedZoneSummary, heldInZone, splitByHolding } from "../providers/apply-plan.js";
import type { DnsProvider } from "../providers/types.js";
import { desiredSlotRecords, slotOf, standingSlotRecords } from "../model/slots.js";
import type { GitBase } from "./git-base.js";
import { observedRecords } from "./gates.js";
import { observeDomain, targetsOf, type DomainObservation, type LookupFailure, type ObservationTargets } from "./observe.js";
import type { Change } from "./plan.js";
import { DEFAULT_SAFETY, evaluateGates, type Gate, type SafetyOptions } from "./safety.js";
import { markAllowedOnMerge, type StackAllow } from "./stack-allow.js";
import { listsNothingGates, readWhileDeclaredGate, unrecordedDropGate, type AdoptionPlace } from "./stale-adoption.js";
import { inShard, type Shard } from "./shard.js";
import { oneLine } from "../model/show.js";
import { stackConfigFile, stackFolderCandidates } from "../engine/stack-aliases.js";

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
  /**
   * Where the plan learnt that the stack holds records there: `adoption-file` (the committed file `maildns
   * adopt` writes) or `git` (a domain file of the stack at the base commit that the change deletes, or whose
   * `domain:` it changes).
   */
  source: "adoption-file" | "git";
  /** The adoption file that lists it (as shown); null when read from git. */
  adoptionFile: string | null;
  /** When `maildns adopt` read the zones (the adoption file's readAt); null when read from git. */
  readAt: string | null;
  /** The base commit (abbreviated) the deleted files were read from; null from the adoption file. */
  base: string | null;
  /** The stack's domain files at the base that declared the zone (as shown); empty from the adoption file. */
  deletedFiles: string[];
  /**
   * Record resources the stack held in the zone when the adoption file was written; from git, the live
   * records at the slots the deleted files declared (what the base's apply holds there).
   */
  held: number;
  /**
   * `planned`: the deletions are read from live DNS (the plan's changes for this zone); `not-adopted`: the
   * adoption file has no live records for the zone, so the apply refuses (skip-adopt) and what it would
   * delete is not known; `lookup-failed`: a lookup failed, nothing is planned (the failure is reported).
   */
  status: "planned" | "not-adopted" | "lookup-failed";
  /** Records the stack holds there (as the adoption file lists them, or as the deleted files declared them) that live DNS does not serve now. */
  notServed: string[];
}

/** What the repository could not tell about zones removed from a stack: said in the plan, never silent. */
export interface RemovedZonesNote {
  stack: string;
  /**
   * `no-adoption-file` (and no base to read from git; no failure), `adoption-file` (a damaged one: the apply
   * refuses too, the plan fails), `files-not-read`, `provider` (fail), `base` (the base commit, or the files
   * it changed, could not be read from git: a deletion cannot be seen, the plan fails), `base-file-unreadable`
   * (a deleted file that was not a readable domain file at the base: no failure).
   */
  kind: "no-adoption-file" | "adoption-file" | "files-not-read" | "provider" | "base" | "base-file-unreadable";
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
    const configured = existsSync(stackConfigFile(absolute));
    if ((adopted || configured) && !found.has(absolute)) found.set(absolute, { absolute, display: display(cwd, absolute), adopted });
  };
  for (const folder of stackFolderCandidates(paths, cwd)) consider(folder);
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** A stack folder given to plan that the working tree no longer has, which the base commit had (its files all deleted). */
export function goneStackFolder(absolute: string, cwd: string): StackFolder {
  return { absolute, display: display(cwd, absolute), adopted: false };
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
  /** The stack config's `maildns:allow` for a stack folder: a refused gate it allows is marked (stack-allow.ts). */
  stackAllow?: (folder: string) => StackAllow | null;
  safety?: SafetyOptions;
  shard?: Shard | null;
  /** The change's base commit in git (`--base`): read for a stack without its adoption file. */
  base?: GitBase | null;
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
  // By real path: the plan's walk shows a folder linked into a stack under its own path when it walks that
  // folder too (`plan stacks`), and a stack that links a shared folder in still declares its domains. Made
  // only when a stack needs it (one with an adoption file, or planned against a base): a path's real path
  // costs a system call per folder on the way, and a stack with neither reads no domain at all.
  let byRealPath: Map<string, string | null> | undefined;
  const domainOf = () => (byRealPath ??= new Map(options.files.map((f) => [realOr(f.absolute), f.domain])));
  for (const stack of options.stacks) {
    const from = result.gates.length;
    await planStack(stack, domainOf, options, result);
    markAllowedOnMerge(result.gates.slice(from), options.stackAllow?.(stack.absolute) ?? null);
  }
  // A note names stack folders and files, whose names may hold a line break or a bidi control: shown as
  // every message shows them (oneLine), in the text plan and the JSON alike.
  for (const note of result.notes) note.detail = oneLine(note.detail);
  return result;
}

/** One stack folder's zones that no domain file declares any more. */
async function planStack(stack: StackFolder, domainOf: () => ReadonlyMap<string, string | null>, options: RemovedZonesOptions, result: RemovedZonesResult): Promise<void> {
  const { provider } = options;
  if (!stack.adopted && options.base) {
    await planFromBase(stack, options.base, domainOf, options, result);
    return;
  }
  if (!stack.adopted) {
    result.notes.push({
      stack: stack.display,
      kind: "no-adoption-file",
      detail: `${stack.display}: no ${ADOPTION_FILE_NAME} in it and no base commit to compare with, so a domain file removed from this stack is not seen by plan (which zones the stack holds is in Pulumi's state); plan with --base <the change's base commit> (the Action does on a pull request), or commit the file \`maildns adopt\` writes, for plan to show what pulumi up would delete`,
    });
    return;
  }
  const shownFile = `${stack.display}/${ADOPTION_FILE_NAME}`;
  let adoption: AdoptionFile | null;
  try {
    adoption = await readAdoptionFile(stack.absolute, shownFile);
  } catch (error) {
    if (!(error instanceof AdoptionFileError)) throw error;
    result.notes.push({ stack: stack.display, kind: "adoption-file", detail: `${error.message} (pulumi up refuses it too)` });
    return;
  }
  if (!adoption) return;
  if (adoption.provider !== provider.id) {
    result.notes.push({ stack: stack.display, kind: "provider", detail: `${shownFile} was written for ${adoption.provider}, but this plan compares for ${provider.id}; run maildns adopt again (pulumi up refuses it too)` });
    return;
  }
  const declared = declaredDomains(stack, domainOf, `the zones ${shownFile} lists that no file declares`, result);
  if (declared === null) return;
  // The stack's name is its folder's (stacks/<stack>), as `maildns adopt --stack` takes it.
  const place: AdoptionPlace = { shown: shownFile, stack: basename(stack.absolute) };
  for (const zone of droppedZones(provider, adoption.stack, declared)) {
    if (!inShard(zone, options.shard ?? null)) continue;
    await planOneZone(zone, adoption, place, options, result);
  }
  // A zone the file lists, no file declares, and the stack holds nothing in as the file says: the program
  // refuses the update (an update since the read may have created records there); so does the plan.
  for (const gate of listsNothingGates(provider, adoption, declared, place, options.allow)) if (inShard(gate.domain, options.shard ?? null)) result.gates.push(gate);
}

async function planOneZone(zone: string, adoption: AdoptionFile, place: AdoptionPlace, options: RemovedZonesOptions, result: RemovedZonesResult): Promise<void> {
  const { provider } = options;
  const resources = heldInZone(provider, adoption.stack, zone);
  const held = resources.length;
  const entry: RemovedZone = { zone, source: "adoption-file", adoptionFile: place.shown, readAt: adoption.readAt, base: null, deletedFiles: [], held, status: "planned", notServed: [] };
  result.removedZones.push(entry);
  const recorded = adoption.zones[zone];
  if (!recorded) {
    // The program's own gate, with its words: it refuses a deletion it cannot judge.
    entry.status = "not-adopted";
    result.gates.push(unrecordedDropGate(zone, held, place, options.allow));
    return;
  }
  // Read while a domain file declared it: the program refuses the update (its list of the stack's records
  // there may be short), and the deletion below, planned from that list, may be short too.
  if (recorded.declared) result.gates.push(readWhileDeclaredGate(zone, adoption, place, options.allow));
  const heldRecords = splitByHolding(provider, recorded.live, adoption.stack, zone).held.map((r) => provider.toLive(r));
  const observation = await observeDomain(await options.sourceFor(zone), targetsFor(zone, heldRecords));
  planDeletion(zone, heldRecords, observation, entry, options, result);
}

/**
 * The deletion of the records the stack holds in a zone, read against live DNS: each held record served now
 * is a delete, the RRsets they leave are the plan's changes, and the gates judge what the deletion leaves.
 */
function planDeletion(zone: string, heldRecords: readonly LiveSlotRecord[], observation: DomainObservation, entry: RemovedZone, options: RemovedZonesOptions, result: RemovedZonesResult): void {
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

/** The stack's domains as the working tree declares them, or null (with a note) when a file could not be read. */
function declaredDomains(stack: StackFolder, domainOf: () => ReadonlyMap<string, string | null>, zonesLookedFor: string, result: RemovedZonesResult): string[] | null {
  // A folder the change emptied declares nothing.
  if (!existsSync(stack.absolute)) return [];
  // The stack's own domain files, links followed as the Pulumi program follows them. A file whose domain
  // could not be read may be the one declaring a zone the stack holds.
  const byRealPath = domainOf();
  const files = findDomainFiles([stack.absolute], stack.absolute).map((ref) => byRealPath.get(realOr(ref.absolute)) ?? null);
  const unread = files.filter((domain) => domain === null).length;
  if (unread > 0) {
    result.notes.push({
      stack: stack.display,
      kind: "files-not-read",
      detail: `${stack.display}: ${unread} domain file${unread === 1 ? "" : "s"} could not be read (see the errors above), so ${zonesLookedFor} were not looked for`,
    });
    return null;
  }
  return files.map((domain) => canonicalName(domain!));
}

/**
 * A stack without its adoption file, planned against the change's base commit: the base's domain files the
 * change deletes (or whose domain it changes) declare zones that no file of the working tree declares any
 * more. A file renamed, or deleted while another file declares its domain, is an edit, planned as usual.
 */
async function planFromBase(stack: StackFolder, base: GitBase, domainOf: () => ReadonlyMap<string, string | null>, options: RemovedZonesOptions, result: RemovedZonesResult): Promise<void> {
  if (base.problem !== null) {
    result.notes.push({ stack: stack.display, kind: "base", detail: `${stack.display}: ${base.problem}; until then a domain file deleted from this stack is not seen, so this plan does not say what the merge deletes` });
    return;
  }
  let changed;
  try {
    changed = base.changedFiles(stack.absolute);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString("utf8").trim().split("\n")[0];
    result.notes.push({ stack: stack.display, kind: "base", detail: `${stack.display}: the domain files changed since ${base.short} could not be read from git (${stderr || (error as Error).message}), so a deleted one is not seen` });
    return;
  }
  if (changed.length === 0) return;
  const declaredList = declaredDomains(stack, domainOf, `the zones of the domain files deleted since ${base.short}`, result);
  if (declaredList === null) return;
  const declared = new Set(declaredList);
  const byZone = new Map<string, { files: string[]; models: DomainModel[] }>();
  for (const file of changed) {
    const shown = `${stack.display}/${file.path}`;
    const model = loadDomainFile(shown, file.bytes).model;
    if (!model) {
      // A base that lint refused was never applied as it stood; what an earlier apply left is not known.
      if (file.deleted) result.notes.push({ stack: stack.display, kind: "base-file-unreadable", detail: `${shown} (deleted) was not a readable domain file at ${base.short}, so which zone it declared, and what pulumi up would delete there, is not known` });
      continue;
    }
    const zone = canonicalName(model.domain);
    if (declared.has(zone) || !inShard(zone, options.shard ?? null)) continue;
    const entry = byZone.get(zone) ?? { files: [], models: [] };
    entry.files.push(shown);
    entry.models.push(model);
    byZone.set(zone, entry);
  }
  for (const zone of [...byZone.keys()].sort()) {
    const { files, models } = byZone.get(zone)!;
    const entry: RemovedZone = { zone, source: "git", adoptionFile: null, readAt: null, base: base.short, deletedFiles: files, held: 0, status: "planned", notServed: [] };
    result.removedZones.push(entry);
    const targets = mergedTargets(models.map(targetsOf));
    const observation = await observeDomain(await options.sourceFor(zone), targets);
    // What the stack holds there: the live records at the slots the files declared (the apply adopts a
    // live record into its slot whatever its value, so a value edited by hand is held too).
    const declaredSlots = models.flatMap((m) => desiredSlotRecords(m));
    const slots = new Set(declaredSlots.map((r) => r.slot.replace(/#\d+$/, "")));
    const live = observation.failures.length === 0 ? observedRecords(observation) : [];
    const heldRecords = live.filter((l) => slots.has(slotOf(l)?.slot ?? ""));
    entry.held = heldRecords.length;
    if (observation.failures.length === 0) {
      const liveSlots = new Set(heldRecords.map((l) => slotOf(l)!.slot));
      for (const r of declaredSlots) if (!liveSlots.has(r.slot.replace(/#\d+$/, ""))) entry.notServed.push(`${r.type} ${r.value} at ${r.name} (declared by the deleted file)`);
    }
    planDeletion(zone, heldRecords, observation, entry, options, result);
  }
}

/** One observation for several files of a zone: every owner any of them declares. */
function mergedTargets(all: readonly ObservationTargets[]): ObservationTargets {
  const first = all[0]!;
  if (all.length === 1) return first;
  const union = (pick: (t: ObservationTargets) => readonly string[] | undefined) => [...new Set(all.flatMap((t) => pick(t) ?? []))];
  return { ...first, selectors: union((t) => t.selectors), srvServices: union((t) => t.srvServices), cnames: union((t) => t.cnames), mtaSts: all.some((t) => t.mtaSts), tlsRpt: all.some((t) => t.tlsRpt) };
}

/** Values compare without the case of A-Z only, as DNS and the apply compare host names (model/dns-case.ts). */
function sameValue(a: string, b: string): boolean {
  return a === b || asciiLowerCase(a) === asciiLowerCase(b);
}

/** The line a removed zone gets in the plan: adopt's and the program's own sentence, and where it was read. */
export function describeRemovedZone(z: RemovedZone): string {
  const where =
    z.source === "git"
      ? `${z.deletedFiles.join(", ")} declared it at ${z.base} and no longer ${z.deletedFiles.length === 1 ? "does" : "do"}; the records held are the live ones at ${z.deletedFiles.length === 1 ? "its" : "their"} slots`
      : `${z.adoptionFile}, read ${z.readAt}`;
  const head = `${droppedZoneSummary(z.held)} (${where})`;
  if (z.status === "not-adopted") return `${head}; which records they are is not recorded there, so pulumi up refuses (skip-adopt)`;
  if (z.status === "lookup-failed") return `${head}; a lookup failed, so what they serve now is not known and nothing is planned for it`;
  return head;
}
