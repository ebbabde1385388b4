// Several new files put in place together, all or nothing (`maildns init`): each is written aside first,
// and put in place only once every one could be written, so a failure (a read-only folder, a full disk)
// leaves nothing half-done.
//
// Between the caller's look at a name and the moment a file is put there, another program (a second
// `init`, an editor, a `git checkout`) may make a file at that name. A file that may not be replaced is
// therefore put in place with link(2) (write-whole.ts, linkWhole), which fails when the name is taken
// instead of replacing what is there, as rename(2) would. When one file cannot be put in place, the files
// this call put in place before it are removed again, with the files aside and the folders it made.
import * as fs from "node:fs";
import { dirname } from "node:path";
import { asidePath, linkWhole, uniqueSuffix } from "./write-whole.js";

export interface FileToPlace {
  path: string;
  text: string;
  /** Whether a file at `path` may be replaced (rename(2)); when not, one found there is left as it is. */
  replace: boolean;
}

interface StagedFile {
  readonly path: string;
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

/** Writes each file aside (making its folder); on a failure, removes what it made and throws. */
export function stageFiles(files: readonly FileToPlace[]): StagedFiles {
  const staged: StagedFile[] = [];
  const folders: { deepest: string; top: string }[] = [];
  try {
    for (const file of files) {
      const folder = dirname(file.path);
      const top = fs.mkdirSync(folder, { recursive: true });
      if (top !== undefined) folders.push({ deepest: folder, top });
      const aside = asidePath(file.path, uniqueSuffix());
      const fd = fs.openSync(aside, "wx", 0o666);
      try {
        // Recorded before anything is written, so that a failed write still removes its file aside.
        const { dev, ino } = fs.fstatSync(fd, { bigint: true });
        staged.push({ path: file.path, aside, replace: file.replace, dev, ino });
        fs.writeFileSync(fd, file.text, "utf8");
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (error) {
    undo({ files: staged, folders }, []);
    throw error;
  }
  return { files: staged, folders };
}

/**
 * Puts every staged file in place: first those that may not replace a file (the ones a file that appeared
 * meanwhile stops), then the others. On a failure, removes the files it put in place, the files aside and
 * the folders made for them, and throws: AppearedMeanwhile for a file found at a name that may not be
 * replaced, the system's error otherwise.
 */
export function placeStaged(staged: StagedFiles): void {
  const order = [...staged.files.filter((f) => !f.replace), ...staged.files.filter((f) => f.replace)];
  const created: StagedFile[] = [];
  try {
    for (const file of order) {
      if (file.replace) {
        const before = fs.lstatSync(file.path, { throwIfNoEntry: false });
        fs.renameSync(file.aside, file.path);
        if (before === undefined) created.push(file);
      } else {
        try {
          linkWhole(fs, file.aside, file.path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new AppearedMeanwhile(file.path);
          throw error;
        }
        created.push(file);
      }
    }
  } catch (error) {
    undo(staged, created);
    throw error;
  }
  for (const { aside } of staged.files) fs.rmSync(aside, { force: true });
}

/** stageFiles, then placeStaged. */
export function placeFiles(files: readonly FileToPlace[]): void {
  placeStaged(stageFiles(files));
}

/**
 * Removes the files put in place (`created`: only names that were free), the files aside, then the folders
 * made for them, each only while empty. A file is removed at its name only while it is still the one this
 * call wrote (the same file as its file aside): one that another program put there since stays.
 */
function undo(staged: StagedFiles, created: readonly StagedFile[]): void {
  for (const file of created) {
    const now = fs.lstatSync(file.path, { throwIfNoEntry: false, bigint: true });
    if (now !== undefined && now.dev === file.dev && now.ino === file.ino) quietly(() => fs.rmSync(file.path, { force: true }));
  }
  for (const { aside } of staged.files) quietly(() => fs.rmSync(aside, { force: true }));
  for (const { deepest, top } of [...staged.folders].reverse()) {
    for (let folder = deepest; ; folder = dirname(folder)) {
      try {
        fs.rmdirSync(folder);
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
