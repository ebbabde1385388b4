// Two `lint --cache` runs sharing one cache file at once. The collision is arranged, not hoped for: the
// first run writes its report into a FIFO the test stops reading, so it is held after it has read the cache
// and before it saves it, while the second run (another policy pack: another key) replaces the cache, or
// while another program puts a link where the run would write its new cache aside.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, lstatSync, openSync, readFileSync, readSync, symlinkSync, writeFileSync } from "node:fs";
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

/**
 * Runs `lint ARGS --output report` (report: a FIFO in `dir`) and holds it once its report has begun (it has
 * read the cache, and waits on the full FIFO before saving it) while `meanwhile` runs with its process id;
 * then lets it end. Its exit status.
 */
async function lintHeldAfterReading(dir: string, args: readonly string[], meanwhile: (pid: number) => void): Promise<number | null | string> {
  expect(spawnSync("mkfifo", [join(dir, "report")], { timeout: 10_000 }).status).toBe(0);
  const reader = openSync(join(dir, "report"), constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const held = spawn(process.execPath, [cliPath, ...args, "--output", "report"], { cwd: dir, stdio: "ignore", env: { PATH: process.env.PATH ?? "" } });
    const exited = new Promise<number | null>((resolve) => held.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    try {
      await readFifo(reader, deadline, false);
      meanwhile(held.pid!);
      await readFifo(reader, deadline, true);
      return await Promise.race([exited, sleep(60_000).then(() => "still running")]);
    } finally {
      if (held.exitCode === null) held.kill("SIGKILL");
    }
  } finally {
    closeSync(reader);
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
    const status = await lintHeldAfterReading(dir, lint("strict-ptr.yaml"), () => {
      expect(runCli(lint("no-ptr.yaml"), { cwd: dir, timeoutMs: 60_000 }).status).toBe(0);
    });
    expect(status).toBe(1);
    // The no-ptr pack's cache must give what a fresh no-ptr lint gives: no spf-ptr on the changed file.
    const fresh = runCli(["lint", "stack", "--policy", "no-ptr.yaml", "--today", "2026-02-01", "-f", "json"], { cwd: dir, timeoutMs: 60_000 });
    const cached = runCli([...lint("no-ptr.yaml"), "-f", "json"], { cwd: dir, timeoutMs: 60_000 });
    expect((JSON.parse(cached.stdout) as { findings: { file: string; ruleId: string }[] }).findings.filter((f) => f.ruleId === "spf-ptr")).toEqual([]);
    expect(cached.stdout).toBe(fresh.stdout);
    expect(cached.status).toBe(0);
  });

  it("a file or a link another program put beside the cache, where a run would write its new cache aside, is never written through", { timeout: 120_000 }, async () => {
    const files: Record<string, string> = { "victim.txt": "not the cache's\n" };
    for (let i = 0; i < 600; i++) files[`stack/d${i}.yaml`] = withPtr(i);
    const dir = tempTree(files);
    // The name a run used to write its cache aside was the cache's and its process id, which a program
    // sharing the folder can guess (or another container's process with the same id uses).
    const status = await lintHeldAfterReading(dir, ["lint", "stack", "--cache", "--today", "2026-02-01"], (pid) => symlinkSync(join(dir, "victim.txt"), join(dir, `.maildnscache.${pid}.tmp`)));
    expect(status).toBe(0);
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("not the cache's\n");
    expect(lstatSync(join(dir, ".maildnscache")).isFile()).toBe(true);
    expect(readFileSync(join(dir, ".maildnscache"), "utf8")).toMatch(/^maildns-lint-cache /);
  });
});
