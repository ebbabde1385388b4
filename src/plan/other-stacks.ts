// A zone declared by two stacks of one repository (`stacks/prod/example.com.yaml` and
// `stacks/staging/example.com.yaml`). Each stack's `maildns adopt` reads the zone and adopts the records the
// other stack writes as its own, each update writes its own file's values over the other's, and a stack
// whose file goes deletes every record it holds there, the other stack's included: the two stacks take
// turns editing one zone and neither's plan says so. Linted together (`maildns lint stacks`, `plan stacks`),
// the two files are a lint-duplicate-domain error already; a command given one stack (`adopt --stack prod`,
// `plan stacks/prod`, `pulumi up`) reads only its own folder, so the other stacks' files are read here.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { toALabel } from "../config/domain.js";
import { findDomainFiles, readDomainFile } from "../engine/files.js";
import { loadDomainFile } from "../engine/lint.js";
import { asciiLowerCase } from "../model/dns-case.js";
import { droppedByIdna } from "../model/idna-dropped.js";
import { realOrNull, stackConfigFile } from "../engine/stack-aliases.js";
import { oneLine } from "../model/show.js";

/** One zone a file of the stack declares that a file of another stack of the repository declares too. */
export interface SharedZone {
  zone: string;
  /** The stack's own file (as given by the caller). */
  file: string;
  /** The other stack's file, relative to `cwd`. */
  other: string;
  /** The other stack's name (its folder's). */
  stack: string;
}

/** A file of another stack whose zone could not be told (unreadable, or no usable `domain:`). */
export interface UnknownZoneFile {
  file: string;
  stack: string;
}

/** One domain file of a sibling stack: its zone, and the stack's folder by its real path (null: unknown). */
interface Declaration {
  zone: string;
  other: string;
  stack: string;
  real: string | null;
  /** Its place in the walk (sibling folders sorted, then their files): results come in this order. */
  order: number;
}

/** The sibling stacks of one parent folder, read once: the zones their files declare. */
interface ParentIndex {
  zones: Map<string, Declaration[]>;
  unknown: (UnknownZoneFile & { real: string | null })[];
}

/**
 * The zone a file of another stack declares: its model's domain, or, when the file does not load for another
 * reason (an unknown key, a bad MX host), its `domain:` key as the model would have it: that stack declares
 * the zone all the same, and applies it once the file is fixed. Null when the key itself cannot be told.
 */
function declaredZone(display: string, bytes: Uint8Array): string | null {
  const loaded = loadDomainFile(display, bytes);
  if (loaded.model) return loaded.model.domain;
  if (loaded.domainName === "" || droppedByIdna(loaded.domainName)) return null;
  return toALabel(loaded.domainName);
}

/**
 * The other stacks of a repository, each sibling folder read at most once however many stacks ask (plan
 * given 500 of 1,000 stacks read each of the other 500 once per stack planned: 250,000 folder reads).
 * `skip`: stack folders (absolute, as resolve gives them) the caller reads itself, never read here.
 */
export function otherStacks(cwd: string, skip: ReadonlySet<string> = new Set()) {
  const parents = new Map<string, ParentIndex>();

  /**
   * The sibling folders of a parent that are stacks of the same Pulumi project (their config
   * `Pulumi.<folder>.yaml` beside them, as `stackConfigDir: stacks` keeps it), other than those in `skip`,
   * read in sorted order.
   */
  const indexOf = (parent: string): ParentIndex => {
    const known = parents.get(parent);
    if (known) return known;
    const index: ParentIndex = { zones: new Map(), unknown: [] };
    parents.set(parent, index);
    let entries: string[];
    try {
      entries = readdirSync(parent);
    } catch {
      return index;
    }
    let order = 0;
    for (const entry of entries.sort()) {
      if (entry.startsWith(".")) continue;
      const folder = join(parent, entry);
      if (skip.has(folder) || !existsSync(stackConfigFile(folder))) continue;
      try {
        if (!statSync(folder).isDirectory()) continue;
      } catch {
        // Unreadable: that stack's own commands say so.
        continue;
      }
      const real = realOrNull(folder);
      let refs: ReturnType<typeof findDomainFiles>;
      try {
        refs = findDomainFiles([folder], cwd);
      } catch {
        index.unknown.push({ file: `${relative(cwd, folder).split(sep).join("/")}/`, stack: entry, real });
        continue;
      }
      for (const ref of refs) {
        const read = readDomainFile(ref);
        const zone = "bytes" in read ? declaredZone(ref.display, read.bytes) : null;
        if (zone === null) {
          index.unknown.push({ file: ref.display, stack: entry, real });
          continue;
        }
        const key = asciiLowerCase(zone);
        const list = index.zones.get(key);
        const declaration = { zone: key, other: ref.display, stack: entry, real, order: order++ };
        if (list) list.push(declaration);
        else index.zones.set(key, [declaration]);
      }
    }
    return index;
  };

  /**
   * Whether a sibling's declaration is the stack itself: its own folder, or its folder reached by another
   * name (`stacks/current`, a link to `prod`, given to plan) when that name is no stack of its own (no
   * `Pulumi.current.yaml`): the same files of the same stack, not a second stack applying them. Two names
   * that each have a config are two Pulumi stacks with their own state, both applying the folder's zones.
   */
  const isOwn = (stackDir: string) => {
    const absolute = resolve(stackDir);
    const own = basename(absolute);
    const ownReal = existsSync(stackConfigFile(absolute)) ? null : realOrNull(absolute);
    return (d: { stack: string; real: string | null }) => d.stack === own || (ownReal !== null && d.real === ownReal);
  };

  return {
    /**
     * The zones `declared` (the stack's domain files: each file's `domain:`) that a domain file of another
     * stack beside it declares too.
     */
    shared(stackDir: string, declared: readonly { domain: string; file: string }[]): SharedZone[] {
      const mine = new Map<string, string>();
      for (const d of declared) if (!mine.has(asciiLowerCase(d.domain))) mine.set(asciiLowerCase(d.domain), d.file);
      if (mine.size === 0) return [];
      const index = indexOf(dirname(resolve(stackDir)));
      const own = isOwn(stackDir);
      const found: (SharedZone & { order: number })[] = [];
      for (const [zone, file] of mine) {
        for (const d of index.zones.get(zone) ?? []) if (!own(d)) found.push({ zone, file, other: d.other, stack: d.stack, order: d.order });
      }
      return found.sort((a, b) => a.order - b.order).map(({ zone, file, other, stack }) => ({ zone, file, other, stack }));
    },
    /**
     * The files of the other stacks whose zone could not be told (unreadable, or not even their `domain:`
     * readable): whether they declare one of the stack's zones too is not known.
     */
    unknown(stackDir: string): UnknownZoneFile[] {
      const own = isOwn(stackDir);
      return indexOf(dirname(resolve(stackDir)))
        .unknown.filter((u) => !own(u))
        .map(({ file, stack }) => ({ file, stack }));
    },
  };
}

/**
 * The zones `declared` that a domain file of another stack beside `stackDir` declares too, and the files of
 * those stacks whose zone could not be told: for a command given one stack (`adopt`, `pulumi up`).
 */
export function zonesInOtherStacks(stackDir: string, declared: readonly { domain: string; file: string }[], cwd: string): { shared: SharedZone[]; unknown: UnknownZoneFile[] } {
  if (declared.length === 0) return { shared: [], unknown: [] };
  const stacks = otherStacks(cwd, new Set([resolve(stackDir)]));
  return { shared: stacks.shared(stackDir, declared), unknown: stacks.unknown(stackDir) };
}

/**
 * What `adopt` and `pulumi up` say of one shared zone: the words of lint-duplicate-domain's `otherStack`
 * message, which `plan` reports as a finding.
 */
export function sharedZoneMessage(shared: SharedZone): string {
  // File and folder names as every message shows them (oneLine): a name may hold a line break or a bidi control.
  return `${oneLine(shared.file)}: ${shared.zone} is also declared by ${oneLine(shared.other)}, a domain file of stack ${oneLine(shared.stack)}: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack [lint-duplicate-domain]`;
}

/** What `adopt` and `pulumi up` say of a file of another stack whose zone could not be told. */
export function unknownZoneMessage(unknown: readonly UnknownZoneFile[]): string {
  return `not checked: ${unknownZoneText(unknown, "this stack")}`;
}

/**
 * The words of unknownZoneMessage after "not checked: ", naming whose zones were not compared (`this
 * stack`; `plan` names the stacks it planned).
 */
export function unknownZoneText(unknown: readonly UnknownZoneFile[], whose: string): string {
  const shown = unknown.slice(0, 3).map((u) => oneLine(u.file)).join(", ");
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
  const stacks = [...new Set(unknown.map((u) => oneLine(u.stack)))].join(", ");
  return `${shown}${more} of stack${stacks.includes(", ") ? "s" : ""} ${stacks} could not be read as domain files (see that stack's lint), so whether they declare a zone of ${whose} too is not known`;
}

/** Files of stacks `plan` did not plan whose zone could not be told, with the planned stacks they concern. */
export interface UnreadOtherStacks {
  /** The planned stacks (folder names) that declare zones such a file might share. */
  planned: string[];
  files: UnknownZoneFile[];
}

/** What `plan` says of them, under "Not checked" (no failure, as adopt and pulumi up only warn). */
export function unreadOtherStacksText(unread: UnreadOtherStacks): string {
  const planned = unread.planned.map(oneLine);
  return unknownZoneText(unread.files, `stack${planned.length > 1 ? "s" : ""} ${planned.join(", ")}`);
}
