// Several new files put in place together, all or nothing (`maildns init`): each is written aside first,
// and put in place only once every one could be written, so a failure (a read-only folder, a full disk)
// leaves nothing half-done.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { asidePath, uniqueSuffix } from "./write-whole.js";

export interface FileToPlace {
  path: string;
  text: string;
  /** Whether a file at `path` may be replaced. */
  replace: boolean;
}

/** Files written aside, ready to be put in place by placeStaged. */
export interface StagedFiles {
  readonly files: readonly { readonly path: string; readonly aside: string; readonly replace: boolean }[];
}

/** Writes each file aside (making its folder); on a failure, removes what it wrote and throws. */
export function stageFiles(files: readonly FileToPlace[]): StagedFiles {
  const staged: { path: string; aside: string; replace: boolean }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const aside = asidePath(file.path, uniqueSuffix());
      writeFileSync(aside, file.text, { encoding: "utf8", flag: "wx" });
      staged.push({ path: file.path, aside, replace: file.replace });
    }
  } catch (error) {
    discard({ files: staged });
    throw error;
  }
  return { files: staged };
}

/** Puts every staged file in place; on a failure, removes the files aside and throws. */
export function placeStaged(staged: StagedFiles): void {
  try {
    for (const { aside, path } of staged.files) renameSync(aside, path);
  } catch (error) {
    discard(staged);
    throw error;
  }
}

function discard(staged: StagedFiles): void {
  for (const { aside } of staged.files) rmSync(aside, { force: true });
}

/** stageFiles, then placeStaged. */
export function placeFiles(files: readonly FileToPlace[]): void {
  placeStaged(stageFiles(files));
}
