// The empty cluster a new embedded store starts from (src/reports/empty-store.ts): that it is the one for
// the locked PGlite, whole, copied into the bundle unchanged, and unpacked all or nothing. Starting PGlite on
// it is in the slow tier (empty-store.slow.test.ts), like every test that runs PGlite.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as tar from "tar";
import { describe, expect, it } from "vitest";
import { createStoreWhole, findEmptyStoreImage, imageRefusal, initdbNotice, installedPgliteVersion, isMountPoint, isNewStoreDirectory, notAStoreProblem, removeInterruptedCreations, unpackEmptyStore, type EmptyStoreImage } from "../../src/reports/empty-store.js";
import { repoRoot } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const image = findEmptyStoreImage();
const lockedPglite = (JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, { version: string }> }).packages["node_modules/@electric-sql/pglite"]!.version;

/** The image's entries as tar lists them: path, size, type, and what a portable archive leaves out. */
async function entries(path: string): Promise<{ path: string; size: number; type: string; mtime: Date | undefined; uname: string | undefined }[]> {
  const found: { path: string; size: number; type: string; mtime: Date | undefined; uname: string | undefined }[] = [];
  await tar.list({ file: path, brotli: true, strict: true, onReadEntry: (e) => found.push({ path: e.path, size: e.size ?? 0, type: e.type, mtime: e.mtime, uname: e.uname }) });
  return found;
}

describe("the empty store image", () => {
  it("ships with the sources, made with the locked PGlite (run `npm run store-image` after upgrading PGlite)", () => {
    expect(image).not.toBeNull();
    expect(image!.path).toBe(join(repoRoot, "src", "reports", "empty-store", "cluster.tar.br"));
    expect(image!.manifest.pglite).toBe(lockedPglite);
    expect(installedPgliteVersion()).toBe(lockedPglite);
    expect(imageRefusal(image, installedPgliteVersion())).toBeNull();
  });

  it("is copied into dist/ byte for byte, where the bundle's chunks find it", () => {
    const fromChunk = findEmptyStoreImage(pathToFileURL(join(repoRoot, "dist", "chunks", "any.js")).href);
    expect(fromChunk?.path).toBe(join(repoRoot, "dist", "empty-store", "cluster.tar.br"));
    expect(fromChunk?.manifest).toEqual(image!.manifest);
    for (const file of ["cluster.tar.br", "manifest.json"]) {
      expect(readFileSync(join(repoRoot, "dist", "empty-store", file)).equals(readFileSync(join(repoRoot, "src", "reports", "empty-store", file))), file).toBe(true);
    }
  });

  it("holds a whole data directory of the manifest's PostgreSQL, with nothing of the machine that made it", async () => {
    const list = await entries(image!.path);
    const files = list.filter((e) => e.type === "File");
    expect(list.length).toBe(image!.manifest.files);
    expect(files.reduce((sum, e) => sum + e.size, 0)).toBe(image!.manifest.bytes);
    const paths = new Set(list.map((e) => e.path));
    for (const needed of ["PG_VERSION", "global/pg_control", "base/1/PG_VERSION", "base/5/PG_VERSION", "postgresql.conf", "pg_wal/000000010000000000000001"]) expect(paths, needed).toContain(needed);
    // A running server's lock file would make the new store look in use.
    expect(paths).not.toContain("postmaster.pid");
    for (const e of list) {
      expect(e.path).not.toMatch(/^\/|(^|\/)\.\.(\/|$)/);
      expect(e.uname ?? "").toBe("");
      expect(e.mtime).toBeUndefined();
    }
  });

  it("is refused, saying why, when it does not suit the installed PGlite", () => {
    const other: EmptyStoreImage = { ...image!, manifest: { ...image!.manifest, pglite: "0.4.0" } };
    expect(imageRefusal(other, "0.5.17")).toBe("the empty store image that ships with maildns was made with PGlite 0.4.0, and PGlite 0.5.17 is installed");
    expect(imageRefusal(null, "0.5.17")).toBe("the empty store image that ships with maildns is missing");
    expect(imageRefusal(image, null)).toBe("the installed PGlite's version cannot be read");
    expect(initdbNotice("the image is missing")).toBe(
      "the image is missing: creating the new report store with PGlite's own initdb instead (slower, and about 800 MiB of memory this once; a maildns release made for this PGlite avoids it)",
    );
  });

  it("is not found in a folder without one, nor with a broken manifest", () => {
    const root = tempTree({ "a/empty-store/manifest.json": "{not json", "a/empty-store/cluster.tar.br": "x", "b/empty-store/manifest.json": JSON.stringify({ ...image!.manifest, image: "gone.tar.br" }) });
    expect(findEmptyStoreImage(pathToFileURL(join(root, "a", "module.js")).href)).toBeNull();
    expect(findEmptyStoreImage(pathToFileURL(join(root, "b", "module.js")).href)).toBeNull();
    expect(findEmptyStoreImage(pathToFileURL(join(root, "module.js")).href)).toBeNull();
  });
});

describe("a new store folder", () => {
  it("is one that does not exist or is empty", () => {
    const root = tempTree({ "used/PG_VERSION": "18\n" });
    mkdirSync(join(root, "empty"));
    expect(isNewStoreDirectory(join(root, "absent"))).toBe(true);
    expect(isNewStoreDirectory(join(root, "empty"))).toBe(true);
    expect(isNewStoreDirectory(join(root, "used"))).toBe(false);
  });

  it("is made whole from the image, and nothing is left beside it", async () => {
    const root = tempTree({});
    const store = join(root, "reports", "store");
    expect(await unpackEmptyStore(image!, store)).toBe(true);
    expect(readFileSync(join(store, "PG_VERSION"), "utf8").trim()).toBe(image!.manifest.postgres);
    expect(statSync(join(store, "global", "pg_control")).size).toBe(8192);
    // PostgreSQL's modes for a data directory: the owner's only.
    expect(statSync(store).mode & 0o777).toBe(0o700);
    expect(statSync(join(store, "base")).mode & 0o777).toBe(0o700);
    expect(statSync(join(store, "PG_VERSION")).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, "reports"))).toEqual(["store"]);
  });

  it("replaces an empty folder that is already there", async () => {
    const root = tempTree({});
    mkdirSync(join(root, "store"));
    expect(await unpackEmptyStore(image!, join(root, "store"))).toBe(true);
    expect(existsSync(join(root, "store", "PG_VERSION"))).toBe(true);
    expect(readdirSync(root)).toEqual(["store"]);
  });

  it("is left alone when another run made the store first", async () => {
    // What a second `maildns reports` sees when the first one renamed its store into place a moment before.
    const root = tempTree({ "store/PG_VERSION": "first\n" });
    expect(await unpackEmptyStore(image!, join(root, "store"))).toBe(false);
    expect(readFileSync(join(root, "store", "PG_VERSION"), "utf8")).toBe("first\n");
    expect(readdirSync(root)).toEqual(["store"]);
  });

  it("is not made at all from a damaged image", async () => {
    const root = tempTree({});
    const damaged = join(root, "cut.tar.br");
    writeFileSync(damaged, readFileSync(image!.path).subarray(0, 200_000));
    await expect(unpackEmptyStore({ ...image!, path: damaged }, join(root, "store"))).rejects.toThrow();
    expect(readdirSync(root)).toEqual(["cut.tar.br"]);
  });

  it("is not made from an archive without a data directory, nor from one its manifest does not describe", async () => {
    const root = tempTree({ "content/README": "not a cluster\n" });
    const other = join(root, "other.tar.br");
    await tar.create({ cwd: join(root, "content"), file: other, brotli: true, portable: true }, ["README"]);
    await expect(unpackEmptyStore({ ...image!, path: other }, join(root, "store"))).rejects.toThrow(`${other} is damaged: 1 entries and 14 bytes, where its manifest says ${image!.manifest.files} and ${image!.manifest.bytes}`);
    const described = { ...image!, path: other, manifest: { ...image!.manifest, files: 1, bytes: 14 } };
    await expect(unpackEmptyStore(described, join(root, "store"))).rejects.toThrow(`${other} holds no PostgreSQL data directory`);
    expect(readdirSync(root).sort()).toEqual(["content", "other.tar.br"]);
  });

  it("is not made from an archive with anything but folders and files", async () => {
    const root = tempTree({ "content/PG_VERSION": "18\n" });
    symlinkSync("/etc/passwd", join(root, "content", "link"));
    const other = join(root, "other.tar.br");
    await tar.create({ cwd: join(root, "content"), file: other, brotli: true, portable: true }, ["PG_VERSION", "link"]);
    await expect(unpackEmptyStore({ ...image!, path: other }, join(root, "store"))).rejects.toThrow(`${other}: unexpected SymbolicLink entry link`);
    expect(readdirSync(root).sort()).toEqual(["content", "other.tar.br"]);
  });
});

// initdb (when the image cannot be used) is made whole the same way: createStoreWhole's `make` is where
// sql.ts starts PGlite on the folder aside; here it writes files and fails as a run killed there would stop.
describe("a new store made whole, whatever makes it", () => {
  const halfCluster = (folder: string) => {
    mkdirSync(join(folder, "pg_wal"));
    writeFileSync(join(folder, "PG_VERSION"), "18\n");
  };

  it("a maker that stops before PG_VERSION, or after it with half a cluster, leaves no store and nothing beside it", async () => {
    const root = tempTree({});
    const store = join(root, "store");
    const stopped = new Error("killed");
    const stopsHalfway = async (staging: string) => {
      halfCluster(staging);
      throw stopped;
    };
    await expect(createStoreWhole(store, async (staging) => void mkdirSync(join(staging, "pg_wal")), "initdb")).rejects.toThrow("initdb holds no PostgreSQL data directory");
    await expect(createStoreWhole(store, stopsHalfway, "initdb")).rejects.toBe(stopped);
    expect(readdirSync(root)).toEqual([]);
    // An empty folder that was there stays the empty folder it was: still a new store for the next run.
    mkdirSync(store);
    await expect(createStoreWhole(store, stopsHalfway, "initdb")).rejects.toBe(stopped);
    expect(readdirSync(root)).toEqual(["store"]);
    expect(isNewStoreDirectory(store)).toBe(true);
    expect(notAStoreProblem(store)).toBeNull();
  });

  it("a maker that finishes puts the store in place in one rename, the folder aside gone", async () => {
    const root = tempTree({});
    const store = join(root, "store");
    let aside = "";
    const finishes = async (staging: string) => {
      aside = staging;
      halfCluster(staging);
    };
    expect(await createStoreWhole(store, finishes, "initdb")).toBe(true);
    expect(aside).toMatch(new RegExp(`^${root}/\\.store\\.creating-${process.pid}-[0-9a-z]+$`));
    expect(readdirSync(root)).toEqual(["store"]);
    expect(readdirSync(store).sort()).toEqual(["PG_VERSION", "pg_wal"]);
  });

  it("a store folder that is a mount point (a volume) is made in place: it cannot be replaced by a folder made beside it", async () => {
    const root = tempTree({});
    const store = join(root, "store");
    mkdirSync(store);
    // rmdir(2) of a mount point says EBUSY and rename(2) does not cross file systems: the store, made beside,
    // was never put in place. The mount is stood in for here (a test cannot mount); isMountPoint below.
    const madeIn: string[] = [];
    const finishes = async (folder: string) => {
      madeIn.push(folder);
      halfCluster(folder);
    };
    expect(await createStoreWhole(store, finishes, "initdb", (folder) => folder === store)).toBe(true);
    expect(madeIn).toEqual([store]);
    expect(readdirSync(root)).toEqual(["store"]);
    expect(readdirSync(store).sort()).toEqual(["PG_VERSION", "pg_wal"]);
    await expect(createStoreWhole(join(root, "other"), async () => {}, "initdb", () => true)).rejects.toThrow("initdb holds no PostgreSQL data directory");
  });

  it.skipIf(process.platform !== "linux")("a mount point is a folder of another file system than its parent's", () => {
    // /proc is a file system of its own on Linux; a folder of the test's own is not.
    expect(isMountPoint("/proc", "/")).toBe(true);
    const root = tempTree({ "store/x": "" });
    expect(isMountPoint(join(root, "store"), root)).toBe(false);
    expect(isMountPoint(join(root, "absent"), root)).toBe(false);
  });

  it("what a killed creation left beside the store is removed by the next (which holds the lock), and only that", () => {
    // A run killed while it made the store: its folder aside, half made or whole but never renamed.
    const root = tempTree({ ".store.creating-4242-mabc12/PG_VERSION": "18\n", ".store.creating-17-x0/pg_wal/000000010000000000000001": "", ".store2.creating-5-a/PG_VERSION": "18\n", ".store.creating-notes": "", "store-notes.txt": "" });
    expect(removeInterruptedCreations(join(root, "store"))).toEqual([".store.creating-17-x0", ".store.creating-4242-mabc12"]);
    // Another store's, and names that only look alike, stay.
    expect(readdirSync(root).sort()).toEqual([".store.creating-notes", ".store2.creating-5-a", "store-notes.txt"]);
    expect(removeInterruptedCreations(join(root, "absent", "store"))).toEqual([]);
  });
});

describe("a folder that is not a store names what it holds", () => {
  const TAIL = "and no PG_VERSION, so it is not a report store (a PostgreSQL data directory): nothing was written there; give the store's own folder, or a new or empty one";

  it("a folder that looks empty but holds a hidden entry: the entry is named, so the refusal reads", () => {
    const root = tempTree({ "store/.DS_Store": "finder\n" });
    expect(notAStoreProblem(join(root, "store"))).toBe(`the folder holds 1 entry (.DS_Store) ${TAIL}`);
  });

  it("a mount point's root (lost+found): named, with the folder inside it to give", () => {
    const root = tempTree({ "volume/lost+found/.keep": "" });
    expect(notAStoreProblem(join(root, "volume"))).toBe(`the folder holds 1 entry (lost+found) ${TAIL}; lost+found marks a file system's root (a mount point): give a folder inside it`);
  });

  it("many entries: the first three by name, the rest counted, a name's controls shown as U+XXXX", () => {
    const root = tempTree({ "x/b.xml": "", "x/a\u001b[31m.xml": "", "x/c.xml": "", "x/d.xml": "", "x/e.xml": "" });
    expect(notAStoreProblem(join(root, "x"))).toBe(`the folder holds 5 entries (aU+001B[31m.xml, b.xml, c.xml and 2 more) ${TAIL}`);
  });

  it("a store, an empty folder and a missing one are no problem", () => {
    const root = tempTree({ "store/PG_VERSION": "17\n", "store/base/1/x": "" });
    mkdirSync(join(root, "empty"));
    expect([notAStoreProblem(join(root, "store")), notAStoreProblem(join(root, "empty")), notAStoreProblem(join(root, "missing"))]).toEqual([null, null, null]);
  });
});
