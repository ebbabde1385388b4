// What a report written with --output (or `reports evidence --out`), or a file the Action writes at a path
// its inputs name (`sarif-file`, `cache`), must never replace. The report is renamed onto its place at the
// end (the CLI's report-sink.ts, the Action's run.ts), so a typo in the path would silently destroy what was
// there: worst of all a file the project lives on. Here, below both adapters (they never import each other),
// because what a file is needs the adoption file's and the evidence's shapes, and this is the lowest layer
// that may read both. Two kinds of file are kept:
// - the files the run itself reads (its domain files, zone files, pack, password file...), named by the
//   command (ReadPath);
// - the files no report ever is, wherever they are: YAML (domain files, Pulumi.yaml and Pulumi.<stack>.yaml,
//   policy packs, workflows: every report maildns writes is text, JSON, SARIF, workflow commands or
//   markdown, never YAML), the DMARC evidence file and the adoption file (JSON that lint, plan and the Pulumi
//   program read, known by name or by how maildns begins them), npm's and TypeScript's settings files, and
//   Git's own files.
// Any other existing file, an earlier report of any format among them, is replaced as before. A new file is
// refused where it would be read as one of those (in .git, a .git file, a YAML name, package.json's,
// package-lock.json's or tsconfig.json's name, dmarc-evidence.json or maildns-adoption.json). The name is looked at again just before the finished output
// is put in place (appearedAt), with the same reads, since a kept file may appear there during the run.
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { isInside } from "../config/inside.js";
import { readRegularFile } from "../config/regular-file.js";
import { MAX_FILE_BYTES, parseSource } from "../config/source.js";
import { oneLine, truncateText } from "../model/show.js";
import { ADOPTION_FILE_NAME, beginsAsAdoptionFile } from "../providers/adoption-file.js";
import { beginsAsEvidence, EVIDENCE_FILE_NAME } from "../reports/evidence.js";

/**
 * A path the command reads, as given: a file, or a folder whose files named as `takes` says are read
 * (`what` names them for the message).
 */
export interface ReadPath {
  path: string | undefined;
  takes?: { test(name: string): boolean; what: string };
}

/** What one output is checked against: the command's name and reads, and what it exists to write. */
export interface OutputCheck {
  command: string;
  reads: readonly ReadPath[];
  /**
   * The kept file this output is made to replace: `reports evidence --out` writes the DMARC evidence file,
   * an earlier one included (replacing it is its purpose).
   */
  writes?: "evidence";
}

/**
 * Why an output is refused: `what` the words after "is"; `instead` what would go wrong and what to do, when
 * it is not "the report would replace it; give another file name" (a name where nothing is yet); `hint`.
 */
export interface Kept {
  what: string;
  instead?: string;
  hint?: string;
}

/**
 * Why the existing regular file `target` (the output's path resolved against `cwd`; `stats` its stat,
 * through links, null for nothing or a link to nothing) must not be replaced, or why no file may be made
 * where nothing is yet (in .git), or null.
 */
export function keptFile(target: string, stats: Stats | null, cwd: string, check: OutputCheck): Kept | null {
  const read = stats && readByCommand(target, stats, cwd, check.reads);
  if (read) return { what: read.what === null ? `the file ${read.path}, which ${check.command} reads` : `under ${read.path}, where ${check.command} reads it (${read.what})` };
  return kept(target, check.writes);
}

/**
 * The refusal's words after the path: what the file is, what to do (`writer`: what would replace it, "the
 * report", "the SARIF"...), and the hint. Said alike by --output, --cache-location and the Action's inputs.
 */
export function keptWords(held: Kept, writer: string): string {
  return `${held.what}: ${held.instead ?? `${writer} would replace it; give another file name`}${held.hint ? ` (${held.hint})` : ""}`;
}

/**
 * keptFile for a path not looked at yet: its stat taken here (through links; none for nothing there or a link
 * to nothing, judged by its names). A folder or a device is no file a write would replace: null.
 */
export function keptAt(absolute: string, cwd: string, check: OutputCheck): Kept | null {
  return judgeAt(absolute, cwd, check).held;
}

/**
 * An output's name as it was judged before the work: what was there then (its stat through links; null for
 * nothing), and what it was checked against (the same reads are used again at the end: appearedAt).
 */
export interface Judged {
  stats: Stats | null;
  check: OutputCheck;
}

/** keptAt, with what was judged, for appearedAt to look again at the end. */
export function judgeAt(absolute: string, cwd: string, check: OutputCheck): { held: Kept | null; judged: Judged } {
  let stats: Stats | null;
  try {
    stats = statSync(absolute);
  } catch {
    stats = null;
  }
  const judged = { stats, check };
  if (stats !== null && !stats.isFile()) return { held: null, judged };
  return { held: keptFile(absolute, stats, cwd, check), judged };
}

/**
 * Looked at again just before a finished output is put in place at `target` (renamed onto its name): the
 * output is checked before the work, but a file kept that appears at the name meanwhile (a `git checkout`
 * during a long plan brings one there; a zone file is copied into a folder the run reads) would be replaced.
 * What is there is judged anew, by the same check and reads as before the work, only when it is not the file
 * judged then: one lstat when nothing changed at the name. What is there now when it is a file kept; null
 * otherwise (nothing there, the same file, or one that may be replaced).
 */
export function appearedAt(target: string, judged: Judged, cwd: string): Kept | null {
  let now: Stats;
  try {
    now = lstatSync(target);
  } catch {
    return null;
  }
  const before = judged.stats;
  // The same file, untouched (its change time too: a checkout may give a new file the inode just freed). A
  // link's lstat is never the stat through it taken before, so a link is judged anew: as it was, unless
  // what it names changed.
  if (before !== null && now.dev === before.dev && now.ino === before.ino && now.ctimeMs === before.ctimeMs) return null;
  // A folder there fails the write on its own, and says so; a link to nothing is judged by its names.
  return keptAt(target, cwd, judged.check);
}

/**
 * Whether two files a run writes (absolute paths: a report and the lint cache, `-o X --cache-location X`,
 * the Action's `sarif-file` and `cache`) are one: the same path once the links on the way are resolved
 * (for a name not made yet, its folder's), or, when both exist, the same file (device and inode: a hard
 * link, a link to it). Each is checked alone before the work, and a name where nothing is yet passes both;
 * but the second written is renamed over the first, so the report would be lost.
 */
export function sameWrittenFile(a: string, b: string): boolean {
  if (realName(a) === realName(b)) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false; // one of them does not exist yet: its path alone says where it will be
  }
}

/** `path` with its links resolved: the whole path when it exists, else its folder's. */
function realName(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * The refusal's words after the path when a kept file appeared at it during the run (appearedAt): what it
 * is, and that `writer` ("the report", "the SARIF", "the evidence") was not written. Said alike by the CLI
 * and the Action.
 */
export function appearedWords(held: Kept, writer: string): string {
  return `now ${held.what}: it appeared there during the run, so ${writer} was not written and the file is left as it is`;
}

/** The path of `reads` that holds the existing file `target` (`what`: null when it is that file), or null. */
function readByCommand(target: string, stats: Stats, cwd: string, reads: readonly ReadPath[]): { path: string; what: string | null } | null {
  let real: string | null = null;
  for (const { path, takes } of reads) {
    if (path === undefined || path === "" || path === "-") continue;
    const at = resolve(cwd, path);
    let read: Stats;
    try {
      read = statSync(at);
    } catch {
      continue; // absent, or a part of its path is no folder (ENOTDIR): nothing there to replace
    }
    if (read.isFile() && read.dev === stats.dev && read.ino === stats.ino) return { path, what: null };
    if (!read.isDirectory() || !takes || !takes.test(basename(target))) continue;
    try {
      real ??= realpathSync(target);
      if (isInside(realpathSync(at), real)) return { path: path.replace(/\/+$/, ""), what: takes.what };
    } catch {
      // A path that vanished meanwhile holds nothing the report could replace.
    }
  }
  return null;
}

/**
 * Kept by their name alone (the link's or the file's): what they are to the project, and what reads a file of
 * that name wherever it is (so would read a report made there).
 */
const PROJECT_FILES = new Map([
  // Node.js reads the nearest package.json for how to load a module ("type"), npm for every command.
  ["package.json", { what: "npm's package manifest", reader: "npm and Node.js" }],
  ["package-lock.json", { what: "npm's lock file", reader: "npm" }],
  ["tsconfig.json", { what: "TypeScript's settings file", reader: "tsc" }],
]);

/**
 * Why no new file may be made at `name`, when it is one of PROJECT_FILES in any letter case: the next npm
 * or tsc run would read the report as the project's file (a manifest that does not parse stops every npm
 * command). Any case, as for `.git`: where case is ignored (macOS's, Windows's file systems) PACKAGE.JSON is
 * package.json once made; where it counts, a report needs no such name.
 */
function projectName(name: string): Kept | null {
  const known = name.toLowerCase();
  const file = PROJECT_FILES.get(known);
  if (file === undefined) return null;
  return { what: `the name of ${file.what}`, instead: `${file.reader} would read the report as the project's ${known}; give another file name` };
}

/**
 * What the file at `path` (`real`: where it leads) is to the project, by its name: one of PROJECT_FILES, or
 * another spelling of one that is the same file. On a file system that ignores case (macOS's, Windows's)
 * `-o PACKAGE.JSON` opens package.json, and the rename onto it replaced the manifest; where case counts,
 * PACKAGE.JSON is a file of its own, and replaced as any other.
 */
function projectFile(path: string, real: string): string | undefined {
  const name = basename(path);
  const exact = PROJECT_FILES.get(name);
  if (exact !== undefined) return exact.what;
  const known = name.toLowerCase();
  const what = PROJECT_FILES.get(known)?.what;
  if (what === undefined) return undefined;
  try {
    const file = statSync(real);
    const named = statSync(resolve(dirname(path), known));
    return file.dev === named.dev && file.ino === named.ino ? what : undefined;
  } catch {
    return undefined; // no file of that name there: nothing but this one
  }
}

/** Enough of a JSON file to see how it begins (beginsAsEvidence, beginsAsAdoptionFile). */
const HEAD_BYTES = 4096;

const EVIDENCE = {
  what: "a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence)",
  hint: "`maildns reports evidence` writes the evidence",
};
const ADOPTION = {
  what: "a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds",
  hint: "`maildns adopt` writes it",
};

/**
 * A new file named as the evidence or the adoption file: lint and plan read the `dmarc-evidence.json` beside
 * each domain file as its evidence (a report there is a broken evidence file, refused by the next lint), the
 * Pulumi program and `adopt` the stack's `maildns-adoption.json`; and no later report could replace it, kept
 * by that name.
 */
const NEW_EVIDENCE = {
  what: "the name of a DMARC evidence file",
  instead: "lint and plan would read the report as the evidence of the domain files beside it (rule dmarc-ramp-evidence), and no later report could replace it; give another file name",
  hint: EVIDENCE.hint,
};
const NEW_ADOPTION = {
  what: "the name of a maildns adoption file",
  instead: "the Pulumi program would read the report as the stack's adoption file, and no later report could replace it; give another file name",
  hint: ADOPTION.hint,
};

/**
 * Git's folder or file, in any case: on a file system that ignores case (macOS's, Windows's) `.GIT` is `.git`,
 * and Git itself refuses such paths in a tree for that reason (core.protectHFS, core.protectNTFS).
 */
const isGitName = (name: string): boolean => name.toLowerCase() === ".git";

const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

function kept(target: string, writes: OutputCheck["writes"]): Kept | null {
  let real: string;
  // No file at the name: a new one, judged only by where it would be made (in Git's folder) and its name.
  let made = false;
  try {
    real = realpathSync(target);
  } catch {
    // A link to nothing (a folder not checked out, a submodule not initialised) is replaced itself by the
    // rename, and the project may keep it: judged by its names alone.
    try {
      if (!lstatSync(target).isSymbolicLink()) return null;
      real = resolve(dirname(target), readlinkSync(target));
    } catch {
      made = true;
      try {
        real = resolve(realpathSync(dirname(target)), basename(target));
      } catch {
        // No folder there yet: outputOption refuses it, but the Action makes the folders its files need
        // (`sarif-file: out/package.json`), so the name is judged as given.
        real = target;
      }
    }
  }
  // A link is judged by its own name and by the file it names: either may be what the user recognises.
  const names = [basename(target), basename(real)];
  const folders = [target, real].map((path) => path.split(/[\\/]/).slice(0, -1));
  // A new file in .git is no safer than an old one: Git reads every file of some names there once it
  // exists (packed-refs, shallow, refs/heads/NAME, info/grafts), and a report under one of them stopped
  // every later git command ("unexpected line in .git/packed-refs", "bad shallow line").
  if (folders.some((parts) => parts.some(isGitName))) {
    return made ? { what: "in .git, where Git keeps the repository", instead: "Git would read the report as one of its own files; give a file name outside .git" } : { what: "a file in .git, where Git keeps the repository" };
  }
  // A new .git file would be taken by Git for a worktree's, in this folder and every one below it.
  if (names.some(isGitName)) {
    return made ? { what: "the name of the file that tells Git where a checkout's repository is", instead: "Git would read the report as one; give another file name" } : { what: "the .git file that tells Git where this checkout's repository is" };
  }
  // A new YAML name is refused too: the next run's report could not replace it (every YAML file is kept,
  // below), so a report named report.yml would be written once and then refused as a file kept.
  if (made) {
    if (names.some(isYamlName)) return { what: "a YAML file's name", instead: "no report maildns writes is YAML, and a YAML file is never replaced by one, so the next run could not write it again; give a name that says the report's format (report.json, report.txt)" };
    // Nor a new file with the evidence's or the adoption file's name: they are read by that name alone.
    if (names.includes(ADOPTION_FILE_NAME)) return NEW_ADOPTION;
    if (writes !== "evidence" && names.includes(EVIDENCE_FILE_NAME)) return NEW_EVIDENCE;
    // Nor a new package.json, package-lock.json or tsconfig.json: the next npm or tsc would read the report.
    return projectName(basename(target));
  }
  for (const path of [target, real]) {
    const project = projectFile(path, real);
    if (project !== undefined) return { what: project };
  }
  if (names.some(isYamlName)) return yamlFile(real, names, folders);
  const head = readHead(real, HEAD_BYTES);
  // A file this user may not read is none of their reports (maildns writes its reports readable to whoever
  // wrote them), and what it is cannot be seen: an evidence or adoption file under another name, another
  // user's, in a folder both may write, was replaced unseen.
  if (head === null && cannotRead(real)) return { what: "a file you cannot read, so maildns cannot tell it is an earlier report" };
  const text = head === null ? "" : new TextDecoder().decode(head);
  if (names.includes(ADOPTION_FILE_NAME) || beginsAsAdoptionFile(text)) return ADOPTION;
  if (writes !== "evidence" && (names.includes(EVIDENCE_FILE_NAME) || beginsAsEvidence(text))) return EVIDENCE;
  return null;
}

/** What a YAML file is, for the refusal: every YAML file is kept, these words only say which it is. */
function yamlFile(real: string, names: readonly string[], folders: readonly string[][]): { what: string } {
  for (const name of names) {
    if (/^Pulumi\.ya?ml$/.test(name)) return { what: "Pulumi's project file" };
    const stack = /^Pulumi\.(.+)\.ya?ml$/.exec(name)?.[1];
    if (stack !== undefined) return { what: `the settings file of the Pulumi stack ${truncateText(oneLine(stack), 80)}` };
    if (/^action\.ya?ml$/.test(name)) return { what: "a GitHub Action's metadata file" };
  }
  if (folders.some((parts) => parts.at(-2) === ".github" && parts.at(-1) === "workflows")) return { what: "a GitHub Actions workflow" };
  const other = { what: "a YAML file (no report maildns writes is YAML, so it is no earlier report)" };
  // A file past a domain file's limit is not read: it is kept all the same.
  const read = readRegularFile(real, MAX_FILE_BYTES);
  if (!("bytes" in read)) return other;
  const source = parseSource(real, read.bytes);
  if (source.problems.some((p) => p.ruleId === "file-syntax" || p.ruleId === "file-duplicate-key")) return { what: "a YAML file that does not parse (a domain file being edited?)" };
  const value = source.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return other;
  if ("domain" in value) {
    const domain = (value as { domain?: unknown }).domain;
    return { what: typeof domain === "string" && domain !== "" ? `the domain file of ${truncateText(oneLine(domain), 80)}` : "a domain file" };
  }
  if ("extends" in value || "rules" in value) return { what: "a policy pack" };
  return other;
}

/** Whether the regular file at `path` is one this process may not open for reading (EACCES, EPERM). */
function cannotRead(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.R_OK);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM";
  }
}

/**
 * The first `limit` octets of the regular file at `path`, or null when it cannot be read or is no regular
 * file (a device or a pipe is written in place, report-sink.ts). readRegularFile reads whole files only.
 */
function readHead(path: string, limit: number): Uint8Array | null {
  try {
    // Without waiting: a pipe put at the name since it was looked at is refused below, not waited on.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return null;
      const buffer = new Uint8Array(Math.min(stats.size, limit));
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
