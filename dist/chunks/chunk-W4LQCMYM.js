import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);

// src/reports/sql.ts
import { mkdirSync } from "node:fs";
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
async function openPglite(directory) {
  const { PGlite } = await loadPglite();
  if (directory) mkdirSync(directory, { recursive: true });
  const options = { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"] };
  const db = directory ? new PGlite(directory, options) : new PGlite(options);
  await db.waitReady;
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
async function openSql(location) {
  if (isServerUrl(location)) return openPostgres(location);
  try {
    return await openPglite(location === ":memory:" ? null : location);
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
