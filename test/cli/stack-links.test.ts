// A domain file that cannot be read (a symbolic link that leads nowhere or back to itself, a FIFO, a file the
// user may not read, a folder that cannot be listed) is a file-unreadable finding on it, and every other file
// is linted and planned: one bad file never stops the others, nor is it skipped (skipped, its domain would
// drop out of lint, plan and the Pulumi program). Links to folders are followed, each folder walked once.
// The exit codes and streams come from the CLI as a subprocess; where a test reads only what a JSON report says
// of links (run as this user, who can read them), the CLI's `main` runs in-process. The unreadable files run
// as a subprocess only: as an unprivileged user, so that the permissions refuse it.
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, unprivilegedUser } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { tempTree } from "../helpers/tmp.js";

const domainFile = (domain: string) => `domain: ${domain}\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-12-01}\n`;
const clean = domainFile("example.com");
const ZONE = "$TTL 3600\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.example.net.\n";

interface JsonFinding {
  ruleId: string;
  level: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
const unreadable = (stdout: string) => findingsOf(stdout).filter((f) => f.ruleId === "file-unreadable").map((f) => [f.file, f.level, f.line, f.column, f.message.split(":")[0]]);
const filesOf = (stdout: string) => [...new Set(findingsOf(stdout).map((f) => f.file))].sort();

describe("domain files that cannot be read, in a stack folder", () => {
  const root = tempTree({ "stacks/prod/example.com.yaml": clean, "stacks/loop/example.com.yaml": clean, "stacks/fine/example.com.yaml": clean, "zones/example.com.zone": ZONE });
  symlinkSync("example.org.yaml.old", join(root, "stacks/prod/example.org.yaml"));
  symlinkSync("self.yaml", join(root, "stacks/loop/self.yaml"));
  mkdirSync(join(root, "targets"));
  symlinkSync("../../targets/../stacks/prod/example.com.yaml", join(root, "stacks/fine/copy.yaml"));

  it("a link to a file that does not exist is a finding naming the link and its target; the other files are linted (exit 1)", async () => {
    const run = runCli(["lint", "stacks/prod"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('stacks/prod/example.org.yaml:1:1  error  is a symbolic link to "example.org.yaml.old", which does not exist: it was not checked (the other files were); fix the link or remove it  [file-unreadable]\n');
    expect(run.stdout).toMatch(/^2 files, 1 domain: 1 error, /m);
    const json = await runCliInProcess(["lint", "stacks/prod", "-f", "json", "--fail-on", "info"], { cwd: root });
    expect(unreadable(json.stdout)).toEqual([["stacks/prod/example.org.yaml", "error", 1, 1, 'is a symbolic link to "example.org.yaml.old", which does not exist']]);
  });

  it("a link that leads back to itself is a finding in a folder; named on the command line it stays a usage error (exit 2)", async () => {
    const inFolder = await runCliInProcess(["lint", "stacks/loop", "-f", "json"], { cwd: root });
    expect(inFolder.status).toBe(1);
    expect(unreadable(inFolder.stdout)).toEqual([["stacks/loop/self.yaml", "error", 1, 1, "is a symbolic link that leads back to itself"]]);
    expect((JSON.parse(inFolder.stdout) as { summary: { files: number; domains: number } }).summary).toMatchObject({ files: 2, domains: 1 });
    const named = runCli(["lint", "stacks/loop/self.yaml"], { cwd: root });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain("stacks/loop/self.yaml: is a symbolic link that leads back to itself");
  });

  it("a path given that does not exist stays a usage error (exit 2)", () => {
    const run = runCli(["lint", "stacks/nowhere"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("maildns lint: stacks/nowhere: no such file or directory (give domain files or folders, e.g. stacks/)\n");
  });

  it("plan reports the same finding and still plans the other domains (exit 1, never 0)", async () => {
    const run = await runCliInProcess(["plan", "stacks/prod", "--zone", "zones", "--today", "2026-12-05", "-f", "json"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const plan = JSON.parse(run.stdout) as { findings: JsonFinding[]; changes: { domain: string }[]; summary: { files: number } };
    expect(plan.findings.filter((f) => f.ruleId === "file-unreadable").map((f) => [f.file, f.level, f.line, f.column])).toEqual([["stacks/prod/example.org.yaml", "error", 1, 1]]);
    expect(new Set(plan.changes.map((c) => c.domain))).toEqual(new Set(["example.com"]));
    expect(plan.summary.files).toBe(2);
  });

  it("a link to a regular file is still followed", async () => {
    const run = await runCliInProcess(["lint", "stacks/fine", "--format", "json"], { cwd: root });
    expect(run.stderr).toBe("");
    const files = new Set(findingsOf(run.stdout).map((f) => `${f.file} ${f.ruleId}`));
    expect(files).toContain("stacks/fine/example.com.yaml lint-duplicate-domain");
  });
});

describe("a FIFO, a socket, an unreadable file or folder among good files", () => {
  const root = tempTree({ "stacks/p/a.example.yaml": domainFile("a.example"), "stacks/p/b.example.yaml": domainFile("b.example"), "stacks/p/locked/c.example.yaml": domainFile("c.example"), "zones/a.example.zone": ZONE });
  chmodSync(root, 0o755);
  expect(spawnSync("mkfifo", [join(root, "stacks/p/fifo.yaml")]).status).toBe(0);
  expect(spawnSync("python3", ["-c", "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", join(root, "stacks/p/socket.yaml")]).status).toBe(0);
  chmodSync(join(root, "stacks/p/b.example.yaml"), 0o000);
  chmodSync(join(root, "stacks/p/locked"), 0o000);
  const user = unprivilegedUser();

  it("each gets a finding saying what it is; the good file is linted; exit 1", () => {
    const run = runCli(["lint", "stacks/p", "-f", "json", "--fail-on", "info"], { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(unreadable(run.stdout)).toEqual([
      ["stacks/p/b.example.yaml", "error", 1, 1, "cannot be read (EACCES)"],
      ["stacks/p/fifo.yaml", "error", 1, 1, "is a FIFO (named pipe), not a domain file"],
      ["stacks/p/locked", "error", 1, 1, "is a folder that cannot be listed (EACCES)"],
      ["stacks/p/socket.yaml", "error", 1, 1, "is a socket, not a domain file"],
    ]);
    const messages = findingsOf(run.stdout).filter((f) => f.ruleId === "file-unreadable").map((f) => f.message);
    expect(messages).toEqual([
      "cannot be read (EACCES): it was not checked (the other files were); let the user running maildns read it, or check the disk",
      "is a FIFO (named pipe), not a domain file: it was not checked (the other files were); replace it with a regular file or remove it",
      "is a folder that cannot be listed (EACCES): its domain files were not checked (the other files were); let the user running maildns list it",
      "is a socket, not a domain file: it was not checked (the other files were); replace it with a regular file or remove it",
    ]);
    expect(filesOf(run.stdout)).toContain("stacks/p/a.example.yaml");
  });

  it("the text report puts the finding at the file's 1:1 with its rule id", () => {
    const run = runCli(["lint", "stacks/p"], { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("stacks/p/fifo.yaml:1:1  error  is a FIFO (named pipe), not a domain file: it was not checked (the other files were); replace it with a regular file or remove it  [file-unreadable]\n");
    expect(run.stdout).toMatch(/^5 files, 1 domain: 4 errors, /m);
  });

  it("plan too: findings for the four, a plan for the good domain, exit 1", () => {
    const run = runCli(["plan", "stacks/p", "--zone", "zones", "--today", "2026-12-05", "-f", "json"], { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const plan = JSON.parse(run.stdout) as { findings: JsonFinding[]; changes: { domain: string }[] };
    expect(plan.findings.filter((f) => f.ruleId === "file-unreadable").map((f) => f.file)).toEqual(["stacks/p/b.example.yaml", "stacks/p/fifo.yaml", "stacks/p/locked", "stacks/p/socket.yaml"]);
    expect(new Set(plan.changes.map((c) => c.domain))).toEqual(new Set(["a.example"]));
  });

  it("with --cache, the same findings, twice (an unreadable file is never cached as read)", () => {
    const args = ["lint", "stacks/p", "-f", "json", "--cache", "--cache-location", join(root, "cache"), "--fail-on", "info"];
    chmodSync(root, 0o777);
    const cold = runCli(args, { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    const warm = runCli(args, { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    chmodSync(root, 0o755);
    expect(cold.stderr).toBe("");
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(1);
    expect(unreadable(warm.stdout).map((f) => f[0])).toEqual(["stacks/p/b.example.yaml", "stacks/p/fifo.yaml", "stacks/p/locked", "stacks/p/socket.yaml"]);
  });

  it("a pack cannot lower or turn off file-unreadable: refused at its line (exit 2); `defaults: off` leaves it an error", () => {
    const packs = tempTree({ "lower.yaml": "extends: ovh\nrules:\n  file-unreadable: warn\n", "quiet.yaml": "defaults: off\n" });
    chmodSync(packs, 0o755);
    const lower = runCli(["lint", "stacks/p", "--policy", join(packs, "lower.yaml")], { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    expect(lower.status).toBe(2);
    expect(lower.stderr).toContain(":3:20: file-unreadable is always an error: a domain file that cannot be read is a domain nobody checked");
    const quiet = runCli(["lint", "stacks/p", "--policy", join(packs, "quiet.yaml"), "-f", "json"], { cwd: root, timeoutMs: 10_000, ...(user ? { user } : {}) });
    expect(quiet.status).toBe(1);
    expect(findingsOf(quiet.stdout).map((f) => [f.ruleId, f.level])).toEqual(Array.from({ length: 4 }, () => ["file-unreadable", "error"]));
  });
});
