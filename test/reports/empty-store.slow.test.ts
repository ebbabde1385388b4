// A new embedded store made from the empty cluster that ships with maildns (src/reports/empty-store.ts): it is
// the cluster PGlite's initdb makes, the store's migrations apply to it, and through the CLI a mismatched or
// damaged image falls back to initdb with one message. Slow tier: each case starts PGlite, and the fallbacks
// run initdb (seconds, and about 800 MiB each).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
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
  const start = startableBundle(root, change);
  return (args) => start(args).done;
}

/** As bundleWith, each run also handing back its process (to be killed in the middle). */
function startableBundle(root: string, change: (folder: string) => void): (args: string[]) => { child: ChildProcess; done: Promise<CliRun> } {
  const pkg = join(root, "maildns");
  mkdirSync(pkg);
  cpSync(join(repoRoot, "dist"), join(pkg, "dist"), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(pkg, "node_modules"), "dir");
  change(join(pkg, "dist", "empty-store"));
  return (args) => {
    const child = spawn(process.execPath, [join(pkg, "dist", "cli.js"), ...args], { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
    const done = new Promise<CliRun>((resolve, reject) => {
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
    return { child, done };
  };
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

/** The image made unusable (for another PGlite), so that a new store is made by initdb. */
const otherPglite = (folder: string) => {
  const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
  writeFileSync(join(folder, "manifest.json"), JSON.stringify({ ...manifest, pglite: "0.0.1" }));
};

/** The folders in `root` where a store named `store` is being made: the store's own, and any hidden one beside it. */
function creationFolders(root: string): string[] {
  return readdirSync(root)
    .filter((name) => name === "store" || name.startsWith(".store."))
    .map((name) => join(root, name));
}

const holdsAnything = (folder: string) => {
  try {
    return readdirSync(folder).length > 0;
  } catch {
    return false;
  }
};

/**
 * Runs `ingest` and kills it (SIGKILL, as an out-of-memory killer or a cancelled CI job does) as soon as
 * `reached` holds for a folder the store is being made in; true when it was killed there, false when the run
 * ended first. Polled every few milliseconds, for at most two minutes.
 */
async function killWhen(start: ReturnType<typeof startableBundle>, reached: (folder: string) => boolean, root: string): Promise<boolean> {
  const run = start(["reports", "ingest", "--store", "store", "-q", "--format", "json", "reports"]);
  let ended = false;
  void run.done.then(() => (ended = true));
  for (let i = 0; i < 24_000 && !ended; i++) {
    if (creationFolders(root).some(reached)) {
      run.child.kill("SIGKILL");
      await run.done;
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await run.done;
  return false;
}

// initdb writes the cluster file by file, PG_VERSION after the first folders and long before it is done: a
// run killed in between used to leave the store's folder holding files and no PG_VERSION, or a PG_VERSION and
// half a cluster, and every later run was refused ("not a report store") or could not start it.
describe("a new store made by initdb, killed while it is made", { timeout: 300_000 }, () => {
  // The first files appear while initdb runs (its 800 MiB peak, where a memory limit strikes), long before the
  // store can be in place: that kill always lands in the middle.
  for (const [when, reached, alwaysMidway] of [
    ["as its first files appear", holdsAnything, true],
    ["once PG_VERSION is written", (folder: string) => existsSync(join(folder, "PG_VERSION")), false],
  ] as const) {
    it(`${when}: the next run makes it whole and ingests, and nothing is left beside it`, async () => {
      const root = tempTree({ "reports/rfc7489.xml": fixture("rfc7489-appendix-c.xml") });
      const start = startableBundle(root, otherPglite);
      expect(await killWhen(start, reached, root)).toBe(true);
      const killedIn = creationFolders(root).map((f) => f.slice(root.length + 1));
      const again = await start(["reports", "ingest", "--store", "store", "-q", "--format", "json", "reports"]).done;
      // Killed before the rename (the folder aside is what it left): the next run makes the store again. A kill
      // that lands once the store is in place (PG_VERSION appears a little before) leaves it whole: no notice.
      const notice = `maildns reports: the empty store image that ships with maildns was made with PGlite 0.0.1, and PGlite ${installedPgliteVersion()} is installed: ${COST}\n`;
      const inPlace = !alwaysMidway && killedIn.includes("store");
      expect({ status: again.status, stderr: again.stderr }).toEqual({ status: 0, stderr: inPlace ? "" : notice });
      if (!inPlace) expect(killedIn).toEqual([expect.stringMatching(/^\.store\.creating-\d+-[0-9a-z]+$/)]);
      expect(JSON.parse(again.stdout)).toMatchObject({ added: 1, duplicates: 0, problems: [] });
      expect(creationFolders(root)).toEqual([join(root, "store")]);
      expect(readFileSync(join(root, "store", "PG_VERSION"), "utf8").trim()).toBe(image.manifest.postgres);
      const summary = await start(["reports", "summary", "--store", "store", "--today", "2025-12-05", "--days", "30", "-f", "json"]).done;
      expect(summary.stderr).toBe("");
      expect(JSON.parse(summary.stdout).domains).toMatchObject([{ domain: "example.com", messages: 123 }]);
    });
  }
});
