// Inputs that name files must stay inside the checkout (GITHUB_WORKSPACE): a workflow that passes
// `paths: ../../..`, or a pull request that adds a symbolic link `stacks/prod -> /home/runner`, must not make
// the Action read (or, for `sarif-file`, write) anything else on the runner. Paths are compared after every
// symbolic link is followed, so a link inside the workspace that points out of it is refused too.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isInside } from "../config/inside.js";
import { MAX_ENTRIES_WALKED, MAX_FOLDER_DEPTH } from "../engine/unreadable.js";

/**
 * Where `path` really is: every symbolic link followed. A path that does not exist (yet) is resolved through
 * its nearest existing ancestor, so `out/new.sarif` below a linked `out/` lands where the link points.
 */
export function realLocation(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (let depth = 0; depth < 4096; depth++) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A dangling link: where it points decides, so follow it by hand (bounded, like the kernel's 40).
      if (code === "ENOENT" && isLink(current) && depth < 40) {
        current = resolve(dirname(current), readLinkTarget(current));
        continue;
      }
      const parent = dirname(current);
      if (parent === current) return absolute;
      missing.push(basename(current));
      current = parent;
    }
  }
  return absolute;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function readLinkTarget(path: string): string {
  return readlinkSync(path);
}

/**
 * True when `real` is the checkout's `.git` folder or below it (`root` the workspace's real path). A commit
 * cannot hold a `.git` entry, but it can hold a link into one: a `sarif-file` or `cache` committed as a link
 * to `.git/config` or `.git/index` had the Action write its SARIF or cache over git's own files.
 */
export function inGitFolder(root: string, real: string): boolean {
  return isInside(join(root, ".git"), real);
}

/**
 * The first symbolic link on the way from the workspace to `absolute` (the file itself included), relative
 * to the workspace, or null. A file the Action writes (`sarif-file`, `cache`) is written through a link at
 * its name (write-whole.ts replaces the file the link names), and the checkout's links are the pull
 * request's: one at `maildns.sarif` could name any file of the workspace, such as a program an earlier
 * step installed there and a later one runs. So such a path may hold none.
 */
export function linkOnTheWay(absolute: string, workspace: string): string | null {
  const rel = relative(resolve(workspace), resolve(absolute));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  let current = resolve(workspace);
  for (const part of rel.split(sep)) {
    current = join(current, part);
    if (isLink(current)) return relative(resolve(workspace), current).split(sep).join("/");
  }
  return null;
}

export { isInside };

/**
 * The sentence for an input value that resolves outside the workspace, or null when it stays inside.
 * `value` is what the workflow wrote; `absolute` what it means (already resolved against its folder).
 */
export function outsideWorkspace(input: string, value: string, absolute: string, workspace: string): string | null {
  const root = realLocation(workspace);
  const real = realLocation(absolute);
  if (inGitFolder(root, real)) {
    return `input '${input}': '${value}' resolves into the repository's .git folder${real === resolve(absolute) ? "" : " through a symbolic link"}: git's own files, which maildns neither reads nor writes; give a path of the checkout's files`;
  }
  if (isInside(root, real)) return null;
  const how = isInside(root, resolve(absolute)) ? " through a symbolic link" : "";
  return `input '${input}': '${value}' resolves outside the workspace${how} (GITHUB_WORKSPACE); give a path inside the repository checkout`;
}

/** Entries looked at below one input before the search for links stops: the CLI's walk stops at the same bound. */
export const MAX_ENTRIES_SEARCHED = MAX_ENTRIES_WALKED;

/**
 * The sentence for a symbolic link below the folder `absolute` (an input's value, already inside the
 * workspace) that resolves outside the workspace, or null when there is none. The inputs themselves are
 * checked by outsideWorkspace; this finds a link a pull request adds inside a stack or zone folder
 * (`stacks/prod/x.yaml -> /proc/self/environ`), which maildns would otherwise read like any domain or zone
 * file and quote in its findings. `.git` and `node_modules` are not searched: maildns never reads them.
 */
export function linkLeavingWorkspace(input: string, absolute: string, workspace: string, maxEntries = MAX_ENTRIES_SEARCHED): string | null {
  const root = realLocation(workspace);
  const shown = (path: string) => relative(workspace, path).split(sep).join("/");
  const pending: { dir: string; depth: number }[] = [];
  try {
    if (lstatSync(absolute).isDirectory()) pending.push({ dir: absolute, depth: 0 });
  } catch {
    return null;
  }
  // Each folder by its real path, searched again only when reached less deep: links to folders are followed
  // (as maildns follows them to find domain files), so a link back to an ancestor must not loop.
  const searchedAt = new Map<string, number>();
  let searched = 0;
  while (pending.length > 0) {
    const { dir, depth } = pending.pop()!;
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
      if ((searchedAt.get(real) ?? Infinity) <= depth) continue;
      searchedAt.set(real, depth);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // Refused, not passed: a link past the bound would be read unchecked (and a link to a folder may lead
      // the search through much of the checkout).
      if (++searched > maxEntries) {
        return `input '${input}': more than ${maxEntries} entries below ${shown(absolute) || "."} (through links to folders too): too many to check for symbolic links leaving the workspace; give the stack folders themselves`;
      }
      const full = join(dir, entry.name);
      const searchable = depth < MAX_FOLDER_DEPTH && entry.name !== ".git" && entry.name !== "node_modules";
      if (entry.isSymbolicLink()) {
        const target = realLocation(full);
        if (!isInside(root, target)) {
          return `input '${input}': ${shown(full)} is a symbolic link that resolves outside the workspace (GITHUB_WORKSPACE): the Action reads only the repository checkout; replace the link with the file itself`;
        }
        if (inGitFolder(root, target)) {
          return `input '${input}': ${shown(full)} is a symbolic link into the repository's .git folder: git's own files, which maildns neither reads nor writes; replace the link with the file itself`;
        }
        // A link to a folder elsewhere in the workspace: maildns reads the domain files in it, so its links count too.
        if (searchable && isFolder(full)) pending.push({ dir: full, depth: depth + 1 });
      } else if (entry.isDirectory() && searchable) {
        pending.push({ dir: full, depth: depth + 1 });
      }
    }
  }
  return null;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
