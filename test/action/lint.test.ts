import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sarifValidator } from "../helpers/sarif.js";
import { serializeEvidence } from "../../src/reports/evidence.js";
import { rampWorkspace, SCENARIOS } from "../reports/evidence-scenarios.js";
import { InputError, parseInputs } from "../../src/action/inputs.js";
import { git, gitCommitAll, gitInit, writeIn } from "../helpers/git.js";
import { actionDefaults, ensureBundle, repoRoot, runAction, scratchDir, type ActionRun } from "./run-action.js";

const TODAY = { today: "2026-11-23" };
const NET = "stacks/example/example.net.yaml";

beforeAll(ensureBundle);

interface ReportFinding {
  ruleId: string;
  level: "error" | "warn" | "info";
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

function report(run: ActionRun): { version: number; findings: ReportFinding[]; summary: Record<string, number> } {
  return JSON.parse(readFileSync(run.outputs.report!, "utf8"));
}

/** A workspace holding a copy of the example stack, so files the Action writes stay out of the repository. */
function exampleWorkspace(): string {
  const workspace = scratchDir();
  cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/example"), { recursive: true });
  return workspace;
}

describe("the report outside a runner (no RUNNER_TEMP)", () => {
  it("goes into a new owner-only folder of its own in the temporary folder, never at a name another user could take first", async () => {
    const shared = scratchDir();
    const run = await runAction({ paths: "stacks/example", ...TODAY }, { workspace: exampleWorkspace(), env: { RUNNER_TEMP: "", GITHUB_ACTION: "", TMPDIR: shared } });
    expect(run.status).toBe(1);
    const folder = dirname(run.outputs.report!);
    // It was ${TMPDIR}/maildns-lint-<process id>.json, written through whatever was at that name.
    expect(dirname(folder)).toBe(shared);
    expect(folder).toMatch(/\/maildns-report-[A-Za-z0-9]{6}$/);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(report(run).summary).toMatchObject({ files: 3, domains: 3 });
  });
});

describe("command: lint on the example stack", () => {
  let run: ActionRun;
  const workspace = exampleWorkspace();
  beforeAll(async () => {
    run = await runAction({ paths: "stacks/example", "sarif-file": "out/maildns.sarif", ...TODAY }, { workspace });
  });

  it("fails the step (errors at fail-on: error) with one ::error:: line and exit code 1", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const failures = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(failures).toEqual([expect.stringMatching(/^::error::maildns lint: \d+ findings at or above error \(fail-on\)$/)]);
  });

  it("puts the broken MX host on line 8 of the YAML file, with the rule id as title", () => {
    expect(run.stdout).toContain(`::error title=mx-target-not-hostname,file=${NET},line=8,endLine=8,col=14,endColumn=22::MX target "https://mx1.mail.ovh.net"`);
    expect(run.stdout).toMatch(new RegExp(`^::error title=spf-permissive-all,file=${NET.replace(/\./g, "\\.")},line=10,endLine=10,col=46,endColumn=50::`, "m"));
  });

  it("turns every finding of the report into one annotation of the matching kind", () => {
    const { findings } = report(run);
    expect(findings.length).toBeGreaterThan(5);
    const kind = { error: "error", warn: "warning", info: "notice" } as const;
    const annotations = run.stdout.split("\n").filter((l) => /^::(error|warning|notice) title=[a-z0-9-]+,file=/.test(l));
    expect(annotations).toHaveLength(findings.length);
    findings.forEach((f, i) => {
      expect(annotations[i]).toContain(`::${kind[f.level]} title=${f.ruleId},file=${f.file},line=${f.line},endLine=${f.endLine},`);
      if (f.endLine === f.line) expect(annotations[i]).toContain(`,col=${f.column},endColumn=${f.endColumn}::`);
      else expect(annotations[i]).not.toContain(",col=");
    });
    expect(annotations.some((l) => l.startsWith("::warning title=dmarc-no-rua,file=stacks/example/example.net.yaml,line=13,"))).toBe(true);
    expect(annotations.some((l) => l.startsWith("::notice title=spf-softfail-advice,file=stacks/example/example.com.yaml,"))).toBe(true);
  });

  it("writes the counts, zero changes and the JSON report path to GITHUB_OUTPUT", () => {
    const { findings, summary } = report(run);
    const count = (level: string) => findings.filter((f) => f.level === level).length;
    expect(Object.keys(run.outputs).sort()).toEqual(["changes", "errors", "infos", "report", "warnings"]);
    expect(run.outputs.errors).toBe(String(count("error")));
    expect(run.outputs.warnings).toBe(String(count("warn")));
    expect(run.outputs.infos).toBe(String(count("info")));
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(5);
    expect(run.outputs.changes).toBe("0");
    expect(dirname(run.outputs.report!)).toBe(run.runnerTemp);
    expect(summary).toMatchObject({ files: 3, domains: 3, errors: count("error"), warnings: count("warn"), infos: count("info") });
  });

  it("fills the job summary with the findings table and each domain's SPF lookup budget", () => {
    expect(run.summary).toMatch(/^## maildns lint: ❌ failed\n/);
    expect(run.summary).toContain("3 files, 3 domains: **");
    expect(run.summary).toContain("| Level | Where | Rule | Message |");
    expect(run.summary).toContain("| 🔴 error | `stacks/example/example.net.yaml:8:14` | `mx-target-not-hostname` |");
    expect(run.summary).toContain("### SPF lookup budget");
    // No live state in a lint run: "before" is unknown, "after" counts the file's record.
    expect(run.summary).toContain("| example.com | ? | 1/10 |  |  | `include:mx.ovh.com` |");
    expect(run.summary).toContain("| example.net | ? | 1/10 |  |  | `include:_spf.newsletter.example` |");
    expect(run.summary).toContain("| example.org | ? | 0/10 |  |  |  |");
  });

  it("writes SARIF 2.1.0 that validates against the schema, relative to the working directory", () => {
    const log = JSON.parse(readFileSync(join(workspace, "out/maildns.sarif"), "utf8"));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    expect(results).toHaveLength(report(run).findings.length);
    const mx = results.find((r) => r.ruleId === "mx-target-not-hostname")!;
    expect(mx.locations[0]!.physicalLocation.artifactLocation.uri).toBe(NET);
    expect(mx.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 8, startColumn: 14 });
  });
});

describe("fail-on and summary inputs", { timeout: 60_000 }, () => {
  it("passes on the clean domain (only an info finding) and fails on it with fail-on: info", async () => {
    const clean = await runAction({ paths: "stacks/example/example.com.yaml", ...TODAY });
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toMatch(/^::error/m);
    expect(clean.outputs.errors).toBe("0");
    expect(clean.summary).toMatch(/^## maildns lint: ✅ passed\n/);
    const strict = await runAction({ paths: "stacks/example/example.com.yaml", "fail-on": "info", ...TODAY });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^::error::maildns lint: 1 finding at or above info \(fail-on\)$/m);
  });

  it("fail-on: warn fails on a warning that fail-on: error lets through", async () => {
    const dir = scratchDir();
    mkdirSync(join(dir, "d"));
    cpSync(join(repoRoot, "test/action/fixtures/warn-only.yaml"), join(dir, "d/warn-only.yaml"));
    const lenient = await runAction({ paths: "d", ...TODAY }, { workspace: dir });
    expect(lenient.outputs.errors).toBe("0");
    expect(Number(lenient.outputs.warnings)).toBeGreaterThan(0);
    expect(lenient.status).toBe(0);
    const strict = await runAction({ paths: "d", "fail-on": "warn", ...TODAY }, { workspace: dir });
    expect(strict.status).toBe(1);
  });

  it("summary: false leaves the job summary empty", async () => {
    const run = await runAction({ paths: "stacks/example", summary: "false", ...TODAY });
    expect(run.status).toBe(1);
    expect(run.summary).toBe("");
    expect(run.outputs.errors).not.toBe("0");
  });

  it("no sarif-file, no SARIF: the report is the only file written", async () => {
    const run = await runAction({ paths: "stacks/example/example.org.yaml", ...TODAY });
    expect(run.status).toBe(0);
    expect(existsSync(run.outputs.report!)).toBe(true);
    expect(run.stdout).not.toContain("sarif");
  });
});

describe("working-directory", () => {
  it("reads paths below it and names files from the repository root in annotations and SARIF", async () => {
    const workspace = scratchDir();
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "infra/stacks/prod"), { recursive: true });
    // The policy packs come with the Action, not the workspace: nothing else is copied.
    const run = await runAction({ "working-directory": "infra", "sarif-file": "maildns.sarif", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=mx-target-not-hostname,file=infra/stacks/prod/example.net.yaml,line=8,endLine=8,col=14,");
    const log = JSON.parse(readFileSync(join(workspace, "infra/maildns.sarif"), "utf8"));
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toContain("infra/stacks/prod/example.net.yaml");
    expect(run.summary).toContain("`infra/stacks/prod/example.net.yaml:8:14`");
  });
});

describe("bad inputs stop the step with a clear ::error::", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ command: "deploy" }, /^::error::maildns: input 'command' must be one of lint, plan, audit \(got 'deploy'\)/m],
    [{ "fail-on": "fatal" }, /^::error::maildns: input 'fail-on' must be one of error, warn, info \(got 'fatal'\)/m],
    [{ summary: "yes" }, /^::error::maildns: input 'summary' must be true or false \(got 'yes'\)/m],
    [{ today: "tomorrow" }, /^::error::maildns: input 'today' must be a date that exists, written YYYY-MM-DD/m],
    [{ today: "2026-02-30" }, /^::error::maildns: input 'today' must be a date that exists, written YYYY-MM-DD like 2026-11-23 \(got '2026-02-30'\)$/m],
    [{ paths: "stacks/example ../" }, /^::error::maildns: input 'paths': '\.\.\/' resolves outside the workspace \(GITHUB_WORKSPACE\)/m],
    [{ paths: "stacks/example", "sarif-file": "/maildns.sarif" }, /^::error::maildns: input 'sarif-file': '\/maildns\.sarif' resolves outside the workspace/m],
    [{ paths: "stacks/example", policy: "../policies/strict.yaml" }, /^::error::maildns: input 'policy': '\.\.\/policies\/strict\.yaml' resolves outside the workspace/m],
    [{ paths: "stacks/example", "working-directory": "/" }, /^::error::maildns: input 'working-directory': '\/' resolves outside the workspace/m],
    [{ command: "plan", paths: "stacks/example", zone: "../zones" }, /^::error::maildns: input 'zone': '\.\.\/zones' resolves outside the workspace/m],
    [{ paths: "stacks/nope" }, /^::error::maildns lint: .*stacks\/nope/m],
    [{ paths: "stacks/example", policy: "no-such-pack" }, /^::error::maildns lint: .*no-such-pack/m],
    // A file the Action writes never replaces one the project keeps, as --output never does.
    [{ paths: "stacks/example", "sarif-file": "Pulumi.yaml" }, /^::error::maildns: input 'sarif-file': 'Pulumi\.yaml' is Pulumi's project file: the SARIF would replace it; give another file name$/m],
    [{ paths: "stacks/example", "sarif-file": NET }, /^::error::maildns: input 'sarif-file': 'stacks\/example\/example\.net\.yaml' is under stacks\/example, where lint reads it \(domain files and dmarc-evidence\.json\): the SARIF would replace it; give another file name$/m],
    [{ paths: "stacks/example", cache: "package.json" }, /^::error::maildns: input 'cache': 'package\.json' is npm's package manifest: the lint cache would replace it; give another file name$/m],
    [{ paths: "stacks/example", cache: "stacks/example/example.net.yaml" }, /^::error::maildns: input 'cache': 'stacks\/example\/example\.net\.yaml' is under stacks\/example, where lint reads it/m],
    [{ command: "plan", paths: "stacks/example", "sarif-file": "tsconfig.json" }, /^::error::maildns: input 'sarif-file': 'tsconfig\.json' is TypeScript's settings file: the SARIF would replace it; give another file name$/m],
    // Nor makes a new one of such a name, in a folder the Action would make too: npm would read the SARIF.
    [{ paths: "stacks/example", "sarif-file": "out/new/Package.json" }, /^::error::maildns: input 'sarif-file': 'out\/new\/Package\.json' is the name of npm's package manifest: npm and Node\.js would read the report as the project's package\.json; give another file name$/m],
    [{ paths: "stacks/example", cache: "out/new/package-lock.json" }, /^::error::maildns: input 'cache': 'out\/new\/package-lock\.json' is the name of npm's lock file: npm would read the report as the project's package-lock\.json; give another file name$/m],
  ];
  // The Action run for a bad value of each kind (a choice, a path out of the workspace) and for the two the
  // library refuses: how a refused input ends the step (exit 1, one ::error:: line, no output, no stack
  // trace) is the same for every input the Action's parseInputs refuses, so the other inputs' messages are
  // asserted on parseInputs itself, given the inputs as the runner gives them (action.yml's defaults, then
  // the step's values), without starting the Action once more for each.
  const asProcess = new Set([0, 5, 10, 11]);
  cases.forEach(([inputs, message], i) => {
    if (asProcess.has(i)) {
      it(JSON.stringify(inputs), async () => {
        const run = await runAction(inputs);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(message);
        expect(run.stdout).not.toMatch(/\n\s+at /);
        expect(run.stderr).toBe("");
        expect(run.outputs).toEqual({});
      });
      return;
    }
    it(`${JSON.stringify(inputs)} (parseInputs, as the Action reads them)`, () => {
      const prefix = "^::error::maildns: ";
      expect(message.source.startsWith(prefix), message.source).toBe(true);
      const env: Record<string, string> = { ...actionDefaults() };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
      const read = (name: string) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
      expect(() => parseInputs(read, { GITHUB_WORKSPACE: repoRoot }, repoRoot)).toThrow(InputError);
      expect(() => parseInputs(read, { GITHUB_WORKSPACE: repoRoot }, repoRoot)).toThrow(new RegExp(`^${message.source.slice(prefix.length)}`, message.flags));
    });
  });
});

describe("a file the Action writes never replaces one the project keeps", () => {
  it("sarif-file: Pulumi.yaml stops the step before anything runs, and Pulumi's project file is left as it was", async () => {
    const workspace = exampleWorkspace();
    const project = "name: mail-dns\nruntime: nodejs\n";
    writeFileSync(join(workspace, "Pulumi.yaml"), project);
    const run = await runAction({ paths: "stacks/example", "sarif-file": "Pulumi.yaml", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns: input 'sarif-file': 'Pulumi\.yaml' is Pulumi's project file: the SARIF would replace it; give another file name$/m);
    expect(readFileSync(join(workspace, "Pulumi.yaml"), "utf8")).toBe(project);
    expect(run.outputs).toEqual({});
  });

  it("cache naming a folder is judged by the file in it: a .maildnscache folder's earlier cache is replaced as before", async () => {
    const workspace = exampleWorkspace();
    mkdirSync(join(workspace, "cache"));
    writeFileSync(join(workspace, "cache", ".maildnscache"), "maildns-lint-cache 0 stale\n");
    const run = await runAction({ paths: "stacks/example", cache: "cache/", ...TODAY }, { workspace });
    expect(run.stdout).not.toMatch(/input 'cache'/);
    expect(readFileSync(join(workspace, "cache", ".maildnscache"), "utf8")).not.toBe("maildns-lint-cache 0 stale\n");
  });
});

describe("paths left empty, and runs that find nothing", { timeout: 60_000 }, () => {
  it("reads every stack under stacks/ except the bundled, deliberately broken example", async () => {
    const workspace = exampleWorkspace();
    mkdirSync(join(workspace, "stacks/prod"));
    cpSync(join(repoRoot, "stacks/example/example.com.yaml"), join(workspace, "stacks/prod/example.com.yaml"));
    // A stack config beside the stacks is not a domain file.
    cpSync(join(repoRoot, "stacks/Pulumi.example.yaml"), join(workspace, "stacks/Pulumi.prod.yaml"));
    const run = await runAction({ ...TODAY }, { workspace });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.status).toBe(0);
    expect(report(run).summary).toMatchObject({ files: 1, domains: 1, errors: 0 });
    expect(report(run).findings.every((f) => f.file === "stacks/prod/example.com.yaml")).toBe(true);
  });

  it("with only the example stack there, the step fails with a sentence saying so and what to set", async () => {
    const run = await runAction({ ...TODAY }, { workspace: exampleWorkspace() });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns lint: no domain file found: `paths` is not set, and stacks\/ holds no stack besides the bundled example \(stacks\/example, left out on purpose\); set `paths:` to your stack's folder, e\.g\. `paths: stacks\/prod`$/m);
    expect(run.outputs).toEqual({});
  });

  it("a folder with no domain file fails the step instead of passing with nothing checked", async () => {
    const workspace = scratchDir();
    mkdirSync(join(workspace, "stacks/empty"), { recursive: true });
    writeFileSync(join(workspace, "stacks/empty/README.md"), "nothing here\n");
    cpSync(join(repoRoot, "test/action/fixtures/plan/zones"), join(workspace, "zones"), { recursive: true });
    for (const command of ["lint", "plan"]) {
      const run = await runAction({ command, paths: "stacks/empty", zone: command === "plan" ? "zones" : "", ...TODAY }, { workspace });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^::error::maildns ${command}: no domain file found in stacks/empty: a domain file is a \\.yaml or \\.yml file`, "m"));
    }
  });

  it("a stack folder that is a symbolic link out of the workspace is refused before anything is read", async () => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    mkdirSync(join(workspace, "stacks"), { recursive: true });
    cpSync(join(repoRoot, "stacks/example"), join(root, "elsewhere"), { recursive: true });
    symlinkSync(join(root, "elsewhere"), join(workspace, "stacks/prod"));
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns: input 'paths': 'stacks\/prod' resolves outside the workspace through a symbolic link \(GITHUB_WORKSPACE\)/m);
    expect(run.stdout).not.toMatch(/title=/);
    expect(run.outputs).toEqual({});
  });

  // A pull request can add links inside a stack or zone folder: their targets (the runner's files, the
  // Action's own environment) must never be read, and so never quoted in a finding.
  const SECRET = "runner-secret-7f3a9c";
  const outsideFile = (root: string, name: string) => {
    mkdirSync(join(root, "outside"), { recursive: true });
    const path = join(root, "outside", name);
    writeFileSync(path, `domain: ${SECRET}.example\nunknown-key: ${SECRET}\n`);
    return path;
  };

  it.each([
    ["named by paths", { paths: "stacks/prod" }],
    ["found by the default paths", {}],
  ])("a domain file in a stack folder that links out of the workspace is refused, its target never read (%s)", async (_, inputs) => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/prod"), { recursive: true });
    symlinkSync(outsideFile(root, "x.yaml"), join(workspace, "stacks/prod/leak.yaml"));
    const run = await runAction({ ...inputs, ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns lint: input 'paths': stacks\/prod\/leak\.yaml is a symbolic link that resolves outside the workspace \(GITHUB_WORKSPACE\): the Action reads only the repository checkout/m);
    expect(run.stdout + run.stderr + run.summary).not.toContain(SECRET);
    expect(run.stdout).not.toMatch(/title=/);
  });

  it("a FIFO named like a domain file is an error annotation on it; the other files are linted and annotated (exit 1)", async () => {
    const workspace = exampleWorkspace();
    expect(spawnSync("mkfifo", [join(workspace, "stacks/example/zz.yaml")]).status).toBe(0);
    const run = await runAction({ paths: "stacks/example", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=file-unreadable,file=stacks/example/zz.yaml,line=1,endLine=1,col=1,endColumn=1::is a FIFO (named pipe), not a domain file: it was not checked (the other files were)");
    expect(run.stdout).toContain(`::error title=mx-target-not-hostname,file=${NET},line=8,`);
  });

  it("a link out of the workspace inside a folder linked into the stack is refused too, its target never read", async () => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/prod"), { recursive: true });
    // The folder link stays inside the workspace; the file link in the folder it leads to does not.
    mkdirSync(join(workspace, "common"), { recursive: true });
    symlinkSync(outsideFile(root, "x.yaml"), join(workspace, "common/leak.yaml"));
    symlinkSync("../../common", join(workspace, "stacks/prod/linked"));
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns lint: input 'paths': stacks\/prod\/linked\/leak\.yaml is a symbolic link that resolves outside the workspace \(GITHUB_WORKSPACE\): the Action reads only the repository checkout/m);
    expect(run.stdout + run.stderr + run.summary).not.toContain(SECRET);
    expect(run.stdout).not.toMatch(/title=/);
  });

  it("a folder linked into the stack from inside the workspace is read as usual", async () => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "library"), { recursive: true });
    mkdirSync(join(workspace, "stacks/prod"), { recursive: true });
    symlinkSync("../../library", join(workspace, "stacks/prod/common"));
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.stdout).not.toContain("outside the workspace");
    expect(run.stdout).toMatch(/^::(error|warning|notice) title=[a-z0-9-]+,file=stacks\/prod\/common\/example\.net\.yaml,line=\d+/m);
  });

  it("a zone file in the zone folder that links out of the workspace is refused, its target never read", async () => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/prod"), { recursive: true });
    cpSync(join(repoRoot, "test/action/fixtures/plan/zones"), join(workspace, "zones"), { recursive: true });
    symlinkSync(outsideFile(root, "leak.zone"), join(workspace, "zones/leak.example.zone"));
    const run = await runAction({ command: "plan", paths: "stacks/prod", zone: "zones", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns: input 'zone': zones\/leak\.example\.zone is a symbolic link that resolves outside the workspace/m);
    expect(run.stdout + run.stderr + run.summary).not.toContain(SECRET);
  });

  it("a link that stays inside the workspace is read as usual", async () => {
    const root = scratchDir();
    const workspace = join(root, "repo");
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "library"), { recursive: true });
    mkdirSync(join(workspace, "stacks/prod"), { recursive: true });
    symlinkSync(join(workspace, "library", "example.net.yaml"), join(workspace, "stacks/prod/example.net.yaml"));
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.stdout).not.toContain("outside the workspace");
    expect(run.stdout).toMatch(/^::(error|warning|notice) title=[a-z0-9-]+,file=stacks\/prod\/example\.net\.yaml,line=\d+/m);
  });
});

describe("annotations show a quoted value's characters, never act on them", () => {
  it("a bidirectional control in an SPF term is shown as U+XXXX, as the job summary shows it; the file is named as it is", async () => {
    // U+202E (right-to-left override) would show the rest of the annotation's words reversed (Trojan Source).
    const workspace = scratchDir();
    writeIn(workspace, "stacks/prod/x\u2066.yaml", 'domain: example.com\nmail: {provider: external}\nmx: none\nspf: "v=spf1 include:_spf.example.net \u202e\u2066 -all"\n');
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(lines).toContainEqual(expect.stringMatching(/^::error title=spf-syntax,file=stacks\/prod\/x\u2066\.yaml,line=4,.*::`U\+202EU\+2066` is not a valid SPF term/));
    for (const line of lines) expect(line.slice(line.indexOf("::", 2))).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u001b]/);
    expect(run.summary).toContain("U+202EU+2066");
  });
});

describe("what a domain file's lint: entries silence is shown to the reviewer", () => {
  const file = [
    "domain: example.com",
    "mail: {provider: external}",
    "mx: none",
    'spf: "v=spf1 include:_spf.example.net ~all"',
    "lint:",
    "  - rule: mx-missing",
    '    reason: "no mail here yet [see](1) @team"',
    "    until: 2027-01-31",
    "  - rule: spf-softfail-advice",
    "    reason: senders still being listed",
    "",
  ].join("\n");

  it("the summary counts and lists them (rule, place, reason, expiry), SARIF marks them suppressed in source; the step still passes", async () => {
    const workspace = scratchDir();
    writeIn(workspace, "stacks/prod/example.com.yaml", file);
    const run = await runAction({ paths: "stacks/prod", "sarif-file": "maildns.sarif", ...TODAY }, { workspace });
    // What fails is unchanged: the silenced error fails nothing, and is in no count.
    expect(run.status).toBe(0);
    expect(run.outputs.errors).toBe("0");
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.summary).toContain("1 file, 1 domain: **0 errors**, 1 warning, 0 info; 2 findings suppressed (listed below). The check fails on errors.");
    expect(run.summary).toContain(
      [
        "### Suppressed findings",
        "",
        "2 findings silenced by `lint:` entries in the domain files: not counted above, and they fail nothing. Check each reason.",
        "",
        "| Level | Where | Rule | Message | Reason | Until |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 🔴 error | `stacks/prod/example.com.yaml:3:5` | `mx-missing` |",
      ].join("\n"),
    );
    // The reason is the pull request's text: shown as its characters (no link, no mention).
    expect(run.summary).toContain("| no mail here yet \\[see\\](1) @&#8203;team | `2027-01-31` |");
    expect(run.summary).toMatch(/\| 🔵 info \| `stacks\/prod\/example\.com\.yaml:4:\d+` \| `spf-softfail-advice` \| .* \| senders still being listed \| no expiry \|\n/);

    const sarif = JSON.parse(readFileSync(join(workspace, "maildns.sarif"), "utf8"));
    const results = sarif.runs[0].results as { ruleId: string; level: string; suppressions?: unknown[] }[];
    expect(results.map((r) => r.ruleId).sort()).toEqual(["dmarc-missing", "mx-missing", "spf-softfail-advice"]);
    expect(results.find((r) => r.ruleId === "dmarc-missing")!.suppressions).toBeUndefined();
    expect(results.find((r) => r.ruleId === "mx-missing")!.suppressions).toEqual([
      {
        kind: "inSource",
        justification: "no mail here yet [see](1) @team",
        location: { physicalLocation: { artifactLocation: { uri: "stacks/prod/example.com.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 6 } } },
        properties: { until: "2027-01-31" },
      },
    ]);
    expect(results.find((r) => r.ruleId === "spf-softfail-advice")!.suppressions).toEqual([
      { kind: "inSource", justification: "senders still being listed", location: { physicalLocation: { artifactLocation: { uri: "stacks/prod/example.com.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 9 } } } },
    ]);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The JSON report (the `--format json` contract) is unchanged: only the finding that counts.
    expect(report(run).findings.map((f) => f.ruleId)).toEqual(["dmarc-missing"]);
  });

  it("with the cache, a warm run shows them too (a file whose entries silence findings is linted again)", async () => {
    const workspace = scratchDir();
    writeIn(workspace, "stacks/prod/example.com.yaml", file);
    const inputs = { paths: "stacks/prod", cache: ".maildns/lint-cache", ...TODAY };
    const cold = await runAction(inputs, { workspace });
    const warm = await runAction(inputs, { workspace });
    for (const run of [cold, warm]) {
      expect(run.status).toBe(0);
      expect(run.summary).toContain("; 2 findings suppressed (listed below).");
      expect(run.summary).toContain("| senders still being listed | no expiry |");
    }
  });

  it("no entry silences anything: no such section", async () => {
    const run = await runAction({ paths: "stacks/example", ...TODAY }, { workspace: exampleWorkspace() });
    expect(run.summary).not.toContain("suppressed");
  });
});

describe("invisible format characters (Unicode category Cf) are shown as U+XXXX too", () => {
  it("zero-width space, joiners, word joiner, byte-order mark and soft hyphen in an SPF term: in the annotation and the job summary", async () => {
    // Each renders as nothing: "include:_spf.example.net" with a U+200B inside looks like the real name.
    const invisible = "\u200b\u200c\u200d\u2060\ufeff\u00ad";
    const workspace = scratchDir();
    writeIn(workspace, "stacks/prod/x.yaml", `domain: example.com\nmail: {provider: external}\nmx: none\nspf: "v=spf1 include:_spf.example.net ${invisible} -all"\n`);
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(lines).toContainEqual(expect.stringMatching(/^::error title=spf-syntax,file=stacks\/prod\/x\.yaml,line=4,.*::`U\+200BU\+200CU\+200DU\+2060U\+FEFFU\+00AD` is not a valid SPF term/));
    for (const line of lines) expect(line).not.toMatch(/\p{Cf}/u);
    expect(run.summary).toContain("U+200BU+200CU+200DU+2060U+FEFFU+00AD");
    expect(run.summary).not.toMatch(/\p{Cf}/u);
  });
});

describe("annotations are capped as every report is, and the summary says what GitHub leaves unmarked", () => {
  it("a file of 250 unknown keys: 200 annotations and a notice counting the rest; the counts, the report and the failure see all 250", async () => {
    const workspace = scratchDir();
    writeIn(workspace, "stacks/prod/a.yaml", ["domain: example.com", ...Array.from({ length: 250 }, (_, i) => `k${i}: 1`), ""].join("\n"));
    const run = await runAction({ paths: "stacks/prod", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(lines.filter((l) => l.startsWith("::error title=file-schema,file=stacks/prod/a.yaml,"))).toHaveLength(200);
    expect(lines).toContain("::notice title=maildns::50 more findings not shown (at most 200 per file and 5,000 per run, the most severe first; the counts include them)");
    // The step's own failure line comes first: GitHub marks only the first 10 error annotations of a step,
    // so made after the 200 findings it was never among them.
    expect(lines[0]).toBe("::error::maildns lint: 250 findings at or above error (fail-on)");
    expect(lines.filter((l) => l.startsWith("::error::"))).toHaveLength(1);
    expect(lines).toHaveLength(202);
    expect(run.outputs.errors).toBe("250");
    expect(report(run).summary.errors).toBe(250);
    expect(run.summary).toContain(
      "This step made 201 error annotations; GitHub marks only the first 10 of each kind on the files (and 50 per job), so some findings above have no mark on their line.",
    );
  });

  it("ten annotations of a kind or fewer: no such sentence", async () => {
    const run = await runAction({ paths: "stacks/example", ...TODAY }, { workspace: exampleWorkspace() });
    expect(run.summary).not.toContain("GitHub marks only");
  });
});

/** A copy of `workspace` (.git and all) with its committed .maildns/lint-cache moved to `path`, committed. */
function copyWithCacheIn(workspace: string, path: string): string {
  const copy = scratchDir();
  cpSync(workspace, copy, { recursive: true });
  git(copy, "mv", ".maildns/lint-cache", "moved");
  git(copy, "mv", "moved", path);
  gitCommitAll(copy, "the cache in a folder");
  return copy;
}

describe("input: cache (lint, restored and saved by actions/cache)", () => {
  it("writes the cache file in the workspace, and a warm run reports the same findings", async () => {
    const workspace = exampleWorkspace();
    const inputs = { paths: "stacks/example", cache: ".maildns/cache.json", ...TODAY };
    const cold = await runAction(inputs, { workspace });
    expect(existsSync(join(workspace, ".maildns/cache.json"))).toBe(true);
    const warm = await runAction(inputs, { workspace });
    expect(warm.status).toBe(cold.status);
    expect(report(warm)).toEqual(report(cold));
    expect(readFileSync(join(workspace, ".maildns/cache.json"), "utf8")).toContain(`"${NET}"\t`);
  });

  it("new DMARC evidence beside the files lints them again", async () => {
    const workspace = scratchDir();
    rampWorkspace(join(workspace, "infra"), SCENARIOS.failingSource);
    const inputs = { command: "lint", "working-directory": "infra", paths: "stacks", cache: ".maildnscache", ...TODAY };
    const refused = await runAction(inputs, { workspace });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^::error title=dmarc-ramp-evidence,file=infra\/stacks\/shop\.example\.yaml,line=20/m);
    writeFileSync(join(workspace, "infra", "stacks", "dmarc-evidence.json"), serializeEvidence(SCENARIOS.solid));
    const backed = await runAction(inputs, { workspace });
    expect(backed.stdout).not.toMatch(/dmarc-ramp-evidence/);
    expect(backed.status).toBe(0);
  });

  it("a cache the commit holds is refused: one a pull request forged would pass its file unlinted", async () => {
    const workspace = scratchDir();
    const file = "stacks/prod/example.com.yaml";
    const clean = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 include:_spf.example.net -all"\ndmarc: {p: none, rua: "mailto:r@example.com", since: 2026-11-01}\n';
    writeIn(workspace, file, clean);
    const inputs = { paths: "stacks/prod", cache: ".maildns/lint-cache", ...TODAY };
    expect((await runAction(inputs, { workspace })).status).toBe(0);
    // The forgery: +all, and the cache's line for the file rewritten to the new bytes' SHA-256 with no finding.
    const hostile = clean.replace("include:_spf.example.net -all", "+all");
    writeIn(workspace, file, hostile);
    const cachePath = join(workspace, ".maildns/lint-cache");
    const lines = readFileSync(cachePath, "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith(`"${file}"\t`));
    const [path, hash, , day, , domain] = lines[at]!.split("\t");
    const sha = createHash("sha256").update(hostile).digest("base64");
    const body = [path, [sha, ...hash!.split(" ").slice(1)].join(" "), "-", day, "0 0 0", domain, "[]"].join("\t");
    lines[at] = `${body}\t${Buffer.byteLength(body)}`;
    writeFileSync(cachePath, lines.join("\n"));
    // Outside git nothing says where the file came from (actions/cache restores it untracked): it is used,
    // which is what makes a forged one pass.
    expect((await runAction(inputs, { workspace })).stdout).not.toContain("spf-permissive-all");
    writeFileSync(cachePath, lines.join("\n"));
    // Committed, as a pull request would add it: refused, so the step fails instead of passing.
    gitInit(workspace);
    const run = await runAction(inputs, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error::maildns lint: input 'cache': .maildns/lint-cache is committed in the repository, so the commit being checked wrote it, and a pull request could write one that passes its own files unlinted; the cache must come from actions/cache only: remove it from the repository (git rm --cached .maildns/lint-cache) and list it in .gitignore",
    );
    // In a folder the cache input names, likewise.
    const inFolder = await runAction({ ...inputs, cache: ".maildns/" }, { workspace: copyWithCacheIn(workspace, ".maildns/.maildnscache") });
    expect(inFolder.status).toBe(1);
    expect(inFolder.stdout).toMatch(/^::error::maildns lint: input 'cache': \.maildns\/\.maildnscache is committed in the repository/m);
  });

  it("a cache or SARIF file the commit links elsewhere is never written through the link: .git/index and .git/config stay git's", async () => {
    const workspace = exampleWorkspace();
    mkdirSync(join(workspace, ".maildns"));
    symlinkSync("../.git/index", join(workspace, ".maildns/lint-cache"));
    symlinkSync(".git/config", join(workspace, "maildns.sarif"));
    // A program an earlier step put in the workspace, which a later one runs.
    writeIn(workspace, "tools/deploy", "#!/bin/sh\necho deploying\n");
    symlinkSync("tools/deploy", join(workspace, "out.sarif"));
    gitInit(workspace);
    const before = ["index", "config"].map((f) => readFileSync(join(workspace, ".git", f)));
    const cache = await runAction({ paths: "stacks/example", cache: ".maildns/lint-cache", ...TODAY }, { workspace });
    expect(cache.status).toBe(1);
    expect(cache.stdout).toContain(
      "::error::maildns: input 'cache': '.maildns/lint-cache' resolves into the repository's .git folder through a symbolic link: git's own files, which maildns neither reads nor writes; give a path of the checkout's files",
    );
    const sarif = await runAction({ paths: "stacks/example", "sarif-file": "maildns.sarif", ...TODAY }, { workspace });
    expect(sarif.stdout).toMatch(/^::error::maildns: input 'sarif-file': 'maildns\.sarif' resolves into the repository's \.git folder through a symbolic link/m);
    expect(["index", "config"].map((f) => readFileSync(join(workspace, ".git", f)))).toEqual(before);
    const program = await runAction({ paths: "stacks/example", "sarif-file": "out.sarif", ...TODAY }, { workspace });
    expect(program.stdout).toContain(
      "::error::maildns: input 'sarif-file': 'out.sarif' is written through the symbolic link out.sarif of the checkout, which the commit being checked may point at any file the step can write; give a path without links (the Action makes the folders it needs)",
    );
    expect(readFileSync(join(workspace, "tools/deploy"), "utf8")).toBe("#!/bin/sh\necho deploying\n");
    expect(program.stdout).not.toMatch(/^::(error|warning|notice) title=/m);
  });

  it("a cache outside the workspace is refused", async () => {
    const run = await runAction({ paths: "stacks/example", cache: "../elsewhere/cache" }, { workspace: exampleWorkspace() });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::.*input 'cache'/);
  });
});
