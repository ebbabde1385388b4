import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  oneLine,
  truncateText
} from "./chunk-G7NDWJJB.js";

// src/reports/empty-store.ts
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
var IMAGE_FOLDERS = ["./empty-store/", "../empty-store/"];
function readManifest(folder) {
  let value;
  try {
    value = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  const { pglite, postgres, image } = value;
  const numbers = [value.pgControlVersion, value.catalogVersion, value.files, value.bytes];
  if (typeof pglite !== "string" || typeof postgres !== "string" || typeof image !== "string" || !numbers.every(Number.isInteger)) return null;
  return { pglite, postgres, pgControlVersion: value.pgControlVersion, catalogVersion: value.catalogVersion, files: value.files, bytes: value.bytes, image };
}
function findEmptyStoreImage(moduleUrl = import.meta.url) {
  for (const relative of IMAGE_FOLDERS) {
    const folder = fileURLToPath(new URL(relative, moduleUrl));
    const manifest = readManifest(folder);
    if (manifest && existsSync(join(folder, manifest.image))) return { manifest, path: join(folder, manifest.image) };
  }
  return null;
}
function installedPgliteVersion() {
  try {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8"));
    return manifest.name === "@electric-sql/pglite" && typeof manifest.version === "string" ? manifest.version : null;
  } catch {
    return null;
  }
}
function imageRefusal(image, installed) {
  if (!image) return "the empty store image that ships with maildns is missing";
  if (!installed) return "the installed PGlite's version cannot be read";
  if (image.manifest.pglite !== installed) return `the empty store image that ships with maildns was made with PGlite ${image.manifest.pglite}, and PGlite ${installed} is installed`;
  return null;
}
function initdbNotice(reason) {
  return `${reason}: creating the new report store with PGlite's own initdb instead (slower, and about 800 MiB of memory this once; a maildns release made for this PGlite avoids it)`;
}
function notAStoreProblem(directory) {
  let names;
  try {
    names = readdirSync(directory);
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
  if (names.length === 0 || names.includes("PG_VERSION")) return null;
  const sorted = [...names].sort();
  const shown = sorted.slice(0, 3).map((name) => truncateText(oneLine(name), 60)).join(", ");
  const more = sorted.length > 3 ? ` and ${sorted.length - 3} more` : "";
  const mountPoint = names.includes("lost+found") ? "; lost+found marks a file system's root (a mount point): give a folder inside it" : "";
  return `the folder holds ${names.length} entr${names.length === 1 ? "y" : "ies"} (${shown}${more}) and no PG_VERSION, so it is not a report store (a PostgreSQL data directory): nothing was written there; give the store's own folder, or a new or empty one${mountPoint}`;
}
function isNewStoreDirectory(directory) {
  try {
    return readdirSync(directory).length === 0;
  } catch (error) {
    if (error.code === "ENOENT") return true;
    throw error;
  }
}
function imageTar(image) {
  const size = image.manifest.bytes + image.manifest.files * 1024 + 64 * 1024;
  return brotliDecompressSync(readFileSync(image.path), { chunkSize: size });
}
async function writeEntries(image, root) {
  const { Parser } = await import("./index.min-3ED5BXPO.js");
  let entries = 0;
  let bytes = 0;
  await new Promise((resolve, reject) => {
    const parser = new Parser({ strict: true });
    parser.on("error", reject);
    parser.on("entry", (entry) => {
      try {
        if (entry.path.startsWith("/") || entry.path.split("/").includes("..")) throw new Error(`${image.path}: unexpected entry ${entry.path}`);
        entries++;
        const path = join(root, entry.path);
        if (entry.type === "Directory") {
          mkdirSync(path, { recursive: true, mode: 448 });
          entry.resume();
          return;
        }
        if (entry.type !== "File") throw new Error(`${image.path}: unexpected ${entry.type} entry ${entry.path}`);
        const fd = openSync(path, "w", 384);
        entry.on("data", (chunk) => {
          bytes += chunk.length;
          writeSync(fd, chunk);
        });
        entry.on("end", () => closeSync(fd));
      } catch (error) {
        reject(error);
        parser.abort(error);
      }
    });
    parser.on("end", resolve);
    parser.end(imageTar(image));
  });
  if (entries !== image.manifest.files || bytes !== image.manifest.bytes) {
    throw new Error(`${image.path} is damaged: ${entries} entries and ${bytes} bytes, where its manifest says ${image.manifest.files} and ${image.manifest.bytes}`);
  }
}
var stagingName = (name) => `.${name}.creating-${process.pid}-${Date.now().toString(36)}`;
var isStagingOf = (name, entry) => entry.startsWith(`.${name}.creating-`) && /^\d+-[0-9a-z]+$/.test(entry.slice(name.length + 11));
function removeInterruptedCreations(directory) {
  const name = basename(directory);
  let entries;
  try {
    entries = readdirSync(dirname(directory));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const left = entries.filter((entry) => isStagingOf(name, entry)).sort();
  for (const entry of left) rmSync(join(dirname(directory), entry), { recursive: true, force: true });
  return left;
}
async function createStoreWhole(directory, make, madeFrom, mountPoint = isMountPoint) {
  const parent = dirname(directory);
  mkdirSync(parent, { recursive: true });
  if (mountPoint(directory, parent)) return createInPlace(directory, make, madeFrom);
  const staging = join(parent, stagingName(basename(directory)));
  try {
    mkdirSync(staging, { mode: 448 });
    await make(staging);
    if (!existsSync(join(staging, "PG_VERSION"))) throw new Error(`${madeFrom} holds no PostgreSQL data directory`);
    if (existsSync(directory)) {
      try {
        rmdirSync(directory);
      } catch (error) {
        const code = error.code;
        if (code === "ENOTEMPTY" || code === "EEXIST") return false;
        throw error;
      }
    }
    try {
      renameSync(staging, directory);
    } catch (error) {
      const code = error.code;
      if (code === "ENOTEMPTY" || code === "EEXIST") return false;
      throw error;
    }
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
function isMountPoint(directory, parent) {
  try {
    return statSync(directory).dev !== statSync(parent).dev;
  } catch {
    return false;
  }
}
async function createInPlace(directory, make, madeFrom) {
  await make(directory);
  if (!existsSync(join(directory, "PG_VERSION"))) throw new Error(`${madeFrom} holds no PostgreSQL data directory`);
  return true;
}
async function unpackEmptyStore(image, directory) {
  return createStoreWhole(directory, (staging) => writeEntries(image, staging), image.path);
}
function emptyStoreTar(image) {
  return new Blob([imageTar(image)]);
}

export {
  findEmptyStoreImage,
  installedPgliteVersion,
  imageRefusal,
  initdbNotice,
  notAStoreProblem,
  isNewStoreDirectory,
  removeInterruptedCreations,
  createStoreWhole,
  isMountPoint,
  unpackEmptyStore,
  emptyStoreTar
};
