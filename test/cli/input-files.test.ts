// Files named by --domains-file and --evidence, and the dmarc-evidence.json beside domain files, are read
// like domain files and policy packs: a regular file only (a FIFO would wait for a writer forever, a device
// such as /dev/zero would never end), and a broken one is a usage error naming it (exit 2), never a hang
// and never an "internal error" to report.
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
  it("a FIFO there is a usage error naming it, with or without --cache", () => {
    for (const extra of [[], ["--cache", "--cache-location", "lint-cache"]]) {
      const run = runCli(["lint", "stacks/piped", ...extra], { cwd: root, timeoutMs: 10_000 });
      expect(run.stderr).toBe("maildns lint: stacks/piped/dmarc-evidence.json: cannot read the evidence file: it is a FIFO (named pipe), not a regular file\n");
      expect(run.status).toBe(2);
    }
  });

  it("a broken one is the usage error plan gives, not an internal error to report", () => {
    const sentence = "stacks/broken/dmarc-evidence.json: not a DMARC evidence file written by `maildns reports evidence` (version 2, expected 1); write it again with that command\n";
    const lint = runCli(["lint", "stacks/broken"], { cwd: root });
    expect(lint.stderr).toBe(`maildns lint: ${sentence}`);
    expect(lint.stdout).toBe("");
    expect(lint.status).toBe(2);
    const plan = runCli(["plan", "stacks/broken", "--zone", "example.com.zone"], { cwd: root });
    expect(plan.stderr).toBe(`maildns plan: ${sentence}`);
    expect(plan.status).toBe(2);
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
