// Files named by --domains-file and --evidence, and the dmarc-evidence.json beside domain files, are read
// like domain files and policy packs: a regular file only (a FIFO would wait for a writer forever, a device
// such as /dev/zero would never end), never a hang and never an "internal error" to report. One the command
// names is a usage error naming it (exit 2); one found beside domain files is an error finding on it, and
// every other file is still checked and reported.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const clean = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const zone = "$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.example.net.\n";

const root = tempTree({ "stacks/prod/example.com.yaml": clean, "stacks/broken/example.com.yaml": clean, "stacks/broken/dmarc-evidence.json": '{"version": 2}', "stacks/piped/example.com.yaml": clean, "example.com.zone": zone });
execFileSync("mkfifo", [join(root, "pipe"), join(root, "stacks/piped/dmarc-evidence.json")]);

describe("files given to flags must be regular files", () => {
  it.each([
    ["a FIFO", "pipe", "it is a FIFO (named pipe), not a regular file"],
    ["a device", "/dev/zero", "it is a device, not a regular file"],
  ])("--domains-file %s: exit 2 at once, naming it", (_, file, why) => {
    for (const command of ["audit", "import"]) {
      const run = runCli([command, "--domains-file", file, "--zone", "example.com.zone"], { cwd: root, timeoutMs: 10_000 });
      expect(run.stderr).toBe(`maildns ${command}: cannot read --domains-file ${file}: ${why}; give a text file with one domain per line\n`);
      expect(run.status).toBe(2);
    }
  });

  it.each([
    ["a FIFO", "pipe", "it is a FIFO (named pipe), not a regular file"],
    ["a device", "/dev/zero", "it is a device, not a regular file"],
  ])("--evidence %s: exit 2 at once, from lint and audit", (_, file, why) => {
    const lint = runCli(["lint", "stacks/prod", "--evidence", file], { cwd: root, timeoutMs: 10_000 });
    expect(lint.stderr).toBe(`maildns lint: ${file}: cannot read the evidence file: ${why}\n`);
    expect(lint.status).toBe(2);
    const audit = runCli(["audit", "example.com", "--zone", "example.com.zone", "--evidence", file], { cwd: root, timeoutMs: 10_000 });
    expect(audit.stderr).toBe(`maildns audit: ${file}: cannot read the evidence file: ${why}\n`);
    expect(audit.status).toBe(2);
  });
});

describe("the dmarc-evidence.json beside domain files", () => {
  const fifo = "stacks/piped/dmarc-evidence.json:1:1  error  the DMARC evidence file cannot be read: it is a FIFO (named pipe), not a regular file; the domains beside it were checked as if it were absent (the other files as usual): make it a regular file the user running maildns may read, run `maildns reports evidence` again to write it, or remove it  [file-unreadable]\n";
  const shape = "stacks/broken/dmarc-evidence.json:1:13  error  not a DMARC evidence file as `maildns reports evidence` writes it (version 2, expected 1); the domains beside it were checked as if it were absent (the other files as usual): run that command again to write it, or fix or remove it  [file-schema]\n";

  it("a FIFO there is an error on it, never waited on; the other folders are linted, with or without --cache", () => {
    for (const extra of [[], ["--cache", "--cache-location", "lint-cache"], ["--cache", "--cache-location", "lint-cache"]]) {
      const run = runCli(["lint", "stacks/piped", "stacks/prod", ...extra], { cwd: root, timeoutMs: 10_000 });
      expect(run.stderr).toBe("");
      expect(run.stdout.split(fifo)).toHaveLength(2);
      expect(run.stdout).toMatch(/^stacks\/prod\/example\.com\.yaml:/m);
      expect(run.stdout).toContain("2 files, 1 domain: ");
      expect(run.status).toBe(1);
    }
  });

  it("a broken one is an error on it, at the value refused, in lint and plan alike; not an internal error to report", () => {
    const lint = runCli(["lint", "stacks/broken", "stacks/prod"], { cwd: root });
    expect(lint.stderr).toBe("");
    expect(lint.stdout.startsWith(shape)).toBe(true);
    expect(lint.stdout).not.toContain("lint-internal-error");
    expect(lint.status).toBe(1);
    const plan = runCli(["plan", "stacks/broken", "--zone", "example.com.zone"], { cwd: root });
    expect(plan.stderr).toBe("");
    expect(plan.stdout.startsWith(shape)).toBe(true);
    expect(plan.status).toBe(1);
  });
});

describe("domain names on the command line and in --domains-file", () => {
  it("a wildcard is refused (exit 2), not audited or imported as if it were a domain", () => {
    for (const command of ["audit", "import"]) {
      const run = runCli([command, "*.example.com", "--zone", "example.com.zone"], { cwd: root });
      expect(run.stderr).toBe(`maildns ${command}: '*.example.com' is a wildcard, not a domain name: give the domain itself (e.g. example.com)\n`);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
    }
  });
});
