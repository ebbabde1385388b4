import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeAfterTestFile } from "./tmp.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = `${repoRoot}dist/cli.js`;
/**
 * The per-test bound for a test that runs the CLI several times in a row (each run a Node process, some
 * waiting out a resolver's timeouts): a few seconds each on a quiet machine, but on a loaded CI runner the
 * sum passed the suite's 20 s default. A bound against hangs, not a performance target.
 */
export const SEVERAL_RUNS_TIMEOUT_MS = 60_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (built by `npm test`'s pretest step) as a subprocess, like a user would. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number; user?: { uid: number; gid: number } } = {}): CliRun {
  const result = spawnSync(process.execPath, [options.user ? cliPathFor(options.user) : cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeoutMs ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Who runs the CLI where a test needs permissions to hold (a file it may not read): as root they do not,
 * so a root test run starts the CLI as the unprivileged `nobody` (65534), whose files the test makes
 * readable to all but the one it means to deny; anyone else runs it as themselves.
 */
export function unprivilegedUser(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** Packages the bundle does not carry but a command loads at run time (the build's `external`, less Pulumi's). */
const RUNTIME_PACKAGES = ["@electric-sql/pglite"];

/** The bundle `user` runs, once found (cliPathFor). */
let cliForUser: string | null = null;

/**
 * The CLI as `user` can run it: the repository's own bundle, or, when the checkout sits in a folder closed to
 * that user (a clean clone in a private temporary folder, as CI makes), a copy of what the installed package
 * runs (dist/, the packs in policies/, package.json, the embedded store's package) in a folder everyone may
 * read, removed after the test file (and made again by the next file that needs it).
 */
function cliPathFor(user: { uid: number; gid: number }): string {
  if (cliForUser && existsSync(cliForUser)) return cliForUser;
  const probe = spawnSync(process.execPath, [cliPath, "--version"], { uid: user.uid, gid: user.gid, encoding: "utf8", timeout: 20_000 });
  if (probe.status === 0) return (cliForUser = cliPath);
  const copy = mkdtempSync(join(tmpdir(), "maildns-cli-"));
  removeAfterTestFile(copy);
  for (const part of ["dist", "policies", "package.json"]) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
  // The package the bundle leaves out and loads for the embedded report store (`reports --store :memory:`),
  // installed beside it as npm would.
  for (const name of RUNTIME_PACKAGES) cpSync(join(repoRoot, "node_modules", name), join(copy, "node_modules", name), { recursive: true });
  chmodSync(copy, 0o755);
  return (cliForUser = join(copy, "dist/cli.js"));
}
