// Several new files put in place together, all or nothing (`maildns init`): each is written aside first,
// and put in place only once every one could be written, so a failure (a read-only folder, a full disk)
// leaves nothing half-done.
//
// Between the caller's look at a name and the moment a file is put there, another program (a second
// `init`, an editor, a `git checkout`) may make a file at that name. A file that may not be replaced is
// therefore put in place with link(2) (write-whole.ts, linkWhole), which fails when the name is taken
// instead of replacing what is there, as rename(2) would. A file that may be replaced is renamed onto its
// name, and the file it replaces is kept aside until every file is in place. When one file cannot be put in
// place, the files this call put in place before it are removed again (or the files they replaced put
// back), with the files aside and the folders it made.
//
// A file replaced is replaced as every other whole write of maildns replaces one (write-whole.ts,
// replacedFile): it keeps its permission bits, and a symbolic link at the name is followed (the file it
// names is replaced, the link stays), so a domain file or a stack config that --force writes again stays
// readable only to those it was, and one kept elsewhere through a link stays there.
import * as fs from "node:fs";
import { dirname } from "node:path";
import { specialKind } from "./regular-file.js";
import { asidePath, linkWhole, openAside, replacedFile, uniqueSuffix } from "./write-whole.js";

export interface FileToPlace {
  path: string;
  text: string;
  /** Whether a file at `path` may be replaced (rename(2)); when not, one found there is left as it is. */
  replace: boolean;
}

interface StagedFile {
  readonly path: string;
  /** The name the file is put at: `path`, or the file a symbolic link at `path` names (replacedFile). */
  readonly target: string;
  readonly aside: string;
  readonly replace: boolean;
  /** The file aside's identity: the file this call put in place has it, whatever its name. */
  readonly dev: bigint;
  readonly ino: bigint;
}

/** Files written aside, ready to be put in place by placeStaged. */
export interface StagedFiles {
  readonly files: readonly StagedFile[];
  /** Folders made for them: each the deepest one and the topmost made with it. */
  readonly folders: readonly { readonly deepest: string; readonly top: string }[];
}

/** A file that may not be replaced was found at `path` when it was to be put there (EEXIST). */
export class AppearedMeanwhile extends Error {
  readonly code = "EEXIST";
  constructor(readonly path: string) {
    super(`${path} was created by someone else while the files were being written`);
    this.name = "AppearedMeanwhile";
  }
}

/**
 * What is at `path` when it cannot stand for a file put there: "a folder", "a link to a folder", a FIFO, a
 * socket or a device (regular-file.ts, specialKind). undefined for nothing, a regular file, or a symbolic
 * link to one or to nothing (yet): those a caller keeps as the file, or replaces (replacedFile).
 */
export function notAFile(path: string): string | undefined {
  const found = fs.lstatSync(path, { throwIfNoEntry: false });
  if (found === undefined || found.isFile()) return undefined;
  if (!found.isSymbolicLink()) return specialKind(found);
  let named: fs.Stats | undefined;
  try {
    named = fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // a loop, or a link through a file: a link to nothing, which a rename replaces
  }
  return named === undefined || named.isFile() ? undefined : `a link to ${specialKind(named)}`;
}

/**
 * Why no file can be put at `path`, found before anything is written: what is there is not a file
 * (notAFile), or something other than a folder (a file, most often) stands at one of the names above it,
 * where a folder must be or be made. `at` is the name to move away. Throws the system's error when the name
 * cannot be looked at (ENAMETOOLONG, EACCES).
 */
export function blockedName(path: string): { at: string; problem: string } | undefined {
  let kind: string | undefined;
  try {
    kind = notAFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOTDIR") throw error;
    // The deepest name above that exists is the one in the way (those below it are ENOTDIR too).
    for (let folder = dirname(path); dirname(folder) !== folder; folder = dirname(folder)) {
      let found: fs.Stats | undefined;
      try {
        found = fs.statSync(folder, { throwIfNoEntry: false });
      } catch {
        continue;
      }
      if (found !== undefined && !found.isDirectory()) return { at: folder, problem: `is ${found.isFile() ? "a file" : specialKind(found)}, not a folder` };
    }
    throw error;
  }
  return kind === undefined ? undefined : { at: path, problem: `is ${kind}, not a file` };
}

/** Writes each file aside (making its folder); on a failure, removes what it made and throws. */
export function stageFiles(files: readonly FileToPlace[]): StagedFiles {
  const staged: StagedFile[] = [];
  const folders: { deepest: string; top: string }[] = [];
  try {
    for (const file of files) {
      const folder = dirname(file.path);
      const top = fs.mkdirSync(folder, { recursive: true });
      if (top !== undefined) folders.push({ deepest: folder, top });
      // A file that may not be replaced is put at its very name: link(2) fails when anything is there.
      const { target, mode } = file.replace ? replacedFile(fs, file.path) : { target: file.path, mode: undefined };
      const aside = asidePath(target, uniqueSuffix());
      const fd = openAside(fs, aside, mode);
      try {
        // Recorded before anything is written, so that a failed write still removes its file aside.
        const { dev, ino } = fs.fstatSync(fd, { bigint: true });
        staged.push({ path: file.path, target, aside, replace: file.replace, dev, ino });
        fs.writeFileSync(fd, file.text, "utf8");
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (error) {
    undo(fs, { files: staged, folders }, []);
    throw error;
  }
  return { files: staged, folders };
}

/** The file system calls placing makes (this process's; a test takes link(2) away, as some file systems do). */
type FileSystem = Pick<typeof fs, "linkSync" | "openSync" | "closeSync" | "renameSync" | "rmSync" | "copyFileSync" | "lstatSync" | "rmdirSync">;

/** A file put in place, and where the file it replaced was kept until every file is in place. */
interface Placed {
  readonly file: StagedFile;
  /** undefined: the name was free. */
  readonly previous: string | undefined;
}

/**
 * Puts every staged file in place: first those that may not replace a file (the ones a file that appeared
 * meanwhile stops), then the others. On a failure, takes back what it did (see undo), and throws:
 * AppearedMeanwhile for a file found at a name that may not be replaced, the system's error otherwise.
 */
export function placeStaged(staged: StagedFiles, files: FileSystem = fs): void {
  const order = [...staged.files.filter((f) => !f.replace), ...staged.files.filter((f) => f.replace)];
  const placed: Placed[] = [];
  try {
    for (const file of order) {
      if (file.replace) {
        const previous = keepPrevious(files, file.target);
        try {
          files.renameSync(file.aside, file.target);
        } catch (error) {
          if (previous !== undefined) quietly(() => files.rmSync(previous, { force: true }));
          throw error;
        }
        placed.push({ file, previous });
      } else {
        try {
          linkWhole(files, file.aside, file.target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new AppearedMeanwhile(file.path);
          throw error;
        }
        placed.push({ file, previous: undefined });
      }
    }
  } catch (error) {
    undo(files, staged, placed);
    throw error;
  }
  for (const { previous } of placed) if (previous !== undefined) quietly(() => files.rmSync(previous, { force: true }));
  for (const { aside } of staged.files) quietly(() => files.rmSync(aside, { force: true }));
}

/**
 * Keeps the file at `path` under a new name beside it, so that it can be put back if a later file cannot be
 * placed: a second link to it (the file itself, untouched), or a copy where the file system has no hard
 * links. undefined when nothing is at `path`. Throws when it can be neither linked nor copied (a folder
 * there): such a name is not replaced either.
 */
function keepPrevious(files: FileSystem, path: string): string | undefined {
  const previous = asidePath(path, uniqueSuffix());
  try {
    files.linkSync(path, previous);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    files.copyFileSync(path, previous, fs.constants.COPYFILE_EXCL);
  }
  return previous;
}

/** stageFiles, then placeStaged. */
export function placeFiles(files: readonly FileToPlace[]): void {
  placeStaged(stageFiles(files));
}

/**
 * Takes back a call that failed: each file it put in place is removed, or the file it replaced put back,
 * but only while the name still holds the file this call wrote (the same file as its file aside): one that
 * another program put there since stays. Then the files aside go, and the folders made for them, each only
 * while empty.
 */
function undo(files: FileSystem, staged: StagedFiles, placed: readonly Placed[]): void {
  for (const { file, previous } of [...placed].reverse()) {
    const now = files.lstatSync(file.target, { throwIfNoEntry: false, bigint: true });
    const ours = now !== undefined && now.dev === file.dev && now.ino === file.ino;
    if (previous !== undefined) quietly(() => (ours ? files.renameSync(previous, file.target) : files.rmSync(previous, { force: true })));
    else if (ours) quietly(() => files.rmSync(file.target, { force: true }));
  }
  for (const { aside } of staged.files) quietly(() => files.rmSync(aside, { force: true }));
  for (const { deepest, top } of [...staged.folders].reverse()) {
    for (let folder = deepest; ; folder = dirname(folder)) {
      try {
        files.rmdirSync(folder);
      } catch {
        break; // not empty (another program's files, or another staged file's folder): it stays
      }
      if (folder === top || dirname(folder) === folder) break;
    }
  }
}

/** Cleaning up after a failure goes on past a file it cannot remove: the failure reported is the first one. */
function quietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // left as it is
  }
}
