// A new embedded report store starts from the empty PostgreSQL cluster that ships with maildns (empty-store/,
// made by .ci/gen-store-image.mjs) instead of PGlite's initdb. PGlite runs initdb as a second WebAssembly
// program beside a second PostgreSQL instance, restoring that program's whole memory between its steps: a new
// store peaked at about 800 MiB that way, twice the 400 MB an ingest is allowed. Unpacked and then opened like
// any existing store, the same cluster costs what opening a store costs.
//
// The image is the data directory of a cluster that this exact PGlite version made: PostgreSQL refuses a
// data directory from another catalog version, so any other PGlite version (or a missing image) creates the
// store with initdb as before, and says so once.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { oneLine, truncateText } from "../model/show.js";
import { brotliDecompressSync } from "node:zlib";

/** What manifest.json beside the image says it was made with. */
export interface EmptyStoreManifest {
  pglite: string;
  postgres: string;
  pgControlVersion: number;
  catalogVersion: number;
  /** The archive's entries (files and folders) and the bytes of its files unpacked. */
  files: number;
  bytes: number;
  image: string;
}

export interface EmptyStoreImage {
  manifest: EmptyStoreManifest;
  /** The image file: a brotli-compressed tar of the cluster's data directory. */
  path: string;
}

/**
 * The folders the image may be in, relative to this module: `empty-store/` beside it in the sources (and in
 * dist/ when this code is bundled into an entry point), `../empty-store/` from the bundle's chunks
 * (dist/chunks/), where the build copies it to dist/empty-store/.
 */
const IMAGE_FOLDERS = ["./empty-store/", "../empty-store/"];

function readManifest(folder: string): EmptyStoreManifest | null {
  let value: Partial<EmptyStoreManifest>;
  try {
    value = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Partial<EmptyStoreManifest>;
  } catch {
    return null;
  }
  const { pglite, postgres, image } = value;
  const numbers = [value.pgControlVersion, value.catalogVersion, value.files, value.bytes];
  if (typeof pglite !== "string" || typeof postgres !== "string" || typeof image !== "string" || !numbers.every(Number.isInteger)) return null;
  return { pglite, postgres, pgControlVersion: value.pgControlVersion!, catalogVersion: value.catalogVersion!, files: value.files!, bytes: value.bytes!, image };
}

/** The image that ships with this maildns, or null when it is not there (a partial install). */
export function findEmptyStoreImage(moduleUrl: string = import.meta.url): EmptyStoreImage | null {
  for (const relative of IMAGE_FOLDERS) {
    const folder = fileURLToPath(new URL(relative, moduleUrl));
    const manifest = readManifest(folder);
    if (manifest && existsSync(join(folder, manifest.image))) return { manifest, path: join(folder, manifest.image) };
  }
  return null;
}

/** The version of the installed @electric-sql/pglite (its package.json is not among its exports). */
export function installedPgliteVersion(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { name?: string; version?: string };
    return manifest.name === "@electric-sql/pglite" && typeof manifest.version === "string" ? manifest.version : null;
  } catch {
    return null;
  }
}

/** Why the image cannot make a store with the installed PGlite, or null when it can. */
export function imageRefusal(image: EmptyStoreImage | null, installed: string | null): string | null {
  if (!image) return "the empty store image that ships with maildns is missing";
  if (!installed) return "the installed PGlite's version cannot be read";
  if (image.manifest.pglite !== installed) return `the empty store image that ships with maildns was made with PGlite ${image.manifest.pglite}, and PGlite ${installed} is installed`;
  return null;
}

/** The message for a store that initdb creates instead: why, and what it costs. */
export function initdbNotice(reason: string): string {
  return `${reason}: creating the new report store with PGlite's own initdb instead (slower, and about 800 MiB of memory this once; a maildns release made for this PGlite avoids it)`;
}

/**
 * Why `directory` cannot be opened as an embedded store, or null when it can: a folder that holds files but
 * no PG_VERSION is not a PostgreSQL data directory (every cluster has that file at its root), and PGlite
 * would run initdb into it, spreading a new, empty cluster among what it holds (a mistyped `--store
 * stacks/prod`, or the folder of exported reports): a reading command would then report "no reports", and
 * `evidence` would replace the committed file with one holding none.
 */
export function notAStoreProblem(directory: string): string | null {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (names.length === 0 || names.includes("PG_VERSION")) return null;
  // The entries named (a few): a folder that looks empty may hold a hidden one (.DS_Store, which Finder
  // leaves in a folder it showed) or be a file system's root (lost+found: a mount point, where PostgreSQL's
  // own initdb also refuses to make a cluster).
  const sorted = [...names].sort();
  const shown = sorted.slice(0, 3).map((name) => truncateText(oneLine(name), 60)).join(", ");
  const more = sorted.length > 3 ? ` and ${sorted.length - 3} more` : "";
  const mountPoint = names.includes("lost+found") ? "; lost+found marks a file system's root (a mount point): give a folder inside it" : "";
  return `the folder holds ${names.length} entr${names.length === 1 ? "y" : "ies"} (${shown}${more}) and no PG_VERSION, so it is not a report store (a PostgreSQL data directory): nothing was written there; give the store's own folder, or a new or empty one${mountPoint}`;
}

/** True when `directory` holds no store yet: it does not exist, or is an empty folder. */
export function isNewStoreDirectory(directory: string): boolean {
  try {
    return readdirSync(directory).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

/**
 * The image unpacked into memory: one buffer, allocated once at its final size. A buffer that large lives
 * outside the C heap (the allocator maps it on its own), so the memory goes back to the system as soon as it
 * is collected; decompressing in a stream of small pieces (as tar's own extraction does) left about 50 MiB of
 * the C heap resident for the rest of the run, which the ingest that follows then carried on top of its own.
 */
function imageTar(image: EmptyStoreImage): Buffer {
  // Each entry is a 512-byte header and its data rounded up to 512 bytes; the archive ends with zero blocks.
  const size = image.manifest.bytes + image.manifest.files * 1024 + 64 * 1024;
  return brotliDecompressSync(readFileSync(image.path), { chunkSize: size });
}

/** Writes the entries of the image's tar under `root`: folders and files only, and every one inside `root`. */
async function writeEntries(image: EmptyStoreImage, root: string): Promise<void> {
  const { Parser } = await import("tar");
  let entries = 0;
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({ strict: true });
    parser.on("error", reject);
    parser.on("entry", (entry: { path: string; type: string; size: number; on(event: string, listener: (chunk?: Buffer) => void): void; resume(): void }) => {
      try {
        if (entry.path.startsWith("/") || entry.path.split("/").includes("..")) throw new Error(`${image.path}: unexpected entry ${entry.path}`);
        entries++;
        const path = join(root, entry.path);
        if (entry.type === "Directory") {
          mkdirSync(path, { recursive: true, mode: 0o700 });
          entry.resume();
          return;
        }
        if (entry.type !== "File") throw new Error(`${image.path}: unexpected ${entry.type} entry ${entry.path}`);
        const fd = openSync(path, "w", 0o600);
        entry.on("data", (chunk) => {
          bytes += chunk!.length;
          writeSync(fd, chunk!);
        });
        entry.on("end", () => closeSync(fd));
      } catch (error) {
        reject(error);
        parser.abort(error as Error);
      }
    });
    parser.on("end", resolve);
    parser.end(imageTar(image));
  });
  if (entries !== image.manifest.files || bytes !== image.manifest.bytes) {
    throw new Error(`${image.path} is damaged: ${entries} entries and ${bytes} bytes, where its manifest says ${image.manifest.files} and ${image.manifest.bytes}`);
  }
}

/** The name of a folder beside the store `name` that a creation makes it in: `.NAME.creating-PID-TIME`. */
const stagingName = (name: string): string => `.${name}.creating-${process.pid}-${Date.now().toString(36)}`;
const isStagingOf = (name: string, entry: string): boolean => entry.startsWith(`.${name}.creating-`) && /^\d+-[0-9a-z]+$/.test(entry.slice(name.length + 11));

/**
 * Removes the folders beside the store `directory` that creations of it left when they were interrupted (a
 * killed run never reaches its own clean-up), and returns their names. Only for a caller that holds the
 * store's lock (store-lock.ts): no other run is making this store, so every such folder is a dead run's.
 */
export function removeInterruptedCreations(directory: string): string[] {
  const name = basename(directory);
  let entries: string[];
  try {
    entries = readdirSync(dirname(directory));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const left = entries.filter((entry) => isStagingOf(name, entry)).sort();
  for (const entry of left) rmSync(join(dirname(directory), entry), { recursive: true, force: true });
  return left;
}

/**
 * Makes a new store folder `directory` whole or not at all: `make` builds the cluster in a hidden folder
 * beside it, which is renamed into place once `make` has finished and PG_VERSION is there (rename(2) is one
 * step on one file system). A run interrupted anywhere before the rename leaves no store, or the empty folder
 * that was there, so the next run makes it again; after the rename, the store is whole. A store made any
 * other way (PGlite's initdb writing into the store's own folder) could be killed halfway, and the folder,
 * with files but no PG_VERSION or half a cluster, was then refused or could not be started by every later
 * run. Returns false (and leaves things as they are) when another process made the store first. A folder
 * that is a mount point (`mountPoint`, isMountPoint: a container's volume) cannot be replaced, so the store
 * is made in it (createInPlace); making it beside, the run stopped at the rename with EBUSY, and no store on
 * a volume could be made at all.
 */
export async function createStoreWhole(directory: string, make: (staging: string) => Promise<void>, madeFrom: string, mountPoint = isMountPoint): Promise<boolean> {
  const parent = dirname(directory);
  mkdirSync(parent, { recursive: true });
  if (mountPoint(directory, parent)) return createInPlace(directory, make, madeFrom);
  const staging = join(parent, stagingName(basename(directory)));
  try {
    // PostgreSQL's own modes for a data directory: the owner's only.
    mkdirSync(staging, { mode: 0o700 });
    await make(staging);
    if (!existsSync(join(staging, "PG_VERSION"))) throw new Error(`${madeFrom} holds no PostgreSQL data directory`);
    if (existsSync(directory)) {
      try {
        rmdirSync(directory);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOTEMPTY" || code === "EEXIST") return false;
        throw error;
      }
    }
    try {
      renameSync(staging, directory);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTEMPTY" || code === "EEXIST") return false;
      throw error;
    }
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Whether the existing folder `directory` is a mount point (a container's volume, a disk of its own): a file
 * system other than its parent's. Such a folder cannot be replaced: rmdir(2) says EBUSY, and a folder made
 * beside it is on the other file system, which rename(2) does not cross (EXDEV). A bind mount of a folder
 * of the parent's own file system has the parent's device number: not seen here, its rmdir's EBUSY stops
 * the run, naming the folder.
 */
export function isMountPoint(directory: string, parent: string): boolean {
  try {
    return statSync(directory).dev !== statSync(parent).dev;
  } catch {
    return false; // nothing there yet: made beside and renamed
  }
}

/**
 * A store whose folder cannot be replaced (a mount point) is made in that folder, as PGlite makes one: all
 * or nothing cannot be had there. A run killed meanwhile leaves files without PG_VERSION, which the next run
 * refuses, naming them (notAStoreProblem), or half a cluster it cannot start; the volume is then emptied.
 */
async function createInPlace(directory: string, make: (folder: string) => Promise<void>, madeFrom: string): Promise<boolean> {
  await make(directory);
  if (!existsSync(join(directory, "PG_VERSION"))) throw new Error(`${madeFrom} holds no PostgreSQL data directory`);
  return true;
}

/**
 * Creates the store folder `directory` from the image, whole (createStoreWhole). Returns false (and leaves
 * things as they are) when another process made the store first.
 */
export async function unpackEmptyStore(image: EmptyStoreImage, directory: string): Promise<boolean> {
  return createStoreWhole(directory, (staging) => writeEntries(image, staging), image.path);
}

/** The image as an uncompressed tar, for PGlite's `loadDataDir` (an in-memory store, which has no folder). */
export function emptyStoreTar(image: EmptyStoreImage): Blob {
  return new Blob([imageTar(image)]);
}
