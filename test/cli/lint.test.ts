import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cliPath, repoRoot, runCli } from "../helpers/cli.js";
import { sarifValidator } from "../helpers/sarif.js";
import { tempTree } from "../helpers/tmp.js";

const TODAY = ["--today", "2026-11-23"];

/** `maildns rules --format json` under the default pack, run once for the file (two tests read it). */
let rulesJsonRun: ReturnType<typeof runCli> | undefined;
const rulesJson = () => (rulesJsonRun ??= runCli(["rules", "--format", "json"]));

describe("maildns lint on the example stack (npm start)", () => {
  const run = runCli(["lint", "stacks/example", ...TODAY]);

  it("exits 1 because the broken domain has errors", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("prints the mistakes of OVH's guide on their lines, with rule ids", () => {
    const lines = run.stdout.split("\n");
    const has = (prefix: string, rule: string) => expect(lines.some((l) => l.startsWith(prefix) && l.includes(`[${rule}]`)), `${prefix} ${rule}\n${run.stdout}`).toBe(true);
    has("stacks/example/example.net.yaml:8:14  error", "mx-target-not-hostname");
    has("stacks/example/example.net.yaml:10:", "spf-missing-ovh-include");
    has("stacks/example/example.net.yaml:10:46  error", "spf-permissive-all");
    has("stacks/example/example.net.yaml:13:", "dmarc-no-rua");
    has("stacks/example/example.net.yaml:13:", "dmarc-enforce-without-auth");
  });

  it("finds no error or warning in the clean and the parked domains", () => {
    const bad = run.stdout.split("\n").filter((l) => /example\.(com|org)\.yaml:\d+:\d+\s+(error|warn)/.test(l));
    expect(bad).toEqual([]);
  });

  it("ends with a summary line", () => {
    expect(run.stdout).toMatch(/3 files, 3 domains: \d+ errors?, \d+ warnings?, \d+ info\n$/);
  });
});

describe("output formats", () => {
  it("json follows the documented contract", () => {
    const run = runCli(["lint", "stacks/example", "--format", "json", ...TODAY]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary).sort()).toEqual(["domains", "errors", "files", "infos", "warnings"]);
    expect(report.summary.files).toBe(3);
    const mx = report.findings.find((f: { ruleId: string }) => f.ruleId === "mx-target-not-hostname");
    expect(mx).toMatchObject({ level: "error", domain: "example.net", file: "stacks/example/example.net.yaml", line: 8, column: 14 });
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(["column", "domain", "endColumn", "endLine", "file", "level", "line", "message", "name", "ruleId"]);
      expect(["error", "warn", "info"]).toContain(f.level);
    }
    expect(report.summary.errors).toBe(report.findings.filter((f: { level: string }) => f.level === "error").length);
  });

  it("sarif validates against the SARIF 2.1.0 schema and describes every rule", () => {
    const run = runCli(["lint", "stacks/example", "--format", "sarif", ...TODAY]);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    const rulesRun = JSON.parse(rulesJson().stdout).rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(rulesRun);
    for (const result of log.runs[0].results) {
      expect(rules[result.ruleIndex]).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });

  it("github prints workflow commands with file, line, column and rule id", () => {
    const run = runCli(["lint", "stacks/example", "--format", "github", ...TODAY]);
    expect(run.stdout).toContain("::error file=stacks/example/example.net.yaml,line=8,col=14,endLine=8,");
    expect(run.stdout).toMatch(/title=mx-target-not-hostname::MX target/);
  });

  it("markdown prints a findings table", () => {
    const run = runCli(["lint", "stacks/example", "--format", "markdown", ...TODAY]);
    expect(run.stdout).toContain("| Level | Where | Rule | Message |");
    expect(run.stdout).toContain("`stacks/example/example.net.yaml:8:14` | `mx-target-not-hostname`");
  });

  it("--output writes the report to a file", () => {
    const dir = tempTree({});
    const out = join(dir, "report.json");
    const run = runCli(["lint", "stacks/example", "--format", "json", "--output", out, ...TODAY]);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe(1);
  });

  it("--output replaces the file once the report is whole, and leaves nothing aside", () => {
    const dir = tempTree({ "old.json": "an earlier report\n" });
    const out = join(dir, "old.json");
    const run = runCli(["lint", "stacks/example", "--format", "json", "--output", out, ...TODAY]);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.files).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(["old.json"]);
    // A report that cannot be written is a usage error naming it; an earlier one stays as it was.
    writeFileSync(out, "an earlier report\n");
    const missing = runCli(["lint", "stacks/example", "--output", join(dir, "no-such-folder", "r.txt"), ...TODAY]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no-such-folder does not exist");
    expect(readFileSync(out, "utf8")).toBe("an earlier report\n");
  });
});

describe("exit codes and --fail-on", () => {
  const root = tempTree({
    "warn-only.yaml": 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.com., priority: 10}]\nspf: "v=spf1 mx ~all"\ndmarc: {record: "v=DMARC1; p=none", since: 2026-11-01}\n',
    "clean.yaml": "domain: example.org\nmail: {provider: none}\nmx: none\nspf: \"v=spf1 -all\"\ndmarc: \"v=DMARC1; p=reject; rua=mailto:d@example.org\"\n",
  });
  it("0 when nothing is at or above --fail-on", () => {
    expect(runCli(["lint", "clean.yaml", ...TODAY], { cwd: root }).status).toBe(0);
  });
  it("warnings fail only with --fail-on warn", () => {
    const plain = runCli(["lint", "warn-only.yaml", ...TODAY], { cwd: root });
    expect(plain.stdout).toMatch(/warn/);
    expect(plain.status).toBe(0);
    expect(runCli(["lint", "warn-only.yaml", "--fail-on", "warn", ...TODAY], { cwd: root }).status).toBe(1);
  });
  it("--quiet prints errors only", () => {
    const run = runCli(["lint", "warn-only.yaml", "--quiet", ...TODAY], { cwd: root });
    expect(run.stdout).not.toMatch(/ warn /);
  });
  it("2 with a message for a missing path, an unknown flag, a bad format or date", () => {
    for (const args of [["lint", "nope/"], ["lint", "--frmat", "json"], ["lint", "--format", "xml"], ["lint", "--today", "yesterday"], ["frobnicate"]]) {
      const run = runCli(args, { cwd: root });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/maildns/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
  it("--help on every command", () => {
    for (const command of ["lint", "rules"]) {
      const run = runCli([command, "--help"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: maildns ${command}`);
    }
  });
});

describe("policy packs", () => {
  const root = tempTree({
    "typo.yaml": "extends: ovh\nrules:\n  spf-softfail-advise: error\n",
    "badlevel.yaml": "rules:\n  spf-ptr: loud\n",
    "badoption.yaml": "rules:\n  spf-record-too-large:\n    level: warn\n    options: { maxLen: 10 }\n",
    "custom.yaml": "extends: ovh\nrules:\n  mx-target-not-hostname: off\noverrides:\n  - domains: ['*.net']\n    rules:\n      spf-permissive-all: info\n",
    "d/example.net.yaml": 'domain: example.net\nmail: {provider: ovh, offer: mx-plan}\nmx: [{host: "https://mx1.mail.ovh.net", priority: 5}]\nspf: "v=spf1 include:mx.ovh.com +all"\n',
  });
  it("an unknown rule names the pack file, line and column and suggests the right id", () => {
    const run = runCli(["lint", "d", "--policy", "typo.yaml"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("typo.yaml:3:3: unknown rule 'spf-softfail-advise': did you mean 'spf-softfail-advice'?");
  });
  it("a bad level and a bad option are usage errors with positions", () => {
    const level = runCli(["lint", "d", "--policy", "badlevel.yaml"], { cwd: root });
    expect(level.status).toBe(2);
    expect(level.stderr).toContain("badlevel.yaml:2:12: level must be one of off, info, warn, error");
    const option = runCli(["lint", "d", "--policy", "badoption.yaml"], { cwd: root });
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/badoption\.yaml:4:\d+: bad option for spf-record-too-large/);
  });
  it("levels, off and domain-glob overrides apply", () => {
    const run = runCli(["lint", "d", "--policy", "custom.yaml", "--format", "json", ...TODAY], { cwd: root });
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; level: string }[];
    expect(findings.some((f) => f.ruleId === "mx-target-not-hostname")).toBe(false);
    expect(findings.find((f) => f.ruleId === "spf-permissive-all")?.level).toBe("info");
  });
  it("rules --format json gives each rule's level in the chosen pack", () => {
    const ovh = JSON.parse(rulesJson().stdout);
    const rfc = JSON.parse(runCli(["rules", "--format", "json", "--policy", "rfc"]).stdout);
    expect(ovh.version).toBe(1);
    const level = (doc: { rules: { id: string; level: string }[] }, id: string) => doc.rules.find((r) => r.id === id)?.level;
    expect(level(ovh, "spf-missing-ovh-include")).toBe("error");
    expect(level(rfc, "spf-missing-ovh-include")).toBe("off");
    expect(Object.keys(ovh.rules[0]).sort()).toEqual(["area", "description", "id", "level"]);
  });
});

describe("standard output that cannot take the report", () => {
  it("closing the pipe (`maildns lint | head -1`) ends the run quietly, without a stack trace", async () => {
    const child = spawn(process.execPath, [cliPath, "lint", "stacks/example", "--format", "json"], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // Read nothing and close at once: the report is written into a pipe with no reader (EPIPE).
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect([0, 1]).toContain(code);
  });

  // /dev/full answers every write with ENOSPC: standard output sent to a full disk.
  it.runIf(existsSync("/dev/full"))("standard output on a full disk: a sentence naming it and exit 2, never a stack trace or exit 1 as if linted", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const child = spawn(process.execPath, [cliPath, "lint", "stacks/example", "--format", "json"], { cwd: repoRoot, stdio: ["ignore", full, "pipe"] });
      let stderr = "";
      child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("maildns lint: cannot write to standard output: no space left on the device (ENOSPC): what it printed is incomplete\n");
      expect(code).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
