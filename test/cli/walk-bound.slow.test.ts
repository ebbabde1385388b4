// The walk for domain files is bounded as a whole, not only in depth: a stack folder with a link to `/` (or
// to any folder holding more than 200,000 entries) is refused with a usage error naming the path given,
// before any DNS question. Slow tier: making 200,000 entries takes from seconds to a minute, depending on the
// file system (test/engine/files.test.ts proves the same bound, made small, in the fast tier).
import { mkdtempSync, symlinkSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startDnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const clean = `domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n`;

describe("the walk for domain files is bounded as a whole", () => {
  it("a stack that links to a folder holding more than 200,000 entries: exit 2 before any DNS question, naming the path given and what to do", async () => {
    const root = tempTree({ "stack/example.com.yaml": clean });
    // 401 folders of 500 empty files each (not domain files): 200,901 entries, past the bound of 200,000.
    // Made and removed asynchronously, by this test: done synchronously they held the test worker's event
    // loop for as long as the disk took, so on a busy machine the runner's own messages timed out, and the
    // removal overran the 30 s an after-test hook gets.
    const big = mkdtempSync(join(tmpdir(), "maildns-walk-bound-"));
    try {
      for (let i = 0; i < 401; i++) {
        const folder = join(big, `f${i}`);
        await mkdir(folder);
        await Promise.all(Array.from({ length: 500 }, (_, j) => writeFile(join(folder, `x${j}`), "")));
      }
      symlinkSync(big, join(root, "stack/everything"));
      await checkRefused(root);
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  }, 300_000);
});

/** Both commands refuse the stack before any DNS question; run as child processes without blocking the worker. */
async function checkRefused(root: string): Promise<void> {
  const sentence = "stack: more than 200,000 entries below it (through symbolic links to folders too), so maildns stopped looking for domain files there before any DNS work: give a narrower path (the stack folder itself)";
  const lint = await runCliAsync(["lint", "stack"], { cwd: root, timeoutMs: 60_000 });
  expect(lint.stderr).toContain(sentence);
  expect(lint.status).toBe(2);
  const server = await startDnsServer({ zones: [] });
  try {
    const plan = await runCliAsync(["plan", "stack", "--resolver", `127.0.0.1:${server.port}`], { cwd: root, timeoutMs: 60_000 });
    expect(plan.stderr).toContain(sentence);
    expect(plan.status).toBe(2);
    expect(server.queries.count).toBe(0);
    // The stack itself, given alone, is read as usual.
    expect(runCli(["lint", "stack/example.com.yaml"], { cwd: root }).status).toBe(0);
  } finally {
    await server.close();
  }
}
