import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { cleanStack } from "./imported-fixture.js";
import { FIXTURE_ZONES, PLAN_STACK, PLAN_ZONES, startFixtureServer } from "../plan/helpers.js";

const ZONES = ["--zone", FIXTURE_ZONES, "--zone", PLAN_ZONES];
const TODAY = ["--today", "2026-11-01"];

describe("maildns plan", () => {
  test("JSON: the drift fixture's changes, findings and counts; exit 1 for the error findings", () => {
    const run = runCli(["plan", PLAN_STACK, ...ZONES, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.version).toBe(1);
    expect(json.changes.map((c: { name: string; type: string; action: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "create _dmarc.drift.example TXT",
      "update _imaps._tcp.drift.example SRV",
      "update drift.example MX",
      "delete drift.example TXT",
      "create sel1._domainkey.drift.example CNAME",
      "delete sel1._domainkey.drift.example TXT",
    ]);
    expect(Object.keys(json.changes[0])).toEqual(["domain", "name", "type", "action", "ttl", "beforeTtl", "before", "after"]);
    expect(json.changes[0]).toMatchObject({ domain: "drift.example", ttl: 3600, before: [], after: ["v=DMARC1; p=quarantine; rua=mailto:dmarc@drift.example"] });
    expect(json.failures).toEqual([]);
    expect(json.summary).toMatchObject({ files: 2, domains: 2, changes: 6, create: 2, update: 2, delete: 2, failedLookups: 0 });
    expect(json.summary.errors).toBe(json.findings.filter((f: { level: string }) => f.level === "error").length);
    expect(json.findings.every((f: { file: string; line: number }) => f.file.endsWith(".yaml") && f.line > 0)).toBe(true);
  });

  test("no change: exit 0, and 0 with --detailed-exitcode", () => {
    const dir = cleanStack();
    const run = runCli(["plan", join(dir, "stack"), "--zone", FIXTURE_ZONES, ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("No changes: live DNS matches the domain files.");
    expect(run.stdout).toContain("Plan: 0 to create, 0 to update, 0 to delete.");
    expect(runCli(["plan", join(dir, "stack"), "--zone", FIXTURE_ZONES, ...TODAY, "--detailed-exitcode"]).status).toBe(0);
  });

  test("--zone: a CNAME with other data at its name refuses that zone (as a name server would), file:line:column named; plan, audit and import alike", () => {
    const dir = cleanStack();
    // The fixture zones, clean.example's with a TXT beside its autoconfig CNAME (line 22).
    const zones: Record<string, string> = {};
    for (const name of ["clean.example.zone", "ovh.com.zone", "ovh.net.zone"]) zones[`zones/${name}`] = readFileSync(join(FIXTURE_ZONES, name), "utf8");
    zones["zones/clean.example.zone"] = zones["zones/clean.example.zone"]!.replace("autoconfig IN CNAME mailconfig.ovh.net.\n", 'autoconfig IN CNAME mailconfig.ovh.net.\nautoconfig IN TXT "hello"\n');
    const root = tempTree(zones);
    const zone = join(root, "zones");
    const problem = `zone file has errors: ${join(zone, "clean.example.zone")}:22:1: TXT record at autoconfig.clean.example, beside the CNAME record at line 21: a name with a CNAME holds no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), so name servers refuse this zone; remove the TXT record or the CNAME`;
    const plan = runCli(["plan", join(dir, "stack"), "--zone", zone, ...TODAY]);
    expect(plan.stdout).toContain(`  ! error autoconfig.clean.example CNAME lookup failed (malformed: ${problem}); no change is planned for it\n`);
    expect(plan.stdout).not.toContain("No changes");
    expect(plan.status).toBe(1);
    const audit = runCli(["audit", "clean.example", "--zone", zone, ...TODAY]);
    expect(audit.stdout).toContain(`clean.example: not audited: clean.example MX lookup failed (malformed: ${problem});`);
    expect(audit.status).toBe(1);
    const imported = runCli(["import", "--zone", join(zone, "clean.example.zone"), "-q"]);
    expect(imported.stderr).toContain(`maildns import: clean.example not written: clean.example`);
    expect(imported.stderr).toContain(problem);
    expect(imported.status).not.toBe(0);
  });

  test("a file that was not planned (a second file for a domain, a file with errors) is never said to match live DNS", () => {
    const dir = cleanStack();
    const imported = readFileSync(join(dir, "stack/clean.example.yaml"), "utf8");
    writeFileSync(join(dir, "stack/copy.yaml"), imported.replace("priority: 100 }", "priority: 90 }"));
    writeFileSync(join(dir, "stack/other.example.yaml"), "domain: other.example\nbogus: 1\n");
    for (const format of ["text", "markdown"]) {
      const run = runCli(["plan", join(dir, "stack"), "--zone", FIXTURE_ZONES, ...TODAY, "-f", format]);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain("live DNS matches the domain files");
      expect(run.stdout).toContain("No changes for the 1 domain planned; 2 files were not planned (a file with errors, or a second file for a domain: see the errors above).");
    }
  });

  test("changes pending and no error: exit 0, but 2 with --detailed-exitcode; markdown lists the change", () => {
    const dir = cleanStack();
    const file = join(dir, "stack/clean.example.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("ttl: 600", "ttl: 1800"));
    expect(runCli(["plan", join(dir, "stack"), "--zone", FIXTURE_ZONES, ...TODAY]).status).toBe(0);
    const detailed = runCli(["plan", join(dir, "stack"), "--zone", FIXTURE_ZONES, ...TODAY, "--detailed-exitcode", "-f", "markdown"]);
    expect(detailed.status).toBe(2);
    expect(detailed.stdout).toContain("| update | clean.example | TXT | 600 → 1800 | `v=spf1 include:mx.ovh.com ~all` | `v=spf1 include:mx.ovh.com ~all` |");
  });

  test("errors: 1 with --detailed-exitcode; usage errors are 2, or 1 with --detailed-exitcode", () => {
    expect(runCli(["plan", PLAN_STACK, ...ZONES, ...TODAY, "--detailed-exitcode"]).status).toBe(1);
    const usage = runCli(["plan", PLAN_STACK, ...ZONES, "--shard", "5/4"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--shard K/N needs 1 ≤ K ≤ N");
    expect(runCli(["plan", PLAN_STACK, ...ZONES, "--shard", "5/4", "--detailed-exitcode"]).status).toBe(1);
    expect(runCli(["plan", PLAN_STACK, "--concurrency", "zero"]).status).toBe(2);
  });

  test("--shard K/N splits the domains: each in exactly one shard, the same on every run", () => {
    const domainsOf = (k: number) => {
      const run = runCli(["plan", PLAN_STACK, ...ZONES, ...TODAY, "-f", "json", "--shard", `${k}/2`]);
      const json = JSON.parse(run.stdout);
      return [...new Set([...json.changes, ...json.findings].map((x: { domain: string }) => x.domain))].sort();
    };
    const [one, two] = [domainsOf(1), domainsOf(2)];
    expect([...one, ...two].sort()).toEqual(["drift.example", "external.example"]);
    expect(domainsOf(1)).toEqual(one);
  });

  describe("over DNS with faults", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await server.close();
    });

    test("a lookup that times out: no create for it, exit 1 naming the lookup", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
      const dir = cleanStack();
      // A second: long enough that no healthy loopback answer times out on a busy machine.
      const dnsArgs = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "0"];
      expect((await runCliAsync(["plan", join(dir, "stack"), ...dnsArgs, ...TODAY, "--detailed-exitcode"])).status).toBe(0);
      server.setFault("_dmarc.clean.example/TXT", "timeout");
      try {
        // Both runs at once: each waits out its own timeout.
        const [run, detailed] = await Promise.all([
          runCliAsync(["plan", join(dir, "stack"), ...dnsArgs, ...TODAY]),
          runCliAsync(["plan", join(dir, "stack"), ...dnsArgs, ...TODAY, "--detailed-exitcode", "-f", "json"]),
        ]);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain("! error _dmarc.clean.example TXT lookup failed (timeout:");
        expect(run.stdout).not.toMatch(/create _dmarc/);
        expect(run.stdout).toContain("1 lookup failed, so the plan is incomplete.");
        expect(detailed.status).toBe(1);
        expect(JSON.parse(detailed.stdout).failures).toEqual([expect.objectContaining({ domain: "clean.example", name: "_dmarc.clean.example", type: "TXT", reason: "timeout" })]);
      } finally {
        server.clearFaults();
      }
    });
  });
});
