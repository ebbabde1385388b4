// A pull request that deletes a domain file, in a repository whose stack has no committed adoption file (as
// `maildns init` makes it: the apply workflow writes maildns-adoption.json on the runner and never commits
// it). `maildns plan stacks/prod --base <base commit>` reads from git the domain files the change deletes and
// plans their zones' deletion as pulumi up makes it, gates included, so the check goes red before the merge.
// A real git repository in a temporary folder (base and head commits made with `git`), the CLI as a
// subprocess, the fault-injecting loopback DNS server serving the fixture zones.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import { git, gitCommitAll, gitInit, removeIn, writeIn } from "../helpers/git.js";
import { copiesOfFolder, removeWhenDone, tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { ALL_GATES, TODAY, useRemovedZoneFixture } from "./removed-zone-fixture.js";

const GATES_TRIPPED = ["delete-all-mx", "large-change", "loosen-dmarc", "loosen-spf", "remove-dkim-selector", "remove-dkim-selector", "remove-spf-include"];

const fixture = useRemovedZoneFixture();

/**
 * The base of the pull request: stack prod (as `maildns init` lays it out) with both domain files, committed.
 * Each test gets a copy of one repository made once, .git and all: the same commit, without four git runs.
 */
const baseRepositories = copiesOfFolder((cwd) => {
  writeIn(cwd, "stacks/Pulumi.prod.yaml", "config:\n  maildns:policy: ovh\n");
  writeIn(cwd, "stacks/prod/chain.example.yaml", fixture.chainYaml);
  writeIn(cwd, "stacks/prod/clean.example.yaml", fixture.cleanYaml);
  return gitInit(cwd);
});

function baseRepository(): { cwd: string; base: string } {
  const { dir, made } = baseRepositories();
  return { cwd: dir, base: made };
}

const plan = (cwd: string, ...args: string[]) => runCliAsync(["plan", "stacks/prod", ...fixture.dnsArgs, ...TODAY, ...args], { cwd });

type Json = { removedZones: { zone: string }[]; removedZonesNotes: { kind: string }[]; changes: { domain: string; action: string; name: string; type: string }[]; gates: { id: string; domain: string; tripped: boolean; allowed: boolean }[] };
const trippedIn = (json: Json, zone: string) => json.gates.filter((g) => g.domain === zone && g.tripped).map((g) => g.id);

describe("plan --base: a domain file deleted by the change, no adoption file committed", () => {
  test("before: without --base the plan passes (0) and only says under 'Not checked' that a removed file is not seen", async () => {
    const { cwd } = baseRepository();
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example");
    const run = await plan(cwd, "--detailed-exitcode");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Not checked: stacks/prod: no maildns-adoption.json in it and no base commit to compare with, so a domain file removed from this stack is not seen by plan");
    expect(run.stdout).toContain("plan with --base <the change's base commit>");
  });

  test("text: the zone, each record pulumi up deletes, the gates it trips; the plan fails (1)", async () => {
    const { cwd, base } = baseRepository();
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example");
    const run = await plan(cwd, "--base", base);
    expect(run.status).toBe(1);
    const short = base.slice(0, 12);
    expect(run.stdout).toContain(
      `clean.example\n  ! removed no domain file declares this zone any more; pulumi up deletes the 13 records the stack holds in it (stacks/prod/clean.example.yaml declared it at ${short} and no longer does; the records held are the live ones at its slots)\n`,
    );
    expect(run.stdout).toContain("  - delete clean.example MX ttl 3600\n    - 1 mx0.mail.ovh.net.\n    - 5 mx1.mail.ovh.net.\n    - 50 mx2.mail.ovh.net.\n    - 100 mx3.mail.ovh.net.\n");
    expect(run.stdout).toContain("  ! gate refused delete-all-mx: clean.example: this update removes every MX");
    expect(run.stdout).toContain("Plan: 0 to create, 0 to update, 10 to delete; 7 safety gates refuse it.");
    expect(run.stdout).not.toContain("Not checked: stacks/prod");
  });

  test("JSON: removedZones from git (source, base, deletedFiles), the deletions, the program's gates; Markdown names the zone", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const { cwd, base } = baseRepository();
    git(cwd, "rm", "-q", "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example");
    const run = await plan(cwd, "--base", base, "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([
      { zone: "clean.example", adoptionFile: null, readAt: null, held: 13, status: "planned", notServed: [], source: "git", base: base.slice(0, 12), deletedFiles: ["stacks/prod/clean.example.yaml"] },
    ]);
    expect(json.removedZonesNotes).toEqual([]);
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example").map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "delete _autodiscover._tcp.clean.example SRV",
      "delete _dmarc.clean.example TXT",
      "delete _imaps._tcp.clean.example SRV",
      "delete _submission._tcp.clean.example SRV",
      "delete autoconfig.clean.example CNAME",
      "delete autodiscover.clean.example CNAME",
      "delete clean.example MX",
      "delete clean.example TXT",
      "delete ovhmo3456789-selector1._domainkey.clean.example CNAME",
      "delete ovhmo3456789-selector2._domainkey.clean.example CNAME",
    ]);
    expect(trippedIn(json, "clean.example")).toEqual(GATES_TRIPPED);
    expect(json.summary).toMatchObject({ delete: 10, gatesRefused: 7, removedZones: 1 });
    const markdown = await plan(cwd, "--base", base, "-f", "markdown");
    expect(markdown.stdout).toContain("### Zones no domain file declares\n\n- **clean.example**: no domain file declares this zone any more; pulumi up deletes the 13 records the stack holds in it (stacks/prod/clean.example.yaml declared it at");
    expect(markdown.stdout).toContain("| **refused** | `delete-all-mx` | clean.example |");
  });

  test("every gate allowed: the deletion is a change pending (--detailed-exitcode 2); the base may be a branch name", async () => {
    const { cwd } = baseRepository();
    git(cwd, "checkout", "-q", "-b", "remove-clean");
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example");
    const run = await plan(cwd, "--base", "main", ...ALL_GATES, "--detailed-exitcode", "-f", "json");
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example"]);
  });

  test("uncommitted: the working tree is compared with the base, so a file deleted but not yet committed is seen too", async () => {
    const { cwd, base } = baseRepository();
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    const run = await plan(cwd, "--base", base, "-f", "json");
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).removedZones.map((z: { zone: string }) => z.zone)).toEqual(["clean.example"]);
  });

  test("a file renamed (git mv) is not a deletion: nothing removed, the plan passes", async () => {
    const { cwd, base } = baseRepository();
    git(cwd, "mv", "stacks/prod/clean.example.yaml", "stacks/prod/clean.yaml");
    gitCommitAll(cwd, "rename");
    const run = await plan(cwd, "--base", base, "-f", "json", "--detailed-exitcode");
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([]);
    expect(json.removedZonesNotes).toEqual([]);
    expect(run.status).toBe(0);
  });

  test("a file deleted and a new one for the same domain added is an edit: planned as a change to the domain, not a removal", async () => {
    const { cwd, base } = baseRepository();
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    writeIn(cwd, "stacks/prod/new/clean-example.yml", fixture.cleanYaml.replace(/include:mx\.ovh\.com|mx\.ovh\.com/, "mx.ovh.com, _spf.example.net"));
    gitCommitAll(cwd, "rewrite clean.example");
    const run = await plan(cwd, "--base", base, "-f", "json");
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([]);
    // The domain is planned from its new file as usual: no deletion of its MX.
    expect(json.changes.filter((c: { domain: string; action: string }) => c.domain === "clean.example" && c.action === "delete")).toEqual([]);
    expect(trippedIn(json, "clean.example")).not.toContain("delete-all-mx");
  });

  test("a file moved to another stack is a deletion from this one (pulumi up of prod deletes what prod holds)", async () => {
    const { cwd, base } = baseRepository();
    writeIn(cwd, "stacks/Pulumi.staging.yaml", "config:\n  maildns:policy: ovh\n");
    writeIn(cwd, "stacks/staging/.keep", "");
    git(cwd, "mv", "stacks/prod/clean.example.yaml", "stacks/staging/clean.example.yaml");
    gitCommitAll(cwd, "move clean.example to staging");
    const run = await runCliAsync(["plan", "stacks", ...fixture.dnsArgs, ...TODAY, "--base", base, "-f", "json"], { cwd });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones.map((z: { zone: string; deletedFiles: string[] }) => [z.zone, z.deletedFiles])).toEqual([["clean.example", ["stacks/prod/clean.example.yaml"]]]);
  });

  test("a domain: line changed takes the old zone out of the stack", async () => {
    const { cwd, base } = baseRepository();
    writeIn(cwd, "stacks/prod/clean.example.yaml", fixture.cleanYaml.replace(/^domain: clean\.example$/m, "domain: other.example"));
    gitCommitAll(cwd, "rename the domain");
    const run = await plan(cwd, "--base", base, "-f", "json");
    const json = JSON.parse(run.stdout);
    expect(json.removedZones.map((z: { zone: string; deletedFiles: string[] }) => [z.zone, z.deletedFiles])).toEqual([["clean.example", ["stacks/prod/clean.example.yaml"]]]);
    const text = await plan(cwd, "--base", base);
    expect(text.stdout).toContain(`(stacks/prod/clean.example.yaml declared it at ${base.slice(0, 12)} and no longer does; the records held are the live ones at its slots)`);
  });

  test("a failed lookup in the removed zone: nothing planned there, the lookup named, the plan fails (1) even with every gate allowed", async () => {
    const { cwd, base } = baseRepository();
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example");
    fixture.server.setFault("clean.example/MX", "servfail");
    const run = await plan(cwd, "--base", base, "-f", "json", ...ALL_GATES, "--detailed-exitcode");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones[0]).toMatchObject({ zone: "clean.example", status: "lookup-failed" });
    expect(json.changes.filter((c: { domain: string }) => c.domain === "clean.example")).toEqual([]);
    expect(json.gates.filter((g: { domain: string }) => g.domain === "clean.example")).toEqual([]);
    expect(json.failures).toEqual([{ domain: "clean.example", name: "clean.example", type: "MX", reason: "servfail", detail: expect.any(String), server: expect.any(String) }]);
  });

  test("a shallow clone without the base commit: said, and the plan fails (never a silent green)", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const { cwd: origin, base } = baseRepository();
    removeIn(origin, "stacks/prod/clean.example.yaml");
    gitCommitAll(origin, "remove clean.example");
    const clones = mkdtempSync(join(tmpdir(), "maildns-clone-"));
    removeWhenDone(clones);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin}`, "shallow"], { cwd: clones, timeout: 30_000, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } });
    const shallow = join(clones, "shallow");
    const run = await plan(shallow, "--base", base, "-f", "json", "--detailed-exitcode");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones).toEqual([]);
    expect(json.removedZonesNotes).toEqual([{ stack: "stacks/prod", kind: "base", detail: expect.stringContaining(`the base commit ${base} is not in this clone, which is shallow`) }]);
    const text = await plan(shallow, "--base", base);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`! error stacks/prod: the base commit ${base} is not in this clone, which is shallow (actions/checkout fetches one commit unless told otherwise): check out with fetch-depth: 0`);
  });

  test("no git repository, or a base that names nothing: the plan fails with the reason; an empty --base is a usage error", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const outside = tempTree({ "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n", "stacks/prod/chain.example.yaml": fixture.chainYaml });
    // git must not find a repository above the temporary folder either (a TMPDIR inside a checkout).
    const none = await runCliAsync(["plan", "stacks/prod", ...fixture.dnsArgs, ...TODAY, "--base", "main"], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: dirname(outside) } });
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/! error stacks\/prod: the base main cannot be read: .* is not in a git repository/);
    const { cwd } = baseRepository();
    const unknown = await plan(cwd, "--base", "no-such-branch");
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain("! error stacks/prod: the base no-such-branch is not a commit of this repository");
    const empty = await plan(cwd, "--base=");
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("--base needs a git revision");
  });

  test("the stack's last domain file deleted (git drops the emptied folder): the stack given is read from the base, its zones planned as removed", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const { cwd, base } = baseRepository();
    git(cwd, "rm", "-q", "stacks/prod/clean.example.yaml", "stacks/prod/chain.example.yaml");
    gitCommitAll(cwd, "leave this host");
    const run = await plan(cwd, "--base", base, "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.removedZones.map((z: { zone: string; deletedFiles: string[] }) => [z.zone, z.deletedFiles])).toEqual([
      ["chain.example", ["stacks/prod/chain.example.yaml"]],
      ["clean.example", ["stacks/prod/clean.example.yaml"]],
    ]);
    expect(trippedIn(json, "clean.example")).toContain("delete-all-mx");
    // Without --base the folder is a path that does not exist: a usage error, as before.
    expect((await plan(cwd)).status).toBe(2);
  });

  test("plan stacks: a stack folder the change emptied is read from the base when its stack config says it was a stack", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const { cwd } = baseRepository();
    writeIn(cwd, "stacks/Pulumi.staging.yaml", "config:\n  maildns:policy: ovh\n");
    git(cwd, "rm", "-q", "stacks/prod/clean.example.yaml");
    writeIn(cwd, "stacks/staging/clean.example.yaml", fixture.cleanYaml);
    writeIn(cwd, "stacks/notes/clean.example.yaml", fixture.cleanYaml);
    const base = gitCommitAll(cwd, "clean.example moves to staging (and a copy in a folder that is no stack)");
    git(cwd, "rm", "-q", "-r", "stacks/staging", "stacks/notes");
    gitCommitAll(cwd, "staging and notes emptied");
    const run = await runCliAsync(["plan", "stacks", ...fixture.dnsArgs, ...TODAY, "--base", base, "-f", "json"], { cwd });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    // stacks/notes has no stack config: not a stack, so nothing of it is called removed.
    expect(json.removedZones.map((z: { zone: string; deletedFiles: string[] }) => [z.zone, z.deletedFiles])).toEqual([["clean.example", ["stacks/staging/clean.example.yaml"]]]);
  });

  test("two deleted files of one domain, with the same bytes: one zone, both files named, one blob read for both", async () => {
    const { cwd } = baseRepository();
    writeIn(cwd, "stacks/prod/copy/clean.example.yaml", fixture.cleanYaml);
    const base = gitCommitAll(cwd, "a second file for clean.example");
    git(cwd, "rm", "-q", "-r", "stacks/prod/copy", "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove both");
    const json = JSON.parse((await plan(cwd, "--base", base, "-f", "json")).stdout);
    expect(json.removedZones.map((z: { zone: string; deletedFiles: string[]; held: number }) => [z.zone, z.deletedFiles, z.held])).toEqual([
      ["clean.example", ["stacks/prod/clean.example.yaml", "stacks/prod/copy/clean.example.yaml"], 13],
    ]);
  });

  test("a committed adoption file stays the source: --base adds nothing to a stack that has one", async () => {
    const { cwd, base } = baseRepository();
    writeIn(cwd, "stacks/prod/maildns-adoption.json", JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-12-01T10:00:00.000Z", zones: {}, stack: [] }));
    removeIn(cwd, "stacks/prod/clean.example.yaml");
    gitCommitAll(cwd, "remove clean.example, adoption file committed");
    const run = await plan(cwd, "--base", base, "-f", "json");
    // The adoption file says the stack holds nothing in clean.example: nothing for pulumi up to delete.
    expect(JSON.parse(run.stdout).removedZones).toEqual([]);
  });
});
