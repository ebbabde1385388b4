// Heap checks run in a process of their own: a snapshot of the test worker itself would take every module and
// fixture of the files before it (the suite shares modules between files), and V8 takes a snapshot in one
// synchronous step, during which the worker cannot answer the test runner (it gives up after a minute).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface ProbeRun {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

// The packages the product's own bundle leaves out (.ci/build.mjs), left out here too and loaded from
// node_modules if a probe ever imports them. Bundled, Pulumi's SDK alone brings in 16 MB of code (the
// TypeScript compiler among it) that the probes never run, and V8 walks all of it in every snapshot: a plan
// probe's snapshot took about 20 s with it and about 1 s without.
const EXTERNAL = ["@pulumi/pulumi", "@ovhcloud/pulumi-ovh", "@electric-sql/pglite", "pg-native"];

/**
 * Bundles `script` (TypeScript; imports resolve from the repository's root, e.g. "./src/reports/parse.ts")
 * and runs it in a new Node process with `args`, without blocking this one. Killed at `timeoutMs`.
 */
export async function runScriptInChild(script: string, args: readonly string[], timeoutMs: number): Promise<ProbeRun> {
  // Beside the repository's packages, so that the external ones resolve from the bundle.
  const cache = join(repoRoot, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, "maildns-probe-"));
  try {
    const bundle = join(work, "probe.mjs");
    await build({
      stdin: { contents: script, resolveDir: repoRoot, loader: "ts", sourcefile: "probe.ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      external: EXTERNAL,
      logLevel: "silent",
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    return await new Promise<ProbeRun>((resolve, reject) => {
      const child = spawn(process.execPath, [bundle, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (status, signal) => {
        clearTimeout(timer);
        resolve({ stdout, stderr, status, signal });
      });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
