// A repository made by `maildns init`, whose apply workflow writes maildns-adoption.json on the runner and
// never commits it: a pull request that deletes a domain file must not get a green check. The Action's plan
// step, with the inputs of the check workflow `init` wrote, on a pull_request event whose payload names the
// base commit, reads from git the domain file the pull request deletes and plans its zone's deletion as
// pulumi up makes it on merge: the step fails on the gates, the job summary and an annotation say what the
// merge deletes. A real git repository (base and head commits made with `git`), the bundle as a subprocess,
// `maildns init` as a subprocess (once for the file: each test gets a copy of that repository), zone files in
// place of live DNS.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { git, gitCommitAll } from "../helpers/git.js";
import { checkWorkflow, copyOfInitRepository, pullRequest, TODAY } from "./init-repository.js";
import { ensureBundle, runAction, scratchDir, type ActionRun } from "./run-action.js";

beforeAll(ensureBundle);

describe("the pull request check of a repository made by maildns init, when the pull request deletes a domain file", () => {
  let repo: string;
  let base: string;
  let head: string;
  let run: ActionRun;
  beforeAll(async () => {
    ({ repo, base, head } = copyOfInitRepository());
    run = await runAction({ ...checkWorkflow(repo).plan, zone: "zones", today: TODAY }, { workspace: repo, event: pullRequest(base, head), timeoutMs: 30_000 });
  });

  it("the workflow init wrote checks out the history the plan compares with", () => {
    expect(checkWorkflow(repo).checkout).toEqual({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    expect(checkWorkflow(repo).plan).toEqual({ command: "plan", paths: "stacks/prod" });
  });

  it("fails the step on the gates the apply on merge would refuse", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns plan: \d+ safety gates would refuse this apply: delete-all-mx \(clean\.example: this update removes every MX/m);
    expect(run.stdout).toContain("loosen-dmarc (clean.example: this update loosens DMARC: it removes the DMARC record)");
  });

  it("annotates the deleted file with what the merge deletes", () => {
    const short = base.slice(0, 12);
    expect(run.stdout).toContain(
      `::warning title=removed-zone,file=stacks/prod/clean.example.yaml::clean.example: no domain file declares this zone any more; pulumi up deletes the 6 records the stack holds in it (stacks/prod/clean.example.yaml declared it at ${short} and no longer does; the records held are the live ones at its slots)`,
    );
  });

  it("says it in the job summary: the zone, its deletions, the refused gates", () => {
    expect(run.summary).toContain("#### Zones no domain file declares\n\n- **clean.example**: no domain file declares this zone any more; pulumi up deletes the 6 records the stack holds in it (stacks/prod/clean.example.yaml declared it at");
    expect(run.summary).toContain("| delete | clean.example | MX |");
    expect(run.summary).toContain("| delete | \\_dmarc.clean.example | TXT |");
    expect(run.summary).toContain("| **refused** | `delete-all-mx` | clean.example |");
  });

  it("writes removedZones in the JSON report, read from git", () => {
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones).toEqual([
      { zone: "clean.example", source: "git", adoptionFile: null, readAt: null, base: base.slice(0, 12), deletedFiles: ["stacks/prod/clean.example.yaml"], held: 6, status: "planned", notServed: ["MX 200 mx4.mail.ovh.net. at clean.example (declared by the deleted file)"] },
    ]);
    expect(report.removedZonesNotes).toEqual([]);
    expect(report.gates.filter((g: { tripped: boolean; domain: string }) => g.tripped && g.domain === "clean.example").map((g: { id: string }) => g.id)).toEqual([
      "delete-all-mx",
      "large-change",
      "loosen-dmarc",
      "loosen-spf",
      "remove-spf-include",
    ]);
  });

  it("before: with no base (not a pull request event), the same head passes, saying only that a removed file is not seen", async () => {
    const push = await runAction({ ...checkWorkflow(repo).plan, zone: "zones", today: TODAY }, { workspace: repo, event: { name: "push", payload: {} }, timeoutMs: 30_000 });
    expect(push.status).toBe(0);
    expect(push.summary).toContain("no maildns-adoption.json in it and no base commit to compare with, so a domain file removed from this stack is not seen by plan");
    expect(push.stdout).not.toContain("removed-zone");
  });

  it("the base input names the commit on other events", async () => {
    const given = await runAction({ ...checkWorkflow(repo).plan, zone: "zones", today: TODAY, base: "main" }, { workspace: repo, event: { name: "push", payload: {} }, timeoutMs: 30_000 });
    expect(given.status).toBe(1);
    expect(JSON.parse(readFileSync(given.outputs.report!, "utf8")).removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example"]);
  });

  it("a base input git would take as an option is refused by name", async () => {
    const bad = await runAction({ ...checkWorkflow(repo).plan, zone: "zones", base: "--output=leak.txt" }, { workspace: repo, timeoutMs: 30_000 });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("::error::maildns: input 'base' must be a git revision");
  });
});

describe("a pull request that deletes the stack's only domain file (git drops the emptied folder)", () => {
  it("plans the zone's deletion from the base and fails the step on its gates, instead of 'no such folder'", async () => {
    const { repo, base } = copyOfInitRepository();
    git(repo, "rm", "-q", "stacks/prod/shop.example.yaml");
    const head = gitCommitAll(repo, "leave OVH");
    expect(existsSync(join(repo, "stacks/prod"))).toBe(false);
    const run = await runAction({ ...checkWorkflow(repo).plan, zone: "zones", today: TODAY }, { workspace: repo, event: pullRequest(base, head), timeoutMs: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns plan: \d+ safety gates would refuse this apply: delete-all-mx \(clean\.example: this update removes every MX/m);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example", "shop.example"]);
    expect(report.summary).toMatchObject({ files: 0, removedZones: 2 });
  });
});

describe("paths left empty (every stack): a stack folder the pull request emptied is still planned", () => {
  it("its zones' deletion fails the step, though the folder is gone from the checkout", async () => {
    const { repo, base } = copyOfInitRepository();
    git(repo, "rm", "-q", "stacks/prod/shop.example.yaml");
    const head = gitCommitAll(repo, "leave OVH");
    const run = await runAction({ command: "plan", zone: "zones", today: TODAY }, { workspace: repo, event: pullRequest(base, head), timeoutMs: 30_000 });
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example", "shop.example"]);
  });
});

describe("the same pull request checked out without its history (the checkout's default depth of one commit)", () => {
  const shallowClone = (repo: string): string => {
    const clones = scratchDir();
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "drop-clean", `file://${repo}`, "shallow"], { cwd: clones, timeout: 30_000, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } });
    return join(clones, "shallow");
  };

  it("fetches the base commit from origin by its id and plans the deletion as with the whole history", async () => {
    const { repo, base, head } = copyOfInitRepository();
    const shallow = shallowClone(repo);
    expect(() => git(shallow, "cat-file", "-e", `${base}^{commit}`)).toThrow();
    const run = await runAction({ ...checkWorkflow(shallow).plan, zone: "zones", today: TODAY }, { workspace: shallow, event: pullRequest(base, head), timeoutMs: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns plan: \d+ safety gates would refuse this apply: delete-all-mx \(clean\.example: this update removes every MX/m);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones.map((z: { zone: string; source: string; base: string }) => [z.zone, z.source, z.base])).toEqual([["clean.example", "git", base.slice(0, 12)]]);
    expect(report.removedZonesNotes).toEqual([]);
  });

  it("fails the step saying the base commit is missing and how to fetch it when origin cannot give it: never a green check that saw nothing", async () => {
    const { repo, base, head } = copyOfInitRepository();
    const shallow = shallowClone(repo);
    // An origin that refuses at once, on loopback, whose address carries a token that must never be printed.
    git(shallow, "remote", "set-url", "origin", "https://maildns-bot:s3cr3t-t0ken@127.0.0.1:1/maildns.git");
    const run = await runAction({ ...checkWorkflow(shallow).plan, zone: "zones", today: TODAY }, { workspace: shallow, event: pullRequest(base, head), timeoutMs: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::maildns plan: stacks/prod: the base commit ${base} is not in this clone, which is shallow (actions/checkout fetches one commit unless told otherwise), and fetching it from origin failed (`);
    expect(run.stdout).toContain("check out with fetch-depth: 0");
    expect(run.summary).toContain("**error**: stacks/prod: the base commit");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZonesNotes).toEqual([{ stack: "stacks/prod", kind: "base", detail: expect.stringContaining("is not in this clone, which is shallow") }]);
    for (const text of [run.stdout, run.stderr, run.summary, readFileSync(run.outputs.report!, "utf8")]) {
      expect(text).not.toContain("s3cr3t-t0ken");
      expect(text).not.toContain(Buffer.from("maildns-bot:s3cr3t-t0ken").toString("base64"));
    }
  });
});

