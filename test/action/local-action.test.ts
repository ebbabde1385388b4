// GitHub's own local runner, @github/local-action, drives the Action: it imports `run()` from the entry point
// (the source, through tsx), stubs @actions/core and @actions/github with its own implementations, reads the
// inputs' defaults from action.yml, and prints the outputs it received. What it prints is what we assert.
import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGithub, type FakeGithub } from "./fake-github.js";
import { checkWorkflow, initRepository, pullRequest, TODAY } from "./init-repository.js";
import { repoRoot, scratchDir } from "./run-action.js";

const localAction = join(repoRoot, "node_modules/@github/local-action/bin/local-action.js");

interface LocalRun {
  status: number | null;
  stdout: string;
  /** The "Action Outputs" table local-action prints after run() returns. */
  outputs: Record<string, string>;
}

/** The rows of the outputs table: `│ 0 │ 'errors' │ '6' │`. */
function outputsTable(stdout: string): Record<string, string> {
  const section = stdout.slice(stdout.lastIndexOf("Action Outputs"));
  const outputs: Record<string, string> = {};
  for (const match of section.matchAll(/^│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│$/gm)) outputs[match[1]!] = match[2]!;
  return outputs;
}

function runLocalAction(dotenv: Record<string, string>, dir: string): Promise<LocalRun> {
  const envFile = join(dir, "local-action.env");
  writeFileSync(envFile, Object.entries(dotenv).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join("\n") + "\n");
  return new Promise((resolve, reject) => {
    // `local-action run <action folder> <entry point> <dotenv file>`, from the repository (it asks npm where
    // @actions/core and @actions/github are installed, to stub them).
    const child = spawn(process.execPath, [localAction, "run", repoRoot, "src/action/main.ts", envFile], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, outputs: outputsTable(stdout) });
    });
  });
}

describe("the Action under @github/local-action", () => {
  let github: FakeGithub;
  let run: LocalRun;
  const workspace = scratchDir();
  const TOKEN = "ghs_local0action0token0never0printed";

  beforeAll(async () => {
    cpSync(join(repoRoot, "stacks/example"), join(workspace, "stacks/prod"), { recursive: true });
    github = await startFakeGithub("acme", "mail-dns");
    const event = join(workspace, "event.json");
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 }, repository: { full_name: "acme/mail-dns" } }));
    writeFileSync(join(workspace, "summary.md"), "");
    run = await runLocalAction(
      {
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace,
        GITHUB_STEP_SUMMARY: join(workspace, "summary.md"),
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: "acme/mail-dns",
        GITHUB_API_URL: github.url,
        GITHUB_ACTION: "maildns",
        // `paths` is left to action.yml's default (every stack but the example), which local-action reads.
        INPUT_TODAY: "2026-11-23",
        "INPUT_SARIF-FILE": "maildns.sarif",
        INPUT_COMMENT: "true",
        "INPUT_COMMENT-MARKER": "maildns-local",
        "INPUT_GITHUB-TOKEN": TOKEN,
      },
      scratchDir(),
    );
  }, 120_000);
  afterAll(() => github.close());

  it("imports run() from the entry point and sees every output it set", () => {
    expect(run.stdout).toContain("Running Action");
    expect(run.stdout).not.toContain("does not export a run() function");
    expect(Object.keys(run.outputs).sort()).toEqual(["changes", "errors", "infos", "report", "warnings"]);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(run.outputs.report).toBe(join(workspace, "maildns-lint-maildns.json"));
    expect(report.summary).toMatchObject({ files: 3, domains: 3 });
    expect(run.outputs.errors).toBe(String(report.summary.errors));
    expect(run.outputs.warnings).toBe(String(report.summary.warnings));
    expect(run.outputs.infos).toBe(String(report.summary.infos));
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(5);
    expect(run.outputs.changes).toBe("0");
  });

  it("annotates through the stubbed toolkit, fails the step, and writes the summary and SARIF", () => {
    expect(run.stdout).toMatch(/::error title=mx-target-not-hostname,file=stacks\/prod\/example\.net\.yaml,line=8,endLine=8,col=14,endColumn=22::/);
    expect(run.stdout).toMatch(/::error::maildns lint: \d+ findings at or above error \(fail-on\)/);
    expect(readFileSync(join(workspace, "summary.md"), "utf8")).toMatch(/^## maildns lint: ❌ failed/);
    const sarif = JSON.parse(readFileSync(join(workspace, "maildns.sarif"), "utf8"));
    expect(sarif.runs[0].results.length).toBe(Number(run.outputs.errors) + Number(run.outputs.warnings) + Number(run.outputs.infos));
  });

  it("writes the PR comment through the stubbed Octokit, with its marker, never printing the token", () => {
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- maildns-local -->\n## maildns lint: ❌ failed/);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(run.stdout).not.toContain(TOKEN);
  });
});

describe("the Action under @github/local-action: a pull request deleting a domain file in a repository made by maildns init", () => {
  it("plans the zone's deletion from the base commit the event names: the step fails on the gates, the deleted file is annotated", async () => {
    const { repo, base, head } = initRepository();
    const event = join(scratchDir(), "event.json");
    writeFileSync(event, JSON.stringify(pullRequest(base, head).payload));
    const summary = join(scratchDir(), "summary.md");
    writeFileSync(summary, "");
    const run = await runLocalAction(
      {
        GITHUB_WORKSPACE: repo,
        RUNNER_TEMP: scratchDir(),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: "acme/mail-dns",
        GITHUB_ACTION: "maildns",
        // The plan step of the check workflow init wrote, reading zone files instead of live DNS.
        ...Object.fromEntries(Object.entries(checkWorkflow(repo).plan).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
        INPUT_ZONE: "zones",
        INPUT_TODAY: TODAY,
      },
      scratchDir(),
    );
    expect(run.stdout).toMatch(/::error::maildns plan: \d+ safety gates would refuse this apply: delete-all-mx \(clean\.example: this update removes every MX/);
    expect(run.stdout).toContain("::warning title=removed-zone,file=stacks/prod/clean.example.yaml::clean.example: no domain file declares this zone any more; pulumi up deletes the 6 records the stack holds in it");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones.map((z: { zone: string; source: string; base: string }) => [z.zone, z.source, z.base])).toEqual([["clean.example", "git", base.slice(0, 12)]]);
    expect(readFileSync(summary, "utf8")).toContain("#### Zones no domain file declares");
  }, 120_000);
});
