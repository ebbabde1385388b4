// Linting thousands of files is CPU-bound: on a machine with several cores the bundled CLI lints a share
// of the files in worker threads (design.md §8: thousands of domains in seconds). Each worker loads the
// same bundle, rebuilds the policy from its name, and sends back plain findings and models.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { loadPolicy } from "../config/policy.js";
import type { DomainModel } from "../model/types.js";
import type { DomainFileRef } from "./files.js";
import type { Finding, Rule } from "./types.js";

export interface FileOutcome {
  findings: Finding[];
  /** The model; workers leave it out (the CLI needs only the name) to keep the message small. */
  domain: DomainModel | null;
  domainName: string | null;
}

interface WorkerInput {
  kind: "maildns-lint";
  refs: DomainFileRef[];
  policy: string;
  cwd: string;
  today: string;
}

/** Below this many files threads cost more than they save. */
export const PARALLEL_THRESHOLD = 1500;

let enabled = false;

/**
 * Called by the CLI entry point only: a worker loads the very bundle the CLI runs from, so threads are used
 * where that bundle is a plain .js file a worker can load (not under a test runner's loader or in the Action).
 */
export function enableParallelLint(): void {
  enabled = import.meta.url.endsWith(".js");
}

export function canParallelize(fileCount: number): boolean {
  return enabled && fileCount >= PARALLEL_THRESHOLD && availableParallelism() > 1 && process.env.MAILDNS_THREADS !== "1";
}

/** Worker threads besides the main thread (MAILDNS_THREADS counts all threads; 1 turns them off). */
export function workerCount(): number {
  const fromEnv = Number(process.env.MAILDNS_THREADS);
  return Math.max(1, Math.min(8, Number.isInteger(fromEnv) && fromEnv > 1 ? fromEnv - 1 : availableParallelism() - 1));
}

/** Lints `refs` in one worker thread; resolves with one outcome per file, in order. */
export function lintInWorker(refs: DomainFileRef[], policy: string, cwd: string, today: string): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { kind: "maildns-lint", refs, policy, cwd, today };
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: input, argv: [], stdout: false, stderr: false });
    let done = false;
    worker.once("message", (outcomes: FileOutcome[]) => {
      done = true;
      resolve(outcomes);
      void worker.terminate();
    });
    worker.once("error", (error) => reject(error));
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`lint worker exited with code ${code} before finishing`));
    });
  });
}

/** Set by run.ts, which owns the per-file linting, so this module does not import it back. */
let lintChunk: ((refs: DomainFileRef[], policy: string, cwd: string, today: string) => Promise<FileOutcome[]>) | null = null;

export function registerChunkLinter(fn: typeof lintChunk, rules: readonly Rule[]): void {
  lintChunk = fn;
  if (!isMainThread && (workerData as WorkerInput | undefined)?.kind === "maildns-lint" && parentPort) {
    const input = workerData as WorkerInput;
    // Fail fast on a broken pack: the main thread already loaded it, so this only guards against surprises.
    loadPolicy(input.policy, rules, input.cwd);
    void lintChunk!(input.refs, input.policy, input.cwd, input.today).then((outcomes) =>
      parentPort!.postMessage(outcomes.map((o) => ({ findings: o.findings, domain: null, domainName: o.domainName }))),
    );
  }
}
