import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";

/** Folders made outside a test, removed after the current test file by test/helpers/cleanup-setup.ts. */
const removeAfterFile = new Set<string>();

/**
 * Removes a temporary folder once it is no longer needed: at the end of the test that made it, or after the
 * test file when made outside a test (collection, a describe body, a beforeAll hook). An `afterAll`
 * registered from inside a running test or hook is never run, and a helper module's own top-level `afterAll`
 * runs for the first test file only (the suite shares modules between files: isolate is off), so either
 * alone leaves folders behind.
 */
export function removeWhenDone(path: string): void {
  try {
    onTestFinished(() => rmSync(path, { recursive: true, force: true }));
  } catch {
    // Not inside a test: onTestFinished refuses, and the file's last hook removes it.
    removeAfterFile.add(path);
  }
}

/** Removes a folder after the current test file, even when made inside a test for the tests after it. */
export function removeAfterTestFile(path: string): void {
  removeAfterFile.add(path);
}

/** Work to do after the current test file (a server-side schema to drop), for the same reason as above. */
const afterFile: (() => Promise<void>)[] = [];

/** Runs `work` after the current test file, after its own afterAll hooks (cleanup-setup.ts). */
export function afterTestFile(work: () => Promise<void>): void {
  afterFile.push(work);
}

/** Called once per test file, after its own afterAll hooks (cleanup-setup.ts); every piece runs, even after one fails. */
export async function endOfTestFile(): Promise<void> {
  const work = afterFile.splice(0);
  const failures = (await Promise.allSettled(work.map((w) => w()))).filter((r): r is PromiseRejectedResult => r.status === "rejected");
  removeFoldersOfFile();
  if (failures.length > 0) throw failures[0]!.reason;
}

function removeFoldersOfFile(): void {
  for (const path of removeAfterFile) rmSync(path, { recursive: true, force: true });
  removeAfterFile.clear();
}

/** A temporary folder with the given files, removed when done (removeWhenDone). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "maildns-test-"));
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  removeWhenDone(root);
  return root;
}

/**
 * A set-up several tests start from, made once for the test file instead of once per test: `fill` writes it
 * into a folder (kept until the file ends), and each call returns a copy of that folder of the caller's own
 * (.git and all, removed when done) with what `fill` returned. Made again when a later test file of the same
 * worker asks (the module is shared between files, and the folder was removed after the first).
 */
export function copiesOfFolder<T>(fill: (dir: string) => T): () => { dir: string; made: T } {
  let template: { dir: string; made: T } | null = null;
  return () => {
    if (!template || !existsSync(template.dir)) {
      const dir = mkdtempSync(join(tmpdir(), "maildns-template-"));
      removeAfterTestFile(dir);
      template = { dir, made: fill(dir) };
    }
    const dir = tempTree({});
    cpSync(template.dir, dir, { recursive: true });
    return { dir, made: template.made };
  };
}
