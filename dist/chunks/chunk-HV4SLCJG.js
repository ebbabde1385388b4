import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/sql.ts
import { mkdirSync as mkdirSync2, rmSync as rmSync2 } from "node:fs";

// src/reports/empty-store.ts
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
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
async function unpackEmptyStore(image, directory) {
  const parent = dirname(directory);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(directory)}.creating-${process.pid}-${Date.now().toString(36)}`);
  try {
    mkdirSync(staging, { mode: 448 });
    await writeEntries(image, staging);
    if (!existsSync(join(staging, "PG_VERSION"))) throw new Error(`${image.path} holds no PostgreSQL data directory`);
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
function emptyStoreTar(image) {
  return new Blob([imageTar(image)]);
}

// src/reports/sql.ts
function isServerUrl(location) {
  return /^postgres(ql)?:\/\//i.test(location);
}
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    parsed.searchParams.delete("password");
    return parsed.toString().replace(/:@/, "@");
  } catch {
    return "postgres://…";
  }
}
var StoreError = class extends Error {
  name = "StoreError";
};
async function loadPglite() {
  try {
    return await import("@electric-sql/pglite");
  } catch (error) {
    if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new StoreError("the embedded report store needs the package @electric-sql/pglite: run `npm install @electric-sql/pglite` beside maildns, or give --store postgres://… (a PostgreSQL server)");
  }
}
var COPY_ESCAPES = { "\\": "\\\\", "	": "\\t", "\n": "\\n", "\r": "\\r" };
function copyValue(value) {
  if (value === null || value === void 0) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : text;
}
function copyText(columns, values) {
  const rows = values[0]?.length ?? 0;
  const lines = new Array(rows);
  for (let r = 0; r < rows; r++) {
    let line = copyValue(values[0][r]);
    for (let c = 1; c < columns; c++) line += `	${copyValue(values[c][r])}`;
    lines[r] = line;
  }
  return rows === 0 ? "" : `${lines.join("\n")}
`;
}
var columnList = (columns) => columns.map((c) => c.name).join(", ");
function unnestInsert(table, columns) {
  return `INSERT INTO ${table} (${columnList(columns)}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`;
}
var initdbNoticeGiven = false;
function noticeInitdb(options, reason) {
  if (initdbNoticeGiven) return;
  initdbNoticeGiven = true;
  options.notice?.(initdbNotice(reason));
}
function usableImage(options) {
  const image = findEmptyStoreImage();
  const refusal = imageRefusal(image, installedPgliteVersion());
  if (refusal) noticeInitdb(options, refusal);
  return refusal ? null : image;
}
async function createFromImage(image, directory, options) {
  try {
    return await unpackEmptyStore(image, directory);
  } catch (error) {
    noticeInitdb(options, `the empty store image that ships with maildns could not be unpacked (${error.message})`);
    return false;
  }
}
async function startPglite(directory, options) {
  const { PGlite } = await loadPglite();
  const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];
  const start = async (fromImage) => {
    const pgOptions = directory === null && fromImage ? { startParams, loadDataDir: emptyStoreTar(fromImage) } : { startParams };
    const db = directory === null ? new PGlite(pgOptions) : new PGlite(directory, pgOptions);
    await db.waitReady;
    return db;
  };
  let image = null;
  if (directory === null) image = usableImage(options);
  else if (isNewStoreDirectory(directory)) {
    const candidate = usableImage(options);
    if (candidate && await createFromImage(candidate, directory, options)) image = candidate;
    mkdirSync2(directory, { recursive: true });
  }
  try {
    return await start(image);
  } catch (error) {
    if (!image) throw error;
    noticeInitdb(options, `PGlite could not start the empty store image that ships with maildns (${error.message})`);
    if (directory !== null) {
      rmSync2(directory, { recursive: true, force: true });
      mkdirSync2(directory, { recursive: true });
    }
    return start(null);
  }
}
async function openPglite(directory, options) {
  const db = await startPglite(directory, options);
  const wrap = (runner) => ({
    describe: directory ?? "memory",
    engine: "pglite",
    async query(text, params = []) {
      return (await runner.query(text, [...params])).rows;
    },
    async load(table, columns, values) {
      if ((values[0]?.length ?? 0) === 0) return;
      await runner.query(`COPY ${table} (${columnList(columns)}) FROM '/dev/blob'`, [], { blob: new Blob([copyText(columns.length, values)]) });
    },
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close()
  });
  return wrap(db);
}
async function openPostgres(url) {
  const { default: pg } = await import("./esm-P3K3SCZ6.js");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1e4, query_timeout: 3e5 });
  const describe = redactUrl(url);
  try {
    await client.connect();
  } catch (error) {
    throw new StoreError(`cannot connect to the report store ${describe}: ${error.message.replaceAll(url, describe)}`);
  }
  client.on("error", () => void 0);
  let inTransaction = false;
  const sql = {
    describe,
    engine: "postgres",
    async query(text, params = []) {
      return (await client.query(text, [...params])).rows;
    },
    async load(table, columns, values) {
      if ((values[0]?.length ?? 0) === 0) return;
      await client.query(unnestInsert(table, columns), [...values]);
    },
    async transaction(work) {
      if (inTransaction) return work(sql);
      inTransaction = true;
      await client.query("BEGIN");
      try {
        const result = await work(sql);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => void 0);
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    close: () => client.end()
  };
  return sql;
}
async function openSql(location, options = {}) {
  if (isServerUrl(location)) return openPostgres(location);
  try {
    return await openPglite(location === ":memory:" ? null : location, options);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the report store in ${location}: ${error.message}`);
  }
}

export {
  isServerUrl,
  redactUrl,
  StoreError,
  copyText,
  openSql
};
