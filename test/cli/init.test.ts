// `maildns init DOMAIN --offer OFFER`, end to end: the CLI as a subprocess writes a repository of one's own,
// which then lints clean, carries its Pulumi stack config and the three workflows, and keeps its own files.
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/cli/init/scaffold.js";
import { repoRoot, runCli, unprivilegedUser, type CliRun } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";
import { folderState } from "../helpers/tree.js";

const TODAY = ["--today", "2026-11-23"];

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}
const workflow = (dir: string, name: string) => yaml.load(readFileSync(join(dir, ".github/workflows", name), "utf8")) as Workflow;

// Each test runs the CLI several times as a subprocess.
describe("maildns init", { timeout: 60_000 }, () => {
  const OFFERS = ["mx-plan", "email-pro", "hosted-exchange", "zimbra"];
  /**
   * One domain per offer, each written by its own `init` into one stack, then the stack linted once under
   * each pack: a lint report with no finding at all has none in any of the four files (each start of the
   * CLI is a Node process, and four stacks linted twice each were eight of them).
   */
  // Made outside a test, so it lasts for the file (test/helpers/tmp.ts), not only the test that runs first.
  const offersDir = tempTree({});
  let scaffolded: Promise<{ dir: string; inits: Map<string, CliRun>; lint: CliRun; rfc: CliRun }> | undefined;
  const offersStack = () =>
    (scaffolded ??= (async () => {
      const dir = offersDir;
      const inits = new Map<string, CliRun>();
      for (const offer of OFFERS) inits.set(offer, await runCliAsync(["init", `shop-${offer}.example`, "--offer", offer, ...TODAY], { cwd: dir }));
      const lint = await runCliAsync(["lint", "stacks/prod", ...TODAY], { cwd: dir });
      // Strict is stricter, but a fresh domain still passes its errors.
      const rfc = await runCliAsync(["lint", "stacks/prod", "--policy", "rfc", ...TODAY], { cwd: dir });
      return { dir, inits, lint, rfc };
    })());

  for (const offer of OFFERS) {
    it(`${offer}: the domain file lints clean (exit 0, no finding)`, async () => {
      const { inits, lint, rfc } = await offersStack();
      const init = inits.get(offer)!;
      expect(init.status, init.stderr).toBe(0);
      expect(init.stdout).toContain(`wrote  stacks/prod/shop-${offer}.example.yaml\n`);
      expect(lint.stdout).toBe(`${OFFERS.length} files, ${OFFERS.length} domains: 0 errors, 0 warnings, 0 info\n`);
      expect(lint.status).toBe(0);
      expect(rfc.status, rfc.stdout).toBe(0);
    });
  }

  it("writes the stack config, the Pulumi project and three workflows, and says what comes next", async () => {
    const dir = tempTree({});
    const init = await runCliAsync(["init", "Bücher.example", "--offer", "mx-plan", "--stack", "shop", "--region", "ca", ...TODAY], { cwd: dir });
    expect(init.status, init.stderr).toBe(0);
    const domain = "xn--bcher-kva.example";
    expect(init.stdout.split("\n").slice(0, 7)).toEqual([
      `wrote  stacks/shop/${domain}.yaml`,
      "wrote  stacks/Pulumi.shop.yaml",
      "wrote  Pulumi.yaml",
      "wrote  package.json",
      "wrote  .github/workflows/maildns-check-shop.yml",
      "wrote  .github/workflows/maildns-apply-shop.yml",
      "wrote  .github/workflows/maildns-drift-shop.yml",
    ]);
    expect(init.stdout).toContain("npm install, and commit package-lock.json");
    // The suppression is an entry of three lines (rule, reason, until): removing its first line alone breaks the YAML.
    expect(init.stdout).toMatch(/and remove the\s+dkim-missing-selector entry\s+under lint: \(its three lines\)/);
    const file = yaml.load(readFileSync(join(dir, `stacks/shop/${domain}.yaml`), "utf8")) as Record<string, unknown>;
    expect(file).toMatchObject({ domain, mail: { provider: "ovh", offer: "mx-plan", region: "ca" }, mx: "ovh", dmarc: { p: "none", rua: `mailto:dmarc-reports@${domain}` } });
    expect((file.lint as { rule: string; until: unknown }[]).map((s) => s.rule)).toEqual(["dkim-missing-selector", "dmarc-none-monitoring-stage", "spf-softfail-advice"]);
    expect((file.lint as { reason: string }[])[0]!.reason).toMatch(/ and remove this entry$/);
    expect(yaml.load(readFileSync(join(dir, "stacks/Pulumi.shop.yaml"), "utf8"))).toEqual({ config: { "maildns:policy": "ovh", "ovh:endpoint": "ovh-ca" } });
    expect(yaml.load(readFileSync(join(dir, "Pulumi.yaml"), "utf8"))).toMatchObject({ runtime: { name: "nodejs" }, main: "node_modules/maildns/dist/pulumi.js", stackConfigDir: "stacks" });
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(Object.keys(manifest.devDependencies).sort()).toEqual(["@ovhcloud/pulumi-ovh", "@pulumi/pulumi", "maildns"]);

    const check = workflow(dir, "maildns-check-shop.yml");
    expect(Object.keys(check.on)).toEqual(["pull_request"]);
    expect(check.permissions).toEqual({ contents: "read", "pull-requests": "write", "security-events": "write" });
    const checkSteps = check.jobs.maildns!.steps;
    expect(checkSteps.filter((s) => s.uses === "maildns/maildns@v1").map((s) => s.with)).toEqual([
      { paths: "stacks/shop", "sarif-file": "maildns.sarif", comment: true, "comment-marker": "maildns-shop" },
      { command: "plan", paths: "stacks/shop" },
    ]);
    expect(checkSteps.some((s) => s.uses === "github/codeql-action/upload-sarif@v3")).toBe(true);
    // The plan compares the pull request with its base commit (a deleted domain file): the checkout fetches it.
    expect(checkSteps[0]).toEqual({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });

    const apply = workflow(dir, "maildns-apply-shop.yml");
    expect(Object.keys(apply.on)).toEqual(["push"]);
    const applySteps = apply.jobs.up!.steps;
    expect(applySteps.map((s) => s.uses ?? s.run)).toEqual([
      "actions/checkout@v4",
      "maildns/maildns@v1",
      "actions/setup-node@v4",
      "pulumi/setup-pulumi@v2",
      "npm ci",
      "for round in 1 2; do\n  npx maildns adopt --stack shop\n  pulumi up --yes --stack shop\ndone\n",
      "actions/upload-artifact@v4",
    ]);
    expect(applySteps[6]!.with).toMatchObject({ path: "stacks/shop/.maildns-rollback/" });
    // The secrets reach the one step that uses them: they were the job's, so npm ci (its packages' scripts)
    // and every other action had them too.
    expect((apply.jobs.up as { env?: unknown }).env).toBeUndefined();
    const withSecrets = applySteps.filter((s) => JSON.stringify((s as { env?: unknown }).env ?? {}).includes("secrets."));
    expect(withSecrets.map((s) => s.run)).toEqual([applySteps[5]!.run]);
    expect(Object.keys((applySteps[5] as { env?: Record<string, string> }).env ?? {}).sort()).toEqual([
      "OVH_APPLICATION_KEY",
      "OVH_APPLICATION_SECRET",
      "OVH_CONSUMER_KEY",
      "OVH_ENDPOINT",
      "PULUMI_ACCESS_TOKEN",
    ]);

    const drift = workflow(dir, "maildns-drift-shop.yml");
    expect(Object.keys(drift.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(drift.jobs.drift!.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npx maildns plan stacks/shop --detailed-exitcode"]);

    // What the Action reads by default from this repository is this stack.
    expect((await runCliAsync(["lint", "stacks", ...TODAY], { cwd: dir })).status).toBe(0);
  });

  it("the suppressions expire: after 30 days the missing DKIM selectors are an error again", async () => {
    // The mx-plan domain the offers' test wrote (and linted clean on its day).
    const { dir, inits } = await offersStack();
    expect(inits.get("mx-plan")!.status).toBe(0);
    const later = await runCliAsync(["lint", "stacks/prod/shop-mx-plan.example.yaml", "--today", addDays("2026-11-23", 31)], { cwd: dir });
    expect(later.status).toBe(1);
    expect(later.stdout).toMatch(/error {2}shop-mx-plan\.example sends mail through OVH \(mx-plan\) but declares no OVH DKIM selector.*\[dkim-missing-selector\]/);
    expect(later.stdout).toMatch(/suppression of dkim-missing-selector expired on 2026-12-23/);
  });

  it("a second domain joins the stack and keeps the files there; an existing domain file needs --force", async () => {
    const dir = tempTree({ "package.json": '{ "name": "ours" }\n', "Pulumi.yaml": "name: ours\n" });
    expect((await runCliAsync(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir })).status).toBe(0);
    writeFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "config:\n  maildns:policy: strict\n");
    const second = await runCliAsync(["init", "b.example", "--offer", "zimbra", ...TODAY], { cwd: dir });
    expect(second.status).toBe(0);
    // The project files are the repository's own, which run no maildns: kept, and what they lack is said.
    expect(second.stdout.split("\n").slice(0, 5)).toEqual([
      "wrote  stacks/prod/b.example.yaml",
      "kept   stacks/Pulumi.prod.yaml (exists)",
      "kept   Pulumi.yaml (exists; it does not run maildns's program: see Next)",
      "kept   package.json (exists; it does not list maildns, @pulumi/pulumi, @ovhcloud/pulumi-ovh: see Next)",
      "kept   .github/workflows/maildns-check-prod.yml (exists)",
    ]);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe('{ "name": "ours" }\n');
    expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toBe("name: ours\n");
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toBe("config:\n  maildns:policy: strict\n");

    const again = await runCliAsync(["init", "a.example", "--offer", "email-pro", ...TODAY], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe("maildns init: stacks/prod/a.example.yaml exists already: edit it, or pass --force to write it again\n");
    expect(readFileSync(join(dir, "stacks/prod/a.example.yaml"), "utf8")).toContain("offer: mx-plan");
    const forced = await runCliAsync(["init", "a.example", "--offer", "email-pro", "--force", ...TODAY], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, "stacks/prod/a.example.yaml"), "utf8")).toContain("offer: email-pro");
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe('{ "name": "ours" }\n');
    expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toBe("name: ours\n");
    expect((await runCliAsync(["lint", "stacks/prod", ...TODAY], { cwd: dir })).status).toBe(0);
    // --help says what --force keeps: both project files, not package.json alone.
    const force = (await runCliAsync(["init", "--help"])).stdout.split("\n  --force")[1]!.split("\n  --")[0]!;
    expect(force).toMatch(/never Pulumi\.yaml\s+or package\.json/);
  });

  it("an existing repository's own package.json and Pulumi.yaml are kept, and what the workflows and pulumi up need from them is said", async () => {
    const manifest = '{ "name": "infra", "private": true, "devDependencies": { "typescript": "5.9" }, "dependencies": { "maildns": "^0.1.0" } }\n';
    const project = "name: infra\nruntime: nodejs\nmain: index.ts\n";
    const dir = tempTree({ "package.json": manifest, "Pulumi.yaml": project });
    const peers = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).peerDependencies as Record<string, string>;
    const init = await runCliAsync(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout.split("\n").slice(2, 4)).toEqual([
      "kept   Pulumi.yaml (exists; it does not run maildns's program: see Next)",
      "kept   package.json (exists; it does not list @pulumi/pulumi, @ovhcloud/pulumi-ovh: see Next)",
    ]);
    expect(init.stdout.split("\nNext:\n")[1]!.split("\n").slice(0, 5)).toEqual([
      `  1. npm install --save-dev @pulumi/pulumi@${peers["@pulumi/pulumi"]} @ovhcloud/pulumi-ovh@${peers["@ovhcloud/pulumi-ovh"]}`,
      "     (the package.json kept does not list them), and commit package-lock.json (the workflows run npm ci)",
      "  2. set main: node_modules/maildns/dist/pulumi.js and stackConfigDir: stacks in the Pulumi.yaml kept:",
      "     without them, pulumi up in the apply workflow does not run maildns's program on stacks/prod",
      "  3. npx maildns lint stacks/prod",
    ]);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(manifest);
    expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toBe(project);

    // Files that already hold what init would write (its own, from a first init, or the user's) say nothing more.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "infra", devDependencies: { maildns: "^0.1.0", "@pulumi/pulumi": "^3", "@ovhcloud/pulumi-ovh": "^2" } }));
    writeFileSync(join(dir, "Pulumi.yaml"), "name: infra\nruntime: nodejs\nmain: ./node_modules/maildns/dist/pulumi.js\nstackConfigDir: stacks/\n");
    const second = await runCliAsync(["init", "b.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("kept   Pulumi.yaml (exists)\nkept   package.json (exists)\n");
    expect(second.stdout).toContain("\nNext:\n  1. npm install, and commit package-lock.json (the workflows run npm ci)\n  2. npx maildns lint stacks/prod\n");
  });

  it("a folder at a workflow's name: init refuses before writing anything, with or without --force", async () => {
    // Without --force the folder was reported as `kept … (exists)`, and the repository lacked the workflow.
    const dir = tempTree({ ".github/workflows/maildns-drift-prod.yml/notes.txt": "ours\n" });
    const empty = folderState(dir);
    const fresh = await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(fresh.stderr).toBe("maildns init: .github/workflows/maildns-drift-prod.yml is a folder, not a file: move it away and run init again; nothing was written\n");
    expect(fresh.stdout).toBe("");
    expect(fresh.status).toBe(2);
    expect(folderState(dir)).toEqual(empty);

    // With --force over a repository init made, where it was the last file written (rename(2) refused it).
    rmSync(join(dir, ".github"), { recursive: true });
    expect((await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir })).status).toBe(0);
    rmSync(join(dir, ".github/workflows/maildns-drift-prod.yml"));
    mkdirSync(join(dir, ".github/workflows/maildns-drift-prod.yml/old"), { recursive: true });
    writeFileSync(join(dir, ".github/workflows/maildns-drift-prod.yml/old/notes.txt"), "ours\n");
    const before = folderState(dir);
    const forced = await runCliInProcess(["init", "a.example", "--offer", "zimbra", "--region", "ca", "--force", ...TODAY], { cwd: dir });
    expect(forced.stderr).toBe("maildns init: .github/workflows/maildns-drift-prod.yml is a folder, not a file: move it away and run init again; nothing was written\n");
    expect(forced.status).toBe(2);
    expect(folderState(dir)).toEqual(before);
  });

  // What makes a file fail to be put in place after others were is a name the user may not replace: in a
  // sticky folder (mode 1777, as /tmp), rename(2) onto another user's file is refused (EPERM), while the
  // file aside is made there. So the CLI runs as an unprivileged user, which only a root test run can
  // arrange (it makes the file of another user).
  it.skipIf(unprivilegedUser() === undefined)("--force that cannot put one file in place writes none: the files it had replaced are put back", async () => {
    const user = unprivilegedUser()!;
    const dir = tempTree({});
    expect((await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir })).status).toBe(0);
    chmodSync(dir, 0o755);
    const chownTree = (path: string): void => {
      chownSync(path, user.uid, user.gid);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
    };
    chownTree(dir);
    // The drift workflow, the last file placed, is root's, in a sticky folder: the four files before it
    // (the domain file, the stack config, two workflows) are replaced first.
    chownSync(join(dir, ".github/workflows"), 0, 0);
    chmodSync(join(dir, ".github/workflows"), 0o1777);
    chownSync(join(dir, ".github/workflows/maildns-drift-prod.yml"), 0, 0);
    const before = folderState(dir);
    const forced = runCli(["init", "a.example", "--offer", "zimbra", "--region", "ca", "--force", ...TODAY], { cwd: dir, user });
    expect(forced.stderr).toBe("maildns init: cannot write under the current folder (EPERM); nothing was written\n");
    expect(forced.status).toBe(2);
    expect(folderState(dir)).toEqual(before);
  });

  it("a symbolic link to a folder at a project file is refused too; one to a file is kept", async () => {
    const dir = tempTree({ "elsewhere/project/notes.txt": "ours\n" });
    symlinkSync("elsewhere/project", join(dir, "Pulumi.yaml"));
    const before = folderState(dir);
    const init = await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(init.stderr).toBe("maildns init: Pulumi.yaml is a link to a folder, not a file: move it away and run init again; nothing was written\n");
    expect(init.status).toBe(2);
    expect(folderState(dir)).toEqual(before);
    rmSync(join(dir, "Pulumi.yaml"));
    writeFileSync(join(dir, "elsewhere/Pulumi.yaml"), "name: ours\n");
    symlinkSync("elsewhere/Pulumi.yaml", join(dir, "Pulumi.yaml"));
    const kept = await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(kept.status, kept.stderr).toBe(0);
    // Read through the link: the file it names runs no maildns, which is said.
    expect(kept.stdout).toContain("kept   Pulumi.yaml (exists; it does not run maildns's program: see Next)\n");
    expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toBe("name: ours\n");
  });

  it("a file where init needs a folder (stacks, or --dir itself) is named, and nothing is written", async () => {
    // Each was an internal error ("please report it") from looking at the names below it (ENOTDIR).
    const dir = tempTree({ stacks: "ours\n", "notes.txt": "ours\n" });
    const before = folderState(dir);
    const tail = ": move it away and run init again; nothing was written\n";
    const elsewhere = tempTree({});
    const cases: [string[], string, string?][] = [
      [[], `maildns init: stacks is a file, not a folder${tail}`],
      [["--dir", "notes.txt"], `maildns init: notes.txt is a file, not a folder${tail}`],
      [["--dir", "notes.txt/repo"], `maildns init: notes.txt is a file, not a folder${tail}`],
      // Outside the current folder, the name is said whole.
      [["--dir", join(dir, "notes.txt/repo")], `maildns init: ${join(dir, "notes.txt")} is a file, not a folder${tail}`, elsewhere],
      // A name longer than the system allows: said as a failure to write there, not as maildns's own.
      [["--dir", "x".repeat(300)], "maildns init: cannot write under " + "x".repeat(300) + " (ENAMETOOLONG); nothing was written\n"],
    ];
    for (const [args, message, cwd] of cases) {
      const run = await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...args, ...TODAY], { cwd: cwd ?? dir });
      expect(run.stderr, args.join(" ")).toBe(message);
      expect(run.status).toBe(2);
    }
    expect(folderState(dir)).toEqual(before);
    expect(folderState(elsewhere)).toEqual({});
  });

  it("--force keeps the permission bits of the domain file and the stack config it overwrites", async () => {
    const dir = tempTree({});
    expect((await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir })).status).toBe(0);
    // Made readable only to the team that runs maildns (the stack config may name a secrets provider).
    chmodSync(join(dir, "stacks/prod/a.example.yaml"), 0o600);
    chmodSync(join(dir, "stacks/Pulumi.prod.yaml"), 0o600);
    chmodSync(join(dir, ".github/workflows/maildns-check-prod.yml"), 0o640);
    const forced = await runCliInProcess(["init", "a.example", "--offer", "zimbra", "--region", "ca", "--force", ...TODAY], { cwd: dir });
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, "stacks/prod/a.example.yaml"), "utf8")).toContain("offer: zimbra");
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toContain("ovh-ca");
    const bits = (name: string) => statSync(join(dir, name)).mode & 0o7777;
    expect(bits("stacks/prod/a.example.yaml")).toBe(0o600);
    expect(bits("stacks/Pulumi.prod.yaml")).toBe(0o600);
    expect(bits(".github/workflows/maildns-check-prod.yml")).toBe(0o640);
    expect(bits(".github/workflows/maildns-apply-prod.yml")).toBe(0o666 & ~process.umask());
  });

  it("--force follows a symbolic link at the domain file: the file it names is written, the link stays", async () => {
    const dir = tempTree({});
    expect((await runCliInProcess(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir })).status).toBe(0);
    // The domain file kept in another folder of the repository, linked from the stack.
    mkdirSync(join(dir, "domains"));
    renameSync(join(dir, "stacks/prod/a.example.yaml"), join(dir, "domains/a.example.yaml"));
    chmodSync(join(dir, "domains/a.example.yaml"), 0o600);
    symlinkSync("../../domains/a.example.yaml", join(dir, "stacks/prod/a.example.yaml"));
    const forced = await runCliInProcess(["init", "a.example", "--offer", "zimbra", "--force", ...TODAY], { cwd: dir });
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("wrote  stacks/prod/a.example.yaml\n");
    expect(lstatSync(join(dir, "stacks/prod/a.example.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "stacks/prod/a.example.yaml"))).toBe("../../domains/a.example.yaml");
    expect(readFileSync(join(dir, "domains/a.example.yaml"), "utf8")).toContain("offer: zimbra");
    expect(statSync(join(dir, "domains/a.example.yaml")).mode & 0o7777).toBe(0o600);
    // Nothing left beside either name.
    expect(readdirSync(join(dir, "domains"))).toEqual(["a.example.yaml"]);
    expect(readdirSync(join(dir, "stacks/prod"))).toEqual(["a.example.yaml"]);
    expect((await runCliInProcess(["lint", "stacks/prod", ...TODAY], { cwd: dir })).status).toBe(0);
  });

  it("a symbolic link at a project file is kept, even one to a file that is not there (yet)", async () => {
    const dir = tempTree({});
    symlinkSync("missing/Pulumi.yaml", join(dir, "Pulumi.yaml"));
    const init = await runCliAsync(["init", "a.example", "--offer", "mx-plan", ...TODAY], { cwd: dir });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout).toContain("kept   Pulumi.yaml (exists)\nwrote  package.json\n");
    expect(readlinkSync(join(dir, "Pulumi.yaml"))).toBe("missing/Pulumi.yaml");
  });

  it("usage errors (exit 2) write nothing", async () => {
    const dir = tempTree({});
    const cases: [string[], RegExp][] = [
      [["init", "shop.example"], /^maildns init: --offer is required: one of mx-plan, email-pro, hosted-exchange, zimbra\n$/],
      [["init", "shop.example", "--offer", "private-exchange"], /^maildns init: --offer must be one of mx-plan, email-pro, hosted-exchange, zimbra \(got 'private-exchange'\)\n$/],
      [["init", "not a domain", "--offer", "mx-plan"], /is not a domain name/],
      // Written, its file would not even parse (`*` unquoted starts a YAML alias).
      [["init", "*.shop.example", "--offer", "mx-plan"], /^maildns init: '\*\.shop\.example' is a wildcard, not a domain name: give the domain itself \(e\.g\. example\.com\)\n$/],
      [["init", "--offer", "mx-plan"], /give one DOMAIN/],
      [["init", "shop.example", "--offer", "mx-plan", "--stack", "../x"], /--stack must be a stack name/],
      [["init", "shop.example", "--offer", "mx-plan", "--today", "2026-02-30"], /--today must be a date that exists/],
    ];
    for (const [args, message] of cases) {
      const run = await runCliAsync(args, { cwd: dir });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, "stacks"))).toBe(false);
    expect(existsSync(join(dir, "package.json"))).toBe(false);
  });
});
