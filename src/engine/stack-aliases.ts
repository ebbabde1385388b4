// Two stacks of one Pulumi project on one folder: `stacks/prod` and `stacks/current`, a link to it, each with
// its own `Pulumi.<stack>.yaml` (so its own state). Each stack's update adopts, overwrites and deletes the
// other's records in every zone the folder declares. Given one of them (`plan stacks/prod`, `adopt`,
// `pulumi up`), the other is read as another stack (plan/other-stacks.ts) and the zones are refused. Given
// the folder of stacks (`lint stacks`, `plan stacks`), the walk reads the shared folder once (files.ts: a
// folder is walked once by its real path), so no file is a duplicate of another: the stack names that share
// the folder are found here, and each file is said to be declared by the other stacks as well.
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

interface StackName {
  /** The folder as given or listed (not resolved through links). */
  absolute: string;
  display: string;
  name: string;
}

/** Where a file of a shared folder is found under another stack's name. */
export interface AliasDeclaration {
  /** The file's path under the other stack's folder, relative to cwd. */
  other: string;
  stack: string;
}

const displayOf = (cwd: string, absolute: string) => {
  const shown = relative(cwd, absolute).split(sep).join("/");
  return shown.startsWith("..") || isAbsolute(shown) ? absolute : shown;
};

/**
 * Where Pulumi keeps the settings of the stack a folder holds: `Pulumi.<folder>.yaml` beside it, as a
 * project with `stackConfigDir: stacks` has them. A folder with one is a Pulumi stack of its own.
 */
export function stackConfigFile(folder: string): string {
  return join(dirname(folder), `Pulumi.${basename(folder)}.yaml`);
}

/** The real path (links resolved), or null when there is nothing there. */
export function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * The folders among `paths` and the folders one level below them (hidden ones left out), in the order given
 * and then by name: where `lint` and `plan` look for stack folders (a stack's `Pulumi.<stack>.yaml` beside
 * it, or its adoption file in it).
 */
export function stackFolderCandidates(paths: readonly string[], cwd: string): string[] {
  const folders: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      if (!statSync(absolute).isDirectory()) continue;
    } catch {
      continue;
    }
    folders.push(absolute);
    let entries: string[];
    try {
      entries = readdirSync(absolute);
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      if (entry.startsWith(".")) continue;
      const folder = join(absolute, entry);
      try {
        if (statSync(folder).isDirectory()) folders.push(folder);
      } catch {
        // A link to nowhere or an unreadable entry: the walk for domain files reports it.
      }
    }
  }
  return folders;
}

/**
 * The stack folders among `paths` and one level below them (as `plan` finds the stacks it plans), by real
 * path, kept where two or more stacks with a config of their own share one folder. A name with no config
 * of its own (a link such as `stacks/current` alone) is the same stack under another name, not a second one.
 */
export function sharedStackFolders(paths: readonly string[], cwd: string): StackName[][] {
  const byReal = new Map<string, StackName[]>();
  const seen = new Set<string>();
  const consider = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const name = basename(absolute);
    if (!existsSync(stackConfigFile(absolute))) return;
    const real = realOrNull(absolute);
    if (real === null) return;
    const list = byReal.get(real) ?? [];
    if (list.length === 0) byReal.set(real, list);
    list.push({ absolute, display: displayOf(cwd, absolute), name });
  };
  for (const folder of stackFolderCandidates(paths, cwd)) consider(folder);
  return [...byReal.values()].filter((list) => list.length > 1);
}

/**
 * The other stacks that declare the file at `absolute` (as the walk found it) through a shared folder: its
 * path under each other stack's name. Empty for a file of no shared folder.
 */
export function aliasDeclarations(groups: readonly StackName[][], absolute: string): AliasDeclaration[] {
  for (const group of groups) {
    const own = group.find((s) => absolute.startsWith(`${s.absolute}${sep}`));
    if (!own) continue;
    const rest = absolute.slice(own.absolute.length + 1).split(sep).join("/");
    return group.filter((s) => s !== own).map((s) => ({ other: `${s.display}/${rest}`, stack: s.name }));
  }
  return [];
}
