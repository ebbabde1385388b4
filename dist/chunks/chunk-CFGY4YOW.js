import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  isServerUrl
} from "./chunk-WU3C45DH.js";
import {
  StoreError
} from "./chunk-NZFSRXEO.js";
import {
  CredentialScrubber
} from "./chunk-OC3V6NJJ.js";
import {
  createStoreWhole,
  emptyStoreTar,
  findEmptyStoreImage,
  imageRefusal,
  initdbNotice,
  installedPgliteVersion,
  isNewStoreDirectory,
  notAStoreProblem,
  removeInterruptedCreations,
  unpackEmptyStore
} from "./chunk-ADMPPJDQ.js";

// src/reports/sql.ts
import { mkdirSync as mkdirSync2, rmSync as rmSync2, statfsSync } from "node:fs";

// src/reports/store-lock.ts
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var WRITING_GRACE_MS = 5e3;
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function holder(path) {
  let text;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch (error) {
    if (error.code === "ENOENT") return { held: null, text: null };
    throw error;
  }
  return { held: judge(path, text), text };
}
function judge(path, text) {
  if (text === "") {
    const age = Date.now() - statSync(path, { throwIfNoEntry: false }).mtimeMs;
    return age < WRITING_GRACE_MS ? "writing" : null;
  }
  const pid = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(pid)) return null;
  return alive(pid) ? pid : null;
}
function lockStore(directory) {
  const path = `${directory}.lock`;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot make the folder of the report store ${directory}: ${error.code ?? error.message}`);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}
`, { flag: "wx", mode: 384 });
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          try {
            if (readFileSync(path, "utf8").trim() === String(process.pid)) rmSync(path, { force: true });
          } catch {
          }
        }
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw new StoreError(`cannot lock the report store ${directory}: ${error.code ?? error.message} on ${path}`);
    }
    let held;
    let text;
    try {
      ({ held, text } = holder(path));
    } catch (error) {
      throw new StoreError(`cannot lock the report store ${directory}: ${error.code ?? error.message} on ${path}`);
    }
    if (held !== null) {
      const who = held === "writing" ? "another maildns process" : held === process.pid ? "this process" : `another maildns process (pid ${held})`;
      throw new StoreError(`the report store ${directory} is in use by ${who}: an embedded store takes one command at a time (a PostgreSQL server takes several); wait for it to end, or remove ${path} if no such process runs`);
    }
    if (text !== null) takeOverStale(path, text);
  }
  throw new StoreError(`cannot lock the report store ${directory}: ${path} keeps coming back; another process is taking it`);
}
function takeOverStale(path, judged) {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
  let moved = null;
  try {
    moved = readFileSync(aside, "utf8").trim();
  } catch {
  }
  if (moved !== judged) {
    try {
      linkSync(aside, path);
    } catch {
    }
  }
  rmSync(aside, { force: true });
  return moved === judged;
}

// src/reports/sql.ts
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    for (const name of [...parsed.searchParams.keys()]) if (/password/i.test(name)) parsed.searchParams.delete(name);
    return parsed.toString().replace(/:@/, "@");
  } catch {
    return "postgres://…";
  }
}
function urlSecrets(url) {
  const secrets = [];
  const userInfo = /^[a-z]+:\/\/([^@/?#]*)@/i.exec(url)?.[1];
  const colon = userInfo?.indexOf(":") ?? -1;
  if (userInfo !== void 0 && colon >= 0) secrets.push(userInfo.slice(colon + 1));
  for (const match of url.matchAll(/[?&][a-z_]*password=([^&#]*)/gi)) secrets.push(match[1]);
  const decoded = secrets.map((s) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  });
  return [.../* @__PURE__ */ new Set([...secrets, ...decoded])].filter((s) => s !== "");
}
function scrubStoreText(text, url) {
  return new CredentialScrubber(urlSecrets(url), { minLength: 1 }).scrub(text.replaceAll(url, redactUrl(url)));
}
function engineFailure(error, describe, scrub) {
  if (error instanceof StoreError) return error;
  const code = error?.code;
  const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : void 0;
  return new StoreError(`the report store ${describe} failed: ${scrub(error?.message ?? String(error))}`, sqlState);
}
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
var LOG_LINES_KEPT = 8;
function watchExtension(watch) {
  return {
    name: "maildns-engine-watch",
    setup: async (_pg, emscriptenOpts) => ({
      emscriptenOpts: {
        ...emscriptenOpts,
        printErr: (text) => {
          watch.lines.push(String(text));
          if (watch.lines.length > LOG_LINES_KEPT) watch.lines.shift();
        },
        onAbort: () => watch.aborted()
      }
    })
  };
}
function engineLastWord(lines) {
  const line = [...lines].reverse().find((l) => /\b(PANIC|FATAL):/.test(l));
  return line ? line.replace(/^.*?\b(PANIC|FATAL):\s*/, "$1: ") : null;
}
function engineStoppedError(describe, lastWord, free) {
  const full = lastWord !== null && /No space left on device/i.test(lastWord) || free !== null && free < WAL_SEGMENT_BYTES;
  const why = full ? `the disk holding it is full (ENOSPC${free === null ? "" : `, ${mib(free)} free`})` : "PostgreSQL could not go on";
  return new StoreError(`the report store ${describe} stopped: ${why}${lastWord ? ` (${lastWord})` : ""}; what was committed before is kept, and the store is checked and repaired from its write-ahead log when it is next opened, which needs some ${mib(WAL_SEGMENT_BYTES)} free`, full ? DISK_FULL : void 0);
}
var DISK_FULL = "53100";
var WAL_SEGMENT_BYTES = 16 * 1024 * 1024;
var mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
function statfsFreeBytes(directory) {
  const stats = statfsSync(directory);
  return stats.bavail * stats.bsize;
}
async function startPglite(directory, options, watch) {
  const { PGlite } = await loadPglite();
  const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB", "-c", "log_startup_progress_interval=0"];
  const extensions = { engineWatch: watchExtension(watch) };
  const start = async (fromImage) => {
    const pgOptions = directory === null && fromImage ? { startParams, extensions, loadDataDir: emptyStoreTar(fromImage) } : { startParams, extensions };
    const db = directory === null ? new PGlite(pgOptions) : new PGlite(directory, pgOptions);
    await db.waitReady;
    return db;
  };
  const byInitdb = async (folder) => {
    await createStoreWhole(
      folder,
      async (staging) => {
        const db = new PGlite(staging, { startParams, extensions });
        await db.waitReady;
        await db.close();
      },
      "PGlite's initdb"
    );
    mkdirSync2(folder, { recursive: true });
  };
  let image = null;
  const notAStore = directory === null ? null : notAStoreProblem(directory);
  if (notAStore !== null) throw new StoreError(`cannot open the report store in ${directory}: ${notAStore}`);
  if (directory === null) image = usableImage(options);
  else if (isNewStoreDirectory(directory)) {
    removeInterruptedCreations(directory);
    const candidate = usableImage(options);
    if (candidate && await createFromImage(candidate, directory, options)) image = candidate;
    else if (isNewStoreDirectory(directory)) await byInitdb(directory);
  }
  try {
    return await start(image);
  } catch (error) {
    if (!image) throw error;
    noticeInitdb(options, `PGlite could not start the empty store image that ships with maildns (${error.message})`);
    if (directory !== null) {
      rmSync2(directory, { recursive: true, force: true });
      await byInitdb(directory);
    }
    return start(null);
  }
}
async function openPglite(directory, options) {
  const lock = directory === null ? null : lockStore(directory);
  const describe = directory ?? "memory";
  const freeBytes = () => {
    if (directory === null) return null;
    try {
      return (options.freeBytes ?? statfsFreeBytes)(directory);
    } catch {
      return null;
    }
  };
  const watch = {
    lines: [],
    // PostgreSQL aborted (a PANIC) inside a call PGlite made into it. PGlite swallows the abort and calls
    // PostgreSQL's main loop again for the rest of the message, and the aborted engine then spins on this
    // thread for ever (seen on a full disk: the WAL segment a COMMIT needed could not be written). Nothing
    // can run on this thread after returning from here, so the process is ended from here, with its report.
    aborted: () => {
      const error = engineStoppedError(describe, engineLastWord(watch.lines), freeBytes());
      lock?.release();
      (options.engineStopped ?? endProcess)(error);
    }
  };
  let db;
  try {
    db = await startPglite(directory, options, watch);
  } catch (error) {
    lock?.release();
    const lastWord = engineLastWord(watch.lines);
    if (lastWord === null || error instanceof StoreError) throw error;
    const free = freeBytes();
    const full = /No space left on device/i.test(lastWord) || free !== null && free < WAL_SEGMENT_BYTES;
    throw new StoreError(`cannot open the report store in ${describe}: PostgreSQL could not start it (${lastWord})${full ? `: the disk holding it is full (ENOSPC${free === null ? "" : `, ${mib(free)} free`}); free some space (at least ${mib(WAL_SEGMENT_BYTES)}) and run the command again: the store is repaired from its write-ahead log when it starts` : ""}`, full ? DISK_FULL : void 0);
  }
  const wrap = (runner) => ({
    describe,
    engine: "pglite",
    freeBytes,
    async query(text, params = []) {
      try {
        return (await runner.query(text, [...params])).rows;
      } catch (error) {
        throw engineFailure(error, describe, (t) => t);
      }
    },
    async load(table, columns, values) {
      if ((values[0]?.length ?? 0) === 0) return;
      try {
        await runner.query(`COPY ${table} (${columnList(columns)}) FROM '/dev/blob'`, [], { blob: new Blob([copyText(columns.length, values)]) });
      } catch (error) {
        throw engineFailure(error, describe, (t) => t);
      }
    },
    async transaction(work) {
      let workFailure = void 0;
      try {
        return await db.transaction(async (tx) => {
          try {
            return await work(wrap(tx));
          } catch (error) {
            workFailure = error;
            throw error;
          }
        });
      } catch (error) {
        if (error === workFailure) throw error;
        throw engineFailure(error, describe, (t) => t);
      }
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    }
  });
  return wrap(db);
}
async function openPostgres(url) {
  const { default: pg } = await import("./esm-P3K3SCZ6.js");
  const describe = redactUrl(url);
  const scrub = (text) => scrubStoreText(text, url);
  let client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1e4, query_timeout: 3e5 });
  } catch (error) {
    throw new StoreError(`the report store URL ${describe} is not one PostgreSQL's client can read (${scrub(error.message)}): write it as postgres://user[:password]@host[:port]/database, with any "@", ":", "/" or "%" in the password percent-encoded`);
  }
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => void 0);
    throw new StoreError(`cannot connect to the report store ${describe}: ${scrub(error.message)}`);
  }
  client.on("error", () => void 0);
  let inTransaction = false;
  const sql = {
    describe,
    engine: "postgres",
    async query(text, params = []) {
      try {
        return (await client.query(text, [...params])).rows;
      } catch (error) {
        throw engineFailure(error, describe, scrub);
      }
    },
    async load(table, columns, values) {
      if ((values[0]?.length ?? 0) === 0) return;
      try {
        await client.query(unnestInsert(table, columns), [...values]);
      } catch (error) {
        throw engineFailure(error, describe, scrub);
      }
    },
    async transaction(work) {
      if (inTransaction) return work(sql);
      inTransaction = true;
      try {
        await sql.query("BEGIN");
        const result = await work(sql);
        await sql.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => void 0);
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    close: () => client.end(),
    // The server sees to its own disk: a full one ends a statement with an error (SQLSTATE 53100) that
    // reaches the command as any other failure of the store.
    freeBytes: () => null
  };
  return sql;
}
function endProcess(error) {
  process.stderr.write(`maildns: ${error.message}
`);
  process.exit(2);
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
  redactUrl,
  scrubStoreText,
  copyText,
  engineLastWord,
  engineStoppedError,
  DISK_FULL,
  WAL_SEGMENT_BYTES,
  mib,
  statfsFreeBytes,
  openSql
};
