// No command's -o/--output (nor `reports evidence --out`) replaces a file the project lives on, wherever it
// is: any YAML file (domain files, Pulumi's files, packs, workflows: no report maildns writes is YAML), the
// DMARC evidence and adoption files (by name or by how maildns begins them), npm's and TypeScript's
// settings files, Git's own files, through a link too. Refused with exit 2 before any work: no question to
// DNS, no report store opened. An earlier report of any format is still replaced.
import { chmodSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginsAsAdoptionFile, renderAdoptionFile } from "../../src/providers/adoption-file.js";
import { beginsAsEvidence, buildEvidence, serializeEvidence } from "../../src/reports/evidence.js";
import { runCli, unprivilegedUser } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const DOMAIN = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const EVIDENCE = `${JSON.stringify({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.001, domains: [] }, null, 2)}\n`;
const ADOPTION = `${JSON.stringify({ version: 2, provider: "ovh", readAt: "2026-11-30T00:00:00.000Z", zones: {}, stack: [] }, null, 2)}\n`;

/** A repository as a user has it: one stack linted, another beside it, and the files around them. */
const FILES: Record<string, string> = {
  "stacks/prod/example.com.yaml": DOMAIN,
  "stacks/staging/example.org.yml": DOMAIN.replace("example.com", "example.org"),
  "stacks/staging/example.net.yaml": "domain: example.net\nmx: [ovh\n",
  "stacks/staging/dmarc-evidence.json": EVIDENCE,
  "stacks/staging/maildns-adoption.json": ADOPTION,
  "stacks/Pulumi.prod.yaml": "config:\n  maildns:provider: ovh\n",
  "Pulumi.yaml": "name: mail\nruntime: nodejs\n",
  "packs/team.yaml": "extends: ovh\n",
  ".github/workflows/mail.yml": "on: push\njobs: {}\n",
  "notes.yml": "title: notes\n",
  "ci/evidence-prod.json": EVIDENCE,
  "ci/adopted.json": ADOPTION,
  "package.json": '{"name": "mail"}\n',
  "package-lock.json": '{"lockfileVersion": 3}\n',
  "tsconfig.json": '{"compilerOptions": {}}\n',
  ".git/config": "[core]\n\tbare = false\n",
  ".git/refs/heads/main": `${"0".repeat(40)}\n`,
  "worktree/.git": "gitdir: ../.git/worktrees/x\n",
};

const refusal = (what: string) => `is ${what}: the report would replace it; give another file name`;
const EVIDENCE_REFUSAL = `${refusal("a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence)")} (\`maildns reports evidence\` writes the evidence)`;
const ADOPTION_REFUSAL = `${refusal("a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds")} (\`maildns adopt\` writes it)`;

describe("--output never replaces a file the project lives on", { timeout: 120_000 }, () => {
  let server: DnsServer;
  let root: string;
  beforeAll(async () => {
    server = await startDnsServer();
    server.addZoneText("@ 300 IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ 300 IN MX 10 mx.example.net.\n", "example.com");
    root = tempTree(FILES);
    // Links: judged by their own name and by the file they name; a link to nothing by its names.
    symlinkSync("stacks/staging/example.org.yml", join(root, "summary.txt"));
    symlinkSync("package.json", join(root, "report.json"));
    symlinkSync("missing/example.com.yaml", join(root, "dangling.txt"));
    symlinkSync("notes.yml", join(root, "report.yml"));
  });
  afterAll(() => server.close());

  // Each command as a user runs it, with what shows that no work was done (the store is never created).
  const command = (name: string): { args: string[]; label: string; flag: string } => {
    const resolver = ["--resolver", `127.0.0.1:${server.port}`];
    const argv: Record<string, string[]> = {
      lint: ["lint", "stacks/prod"],
      plan: ["plan", "stacks/prod", ...resolver],
      audit: ["audit", "example.com", ...resolver],
      doctor: ["doctor", "example.com", ...resolver, "--imap", "none", "--smtps", "none", "--submission", "none"],
      rules: ["rules"],
      summary: ["reports", "summary", "--store", "store"],
      evidence: ["reports", "evidence", "example.com", "--store", "store"],
    };
    return { args: argv[name]!, label: name === "summary" || name === "evidence" ? "reports" : name, flag: name === "evidence" ? "--out" : "--output" };
  };

  it.each([
    ["lint", "stacks/staging/example.org.yml", refusal("the domain file of example.org")],
    ["audit", "stacks/prod/example.com.yaml", refusal("the domain file of example.com")],
    ["doctor", "stacks/prod/example.com.yaml", refusal("the domain file of example.com")],
    ["rules", "stacks/staging/example.net.yaml", refusal("a YAML file that does not parse (a domain file being edited?)")],
    ["plan", "Pulumi.yaml", refusal("Pulumi's project file")],
    ["plan", "stacks/Pulumi.prod.yaml", refusal("the settings file of the Pulumi stack prod")],
    ["lint", "packs/team.yaml", refusal("a policy pack")],
    ["rules", ".github/workflows/mail.yml", refusal("a GitHub Actions workflow")],
    ["summary", "notes.yml", refusal("a YAML file (no report maildns writes is YAML, so it is no earlier report)")],
    ["audit", "stacks/staging/dmarc-evidence.json", EVIDENCE_REFUSAL],
    ["lint", "ci/evidence-prod.json", EVIDENCE_REFUSAL],
    ["doctor", "stacks/staging/maildns-adoption.json", ADOPTION_REFUSAL],
    ["evidence", "stacks/staging/maildns-adoption.json", ADOPTION_REFUSAL],
    ["summary", "ci/adopted.json", ADOPTION_REFUSAL],
    ["doctor", "package.json", refusal("npm's package manifest")],
    ["rules", "package-lock.json", refusal("npm's lock file")],
    ["evidence", "tsconfig.json", refusal("TypeScript's settings file")],
    ["plan", ".git/config", refusal("a file in .git, where Git keeps the repository")],
    ["summary", "worktree/.git", refusal("the .git file that tells Git where this checkout's repository is")],
    ["evidence", "summary.txt", refusal("the domain file of example.org")],
    ["audit", "report.json", refusal("npm's package manifest")],
    ["rules", "report.yml", refusal("a YAML file (no report maildns writes is YAML, so it is no earlier report)")],
    ["lint", "dangling.txt", refusal("a YAML file (no report maildns writes is YAML, so it is no earlier report)")],
  ])("%s -o %s: exit 2 before any work, the file left as it was", async (name, output, sentence) => {
    const { args, label, flag } = command(name);
    const read = () => (existsSync(join(root, output)) ? readFileSync(join(root, output), "utf8") : null);
    const before = read();
    const linked = lstatSync(join(root, output)).isSymbolicLink();
    const asked = server.queries.count;
    const run = await runCliAsync([...args, flag, output], { cwd: root });
    expect([run.status, run.stderr, run.stdout]).toEqual([2, `maildns ${label}: ${flag} ${output} ${sentence}\n`, ""]);
    expect(read()).toBe(before);
    expect(lstatSync(join(root, output)).isSymbolicLink()).toBe(linked);
    expect(server.queries.count).toBe(asked);
    expect(existsSync(join(root, "store"))).toBe(false);
  });

  it("no new file is made in .git, nor a new .git file, whatever their case: Git would read the report as its own", async () => {
    // A report written as .git/packed-refs or .git/shallow, where none was, stopped every later git command
    // ("unexpected line in .git/packed-refs", "bad shallow line"); one named .git made a folder a checkout.
    const inGit = "is in .git, where Git keeps the repository: Git would read the report as one of its own files; give a file name outside .git\n";
    const gitFile = "is the name of the file that tells Git where a checkout's repository is: Git would read the report as one; give another file name\n";
    for (const [output, sentence] of [
      [".git/packed-refs", inGit],
      [".git/refs/heads/report", inGit],
      ["stacks/.git", gitFile],
      ["stacks/.Git", gitFile],
    ] as const) {
      const run = await runCliAsync(["rules", "-o", output], { cwd: root });
      expect([run.status, run.stderr, run.stdout], output).toEqual([2, `maildns rules: --output ${output} ${sentence}`, ""]);
      expect(existsSync(join(root, output)), output).toBe(false);
    }
    // A link into .git names its file there: refused as the file itself would be.
    symlinkSync(".git", join(root, "git-link"));
    const linked = await runCliAsync(["rules", "-o", "git-link/packed-refs"], { cwd: root });
    expect([linked.status, linked.stderr]).toEqual([2, `maildns rules: --output git-link/packed-refs ${inGit}`]);
    // A new file elsewhere is written as before, and so is one whose name only holds .git.
    for (const output of ["stacks/report.txt", "stacks/.github-report.txt", "git.txt"]) {
      const run = await runCliAsync(["rules", "-o", output], { cwd: root });
      expect([run.status, run.stderr], output).toEqual([0, ""]);
      expect(readFileSync(join(root, output), "utf8"), output).toContain("spf-missing");
    }
  });

  it("lint --cache-location never names a file the project keeps: the cache, renamed onto it at the end, replaced Pulumi.yaml", async () => {
    const cases: [string, string][] = [
      ["Pulumi.yaml", "is Pulumi's project file"],
      ["package.json", "is npm's package manifest"],
      ["ci/adopted.json", "is a maildns adoption file, which the Pulumi program reads to adopt the records the DNS host holds"],
      ["stacks/prod/example.com.yaml", "is under stacks/prod, where lint reads it (domain files and dmarc-evidence.json)"],
    ];
    for (const [location, what] of cases) {
      const before = readFileSync(join(root, location), "utf8");
      const run = await runCliAsync(["lint", "stacks/prod", "--cache", "--cache-location", location], { cwd: root });
      expect([run.status, run.stdout], location).toEqual([2, ""]);
      expect(run.stderr, location).toMatch(new RegExp(`^maildns lint: --cache-location ${location.replace(/\./g, "\\.")} ${what.replace(/[().]/g, "\\$&")}: the lint cache would replace it; give another file name`));
      expect(readFileSync(join(root, location), "utf8"), location).toBe(before);
    }
    // A cache file of its own name, new or earlier, is written as before: the run ends as lint without a cache.
    const plain = await runCliAsync(["lint", "stacks/prod"], { cwd: root });
    for (let i = 0; i < 2; i++) {
      const run = await runCliAsync(["lint", "stacks/prod", "--cache", "--cache-location", "ci/lint.cache"], { cwd: root });
      expect([run.status, run.stderr, run.stdout], `run ${i}`).toEqual([plain.status, "", plain.stdout]);
    }
    expect(existsSync(join(root, "ci/lint.cache"))).toBe(true);
  });

  it("a new file with a YAML name is refused: the next run could not replace it, as no YAML file is", async () => {
    const sentence = "is a YAML file's name: no report maildns writes is YAML, and a YAML file is never replaced by one, so the next run could not write it again; give a name that says the report's format (report.json, report.txt)\n";
    for (const output of ["new-report.yml", "stacks/new.YAML"]) {
      const run = await runCliAsync(["rules", "-o", output], { cwd: root });
      expect([run.status, run.stderr, run.stdout], output).toEqual([2, `maildns rules: --output ${output} ${sentence}`, ""]);
      expect(existsSync(join(root, output)), output).toBe(false);
    }
  });

  it("a new file named package.json, package-lock.json or tsconfig.json, in any case, is refused before any work: npm or tsc would read the report as the project's", async () => {
    const tree = tempTree({ "sub/notes.txt": "x\n", "stacks/prod/example.com.yaml": DOMAIN });
    const cases: [string[], string, string][] = [
      [["rules", "-o", "sub/package.json"], "--output sub/package.json", "the name of npm's package manifest: npm and Node.js would read the report as the project's package.json"],
      [["lint", "stacks/prod", "-o", "Package-Lock.json"], "--output Package-Lock.json", "the name of npm's lock file: npm would read the report as the project's package-lock.json"],
      [["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "sub/TSCONFIG.JSON"], "--out sub/TSCONFIG.JSON", "the name of TypeScript's settings file: tsc would read the report as the project's tsconfig.json"],
      [["lint", "stacks/prod", "--cache", "--cache-location", "sub/tsconfig.json"], "--cache-location sub/tsconfig.json", "the name of TypeScript's settings file: tsc would read the report as the project's tsconfig.json"],
    ];
    for (const [args, flag, words] of cases) {
      const run = await runCliAsync(args, { cwd: tree });
      const command = args[0] === "reports" ? "reports" : args[0];
      expect([run.status, run.stderr, run.stdout], flag).toEqual([2, `maildns ${command}: ${flag} is ${words}; give another file name\n`, ""]);
    }
    expect(readdirSync(join(tree, "sub"))).toEqual(["notes.txt"]);
    expect(readdirSync(tree).sort()).toEqual(["stacks", "sub"]);
  });

  it("a new file named dmarc-evidence.json or maildns-adoption.json is refused before any work, for every report output but the evidence's", async () => {
    const tree = tempTree({ "sub/notes.txt": "x\n", "stacks/prod/example.com.yaml": DOMAIN });
    const evidence = "the name of a DMARC evidence file: lint and plan would read the report as the evidence of the domain files beside it (rule dmarc-ramp-evidence), and no later report could replace it; give another file name (`maildns reports evidence` writes the evidence)";
    const adoption = "the name of a maildns adoption file: the Pulumi program would read the report as the stack's adoption file, and no later report could replace it; give another file name (`maildns adopt` writes it)";
    const cases: [string[], string, string][] = [
      [["lint", "stacks/prod", "-f", "json", "-o", "stacks/prod/dmarc-evidence.json"], "--output stacks/prod/dmarc-evidence.json", evidence],
      [["rules", "-o", "sub/maildns-adoption.json"], "--output sub/maildns-adoption.json", adoption],
      [["reports", "summary", "--store", "no-store", "-o", "sub/dmarc-evidence.json"], "--output sub/dmarc-evidence.json", evidence],
      [["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "sub/maildns-adoption.json"], "--out sub/maildns-adoption.json", adoption],
      [["lint", "stacks/prod", "--cache", "--cache-location", "sub/dmarc-evidence.json"], "--cache-location sub/dmarc-evidence.json", evidence],
    ];
    for (const [args, flag, words] of cases) {
      const run = await runCliAsync(args, { cwd: tree });
      expect([run.status, run.stderr, run.stdout], flag).toEqual([2, `maildns ${args[0]}: ${flag} is ${words}\n`, ""]);
    }
    expect(readdirSync(join(tree, "sub"))).toEqual(["notes.txt"]);
    expect(readdirSync(join(tree, "stacks/prod"))).toEqual(["example.com.yaml"]);
    expect(readdirSync(tree).sort()).toEqual(["stacks", "sub"]);
    // Writing the evidence is what `reports evidence --out` is for: a new dmarc-evidence.json passes the check
    // (the run then stops at the store that does not exist, after it).
    const own = await runCliAsync(["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "sub/dmarc-evidence.json"], { cwd: tree });
    expect(own.status).toBe(2);
    expect(own.stderr).toMatch(/^maildns reports: there is no report store in /);
  });

  it("package.json spelt in another case is refused when it opens the same file (a file system that ignores case), replaced when it is a file of its own", async () => {
    // On macOS's or Windows's file system `-o PACKAGE.JSON` opens package.json: one file under two
    // spellings. A hard link is the same here, where case counts.
    const tree = tempTree({ "package.json": '{"name": "mail"}\n', "tsconfig.json": "{}\n", "TSCONFIG.JSON": "an earlier report\n" });
    linkSync(join(tree, "package.json"), join(tree, "PACKAGE.JSON"));
    const run = runCli(["rules", "-o", "PACKAGE.JSON"], { cwd: tree });
    expect([run.status, run.stderr, run.stdout]).toEqual([2, `maildns rules: --output PACKAGE.JSON ${refusal("npm's package manifest")}\n`, ""]);
    expect(readFileSync(join(tree, "PACKAGE.JSON"), "utf8")).toBe('{"name": "mail"}\n');
    const own = runCli(["rules", "-o", "TSCONFIG.JSON"], { cwd: tree });
    expect([own.status, own.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(tree, "TSCONFIG.JSON"), "utf8")).toContain("spf-missing");
    expect(readFileSync(join(tree, "tsconfig.json"), "utf8")).toBe("{}\n");
  });

  it("a file the user cannot read is refused: what it is cannot be seen, and it is none of their reports", () => {
    // Another user's evidence under another name, in a folder both may write (a root test run runs as nobody).
    const user = unprivilegedUser();
    const tree = tempTree({ "shared/evidence-prod.json": EVIDENCE, "shared/old-report.json": "{}\n" });
    chmodSync(tree, 0o755);
    chmodSync(join(tree, "shared"), 0o777);
    chmodSync(join(tree, "shared/evidence-prod.json"), 0o000);
    const run = runCli(["rules", "-o", "shared/evidence-prod.json"], { cwd: tree, ...(user ? { user } : {}) });
    expect([run.status, run.stderr, run.stdout]).toEqual([2, `maildns rules: --output shared/evidence-prod.json ${refusal("a file you cannot read, so maildns cannot tell it is an earlier report")}\n`, ""]);
    chmodSync(join(tree, "shared/evidence-prod.json"), 0o644);
    expect(readFileSync(join(tree, "shared/evidence-prod.json"), "utf8")).toBe(EVIDENCE);
    // One they can read is judged by what it holds, as before.
    chmodSync(join(tree, "shared/old-report.json"), 0o666);
    const own = runCli(["rules", "-o", "shared/old-report.json"], { cwd: tree, ...(user ? { user } : {}) });
    expect([own.status, own.stderr]).toEqual([0, ""]);
  });

  it("the folder .git is refused without suggesting a name inside it", async () => {
    const run = await runCliAsync(["rules", "-o", ".git"], { cwd: root });
    expect([run.status, run.stderr]).toEqual([2, "maildns rules: --output .git is a folder of .git, where Git keeps the repository: give a file name outside it\n"]);
  });

  it("reports evidence --out an earlier evidence file, by its name or its content: its purpose, so the run goes on to the store", async () => {
    for (const output of ["stacks/staging/dmarc-evidence.json", "ci/evidence-prod.json"]) {
      const run = await runCliAsync(["reports", "evidence", "example.com", "--store", "no-store", "--out", output], { cwd: root });
      expect(run.stderr).toContain("there is no report store in");
      expect(run.stderr).not.toContain("would replace it");
    }
  });
});

describe("an earlier report of any format is still replaced", { timeout: 120_000 }, () => {
  let server: DnsServer;
  beforeAll(async () => {
    server = await startDnsServer();
    server.addZoneText("@ 300 IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ 300 IN MX 10 mx.example.net.\n", "example.com");
  });
  afterAll(() => server.close());

  it("each command's formats, written once, are replaced by the next run", async () => {
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN });
    const resolver = ["--resolver", `127.0.0.1:${server.port}`];
    const reports: [string, string[]][] = [
      ...["text", "json", "sarif", "github", "markdown"].map((format): [string, string[]] => [`lint.${format}`, ["lint", "stacks/prod", "-f", format]]),
      ...["text", "json", "markdown"].map((format): [string, string[]] => [`plan.${format}`, ["plan", "stacks/prod", ...resolver, "-f", format]]),
      ["audit.json", ["audit", "example.com", ...resolver, "-f", "json"]],
      ["doctor.json", ["doctor", "example.com", ...resolver, "--imap", "none", "--smtps", "none", "--submission", "none", "-f", "json"]],
      ["rules.json", ["rules", "-f", "json"]],
    ];
    for (const [file, args] of reports) {
      await runCliAsync([...args, "-o", file], { cwd: root });
      expect(readFileSync(join(root, file), "utf8"), file).not.toBe("");
    }
    const rules = runCli(["rules", "-f", "json"], { cwd: root }).stdout;
    for (const [file] of reports) {
      const again = runCli(["rules", "-f", "json", "-o", file], { cwd: root });
      expect([again.status, again.stderr], file).toEqual([0, ""]);
      expect(readFileSync(join(root, file), "utf8"), file).toBe(rules);
    }
  });

  it("a report named as an object's own members (constructor, toString) is replaced like any other", () => {
    const root = tempTree({ constructor: "an earlier report\n", toString: "an earlier report\n" });
    for (const file of ["constructor", "toString"]) {
      const run = runCli(["rules", "-o", file], { cwd: root });
      expect([run.status, run.stderr], file).toEqual([0, ""]);
      expect(readFileSync(join(root, file), "utf8"), file).toContain("spf-missing");
    }
  });

  it("a summary's JSON (no minSourceShare) is replaced by the next summary: the run goes on to the store", async () => {
    const root = tempTree({ "summary.json": '{\n  "version": 1,\n  "window": {"from": "2026-11-01", "to": "2026-11-30", "days": 30},\n  "domains": []\n}\n' });
    const run = await runCliAsync(["reports", "summary", "--store", "no-store", "-f", "json", "-o", "summary.json"], { cwd: root });
    expect(run.stderr).toContain("there is no report store in");
  });

  it.skipIf(process.platform === "win32")("a link named .yaml to /dev/null, and -o -, are written as before", () => {
    const root = tempTree({});
    symlinkSync("/dev/null", join(root, "null.yaml"));
    const toNull = runCli(["rules", "-o", "null.yaml"], { cwd: root });
    expect([toNull.status, toNull.stderr, toNull.stdout]).toEqual([0, "", ""]);
    expect(lstatSync(join(root, "null.yaml")).isSymbolicLink()).toBe(true);
    const toStdout = runCli(["rules", "-o", "-"], { cwd: root });
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout).toContain("spf-missing");
  });
});

// Checked before the work, the name is looked at again just before the report is renamed onto it: a file
// the project keeps that a checkout brings there during a long plan is never replaced. Here it appears
// while plan waits for its first DNS answer (the loopback server's query hook), so in order, never by time.
describe("a kept file that appears at --output's name during the run", { timeout: 60_000 }, () => {
  it("plan: exit 2, the file left as it is, no report and no aside file, and the reason said", async () => {
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN });
    let appeared = 0;
    const server = await startDnsServer({
      onQuery: () => {
        if (appeared++ === 0) writeFileSync(join(root, "plan.json"), EVIDENCE);
      },
    });
    try {
      server.addZoneText("@ 300 IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ 300 IN MX 10 mx.example.net.\n", "example.com");
      const run = await runCliAsync(["plan", "stacks/prod", "--resolver", `127.0.0.1:${server.port}`, "-f", "json", "-o", "plan.json"], { cwd: root });
      expect(appeared).toBeGreaterThan(0);
      expect(run.stderr).toContain(
        "--output plan.json is now a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): it appeared there during the run, so the report was not written and the file is left as it is; plan applies nothing, so no change was made",
      );
      expect(run.status).toBe(2);
      expect(readFileSync(join(root, "plan.json"), "utf8")).toBe(EVIDENCE);
      expect(readdirSync(root).sort()).toEqual(["plan.json", "stacks"]);
    } finally {
      await server.close();
    }
  });

  it("plan --zone: a zone file that appears in the --zone folder at the name is kept as one the run reads (the same reads as the first check)", async () => {
    // A zone file is kept for where it is, under a folder plan reads zone files from, not for what it is:
    // without the command's reads the look before the rename replaced it with the plan.
    const ZONE = "$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.example.net.\n";
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN, "zones/other.example.zone": "$ORIGIN other.example.\n$TTL 300\n@ IN SOA ns h 1 2 3 4 5\n@ IN NS ns\nns IN A 192.0.2.1\n" });
    let appeared = 0;
    // example.com is in no zone file given, so plan asks the resolver for it: the zone file is copied in then.
    const server = await startDnsServer({
      onQuery: () => {
        if (appeared++ === 0) writeFileSync(join(root, "zones/example.com.zone"), ZONE);
      },
    });
    try {
      server.addZoneText("@ 300 IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ 300 IN MX 10 mx.example.net.\n", "example.com");
      const run = await runCliAsync(["plan", "stacks/prod", "--zone", "zones", "--resolver", `127.0.0.1:${server.port}`, "-f", "json", "-o", "zones/example.com.zone"], { cwd: root });
      expect(appeared).toBeGreaterThan(0);
      expect(run.stderr).toBe(
        "maildns plan: --output zones/example.com.zone is now under zones, where plan reads it (zone files): it appeared there during the run, so the report was not written and the file is left as it is; plan applies nothing, so no change was made\n",
      );
      expect(run.status).toBe(2);
      expect(readFileSync(join(root, "zones/example.com.zone"), "utf8")).toBe(ZONE);
      expect(readdirSync(join(root, "zones")).sort()).toEqual(["example.com.zone", "other.example.zone"]);
    } finally {
      await server.close();
    }
  });
});

describe("the evidence and adoption files are known by how maildns begins them", () => {
  it("what serializeEvidence and renderAdoptionFile write begins so, and neither begins as the other", () => {
    const evidence = serializeEvidence(buildEvidence([], { from: "2026-11-01", to: "2026-11-30", days: 30 }));
    const adoption = renderAdoptionFile({ version: 2, provider: "ovh", readAt: "2026-11-30T00:00:00.000Z", zones: {}, stack: [] });
    expect([beginsAsEvidence(evidence), beginsAsAdoptionFile(evidence)]).toEqual([true, false]);
    expect([beginsAsEvidence(adoption), beginsAsAdoptionFile(adoption)]).toEqual([false, true]);
    // The fixtures above are these files as maildns writes them.
    expect(EVIDENCE).toBe(serializeEvidence({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.001, domains: [] }));
    expect(ADOPTION).toBe(adoption);
  });
});
