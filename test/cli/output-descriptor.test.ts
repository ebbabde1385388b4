// --output naming an open descriptor (/proc/self/fd/1, /dev/fd/1, a shell's `>(…)`): this process's standard
// output is `-o -`, a pipe or device elsewhere is written in place, and one open on a file is refused for that
// reason (a report is renamed onto its name, which cannot be done in /proc/PID/fd). Never /dev/stdout here:
// on a build without the fix, run as root, the report was renamed over the machine's /dev/stdout link.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const DOMAIN = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';

/** Runs the CLI through sh, so that a test can give it standard streams redirected to files. */
function runShell(script: string, cwd: string) {
  const result = spawnSync("sh", ["-c", script], { cwd, env: { PATH: process.env.PATH ?? "", CLI: cliPath, NODE: process.execPath }, encoding: "utf8", timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("--output naming an open descriptor", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, () => {
  it("/proc/self/fd/1 and /dev/fd/1 are standard output, as -o - (a pipe)", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const plain = runCli(["lint", "-f", "json", "-o", "-", "stacks"], { cwd: root });
    expect(plain.stdout).toContain('"findings"');
    for (const name of ["/proc/self/fd/1", "/dev/fd/1"]) {
      const run = runCli(["lint", "-f", "json", "-o", name, "stacks"], { cwd: root });
      expect({ name, status: run.status, stderr: run.stderr, stdout: run.stdout }).toEqual({ name, status: plain.status, stderr: "", stdout: plain.stdout });
    }
  });

  it("/proc/self/fd/1 redirected to a file writes the report into that file", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const plain = runCli(["lint", "-f", "json", "stacks"], { cwd: root });
    const run = runShell('"$NODE" "$CLI" lint -f json -o /proc/self/fd/1 stacks > out.json', root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(plain.status);
    expect(readFileSync(join(root, "out.json"), "utf8")).toBe(plain.stdout);
  });

  it("standard error open on a pipe is written in place", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const plain = runCli(["lint", "-f", "json", "stacks"], { cwd: root });
    // The CLI's standard error is the pipe to cat; its standard output goes nowhere; its status is said after.
    const run = runShell('{ "$NODE" "$CLI" lint -f json -o /proc/self/fd/2 stacks 2>&1 >/dev/null; echo "exit $?" >&2; } | cat', root);
    expect(run.stderr).toBe(`exit ${plain.status}\n`);
    expect(run.stdout).toBe(plain.stdout);
  });

  it("a descriptor open on a socket (a Node.js parent's stdio) is refused for that reason", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "-f", "json", "-o", "/proc/self/fd/2", "stacks"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("maildns lint: --output /proc/self/fd/2 names descriptor 2 of this process, open on a socket, which cannot be opened by that name: give a file name (or - for standard output)\n");
  });

  it("a descriptor open on a file other than standard output is refused for that reason", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runShell('"$NODE" "$CLI" lint -f json -o /proc/self/fd/2 stacks 2> err.txt', root);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(root, "err.txt"), "utf8")).toBe(
      "maildns lint: --output /proc/self/fd/2 names descriptor 2 of this process, open on a file: the report is written aside and renamed onto its name, which cannot be done there; give that file's own name (or - for standard output)\n",
    );
  });

  it("a descriptor that is not open is refused, saying so", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["lint", "-o", "/dev/fd/97", "stacks"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("maildns lint: --output /dev/fd/97 names descriptor 97 of this process, which is not open: give a file name (or - for standard output)\n");
  });

  it("reports evidence --out /proc/self/fd/1 writes the evidence to standard output", () => {
    const root = tempTree({ "stacks/example.com.yaml": DOMAIN });
    const run = runCli(["reports", "evidence", "--store", ":memory:", "--today", "2026-11-30", "--out", "/proc/self/fd/1", "stacks/example.com.yaml"], { cwd: root, timeoutMs: 60_000 });
    expect(run.stderr).toMatch(/^wrote the evidence to standard output: /);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1 });
  });
});
