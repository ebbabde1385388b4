// A zone declared by two stacks of one repository (`stacks/prod/example.com.yaml` and
// `stacks/staging/example.com.yaml`). Each stack's `maildns adopt` reads the zone and adopts the records the
// other stack writes as its own, each update writes its own file's values over the other's, and a stack
// whose file goes deletes every record it holds there, the other stack's included: the two stacks take
// turns editing one zone and neither's plan says so. Linted together (`maildns lint stacks`, `plan stacks`),
// the two files are a lint-duplicate-domain error already; a command given one stack (`adopt --stack prod`,
// `plan stacks/prod`, `pulumi up`) reads only its own folder, so the other stacks' files are read here.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { findDomainFiles, readDomainFile } from "../engine/files.js";
import { loadDomainFile } from "../engine/lint.js";
import { asciiLowerCase } from "../model/dns-case.js";

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

/**
 * The sibling folders of `stackDir` that are stacks of the same Pulumi project (their config
 * `Pulumi.<folder>.yaml` beside them, as `stackConfigDir: stacks` keeps it), other than `stackDir` and
 * the folders in `skip` (stacks the caller reads itself), sorted.
 */
function otherStackFolders(stackDir: string, skip: ReadonlySet<string>): string[] {
  const parent = dirname(resolve(stackDir));
  const own = basename(resolve(stackDir));
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const folders: string[] = [];
  for (const entry of entries.sort()) {
    if (entry === own || entry.startsWith(".")) continue;
    const folder = join(parent, entry);
    if (skip.has(folder) || !existsSync(join(parent, `Pulumi.${entry}.yaml`))) continue;
    try {
      if (statSync(folder).isDirectory()) folders.push(folder);
    } catch {
      // Unreadable: that stack's own commands say so.
    }
  }
  return folders;
}

/**
 * The zones `declared` (the stack's domain files: each file's `domain:`) that a domain file of another stack
 * beside it declares too. A file of another stack that cannot be read or loaded is left out: that stack's
 * own lint reports it, and its zone cannot be known here.
 */
export function zonesInOtherStacks(stackDir: string, declared: readonly { domain: string; file: string }[], cwd: string, skip: ReadonlySet<string> = new Set()): SharedZone[] {
  const mine = new Map<string, string>();
  for (const d of declared) if (!mine.has(asciiLowerCase(d.domain))) mine.set(asciiLowerCase(d.domain), d.file);
  if (mine.size === 0) return [];
  const shared: SharedZone[] = [];
  for (const folder of otherStackFolders(stackDir, skip)) {
    let refs: ReturnType<typeof findDomainFiles>;
    try {
      refs = findDomainFiles([folder], cwd);
    } catch {
      continue;
    }
    for (const ref of refs) {
      const read = readDomainFile(ref);
      if (!("bytes" in read)) continue;
      const domain = loadDomainFile(ref.display, read.bytes).model?.domain;
      if (domain === undefined) continue;
      const zone = asciiLowerCase(domain);
      const file = mine.get(zone);
      if (file !== undefined) shared.push({ zone, file, other: ref.display, stack: basename(folder) });
    }
  }
  return shared;
}

/**
 * What `adopt` and `pulumi up` say of one shared zone: the words of lint-duplicate-domain's `otherStack`
 * message, which `plan` reports as a finding.
 */
export function sharedZoneMessage(shared: SharedZone): string {
  return `${shared.file}: ${shared.zone} is also declared by ${shared.other}, a domain file of stack ${shared.stack}: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack [lint-duplicate-domain]`;
}
