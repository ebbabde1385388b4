// The domain files a change takes out of a stack, read from git: the base commit's versions of the stack's
// domain files that the working tree no longer has, or whose text it changed (a `domain:` edited takes the
// old zone out too). `plan --base REV` (and the Action, with the pull request's base commit) reads them so a
// pull request that deletes a domain file shows what pulumi up would delete, even when the stack's adoption
// file is not committed. I/O at the edge: `git` as a subprocess, bounded in time and output.
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isDomainFileName } from "../engine/files.js";

/** A stack's domain file as the base commit has it, which the working tree deleted or changed. */
export interface BaseFile {
  /** Path relative to the stack folder, forward slashes. */
  path: string;
  /** True when the working tree no longer has the file; false when it changed it. */
  deleted: boolean;
  bytes: Uint8Array;
}

/** What `plan` reads from the base commit; `problem` says why it could not (then nothing is read). */
export interface GitBase {
  /** The revision as given (`--base`, or the pull request's base commit). */
  rev: string;
  /** The commit it names, abbreviated for people; null when it could not be resolved. */
  short: string | null;
  /** Why the base cannot be read (no git, not a repository, a shallow clone without that commit), or null. */
  problem: string | null;
  /** The base's versions of the stack's domain files the working tree deleted or changed (the folder may be gone). */
  changedFiles(stackFolder: string): BaseFile[];
  /** True when the base has a folder at this path (a stack folder the change deleted with its last file). */
  wasFolder(absolute: string): boolean;
  /** True when the base has a file at this path. */
  hadFile(absolute: string): boolean;
  /** The folders the base has directly in this folder that the working tree no longer has (absolute paths). */
  goneFolders(absolute: string): string[];
}

/** Every git call ends within this: a hung git must not hang the plan. */
const GIT_TIMEOUT_MS = 30_000;
/** A file list or a domain file larger than this is not a stack's (domain files are capped far lower). */
const GIT_MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * The repository that holds `cwd`: the nearest folder at or above it (real path) with a `.git` entry (a
 * folder, or a file naming one: a linked worktree, a submodule); null when there is none. Git's own search
 * would also take a folder that merely looks like a bare repository (HEAD, config, objects/, refs/) as one,
 * and a pull request can commit such a folder (a working directory, the folder a cache file is in): git
 * would then read its `config`, whose core.fsmonitor runs a command on reading the index and whose
 * core.sshCommand runs one on fetching, on the runner, with the step's environment. A pull request cannot
 * commit a `.git` entry (git refuses the name), so this search finds only the checkout's own.
 */
export function repositoryOf(cwd: string): string | null {
  let dir = realLocation(resolve(cwd));
  for (let depth = 0; depth < 4096; depth++) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

/**
 * git's options naming the repository at `top` (repositoryOf), so git never searches for one, and refusing a
 * bare repository it was not told of (safe.bareRepository, git 2.38 and later; a command-line setting is
 * one a repository's own config cannot override).
 */
function gitRepositoryArgs(top: string): string[] {
  return ["-c", "safe.bareRepository=explicit", `--git-dir=${join(top, ".git")}`, `--work-tree=${top}`];
}

/** Runs git on the repository at `top` (repositoryOf), in it; `input`, when given, is its standard input (else it reads none). */
export function git(args: readonly string[], top: string, input?: string): Buffer {
  // No pager, no prompt, no config that reads outside the repository's own (a global diff driver or
  // external diff would change what --name-status prints).
  return execFileSync("git", [...gitRepositoryArgs(top), "-c", "core.quotepath=off", "--no-pager", ...args], {
    cwd: top,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: GIT_MAX_OUTPUT,
    ...(input === undefined ? { stdio: ["ignore", "pipe", "pipe"] } : { input, stdio: ["pipe", "pipe", "pipe"] }),
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
  });
}

function gitText(args: readonly string[], cwd: string): string {
  return git(args, cwd).toString("utf8").trim();
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr;
  const text = (typeof stderr === "string" ? stderr : (stderr?.toString("utf8") ?? "")).trim().split("\n")[0] ?? "";
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return "git is not installed";
  if ((error as NodeJS.ErrnoException).code === "ETIMEDOUT") return `git did not answer within ${GIT_TIMEOUT_MS / 1000} s`;
  return text || (error as Error).message;
}

/**
 * Opens the base revision `rev` from `cwd`'s repository. A revision git cannot resolve (never fetched: a
 * shallow clone) is a problem said in words, never "nothing was deleted".
 */
export function openGitBase(rev: string, cwd: string, options: { fetchMissing?: boolean } = {}): GitBase {
  const unreadable = (problem: string): GitBase => ({ rev, short: null, problem, changedFiles: () => [], wasFolder: () => false, hadFile: () => false, goneFolders: () => [] });
  let commit: string | undefined;
  const found = repositoryOf(cwd);
  if (found === null) return unreadable(`the base ${rev} cannot be read: ${cwd} is not in a git repository (no .git in it or above it)`);
  const top = found;
  try {
    gitText(["rev-parse", "--git-dir"], top);
  } catch (error) {
    return unreadable(`the base ${rev} cannot be read: ${cwd} is not in a git repository (${stderrOf(error)})`);
  }
  const resolveRev = () => gitText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], top);
  try {
    commit = resolveRev();
  } catch {
    let shallow = false;
    try {
      shallow = gitText(["rev-parse", "--is-shallow-repository"], top) === "true";
    } catch {
      // Said below either way.
    }
    // A pull request's check out holds one commit (actions/checkout's default depth): the base commit alone
    // is enough to compare trees, so it is fetched by its id, as actions/checkout fetches the head.
    let fetchProblem: string | null = null;
    if (shallow && options.fetchMissing && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(rev)) {
      try {
        git(["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", rev], top);
        commit = resolveRev();
      } catch (error) {
        // A remote's address may carry a token (https://user:token@host/...): never printed.
        fetchProblem = stderrOf(error).replace(/\/\/[^/@\s]*@/g, "//***@");
      }
    }
    if (commit === undefined) {
      return unreadable(
        shallow
          ? `the base commit ${rev} is not in this clone, which is shallow (actions/checkout fetches one commit unless told otherwise)${fetchProblem === null ? "" : `, and fetching it from origin failed (${fetchProblem})`}: check out with fetch-depth: 0 so the check can see what the change deletes`
          : `the base ${rev} is not a commit of this repository (fetch it, or check out with fetch-depth: 0)`,
      );
    }
  }
  const short = commit.slice(0, 12);
  // Paths inside the repository, from its top (where git runs: a stack folder the change emptied is gone).
  const inRepository = (absolute: string) => relative(top, realLocation(absolute)).split(sep).join("/");
  /** `tree`, `blob`, or null when the base has nothing at this path. */
  const objectType = (absolute: string): string | null => {
    const path = inRepository(absolute);
    if (path.startsWith("..")) return null;
    try {
      return gitText(["cat-file", "-t", `${commit}:${path}`], top);
    } catch {
      return null;
    }
  };
  return {
    rev,
    short,
    problem: null,
    changedFiles(stackFolder: string): BaseFile[] {
      // Renames are not paired here (a file renamed keeps its domain, and the caller compares domains, so a
      // rename is no deletion).
      const folder = inRepository(stackFolder);
      const prefix = folder === "" ? "" : `${folder}/`;
      // `--raw`: each entry names the base's blob, so every file is then read in one `git cat-file --batch`.
      const listed = git(["diff", "--no-renames", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-z", "--diff-filter=DM", commit, "--", folder === "" ? "." : folder], top).toString("utf8");
      const fields = listed.split("\0");
      const wanted: { path: string; deleted: boolean; blob: string }[] = [];
      for (let i = 0; i + 1 < fields.length; i += 2) {
        // ":100644 000000 <base blob> <working tree blob> D", then the path.
        const [, , blob, , status] = fields[i]!.split(" ");
        const path = fields[i + 1]!;
        if (!blob || !status || !isDomainFileName(basename(path)) || !path.startsWith(prefix)) continue;
        wanted.push({ path: path.slice(prefix.length), deleted: status === "D", blob });
      }
      if (wanted.length === 0) return [];
      const blobs = readBlobs(wanted.map((w) => w.blob), top);
      return wanted.map((w) => ({ path: w.path, deleted: w.deleted, bytes: blobs.get(w.blob)! }));
    },
    wasFolder: (absolute: string) => objectType(absolute) === "tree",
    hadFile: (absolute: string) => objectType(absolute) === "blob",
    goneFolders(absolute: string): string[] {
      const path = inRepository(absolute);
      if (path.startsWith("..") || objectType(absolute) !== "tree") return [];
      const names = git(["ls-tree", "-z", "-d", "--name-only", `${commit}:${path}`], top).toString("utf8").split("\0");
      return names.filter((name) => name !== "" && !name.startsWith(".") && !existsSync(join(absolute, name))).sort().map((name) => join(absolute, name));
    },
  };
}

/** The contents of these blobs, read in one `git cat-file --batch` (one process however many files). */
function readBlobs(ids: readonly string[], cwd: string): Map<string, Uint8Array> {
  const unique = [...new Set(ids)];
  const output = git(["cat-file", "--batch"], cwd, `${unique.join("\n")}\n`);
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  for (const id of unique) {
    // "<id> blob <size>\n<size bytes>\n"; a missing object is "<id> missing\n".
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString("utf8").split(" ");
    if (end < 0 || header[0] !== id || header[1] !== "blob") throw new Error(`git cat-file could not read ${id} from the base (${header.slice(1).join(" ") || "no answer"})`);
    const size = Number(header[2]);
    blobs.set(id, new Uint8Array(output.subarray(end + 1, end + 1 + size)));
    at = end + 1 + size + 1;
  }
  return blobs;
}

/** The real path of a file or folder that may not exist: its nearest existing folder's, and the rest as given. */
function realLocation(path: string): string {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(basename(current));
      current = parent;
    }
  }
}
