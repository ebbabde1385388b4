// The Action's inputs (action.yml), read and checked before anything runs: a wrong value stops the step
// with a sentence naming the input and the values it accepts. Inputs that name files must stay inside the
// workspace (see workspace.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { cacheFilePath } from "../engine/cache.js";
import { SHIPPED_POLICIES } from "../engine/policy.js";
import type { Level } from "../engine/types.js";
import { isCalendarDate } from "../model/calendar-date.js";
import { appearedAt, appearedWords, judgeAt, keptWords, sameWrittenFile, type Judged, type ReadPath } from "../plan/output-guard.js";
import { domainPaths, packRead, zonePaths } from "../plan/read-paths.js";
import { linkLeavingWorkspace, linkOnTheWay, outsideWorkspace } from "./workspace.js";

export type Env = Readonly<Record<string, string | undefined>>;
/** Reads one input by its action.yml name (the toolkit's `core.getInput`). */
export type ReadInput = (name: string) => string;

export const ACTION_COMMANDS = ["lint", "plan", "audit"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export const FAIL_LEVELS = ["error", "warn", "info"] as const;
/** The hidden marker of the PR comment when `comment-marker` is not set. */
export const DEFAULT_COMMENT_MARKER = "maildns-report";

export interface ActionInputs {
  command: ActionCommand;
  /** Paths (or, for audit, domain names) as given; empty when `paths` was left at its default. */
  paths: string[];
  policy: string | null;
  failOn: Level;
  resolver: string | null;
  zone: string | null;
  sarifFile: string | null;
  /**
   * What was at `sarifFile` when the inputs were read, and what it was checked against (the step's reads):
   * the SARIF is written at the end, and the name is looked at again just before (run.ts); null: no SARIF.
   */
  sarifJudged: Judged | null;
  summary: boolean;
  comment: boolean;
  /** The name inside the PR comment's hidden marker: one comment per marker. */
  commentMarker: string;
  /**
   * The login the token writes comments as, when GitHub will not tell (an app's installation token:
   * `<app-slug>[bot]`); null: the workflow token's github-actions[bot].
   */
  commentAuthor: string | null;
  githubToken: string;
  /** Absolute folder the paths are relative to. */
  cwd: string;
  /** The repository checkout (GITHUB_WORKSPACE): file names in annotations and SARIF are relative to it. */
  workspace: string;
  today: string | null;
  /** DMARC evidence file (dmarc-evidence.json) for every domain; null: the one beside each domain file. */
  evidence: string | null;
  /** lint's cache file (`cache`), relative to cwd; null: no cache. */
  cache: string | null;
  /**
   * What was at the cache's file when the inputs were read, and the check (the step's reads): it is looked
   * at again before the cache is written (appearedAt), as `sarif-file` is. Null without a lint cache.
   */
  cacheJudged: Judged | null;
  /**
   * For plan: the git revision the change is compared with (`base`, or on a pull request its base commit
   * from the event), so a domain file the pull request deletes is planned as pulumi up deletes it; null: none.
   */
  base: string | null;
}

export class InputError extends Error {
  override name = "InputError";
}

function read(input: ReadInput, name: string): string {
  // The toolkit trims; other implementations of getInput (local runners) may not.
  return input(name).trim();
}

function choice<T extends string>(input: ReadInput, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(input, name);
  if (value === "") return fallback;
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found) return found;
  throw new InputError(`input '${name}' must be one of ${allowed.join(", ")} (got '${value}'), e.g. \`${name}: ${allowed[0]}\``);
}

/** YAML 1.2 core schema booleans, as the toolkit's getBooleanInput accepts them. */
function flag(input: ReadInput, name: string, fallback: boolean): boolean {
  const value = read(input, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${value}')`);
}

function optional(input: ReadInput, name: string): string | null {
  const value = read(input, name);
  return value === "" ? null : value;
}

/** `paths` may list several, one per line, or separated by spaces or commas. */
export function splitPaths(value: string): string[] {
  return value.split(/[\s,]+/).filter((p) => p !== "");
}

function confined(name: string, value: string, absolute: string, workspace: string): void {
  const problem = outsideWorkspace(name, value, absolute, workspace);
  if (problem) throw new InputError(problem);
}

/** A file the Action writes: no symbolic link on its way from the workspace (linkOnTheWay says why). */
export function writtenWithoutLink(name: string, value: string, absolute: string, workspace: string): void {
  const link = linkOnTheWay(absolute, workspace);
  if (link !== null) {
    throw new InputError(
      `input '${name}': '${value}' is written through the symbolic link ${link} of the checkout, which the commit being checked may point at any file the step can write; give a path without links (the Action makes the folders it needs)`,
    );
  }
}

/**
 * A file the Action writes (`what`: "the SARIF", "the lint cache") never replaces one the project keeps, as
 * `--output` never does (plan/output-guard.ts): `sarif-file: Pulumi.yaml`, or a domain file's path, would
 * otherwise be replaced in the runner's checkout, and a later step (a commit, `pulumi up`) would take it as
 * it was left. `absolute` is the file itself (for `cache`, the file in the folder it names); `reads`, what
 * the step reads.
 */
export function notKept(name: string, value: string, absolute: string, cwd: string, command: string, reads: readonly ReadPath[], what: string): Judged {
  const { held, judged } = judgeAt(absolute, cwd, { command, reads });
  if (held === null) return judged;
  throw new InputError(`input '${name}': '${value}' is ${keptWords(held, what)}`);
}

/**
 * Looks at a file the Action is about to write (`absolute`, named by the input `name` as `value`) again, as
 * `--output` is looked at before its rename: a file kept that appeared there since the inputs were read (a
 * checkout, an earlier step's file) is left as it is, and the step fails as for a bad input, saying `what`
 * was not written. One lstat when nothing changed there.
 */
export function stillNotKept(name: string, value: string, absolute: string, cwd: string, judged: Judged, what: string): void {
  const held = appearedAt(absolute, judged, cwd);
  if (held !== null) throw new InputError(`input '${name}': '${value}' is ${appearedWords(held, what)}`);
}

function cacheFileOrNull(location: string, cwd: string): string | null {
  try {
    return cacheFilePath(location, cwd);
  } catch {
    return null;
  }
}

/** A folder maildns reads every file of: no symbolic link below it may lead out of the workspace either. */
export function confinedFolder(name: string, absolute: string, workspace: string): void {
  const problem = linkLeavingWorkspace(name, absolute, workspace);
  if (problem) throw new InputError(problem);
}

/** The pull request's base commit, from the event payload, on a pull request event; null otherwise. */
export function pullRequestBase(env: Env): string | null {
  if (env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target") return null;
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = payload.pull_request?.base?.sha;
    return typeof sha === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

export function parseInputs(input: ReadInput, env: Env, processCwd: string = process.cwd()): ActionInputs {
  const command = choice(input, "command", ACTION_COMMANDS, "lint");
  const failOn = choice(input, "fail-on", FAIL_LEVELS, "error");
  const workspace = resolve(processCwd, env.GITHUB_WORKSPACE || ".");
  const workingDirectory = read(input, "working-directory");
  const cwd = workingDirectory === "" ? workspace : isAbsolute(workingDirectory) ? workingDirectory : resolve(workspace, workingDirectory);
  if (workingDirectory !== "") {
    confined("working-directory", workingDirectory, cwd, workspace);
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new InputError(`input 'working-directory': '${workingDirectory}' is not a folder of the repository`);
  }

  const paths = splitPaths(read(input, "paths"));
  for (const path of paths) confined("paths", path, resolve(cwd, path), workspace);
  const policy = optional(input, "policy");
  if (policy !== null && !(SHIPPED_POLICIES as readonly string[]).includes(policy)) confined("policy", policy, resolve(cwd, policy), workspace);
  const zone = optional(input, "zone");
  for (const path of zone === null ? [] : splitPaths(zone)) {
    confined("zone", path, resolve(cwd, path), workspace);
    confinedFolder("zone", resolve(cwd, path), workspace);
  }
  const sarifFile = optional(input, "sarif-file");
  if (sarifFile !== null) {
    confined("sarif-file", sarifFile, resolve(cwd, sarifFile), workspace);
    writtenWithoutLink("sarif-file", sarifFile, resolve(cwd, sarifFile), workspace);
  }
  const evidence = optional(input, "evidence");
  if (evidence !== null) confined("evidence", evidence, resolve(cwd, evidence), workspace);

  const cache = optional(input, "cache");
  if (cache !== null) {
    confined("cache", cache, resolve(cwd, cache), workspace);
    writtenWithoutLink("cache", cache, resolve(cwd, cache), workspace);
  }
  // What the step reads, which neither file it writes may replace: the domain files (stacks/ when `paths`
  // is empty), the zone files, the pack, the evidence, and for the SARIF the lint cache.
  const reads: ReadPath[] = [...domainPaths(paths.length ? paths : ["stacks"]), ...zonePaths(zone === null ? [] : splitPaths(zone)), packRead(policy ?? undefined), { path: evidence ?? undefined }];
  const sarifJudged = sarifFile === null ? null : notKept("sarif-file", sarifFile, resolve(cwd, sarifFile), cwd, command, [...reads, { path: command === "lint" ? (cache ?? undefined) : undefined }], "the SARIF");
  // The cache is written by lint only (the other commands leave the input unused); a device or a pipe there
  // is refused by lint itself, saying so.
  const cacheFile = cache !== null && command === "lint" ? cacheFileOrNull(cache, cwd) : null;
  const cacheJudged = cache !== null && cacheFile !== null ? notKept("cache", cache, cacheFile, cwd, command, reads, "the lint cache") : null;
  // Each passes alone when nothing is there yet, but the cache is written before the SARIF, which would
  // then replace it (or, written first, be replaced): one file for both is refused (sameWrittenFile).
  if (sarifFile !== null && cache !== null && cacheFile !== null && sameWrittenFile(resolve(cwd, sarifFile), cacheFile)) {
    throw new InputError(`input 'sarif-file': '${sarifFile}' is the file of input 'cache' ('${cache}'): the SARIF and the lint cache would replace each other; give each its own file`);
  }

  const today = optional(input, "today");
  if (today !== null && !isCalendarDate(today)) {
    throw new InputError(`input 'today' must be a date that exists, written YYYY-MM-DD like 2026-11-23 (got '${today}')`);
  }
  const base = optional(input, "base");
  // A revision git reads, never an option it would take (`--output=...`) nor text with spaces or controls.
  if (base !== null && (base.startsWith("-") || !/^[\x21-\x7e]{1,256}$/.test(base))) {
    throw new InputError(`input 'base' must be a git revision: a commit id or a branch such as origin/main, without spaces (got '${base.slice(0, 80)}')`);
  }
  const commentMarker = optional(input, "comment-marker") ?? DEFAULT_COMMENT_MARKER;
  // It goes inside an HTML comment: no `--`, no `>`, nothing a reader would mistake for text.
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9._:]|-(?!-)){0,63}$/.test(commentMarker)) {
    throw new InputError(`input 'comment-marker' must be letters, digits, '.', '_', ':' or single '-', at most 64 (got '${commentMarker.slice(0, 80)}'), e.g. \`comment-marker: maildns-prod\``);
  }
  const commentAuthor = optional(input, "comment-author");
  // An app's bot login: its slug (letters, digits, single hyphens, at most 39) and `[bot]`. Only a bot: the
  // input stands in for GitHub's answer only when GitHub will not say who the token is, which is an
  // installation token's case (the workflow's or an app's), and those write as a bot. A person's login
  // there would make the step take that person's marked comment for its own and rewrite it (the workflow's
  // token may edit anyone's comment); a personal token's owner is what GitHub answers.
  if (commentAuthor !== null && !/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\[bot\]$/.test(commentAuthor)) {
    throw new InputError(`input 'comment-author' must be an app's bot login, <app-slug>[bot], as an installation token writes (got '${commentAuthor.slice(0, 80)}'), e.g. \`comment-author: \${{ steps.app-token.outputs.app-slug }}[bot]\`; a personal token needs none`);
  }
  return {
    command,
    paths,
    policy,
    failOn,
    resolver: optional(input, "resolver"),
    zone,
    sarifFile,
    sarifJudged,
    summary: flag(input, "summary", true),
    comment: flag(input, "comment", false),
    commentMarker,
    commentAuthor,
    githubToken: read(input, "github-token"),
    cwd,
    workspace,
    today,
    evidence,
    cache,
    cacheJudged,
    base: base ?? pullRequestBase(env),
  };
}
