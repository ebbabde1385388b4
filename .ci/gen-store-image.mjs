// Writes src/reports/empty-store/: the empty PostgreSQL cluster a new embedded report store starts from
// (cluster.tar.br) and what it was made with (manifest.json). `npm run store-image`; run it again whenever
// the locked @electric-sql/pglite changes (test/reports/empty-store.test.ts fails until then).
//
// Why it exists: PGlite creates a cluster by running initdb as a second WebAssembly program beside a second
// PostgreSQL instance, and peaks at about 800 MiB doing so; unpacking this image and opening it as an existing
// store peaks near what opening any store costs (see README, "The store").
//
// The image is the data directory of a store PGlite has just created and shut down cleanly, exactly as
// maildns's own fallback creates one (`new PGlite(dir)`, PGlite's default initdb arguments), packed in a
// sorted order with no owners and no timestamps. Brotli, with the three near-identical databases (template0,
// template1, postgres) laid file beside file, stores them about once: about 1.6 MB against 4.5 MB for gzip
// of the same tar (and Node's zlib reads brotli). initdb itself is not
// reproducible (pg_control holds a system identifier made from the clock, and the checkpoint's time), so a
// run gives different bytes each time; the manifest records what must match the installed PGlite.
import { PGlite } from "@electric-sql/pglite";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants } from "node:zlib";
import * as tar from "tar";

const out = fileURLToPath(new URL("../src/reports/empty-store/", import.meta.url));
const require = createRequire(import.meta.url);
const pgliteVersion = JSON.parse(readFileSync(join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json"), "utf8")).version;

const work = mkdtempSync(join(tmpdir(), "maildns-empty-store-"));
try {
  const dataDir = join(work, "cluster");
  const db = new PGlite(dataDir);
  await db.waitReady;
  const [control] = (await db.query("SELECT pg_control_version, catalog_version_no FROM pg_control_system()")).rows;
  await db.close();

  const entries = [];
  let bytes = 0;
  const walk = (relative) => {
    for (const name of readdirSync(join(dataDir, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      // A lock file of a running server; PGlite removes it on close, but never ship one.
      if (path === "postmaster.pid") continue;
      entries.push(path);
      const stat = statSync(join(dataDir, path));
      if (stat.isDirectory()) walk(path);
      else bytes += stat.size;
    }
  };
  walk("");
  // Folders first, then each file of base/<database>/ beside the same file of the other databases: the three
  // databases are near copies, so a 1 MiB window finds each file's twin right before it.
  const sortKey = (path) => {
    const match = /^base\/(\d+)\/(.+)$/.exec(path);
    return match && statSync(join(dataDir, path)).isFile() ? `base/~${match[2]}/${match[1].padStart(10, "0")}` : path;
  };
  entries.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

  mkdirSync(out, { recursive: true });
  await tar.create(
    {
      cwd: dataDir,
      file: join(out, "cluster.tar.br"),
      portable: true,
      noMtime: true,
      noDirRecurse: true,
      // A 1 MiB window: the decoder allocates its window on the C heap of the process that unpacks, where a
      // 16 MiB one stayed resident after the unpacking (measured: about 30 MiB more for the ingest that followed).
      brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 20 } },
    },
    entries,
  );
  const manifest = {
    about: "The empty cluster a new embedded report store starts from (.ci/gen-store-image.mjs). Used only with this exact PGlite version.",
    pglite: pgliteVersion,
    postgres: readFileSync(join(dataDir, "PG_VERSION"), "utf8").trim(),
    pgControlVersion: Number(control.pg_control_version),
    catalogVersion: Number(control.catalog_version_no),
    files: entries.length,
    bytes,
    image: "cluster.tar.br",
  };
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${join("src/reports/empty-store", "cluster.tar.br")}: ${statSync(join(out, "cluster.tar.br")).size} bytes (${entries.length} entries, ${bytes} bytes unpacked) for PGlite ${pgliteVersion}, PostgreSQL ${manifest.postgres}, catalog ${manifest.catalogVersion}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
