// The report store speaks one SQL dialect, PostgreSQL's, to one of two engines: PGlite (PostgreSQL compiled
// to WebAssembly, in-process, its files in a directory: the default, no server) or a PostgreSQL server
// through `pg` (for teams and scale). Both are loaded only when a `reports` command runs, so the rest of
// maildns starts as fast as before. Queries cast what they return (counts ::float8, dates through to_char as YYYY-MM-DD, whatever the
// session's DateStyle) so both engines hand back the same JavaScript values.
import { mkdirSync, rmSync, statfsSync } from "node:fs";
import type { Extension, PGlite } from "@electric-sql/pglite";
import { CredentialScrubber } from "../model/redact.js";
import { StoreError } from "./sql-error.js";
import { lockStore, type StoreLock } from "./store-lock.js";
import { isServerUrl, storeUrlProblem } from "./store-url.js";
import { createStoreWhole, emptyStoreTar, findEmptyStoreImage, imageRefusal, initdbNotice, installedPgliteVersion, isNewStoreDirectory, notAStoreProblem, removeInterruptedCreations, unpackEmptyStore, type EmptyStoreImage } from "./empty-store.js";

/** A column of a table `load` fills: its name and PostgreSQL type. */
export interface LoadColumn {
  name: string;
  type: "text" | "integer" | "bigint" | "boolean" | "date";
}

export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Appends rows to a table, given column by column (`values[c][r]`): COPY on the embedded engine (a third
   * of what the same rows cost through parameters), one INSERT of unnest()ed arrays on a server.
   */
  load(table: string, columns: readonly LoadColumn[], values: readonly (readonly unknown[])[]): Promise<void>;
  /** Runs `work` in one transaction: all of it, or none of it. */
  transaction<T>(work: (sql: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Where the store is, for messages: a directory, or the URL without its password. */
  readonly describe: string;
  readonly engine: "pglite" | "postgres";
  /**
   * Bytes free for the store's files on the disk that holds them (an embedded store in a folder), or null
   * where the store's engine sees to its own disk (a server, or nothing kept: ":memory:").
   */
  freeBytes(): number | null;
}

export { isServerUrl, storeUrlProblem };

/** A PostgreSQL URL as it may be printed: never its password, in any form. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    // `password`, and any other parameter carrying one (`sslpassword`, the key's passphrase).
    for (const name of [...parsed.searchParams.keys()]) if (/password/i.test(name)) parsed.searchParams.delete(name);
    return parsed.toString().replace(/:@/, "@");
  } catch {
    return "postgres://…";
  }
}

export { StoreError };

/** The password a PostgreSQL URL carries, in its user-info or as a `password` parameter, as written and decoded. */
function urlSecrets(url: string): string[] {
  const secrets: string[] = [];
  const userInfo = /^[a-z]+:\/\/([^@/?#]*)@/i.exec(url)?.[1];
  const colon = userInfo?.indexOf(":") ?? -1;
  if (userInfo !== undefined && colon >= 0) secrets.push(userInfo.slice(colon + 1));
  for (const match of url.matchAll(/[?&][a-z_]*password=([^&#]*)/gi)) secrets.push(match[1]!);
  const decoded = secrets.map((s) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  });
  return [...new Set([...secrets, ...decoded])].filter((s) => s !== "");
}

/**
 * A message of the PostgreSQL client or server with the store's URL shown without its password, and no
 * trace of the password left in any form model/redact.ts looks for (as written, decoded, percent-encoded,
 * base64, hex): a driver may echo the connection string, or the part of it it could not read.
 */
export function scrubStoreText(text: string, url: string): string {
  return new CredentialScrubber(urlSecrets(url), { minLength: 1 }).scrub(text.replaceAll(url, redactUrl(url)));
}

/** An error the store's engine raised (a dropped connection, a server shutting down, a full disk), said as the store's. */
function engineFailure(error: unknown, describe: string, scrub: (text: string) => string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  return new StoreError(`the report store ${describe} failed: ${scrub((error as Error)?.message ?? String(error))}`, sqlState);
}

/** PGlite is an optional peer of the maildns package (its WebAssembly cannot be bundled): say how to get it. */
async function loadPglite(): Promise<typeof import("@electric-sql/pglite")> {
  try {
    return await import("@electric-sql/pglite");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new StoreError("the embedded report store needs the package @electric-sql/pglite: run `npm install @electric-sql/pglite` beside maildns, or give --store postgres://… (a PostgreSQL server)");
  }
}

const COPY_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A value in COPY's text format (PostgreSQL manual, COPY, "Text Format"): \N for null, backslash escapes. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

/** The rows of `values` (column by column) as COPY text: one line per row, tabs between values. */
export function copyText(columns: number, values: readonly (readonly unknown[])[]): string {
  const rows = values[0]?.length ?? 0;
  const lines = new Array<string>(rows);
  for (let r = 0; r < rows; r++) {
    let line = copyValue(values[0]![r]);
    for (let c = 1; c < columns; c++) line += `\t${copyValue(values[c]![r])}`;
    lines[r] = line;
  }
  return rows === 0 ? "" : `${lines.join("\n")}\n`;
}

const columnList = (columns: readonly LoadColumn[]) => columns.map((c) => c.name).join(", ");

/** The server's `load`: the columns as arrays, expanded by unnest() (never near the 65,535-parameter limit). */
function unnestInsert(table: string, columns: readonly LoadColumn[]): string {
  return `INSERT INTO ${table} (${columnList(columns)}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`;
}

/** Options of `openSql`. */
export interface OpenOptions {
  /** Where a warning goes (the CLI: standard error): today only the one that a new store is made by initdb. */
  notice?: (message: string) => void;
  /**
   * The embedded engine stopped for good in the middle of a statement (engineStoppedError says when), and
   * this process cannot go on: it must say so and end, and never return (the store's lock is given back
   * before it is called). Without it, the message goes to standard error and the process ends with exit 2.
   */
  engineStopped?: (error: StoreError) => never;
  /** Bytes free on the disk holding a folder (default: statfs's figure for unprivileged users); for tests. */
  freeBytes?: (directory: string) => number;
}

let initdbNoticeGiven = false;

/** Says once per process that initdb, not the shipped image, makes the new store (empty-store.ts says why). */
function noticeInitdb(options: OpenOptions, reason: string): void {
  if (initdbNoticeGiven) return;
  initdbNoticeGiven = true;
  options.notice?.(initdbNotice(reason));
}

/** The shipped empty cluster when it suits the installed PGlite; otherwise null, after saying why once. */
function usableImage(options: OpenOptions): EmptyStoreImage | null {
  const image = findEmptyStoreImage();
  const refusal = imageRefusal(image, installedPgliteVersion());
  if (refusal) noticeInitdb(options, refusal);
  return refusal ? null : image;
}

/** Unpacks the image into a store folder that does not exist yet; on any failure, says so and returns false. */
async function createFromImage(image: EmptyStoreImage, directory: string, options: OpenOptions): Promise<boolean> {
  try {
    return await unpackEmptyStore(image, directory);
  } catch (error) {
    noticeInitdb(options, `the empty store image that ships with maildns could not be unpacked (${(error as Error).message})`);
    return false;
  }
}

/**
 * The last lines PostgreSQL logged (its PANIC or FATAL says why it stopped), and what to do when it aborts.
 * Emscripten calls `onAbort` when PostgreSQL ends itself (a PANIC calls abort()), and PGlite lets an
 * extension give the module's options (its documented `setup` returning `emscriptenOpts`).
 */
interface EngineWatch {
  lines: string[];
  aborted: () => void;
}

/** How many of PostgreSQL's last log lines are kept for the message of a start or a statement that failed. */
const LOG_LINES_KEPT = 8;

function watchExtension(watch: EngineWatch): Extension {
  return {
    name: "maildns-engine-watch",
    setup: async (_pg, emscriptenOpts: Record<string, unknown>) => ({
      emscriptenOpts: {
        ...emscriptenOpts,
        printErr: (text: string) => {
          watch.lines.push(String(text));
          if (watch.lines.length > LOG_LINES_KEPT) watch.lines.shift();
        },
        onAbort: () => watch.aborted(),
      },
    }),
  };
}

/** PostgreSQL's own word on why it stopped: its last PANIC or FATAL line, without the log line's prefix. */
export function engineLastWord(lines: readonly string[]): string | null {
  const line = [...lines].reverse().find((l) => /\b(PANIC|FATAL):/.test(l));
  return line ? line.replace(/^.*?\b(PANIC|FATAL):\s*/, "$1: ") : null;
}

/**
 * The sentence for an embedded engine that stopped: PostgreSQL stops (PANIC) when a write to its
 * write-ahead log fails, as on a full disk ("Disk Full Failure" in the PostgreSQL manual's chapter on
 * reliability: a full WAL disk makes the server panic and shut down); what was committed before is kept,
 * and the next start replays the log. `free` is the disk's free bytes, when known.
 */
export function engineStoppedError(describe: string, lastWord: string | null, free: number | null): StoreError {
  const full = (lastWord !== null && /No space left on device/i.test(lastWord)) || (free !== null && free < WAL_SEGMENT_BYTES);
  const why = full ? `the disk holding it is full (ENOSPC${free === null ? "" : `, ${mib(free)} free`})` : "PostgreSQL could not go on";
  return new StoreError(`the report store ${describe} stopped: ${why}${lastWord ? ` (${lastWord})` : ""}; what was committed before is kept, and the store is checked and repaired from its write-ahead log when it is next opened, which needs some ${mib(WAL_SEGMENT_BYTES)} free`, full ? DISK_FULL : undefined);
}

/** PostgreSQL's SQLSTATE disk_full (PostgreSQL manual, Appendix A, class 53). */
export const DISK_FULL = "53100";
/** The size of one of PostgreSQL's WAL segment files, which it writes whole before using it (wal_segment_size). */
export const WAL_SEGMENT_BYTES = 16 * 1024 * 1024;

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

/** Free bytes on the disk holding `directory`, as an unprivileged writer sees them (statfs's bavail). */
export function statfsFreeBytes(directory: string): number {
  const stats = statfsSync(directory);
  return stats.bavail * stats.bsize;
}

async function startPglite(directory: string | null, options: OpenOptions, watch: EngineWatch): Promise<PGlite> {
  const { PGlite } = await loadPglite();
  // PostgreSQL's default 128 MB of shared buffers is most of PGlite's memory; the store's queries scan
  // sequentially and the operating system caches the files anyway. The first ingest of 100,000 reports into
  // a new store peaked at 388 MiB (median of paired runs) with 32 MB and at 358 MiB with 16 MB, for about 4%
  // more CPU time; the summary of 10,000 domains took the same time with either.
  //
  // log_startup_progress_interval=0: the startup's progress timer (every 10 s while the store is recovered
  // from its write-ahead log) is an Emscripten timer in this process, and a start that failed (a recovery
  // that found the disk full) left it armed: the event loop never drained, and the command never ended.
  const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB", "-c", "log_startup_progress_interval=0"];
  const extensions = { engineWatch: watchExtension(watch) };
  const start = async (fromImage: EmptyStoreImage | null): Promise<PGlite> => {
    const pgOptions = directory === null && fromImage ? { startParams, extensions, loadDataDir: emptyStoreTar(fromImage) } : { startParams, extensions };
    const db = directory === null ? new PGlite(pgOptions) : new PGlite(directory, pgOptions);
    await db.waitReady;
    return db;
  };
  // initdb, when the image cannot make the store: into a folder beside it, started once (PGlite runs initdb
  // when the folder has no PG_VERSION) and closed, then renamed into place whole (empty-store.ts,
  // createStoreWhole); the store is then opened as any existing one. PGlite's initdb run in the store's own
  // folder and killed halfway (its 800 MiB peak is when a memory limit strikes) left a folder that no later
  // run could open.
  const byInitdb = async (folder: string): Promise<void> => {
    await createStoreWhole(
      folder,
      async (staging) => {
        const db = new PGlite(staging, { startParams, extensions });
        await db.waitReady;
        await db.close();
      },
      "PGlite's initdb",
    );
    mkdirSync(folder, { recursive: true });
  };
  let image: EmptyStoreImage | null = null;
  // A folder of other files is refused before PGlite sees it: it would run initdb among them.
  const notAStore = directory === null ? null : notAStoreProblem(directory);
  if (notAStore !== null) throw new StoreError(`cannot open the report store in ${directory}: ${notAStore}`);
  if (directory === null) image = usableImage(options);
  else if (isNewStoreDirectory(directory)) {
    // The lock is held (openPglite): what earlier creations of this store left beside it is a dead run's.
    removeInterruptedCreations(directory);
    const candidate = usableImage(options);
    if (candidate && (await createFromImage(candidate, directory, options))) image = candidate;
    else if (isNewStoreDirectory(directory)) await byInitdb(directory);
  }
  try {
    return await start(image);
  } catch (error) {
    if (!image) throw error;
    // PGlite refused the cluster made from the image (an image damaged in the install): remove what this call
    // made, and let initdb make the store as it would without an image.
    noticeInitdb(options, `PGlite could not start the empty store image that ships with maildns (${(error as Error).message})`);
    if (directory !== null) {
      rmSync(directory, { recursive: true, force: true });
      await byInitdb(directory);
    }
    return start(null);
  }
}

async function openPglite(directory: string | null, options: OpenOptions): Promise<SqlClient> {
  // One process at a time (store-lock.ts): taken before the folder is made or opened, given back on close.
  const lock: StoreLock | null = directory === null ? null : lockStore(directory);
  const describe = directory ?? "memory";
  const freeBytes = (): number | null => {
    if (directory === null) return null;
    try {
      return (options.freeBytes ?? statfsFreeBytes)(directory);
    } catch {
      return null;
    }
  };
  const watch: EngineWatch = {
    lines: [],
    // PostgreSQL aborted (a PANIC) inside a call PGlite made into it. PGlite swallows the abort and calls
    // PostgreSQL's main loop again for the rest of the message, and the aborted engine then spins on this
    // thread for ever (seen on a full disk: the WAL segment a COMMIT needed could not be written). Nothing
    // can run on this thread after returning from here, so the process is ended from here, with its report.
    aborted: () => {
      const error = engineStoppedError(describe, engineLastWord(watch.lines), freeBytes());
      lock?.release();
      (options.engineStopped ?? endProcess)(error);
    },
  };
  let db: PGlite;
  try {
    db = await startPglite(directory, options, watch);
  } catch (error) {
    lock?.release();
    // PGlite says only "failed to initialize properly": PostgreSQL's own FATAL says why (a recovery that
    // needed a WAL segment on a full disk), and the disk's free space whether the disk is the cause.
    const lastWord = engineLastWord(watch.lines);
    if (lastWord === null || error instanceof StoreError) throw error;
    const free = freeBytes();
    const full = /No space left on device/i.test(lastWord) || (free !== null && free < WAL_SEGMENT_BYTES);
    throw new StoreError(`cannot open the report store in ${describe}: PostgreSQL could not start it (${lastWord})${full ? `: the disk holding it is full (ENOSPC${free === null ? "" : `, ${mib(free)} free`}); free some space (at least ${mib(WAL_SEGMENT_BYTES)}) and run the command again: the store is repaired from its write-ahead log when it starts` : ""}`, full ? DISK_FULL : undefined);
  }
  const wrap = (runner: { query: typeof db.query }): SqlClient => ({
    describe,
    engine: "pglite",
    freeBytes,
    async query<T>(text: string, params: readonly unknown[] = []) {
      try {
        return (await runner.query<T>(text, [...params])).rows;
      } catch (error) {
        throw engineFailure(error, describe, (t) => t);
      }
    },
    async load(table, columns, values) {
      if ((values[0]?.length ?? 0) === 0) return;
      // PGlite reads COPY ... FROM '/dev/blob' from the blob given with the query.
      try {
        await runner.query(`COPY ${table} (${columnList(columns)}) FROM '/dev/blob'`, [], { blob: new Blob([copyText(columns.length, values)]) });
      } catch (error) {
        throw engineFailure(error, describe, (t) => t);
      }
    },
    async transaction(work) {
      let workFailure: unknown = undefined;
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
        // The work's own failure, after a ROLLBACK that went well, is the caller's as it was thrown. A failed
        // COMMIT, or a ROLLBACK that failed after the work did, comes from PGlite itself, not through
        // query(): said as the store's all the same, never as an internal error.
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
    },
  });
  return wrap(db);
}

async function openPostgres(url: string): Promise<SqlClient> {
  const { default: pg } = await import("pg");
  const describe = redactUrl(url);
  const scrub = (text: string) => scrubStoreText(text, url);
  let client: InstanceType<typeof pg.Client>;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, query_timeout: 300_000 });
  } catch (error) {
    // The URL itself could not be read (a port over 65535, an unclosed "[", a stray "%").
    throw new StoreError(`the report store URL ${describe} is not one PostgreSQL's client can read (${scrub((error as Error).message)}): write it as postgres://user[:password]@host[:port]/database, with any "@", ":", "/" or "%" in the password percent-encoded`);
  }
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new StoreError(`cannot connect to the report store ${describe}: ${scrub((error as Error).message)}`);
  }
  // A dropped connection reports through 'error'; the next query fails with the reason instead of a crash.
  client.on("error", () => undefined);
  let inTransaction = false;
  const sql: SqlClient = {
    describe,
    engine: "postgres",
    async query<T>(text: string, params: readonly unknown[] = []) {
      try {
        return (await client.query(text, [...params])).rows as T[];
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
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    close: () => client.end(),
    // The server sees to its own disk: a full one ends a statement with an error (SQLSTATE 53100) that
    // reaches the command as any other failure of the store.
    freeBytes: () => null,
  };
  return sql;
}

/** What an engine that stopped does without OpenOptions.engineStopped: its sentence on standard error, exit 2. */
function endProcess(error: StoreError): never {
  process.stderr.write(`maildns: ${error.message}\n`);
  process.exit(2);
}

/** Opens the store at a directory (PGlite), ":memory:" (PGlite, nothing kept), or a postgres:// URL. */
export async function openSql(location: string, options: OpenOptions = {}): Promise<SqlClient> {
  if (isServerUrl(location)) return openPostgres(location);
  try {
    return await openPglite(location === ":memory:" ? null : location, options);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the report store in ${location}: ${(error as Error).message}`);
  }
}
