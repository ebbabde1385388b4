// Ctrl-C (SIGINT) or a cancelled CI job (SIGTERM) in the middle of plan, audit or import: the lookups still
// waiting are failures, as at --deadline, the report is written, and the process then ends by the signal
// (status 128 + its number), so a shell loop or a CI step sees the interruption. Before, the process died
// at once and the report of every answer already received was lost.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";

const clean = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const root = tempTree({ "stacks/prod/example.com.yaml": clean, "out/.keep": "" });

/** A server that takes every question and never answers: each lookup would wait for its 30 s timeout. */
let server: DnsServer;
beforeAll(async () => {
  server = await startDnsServer({ faults: { "*": "timeout" } });
});
afterAll(() => server.close());

interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  afterSignalMs: number;
}

/** Runs the CLI, sends `signal` once DNS has been asked, and waits (bounded) for the process to end. */
function interrupted(args: readonly string[], signal: NodeJS.Signals): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const asked = server.queries.count;
    const child = spawn(process.execPath, [cliPath, ...args, "--resolver", `127.0.0.1:${server.port}`, "--timeout", "30000", "--retries", "0"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let sentAt = 0;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const poll = setInterval(() => {
      if (sentAt === 0 && server.queries.count > asked) {
        sentAt = Date.now();
        child.kill(signal);
      }
    }, 20);
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (status, ended) => {
      clearInterval(poll);
      clearTimeout(guard);
      resolve({ status, signal: ended, stdout, stderr, afterSignalMs: sentAt === 0 ? -1 : Date.now() - sentAt });
    });
  });
}

describe("a run interrupted while it waits on DNS", () => {
  it("plan (SIGINT): the report is written with the unanswered lookups as failures, then the process ends by SIGINT", async () => {
    const run = await interrupted(["plan", "stacks/prod"], "SIGINT");
    expect(run.afterSignalMs).toBeGreaterThanOrEqual(0);
    expect(run.signal).toBe("SIGINT");
    expect(run.stderr).toContain("maildns plan: interrupted (SIGINT): the lookups not answered yet are failures; writing the report");
    expect(run.stdout).toMatch(/example\.com MX lookup failed \(timeout: the run was interrupted \(SIGINT\) before an answer[^\n]*\); no change is planned for it/);
    // The checks that were waiting on DNS too (an MX host's addresses...) are named as not made.
    expect(run.stdout).toMatch(/Plan: 0 to create, 0 to update, 0 to delete; \d+ lookups failed, so the plan is incomplete(; \d+ lookups? a check needed failed, so the checks are incomplete)?\.\n$/);
  });

  it("audit --format json (SIGTERM): the JSON report names the failures, then the process ends by SIGTERM", async () => {
    const run = await interrupted(["audit", "example.com", "--format", "json"], "SIGTERM");
    expect(run.signal).toBe("SIGTERM");
    const report = JSON.parse(run.stdout) as { failures: { name: string; type: string; reason: string; detail: string }[] };
    expect(report.failures).toContainEqual(expect.objectContaining({ name: "example.com", type: "MX", reason: "timeout", detail: expect.stringMatching(/^the run was interrupted \(SIGTERM\) before an answer/) }));
  });

  it("import (SIGINT): the domain is not written, and says why", async () => {
    const run = await interrupted(["import", "example.com", "--out", "out"], "SIGINT");
    expect(run.signal).toBe("SIGINT");
    expect(run.stderr).toMatch(/maildns import: example\.com not written: .* lookup failed \(timeout: the run was interrupted \(SIGINT\) before an answer/);
    expect(existsSync(join(root, "out", "example.com.yaml"))).toBe(false);
  });
});
