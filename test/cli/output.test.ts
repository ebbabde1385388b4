// --output: `-` is standard output, and a path that could never be written is refused before any work,
// with a sentence, so a run of minutes against DNS is never thrown away at its end.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputOption } from "../../src/cli/args.js";
import { UsageError } from "../../src/engine/usage-error.js";
import { runCli } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";

const clean = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject; rua=mailto:r@example.com"\n';
const root = tempTree({ "stacks/prod/example.com.yaml": clean, "reports/.keep": "" });

describe("--output -", () => {
  it.each([["lint", "stacks/prod", "--format", "json"], ["rules", "--format", "json"]])("%s writes the report to standard output and no file named '-'", (...args) => {
    const run = runCli([...args, "--output", "-"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1 });
    expect(existsSync(join(root, "-"))).toBe(false);
  });
});

describe("rules", () => {
  it("refuses a stray argument (exit 2) instead of ignoring it", () => {
    const run = runCli(["rules", "stacks/prod"], { cwd: root });
    expect(run.stderr).toBe("maildns rules: rules takes no argument, only options (got 'stacks/prod')\n");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("an --output that cannot be written", () => {
  // Each path is refused by a run of the CLI, two by lint and two by rules (each start is a Node process), and
  // the check both commands make before any work (outputOption) gives each path's sentence to either.
  it.each([
    ["a folder", "reports", "--output reports is a folder: give a file name, e.g. --output reports/report.txt", ["lint", "stacks/prod"]],
    ["a missing folder", "nowhere/report.json", "--output nowhere/report.json: the folder nowhere does not exist (or a part of its path is not a folder): create it first", ["rules"]],
    ["a path through a file", "stacks/prod/example.com.yaml/report.json", "--output stacks/prod/example.com.yaml/report.json: stacks/prod/example.com.yaml is not a folder", ["lint", "stacks/prod"]],
    ["an empty name", "", "--output needs a file name (or - for standard output)", ["rules"]],
  ])("%s: exit 2 with a sentence (the check lint and rules make before any work)", (_, output, sentence, args) => {
    const run = runCli([...args, "--output", output], { cwd: root });
    expect(run.stderr).toBe(`maildns ${args[0]}: ${sentence}\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(() => outputOption({ cwd: root }, output)).toThrow(new UsageError(sentence));
  });

  describe("plan, audit and doctor refuse it before asking DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startDnsServer();
      server.addZoneText("@ 300 IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ 300 IN MX 10 mx.example.net.\n", "example.com");
    });
    afterAll(() => server.close());

    it.each([
      ["plan", "stacks/prod"],
      ["audit", "example.com"],
    ])("%s: exit 2, and no question reached the server", async (command, target) => {
      const run = await runCliAsync([command, target, "--resolver", `127.0.0.1:${server.port}`, "--output", "nowhere/report.txt"], { cwd: root });
      expect(run.stderr).toBe(`maildns ${command}: --output nowhere/report.txt: the folder nowhere does not exist (or a part of its path is not a folder): create it first\n`);
      expect(run.status).toBe(2);
      expect(server.queries.count).toBe(0);
    });

    it("doctor: exit 2, and no question reached the server (the mailbox checks never start)", async () => {
      server.resetQueries();
      const run = await runCliAsync(["doctor", "example.com", "--resolver", `127.0.0.1:${server.port}`, "--imap", "none", "--smtps", "none", "--submission", "none", "--output", "nowhere/report.txt"], { cwd: root });
      expect(run.stderr).toBe("maildns doctor: --output nowhere/report.txt: the folder nowhere does not exist (or a part of its path is not a folder): create it first\n");
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(server.queries.count).toBe(0);
    });
  });

  it.each([
    ["a missing folder", "nowhere/summary.txt", "--output nowhere/summary.txt: the folder nowhere does not exist (or a part of its path is not a folder): create it first"],
    ["a folder", "reports", "--output reports is a folder: give a file name, e.g. --output reports/report.txt"],
  ])("reports summary, %s: exit 2 before the store is opened (none is created)", (_, output, sentence) => {
    const store = join(root, "summary-store");
    const run = runCli(["reports", "summary", "--store", store, "--output", output], { cwd: root });
    expect(run.stderr).toBe(`maildns reports: ${sentence}\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(existsSync(store)).toBe(false);
  });
});

describe("an --output that names a file the command reads", () => {
  // The report is renamed onto its place at the end: onto a domain file, a zone file or a password file, it
  // would replace what the user wrote, which no report is worth. Refused before any work, exit 2.
  const inputs = tempTree({
    "stacks/prod/example.com.yaml": clean,
    "stacks/prod/dmarc-evidence.json": JSON.stringify({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.01, domains: [] }),
    "linked/example.org.yaml": clean.replace("example.com", "example.org"),
    "pack.yaml": "extends: ovh\n",
    "domains.txt": "example.com\n",
    "zones/example.com.zone": "$ORIGIN example.com.\n@ 300 IN MX 10 mx.example.net.\n",
    "pw.txt": "secret-password\n",
  });
  it.each([
    ["a domain file in the folder linted", ["lint", "stacks"], "stacks/prod/example.com.yaml", "--output stacks/prod/example.com.yaml is under stacks, where lint reads it (domain files and dmarc-evidence.json): the report would replace it; give another file name"],
    ["the domain file given", ["lint", "linked/example.org.yaml"], "./linked/../linked/example.org.yaml", "--output ./linked/../linked/example.org.yaml is the file linked/example.org.yaml, which lint reads: the report would replace it; give another file name"],
    ["the evidence beside the domain files", ["plan", "stacks/prod", "--zone", "zones"], "stacks/prod/dmarc-evidence.json", "--output stacks/prod/dmarc-evidence.json is under stacks/prod, where plan reads it (domain files and dmarc-evidence.json): the report would replace it; give another file name"],
    ["the policy pack", ["lint", "stacks", "--policy", "pack.yaml"], "pack.yaml", "--output pack.yaml is the file pack.yaml, which lint reads: the report would replace it; give another file name"],
    ["a zone file", ["audit", "example.com", "--zone", "zones"], "zones/example.com.zone", "--output zones/example.com.zone is under zones, where audit reads it (zone files): the report would replace it; give another file name"],
    ["the domains file", ["audit", "--domains-file", "domains.txt", "--zone", "zones"], "domains.txt", "--output domains.txt is the file domains.txt, which audit reads: the report would replace it; give another file name"],
    ["the password file", ["doctor", "example.com", "--login", "--password-file", "pw.txt"], "pw.txt", "--output pw.txt is the file pw.txt, which doctor reads: the report would replace it; give another file name"],
  ])("%s is refused, and the file is as it was", (_name, args, output, message) => {
    const target = join(inputs, output);
    const before = readFileSync(target, "utf8");
    const run = runCli([...args, "--output", output], { cwd: inputs });
    expect([run.status, run.stderr, run.stdout]).toEqual([2, `maildns ${args[0]}: ${message}\n`, ""]);
    expect(readFileSync(target, "utf8")).toBe(before);
  });
});
