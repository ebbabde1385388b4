// Bundles the entry points into dist/ (committed: the Action runs dist/action.js, `npm start` and the
// `maildns` bin run dist/cli.js). CI rebuilds and fails when the committed files differ.
import { build } from "esbuild";
import "./gen-rules.mjs";
import "./gen-schema-validator.mjs";
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entries = {
  index: "src/index.ts",
  cli: "src/cli/bin.ts",
  action: "src/action/main.ts",
  pulumi: "src/pulumi/index.ts",
};

const present = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(root + file)),
);

// Code the entry points share, and the libraries only some commands import on first use (`maildns reports`
// and `doctor`: the mail parsers, IMAP, PostgreSQL), go to chunks that are loaded when first imported, so
// `maildns lint` compiles only what it runs. Chunk names carry a hash of their content: a rebuild of the same
// sources gives the same files, and the folder is emptied first so no chunk of an earlier build is left.
rmSync(root + "dist/chunks", { recursive: true, force: true });

// ajv, as the policy loader imports it, is evaluated on first use, not when the bundle loads. The loader
// makes a validator only when a pack sets a rule's options (the shipped packs set none), but an import of a
// CommonJS package runs the package's code when the importing chunk loads: ajv and fast-uri, which it
// requires, were about 15 ms of every command's start (lint's with a warm cache included). The stand-in is
// a constructor that requires the real one when first called; `new` on it gives the real instance.
const lazyAjv = {
  name: "lazy-ajv",
  setup(plugin) {
    plugin.onResolve({ filter: /^ajv$/ }, (args) => (args.importer.endsWith("src/engine/policy.ts") && args.kind === "import-statement" ? { path: "ajv", namespace: "lazy-ajv" } : undefined));
    plugin.onLoad({ filter: /.*/, namespace: "lazy-ajv" }, () => ({
      contents: 'export function Ajv(...options) { const { Ajv: Real } = require("ajv"); return new Real(...options); }\n',
      resolveDir: root,
      loader: "js",
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: present,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  outExtension: { ".js": ".js" },
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  // Pulumi's SDK must be the runtime's own copy (it talks to the engine over gRPC), so it stays external.
  // PGlite, the report store's embedded engine, loads its WebAssembly and data files from beside its own
  // module, so it stays a package too (an optional peer: `maildns reports` says to install it). pg-native is
  // pg's optional native binding, never used. The report libraries are imported on first use by `maildns
  // reports` only, so the other commands start as before.
  external: ["@pulumi/pulumi", "@ovhcloud/pulumi-ovh", "@electric-sql/pglite", "pg-native"],
  banner: { js: "import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);" },
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
  plugins: [lazyAjv],
});

// The empty cluster a new embedded report store starts from (src/reports/empty-store.ts): copied byte for byte
// beside the bundle, where the code in dist/ and dist/chunks/ looks for it.
rmSync(root + "dist/empty-store", { recursive: true, force: true });
cpSync(root + "src/reports/empty-store", root + "dist/empty-store", { recursive: true });
