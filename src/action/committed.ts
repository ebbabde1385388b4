// Whether a file in the checkout came from the commit being checked. The lint cache tells the Action which
// files it need not lint again and what they hold: a cache the pull request itself wrote would pass a file
// unlinted (its bytes' SHA-256 is anyone's to compute, and the cache key is public: the pack, the rules and
// maildns's version). The cache must come from the workflow (actions/cache), never from the commit. I/O at
// the edge: `git` as a subprocess, bounded in time and output.
import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import { git, repositoryOf } from "../plan/git-base.js";
import { realLocation } from "./workspace.js";

/**
 * True when git tracks the file at `path` (every symbolic link followed, so a link to a committed file
 * counts), false when it does not or the file is not there, null when git cannot say (no git, not a
 * repository): the checkout then has no record of what the commit holds.
 */
export function trackedByGit(path: string): boolean | null {
  if (!existsSync(path)) return false;
  const real = realLocation(path);
  // Named, never searched for: the folder the cache is in is the pull request's, and may look like a bare
  // repository whose config runs commands (repositoryOf says how).
  const top = repositoryOf(dirname(real));
  if (top === null) return null;
  try {
    // --literal-pathspecs: a name holding `*` or `[` is that name, not a pattern matching other files.
    // git-base's runner: told the repository, bounded in time and output, no prompt, no optional locks.
    const out = git(["--literal-pathspecs", "ls-files", "-z", "--", relative(top, real)], top);
    return out.length > 0;
  } catch {
    return null;
  }
}
