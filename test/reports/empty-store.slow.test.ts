// A new embedded store made from the empty cluster that ships with maildns (src/reports/empty-store.ts): it is
// the cluster PGlite's initdb makes, the store's migrations apply to it, and through the CLI a mismatched or
// damaged image falls back to initdb with one message. Slow tier: each case starts PGlite, and the fallbacks
// run initdb (seconds, and about 800 MiB each).
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import * as tar from "tar";
import { describe, expect, it } from "vitest";
import { findEmptyStoreImage, installedPgliteVersion } from "../../src/reports/empty-store.js";
import { MIGRATIONS } from "../../src/reports/migrations.js";
import { openSql } from "../../src/reports/sql.js";
import { ReportStore } from "../../src/reports/store.js";
import { repoRoot, type CliRun } from "../helpers/cli.js";
import { fixture } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";

const image = findEmptyStoreImage()!;

/** What identifies a cluster's make: control file and catalog versions, server version, databases, catalog. */
async function describeCluster(query: (text: string) => Promise<Record<string, unknown>[]>) {
  return {
    control: await query("SELECT pg_control_version, catalog_version_no FROM pg_control_system()"),
    server: await query("SELECT current_setting('server_version_num') AS version, current_setting('server_encoding') AS encoding"),
    databases: await query("SELECT datname, pg_encoding_to_char(encoding) AS encoding, datcollate, datctype, datlocprovider FROM pg_database ORDER BY datname"),
    relations: await query("SELECT relkind, count(*)::int AS n FROM pg_class GROUP BY relkind ORDER BY relkind"),
  };
}

describe("a store made from the shipped empty cluster", { timeout: 180_000 }, () => {
  const root = tempTree({});

  it("is the cluster PGlite's initdb makes, and takes the store's migrations", async () => {
    const notices: string[] = [];
    const fromImage = await openSql(join(root, "from-image"), { notice: (m) => notices.push(m) });
    const made = await describeCluster((text) => fromImage.query(text));
    await fromImage.close();
    expect(notices).toEqual([]);

    const byInitdb = new PGlite(join(root, "by-initdb"));
    await byInitdb.waitReady;
    const reference = await describeCluster(async (text) => (await byInitdb.query<Record<string, unknown>>(text)).rows);
    await byInitdb.close();

    expect(made).toEqual(reference);
    expect(made.control).toEqual([{ pg_control_version: image.manifest.pgControlVersion, catalog_version_no: image.manifest.catalogVersion }]);
    expect(readFileSync(join(root, "from-image", "PG_VERSION"), "utf8").trim()).toBe(image.manifest.postgres);

    const store = await ReportStore.open(join(root, "from-image"));
    const versions = await store.sql.query<{ version: number }>("SELECT max(version)::int AS version FROM schema_migrations");
    await store.close();
    expect(versions).toEqual([{ version: MIGRATIONS[MIGRATIONS.length - 1]!.version }]);
  });
});

/** maildns's bundle copied beside the repository's packages, its image replaced by `change`, run as a user would. */
function bundleWith(root: string, change: (folder: string) => void): (args: string[]) => Promise<CliRun> {
  const pkg = join(root, "maildns");
  mkdirSync(pkg);
  cpSync(join(repoRoot, "dist"), join(pkg, "dist"), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(pkg, "node_modules"), "dir");
  change(join(pkg, "dist", "empty-store"));
  return (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(pkg, "dist", "cli.js"), ...args], { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
      child.on("error", reject);
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
}

const COST = "creating the new report store with PGlite's own initdb instead (slower, and about 800 MiB of memory this once; a maildns release made for this PGlite avoids it)";

describe("a new store when the shipped image cannot be used", { timeout: 300_000 }, () => {
  it("is made by initdb after one message, when the image is for another PGlite, and works", async () => {
    const root = tempTree({ "reports/rfc7489.xml": fixture("rfc7489-appendix-c.xml") });
    const maildns = bundleWith(root, (folder) => {
      const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
      writeFileSync(join(folder, "manifest.json"), JSON.stringify({ ...manifest, pglite: "0.0.1" }));
    });
    const ingest = await maildns(["reports", "ingest", "--store", "store", "-q", "--format", "json", "reports"]);
    expect(ingest.stderr).toBe(`maildns reports: the empty store image that ships with maildns was made with PGlite 0.0.1, and PGlite ${installedPgliteVersion()} is installed: ${COST}\n`);
    expect(ingest.status).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ added: 1, duplicates: 0, problems: [] });
    // The store exists now: opening it needs neither the image nor initdb, and says nothing.
    const summary = await maildns(["reports", "summary", "--store", "store", "--today", "2025-12-05", "--days", "30", "-f", "json"]);
    expect(summary.stderr).toBe("");
    expect(summary.status).toBe(0);
    expect(JSON.parse(summary.stdout).domains).toMatchObject([{ domain: "example.com", messages: 123 }]);
  });

  it("is made by initdb after one message, when the image is damaged, and works", async () => {
    const root = tempTree({ "reports/rfc7489.xml": fixture("rfc7489-appendix-c.xml") });
    const maildns = bundleWith(root, (folder) => {
      const data = readFileSync(join(folder, "cluster.tar.br"));
      writeFileSync(join(folder, "cluster.tar.br"), data.subarray(0, data.length >> 1));
    });
    const ingest = await maildns(["reports", "ingest", "--store", "store", "-q", "--format", "json", "reports"]);
    expect(ingest.stderr).toMatch(/^maildns reports: the empty store image that ships with maildns could not be unpacked \([^\n]+\): creating the new report store with PGlite's own initdb instead/);
    expect(ingest.stderr.split("\n")).toHaveLength(2);
    expect(ingest.status).toBe(0);
    const summary = await maildns(["reports", "summary", "--store", "store", "--today", "2025-12-05", "--days", "30", "-f", "json"]);
    expect(summary.stderr).toBe("");
    expect(JSON.parse(summary.stdout).domains).toMatchObject([{ domain: "example.com", messages: 123 }]);
  });

  it("is made by initdb after one message, when PGlite refuses the unpacked cluster, and works", async () => {
    const root = tempTree({ "reports/rfc7489.xml": fixture("rfc7489-appendix-c.xml") });
    // A whole archive, as its manifest describes it, of a cluster this PostgreSQL will not start: PG_VERSION
    // says 17 (same length, so the manifest's byte count still holds).
    const cluster = join(root, "cluster");
    mkdirSync(cluster);
    await tar.extract({ file: image.path, cwd: cluster, brotli: true });
    writeFileSync(join(cluster, "PG_VERSION"), "17\n");
    const entries: string[] = [];
    await tar.list({ file: image.path, brotli: true, onReadEntry: (e) => entries.push(e.path) });
    await tar.create({ cwd: cluster, file: join(root, "cluster.tar"), portable: true, noDirRecurse: true }, entries);
    const maildns = bundleWith(root, (folder) => {
      // Brotli's fastest level: the test needs a valid archive, not a small one.
      writeFileSync(join(folder, "cluster.tar.br"), brotliCompressSync(readFileSync(join(root, "cluster.tar")), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
    });
    const ingest = await maildns(["reports", "ingest", "--store", "store", "-q", "--format", "json", "reports"]);
    expect(ingest.stderr).toMatch(/^maildns reports: PGlite could not start the empty store image that ships with maildns \([^\n]+\): creating the new report store with PGlite's own initdb instead/);
    expect(ingest.stderr.split("\n")).toHaveLength(2);
    expect(ingest.status).toBe(0);
    expect(readFileSync(join(root, "store", "PG_VERSION"), "utf8").trim()).toBe(image.manifest.postgres);
    const summary = await maildns(["reports", "summary", "--store", "store", "--today", "2025-12-05", "--days", "30", "-f", "json"]);
    expect(summary.stderr).toBe("");
    expect(JSON.parse(summary.stdout).domains).toMatchObject([{ domain: "example.com", messages: 123 }]);
  });
});
