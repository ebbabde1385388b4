// Files that other programs read while maildns writes them (a domain file that a lint, a plan or `pulumi up`
// reads, the adoption file, the DMARC evidence, the lint cache) are written whole: into a new file beside
// the target, renamed onto it once complete. rename(2) swaps the name in one step, so a reader opens the
// old file or the new one, never half of one, and a write that stops halfway (a full disk, a file size
// limit, a killed run) leaves the old file as it was.
//
// The file aside has a random name and is created exclusively (O_EXCL, which also refuses a symbolic link
// there): two writers never share one, even with one process id (containers sharing a folder each have a
// process 1), and a file or a link that another program put at a name it could guess (the target's name
// and a process id) is never written through.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";

/** A new name beside `path` for the file written aside (`unique`: random text). Self-contained (see below). */
export function asidePath(path: string, unique: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${unique}.tmp`;
}

/**
 * Writes `data` whole to `path` through a file aside (see above), named by `aside` (asidePath) with
 * `unique` (random text). Self-contained apart from its arguments, so that the write-behind thread of
 * `import` runs this very code. A symbolic link at `path` is followed: the file it names is replaced, the
 * link stays. With `replace` false a file already at `path` (made by anyone since the caller looked) is
 * never replaced: the file aside is linked there, which fails with EEXIST when the name is taken (link(2)
 * never overwrites), and removed. A file replaced keeps its permission bits (replacedFile). With
 * `followLinks` false a symbolic link at `path` is replaced itself, as rename(2) does: the file it names,
 * wherever that is, is left as it is (import --out: the files go into the folder named, never out of it).
 */
export function writeWholeWith(
  files: Pick<typeof fs, "openSync" | "writeFileSync" | "closeSync" | "renameSync" | "rmSync" | "realpathSync" | "linkSync" | "lstatSync" | "statSync" | "fchmodSync">,
  aside: (path: string, unique: string) => string,
  path: string,
  data: string | Uint8Array,
  unique: string,
  replace = true,
  followLinks = true,
): void {
  const { target, mode } = replacedFile(files, path, followLinks);
  const temporary = aside(target, unique);
  const fd = openAside(files, temporary, mode);
  let open = true;
  try {
    // Given a descriptor, writeFileSync writes again after a short write until every octet is taken, and a
    // write that cannot go on (a full disk, a file size limit) throws: never a short file renamed as whole.
    files.writeFileSync(fd, data);
    open = false;
    files.closeSync(fd);
    if (replace) files.renameSync(temporary, target);
    else {
      linkWhole(files, temporary, target);
      files.rmSync(temporary, { force: true });
    }
  } catch (error) {
    if (open) files.closeSync(fd);
    files.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * What a whole write at `path` replaces: `target`, the name the new file is renamed onto, and `mode`, the
 * permission bits it gets. A symbolic link at `path` is followed: the target is the file it names, with that
 * file's bits, and the link stays; a link to nothing (or a loop) is itself the target, replaced by the
 * rename. A file replaced keeps its bits (a domain file made readable only to its team stays so, as it did
 * when files were rewritten in place); `mode` is undefined for a new file, which gets the umask's.
 * Self-contained apart from its arguments, like writeWholeWith (the write-behind thread runs it too).
 */
export function replacedFile(files: Pick<typeof fs, "lstatSync" | "realpathSync" | "statSync">, path: string, followLinks = true): { target: string; mode: number | undefined } {
  // One lstat says what is at the name: nothing (the common case of a new file: no other call), a file
  // (its permission bits), or a link, the only case that needs the link's real target. The folders above
  // the name need no resolving: the file aside is made in the target's folder, so the rename stays in it.
  const found = files.lstatSync(path, { throwIfNoEntry: false });
  if (found === undefined) return { target: path, mode: undefined };
  if (!found.isSymbolicLink()) return { target: path, mode: found.mode & 0o7777 };
  // Not followed: the link is the name replaced, and the new file gets a new file's bits.
  if (!followLinks) return { target: path, mode: undefined };
  try {
    const target = files.realpathSync(path);
    return { target, mode: files.statSync(target).mode & 0o7777 };
  } catch {
    return { target: path, mode: undefined };
  }
}

/**
 * Creates the file aside `temporary` (O_EXCL: never one already there, nor through a link) with the
 * permission bits `mode` (replacedFile), and returns its descriptor. The bits are set again on the open file
 * because the umask takes some away from open(2)'s; undefined gives a new file's (0666 less the umask).
 * Self-contained apart from its arguments, like writeWholeWith (the write-behind thread runs it too).
 */
export function openAside(files: Pick<typeof fs, "openSync" | "fchmodSync" | "closeSync" | "rmSync">, temporary: string, mode: number | undefined): number {
  const fd = files.openSync(temporary, "wx", mode ?? 0o666);
  if (mode === undefined) return fd;
  try {
    files.fchmodSync(fd, mode);
  } catch (error) {
    files.closeSync(fd);
    files.rmSync(temporary, { force: true });
    throw error;
  }
  return fd;
}

/**
 * Puts the complete file `temporary` at `target` only if that name is free, in one step: link(2) never
 * replaces a name that is taken (EEXIST, a dangling symbolic link included), so a file that another program
 * made there since the caller looked stays as it is. `temporary` is left for the caller to remove.
 * Self-contained apart from its arguments, like writeWholeWith (the write-behind thread runs it too).
 */
export function linkWhole(files: Pick<typeof fs, "linkSync" | "openSync" | "closeSync" | "renameSync" | "rmSync">, temporary: string, target: string): void {
  try {
    files.linkSync(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
    // A file system without hard links: the name is taken with O_EXCL (EEXIST when it is not free), then
    // the whole file renamed onto that empty one, which is removed again if the rename fails.
    files.closeSync(files.openSync(target, "wx"));
    try {
      files.renameSync(temporary, target);
    } catch (failure) {
      files.rmSync(target, { force: true });
      throw failure;
    }
  }
}

/** Random text for a file aside's name. */
export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(6).toString("hex")}`;
}

/** Writes `data` whole to `path` (writeWholeWith, with this process's file system and a random name). */
export function writeFileWhole(path: string, data: string | Uint8Array, options: { replace?: boolean; followLinks?: boolean } = {}): void {
  writeWholeWith(fs, asidePath, path, data, uniqueSuffix(), options.replace ?? true, options.followLinks ?? true);
}
