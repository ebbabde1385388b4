// Inputs that name files must stay inside the checkout (GITHUB_WORKSPACE): a workflow that passes
// `paths: ../../..`, or a pull request that adds a symbolic link `stacks/prod -> /home/runner`, must not make
// the Action read (or, for `sarif-file`, write) anything else on the runner. Paths are compared after every
// symbolic link is followed, so a link inside the workspace that points out of it is refused too.
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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

/** True when `inner` is `outer` or below it (both already real, absolute paths). */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  // `..c` is a name inside; only `..` itself or `../…` leave.
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The sentence for an input value that resolves outside the workspace, or null when it stays inside.
 * `value` is what the workflow wrote; `absolute` what it means (already resolved against its folder).
 */
export function outsideWorkspace(input: string, value: string, absolute: string, workspace: string): string | null {
  const root = realLocation(workspace);
  const real = realLocation(absolute);
  if (isInside(root, real)) return null;
  const how = isInside(root, resolve(absolute)) ? " through a symbolic link" : "";
  return `input '${input}': '${value}' resolves outside the workspace${how} (GITHUB_WORKSPACE); give a path inside the repository checkout`;
}
