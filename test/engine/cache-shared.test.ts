// Two `lint --cache` runs sharing one cache file at once. The collision is arranged, not hoped for: the
// first run writes its report into a FIFO the test stops reading, so it is held after it has read the cache
// and before it saves it, while the second run (another policy pack: another key) replaces the cache.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, openSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

/** A domain file with an spf-ptr warning (under a pack that keeps that rule) and a few more findings. */
const withPtr = (i: number, mx = `mx.d${i}.example.`) => `domain: d${i}.example\nmail: { provider: external }\nmx: [{ host: ${mx}, priority: 10 }]\nspf: "v=spf1 ptr -all"\n`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads a FIFO opened without blocking: `first` resolves once one octet came (the writer is past its
 * start), `drain` reads to the end (the writer closed it). Both bounded by `deadline`.
 */
async function readFifo(fd: number, deadline: number, untilEnd: boolean): Promise<void> {
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    if (Date.now() > deadline) throw new Error("the FIFO's writer did not get there in time");
    let n: number;
    try {
      n = readSync(fd, buffer, 0, untilEnd ? buffer.length : 1, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      await sleep(10);
      continue;
    }
    if (!untilEnd && n > 0) return;
    if (untilEnd && n === 0) return;
  }
}

describe("two lints sharing one --cache file", () => {
  it("a run that read the cache of its key never appends its lines to the cache another key's run put in its place", { timeout: 120_000 }, async () => {
    // 600 files, so that the first run's report (text, three findings each) is far more than a FIFO holds.
    const files: Record<string, string> = { "strict-ptr.yaml": "extends: ovh\nrules:\n  spf-ptr: error\n", "no-ptr.yaml": "extends: ovh\nrules:\n  spf-ptr: off\n" };
    for (let i = 0; i < 600; i++) files[`stack/d${i}.yaml`] = withPtr(i);
    const dir = tempTree(files);
    const lint = (pack: string, extra: string[] = []) => ["lint", "stack", "--cache", "--policy", pack, "--today", "2026-02-01", ...extra];
    expect(runCli(lint("strict-ptr.yaml"), { cwd: dir, timeoutMs: 60_000 }).status).toBe(1);
    // One file changed: the next strict-ptr run appends its line to the cache rather than writing it anew.
    writeFileSync(join(dir, "stack/d0.yaml"), withPtr(0, "mx2.d0.example."));
    expect(spawnSync("mkfifo", [join(dir, "report")], { timeout: 10_000 }).status).toBe(0);
    const reader = openSync(join(dir, "report"), constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const first = spawn(process.execPath, [cliPath, ...lint("strict-ptr.yaml", ["--output", "report"])], { cwd: dir, stdio: "ignore", env: { PATH: process.env.PATH ?? "" } });
      const exited = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
      const deadline = Date.now() + 60_000;
      try {
        // Its report has begun: it has read the cache; it now waits on the full FIFO, before its save.
        await readFifo(reader, deadline, false);
        const other = runCli(lint("no-ptr.yaml"), { cwd: dir, timeoutMs: 60_000 });
        expect(other.status).toBe(0);
        await readFifo(reader, deadline, true);
        expect(await Promise.race([exited, sleep(60_000).then(() => "still running")])).toBe(1);
      } finally {
        if (first.exitCode === null) first.kill("SIGKILL");
      }
    } finally {
      closeSync(reader);
    }
    // The no-ptr pack's cache must give what a fresh no-ptr lint gives: no spf-ptr on the changed file.
    const fresh = runCli(["lint", "stack", "--policy", "no-ptr.yaml", "--today", "2026-02-01", "-f", "json"], { cwd: dir, timeoutMs: 60_000 });
    const cached = runCli([...lint("no-ptr.yaml"), "-f", "json"], { cwd: dir, timeoutMs: 60_000 });
    expect((JSON.parse(cached.stdout) as { findings: { file: string; ruleId: string }[] }).findings.filter((f) => f.ruleId === "spf-ptr")).toEqual([]);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.status).toBe(0);
  });
});
