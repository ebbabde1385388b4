// A run whose verdict rests on a failed lookup never exits 0: a lookup a live check needed (an SPF
// include's TXT, an MX host's addresses...) that timed out or failed is named in the report and fails
// `plan` and `audit`, whatever the level of the finding that says it (the CLI as a subprocess, against the
// fault-injecting loopback DNS server). Each test's main run is a subprocess, its exit code and report as a
// shell sees them; the runs before the fault (the healthy baseline) and the same state's other formats run the
// CLI's main in this process (runCliInProcess: the same code and arguments, without a Node start each).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCliAsync } from "../plan/cli-async.js";
import { cleanStack } from "./imported-fixture.js";
import { FIXTURE_ZONES, startFixtureServer } from "../plan/helpers.js";

const TODAY = ["--today", "2026-11-01"];

describe("a failed lookup a check needs fails the run", () => {
  let server: DnsServer;
  let dnsArgs: string[];
  let stack: string;
  beforeAll(async () => {
    server = await startFixtureServer();
    // A second: long enough that no healthy loopback answer times out on a busy machine.
    dnsArgs = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "0"];
    stack = join(cleanStack(), "stack");
  });
  afterAll(async () => {
    await server.close();
  });

  test("plan: the SPF include's TXT lookup fails: exit 1, the lookup named in text, Markdown and JSON", async () => {
    expect((await runCliInProcess(["plan", stack, ...dnsArgs, ...TODAY, "--detailed-exitcode"])).status).toBe(0);
    server.setFault("mx.ovh.com/TXT", "servfail");
    try {
      const text = await runCliAsync(["plan", stack, ...dnsArgs, ...TODAY]);
      expect(text.stdout).toContain("warning");
      expect(text.stdout).toContain("could not check `include:mx.ovh.com`: the TXT lookup of mx.ovh.com failed (servfail)");
      expect(text.stdout).toContain("  ! not checked mx.ovh.com TXT lookup failed (servfail), needed by spf-include-no-record, spf-lookup-limit");
      expect(text.stdout).toContain("Plan: 0 to create, 0 to update, 0 to delete; 1 lookup a check needed failed, so the checks are incomplete.");
      expect(text.status).toBe(1);
      const detailed = await runCliInProcess(["plan", stack, ...dnsArgs, ...TODAY, "--detailed-exitcode", "-f", "json"]);
      expect(detailed.status).toBe(1);
      const json = JSON.parse(detailed.stdout);
      expect(json.failures).toEqual([]);
      expect(json.uncheckedLookups).toEqual([{ domain: "clean.example", name: "mx.ovh.com", type: "TXT", reason: "servfail", rules: ["spf-include-no-record", "spf-lookup-limit"] }]);
      expect(json.summary.uncheckedLookups).toBe(1);
      // Said once, by one rule, naming the other whose check needed it (spf-lookup-limit's count).
      const said = (json.findings as { ruleId: string; level: string; line: number; column: number; alsoNeededBy?: string[]; message: string }[]).filter((f) => f.message.includes("mx.ovh.com"));
      expect(said.map((f) => ({ ruleId: f.ruleId, level: f.level, alsoNeededBy: f.alsoNeededBy }))).toEqual([{ ruleId: "spf-include-no-record", level: "warn", alsoNeededBy: ["spf-lookup-limit"] }]);
      expect(text.stdout).not.toContain("the SPF lookup count is incomplete");
      const markdown = await runCliInProcess(["plan", stack, ...dnsArgs, ...TODAY, "-f", "markdown"]);
      expect(markdown.status).toBe(1);
      expect(markdown.stdout).toContain("### Not checked\n\n- clean.example: mx.ovh.com TXT lookup failed (servfail), needed by spf-include-no-record, spf-lookup-limit");
    } finally {
      server.clearFaults();
    }
  });

  test("audit: an MX host's address lookup fails: exit 1 and one not-checked line naming it (text, JSON)", async () => {
    const audit = ["audit", "clean.example", ...dnsArgs, ...TODAY];
    expect((await runCliInProcess(audit)).status).toBe(0);
    server.setFault("mx0.mail.ovh.net", "servfail");
    try {
      const text = await runCliAsync(audit);
      expect(text.stdout).toContain("clean.example  warn   could not resolve the MX exchange mx0.mail.ovh.net: the address lookup failed (servfail)");
      expect(text.stdout).toContain("clean.example: not checked: mx0.mail.ovh.net A/AAAA lookup failed (servfail), needed by mx-target-unresolvable; mx0.mail.ovh.net CNAME lookup failed (servfail), needed by mx-target-cname");
      expect(text.status).toBe(1);
      const json = await runCliInProcess([...audit, "-f", "json"]);
      expect(json.status).toBe(1);
      const report = JSON.parse(json.stdout);
      expect(report.failures).toEqual([]);
      expect(report.summary.errors).toBe(0);
      expect(report.uncheckedLookups).toEqual([
        { domain: "clean.example", name: "mx0.mail.ovh.net", type: "A/AAAA", reason: "servfail", rules: ["mx-target-unresolvable"] },
        { domain: "clean.example", name: "mx0.mail.ovh.net", type: "CNAME", reason: "servfail", rules: ["mx-target-cname"] },
      ]);
      // The same run with the checks' findings at info: the verdict still was not reached.
      const lenient = await runCliInProcess([...audit, "--policy", "rfc", "--fail-on", "error"]);
      expect(lenient.status).toBe(1);
    } finally {
      server.clearFaults();
    }
  });

  test("plan: a `lint:` suppression silences the finding, never the failed lookup under it: still named, exit 1", async () => {
    const imported = readFileSync(join(stack, "clean.example.yaml"), "utf8");
    const suppressions = [
      "lint:",
      "  - rule: spf-include-no-record",
      "    reason: OVH's include is checked by their own tooling",
      "  - rule: spf-lookup-limit",
      "    reason: the count is watched in the provider's console",
      "",
    ].join("\n");
    const dir = join(tempTree({ "stack/clean.example.yaml": `${imported}${suppressions}` }), "stack");
    expect((await runCliInProcess(["plan", dir, ...dnsArgs, ...TODAY, "--detailed-exitcode"])).status).toBe(0);
    server.setFault("mx.ovh.com/TXT", "servfail");
    try {
      const text = await runCliAsync(["plan", dir, ...dnsArgs, ...TODAY]);
      // The finding itself stays suppressed; the check that could not be made is still named.
      expect(text.stdout).not.toContain("could not check `include:mx.ovh.com`");
      expect(text.stdout).toContain("  ! not checked mx.ovh.com TXT lookup failed (servfail), needed by spf-include-no-record, spf-lookup-limit");
      expect(text.stdout).toContain("Plan: 0 to create, 0 to update, 0 to delete; 1 lookup a check needed failed, so the checks are incomplete.");
      expect(text.status).toBe(1);
      const json = JSON.parse((await runCliInProcess(["plan", dir, ...dnsArgs, ...TODAY, "-f", "json"])).stdout);
      expect(json.findings.filter((f: { ruleId: string }) => ["spf-include-no-record", "spf-lookup-limit"].includes(f.ruleId) || f.ruleId.startsWith("lint-suppression"))).toEqual([]);
      expect(json.uncheckedLookups).toEqual([{ domain: "clean.example", name: "mx.ovh.com", type: "TXT", reason: "servfail", rules: ["spf-include-no-record", "spf-lookup-limit"] }]);
      expect(json.summary.uncheckedLookups).toBe(1);
    } finally {
      server.clearFaults();
    }
  });

  test("plan: rules turned off in the pack are not wanted at all: their lookups' failures do not fail the run", async () => {
    const pack = join(tempTree({ "pack.yaml": ["name: no-include-checks", "description: a pack without the SPF tree checks", "extends: ovh", "rules:", "  spf-include-no-record: off", "  spf-lookup-limit: off", ""].join("\n") }), "pack.yaml");
    server.setFault("mx.ovh.com/TXT", "servfail");
    try {
      const run = await runCliAsync(["plan", stack, ...dnsArgs, ...TODAY, "--policy", pack, "-f", "json"]);
      const json = JSON.parse(run.stdout);
      expect(json.uncheckedLookups).toEqual([]);
      expect(json.failures).toEqual([]);
      expect(run.status).toBe(0);
      // The same pack with only one of them off: the other still needs the lookup, and names it.
      const half = join(tempTree({ "pack.yaml": ["name: half", "description: one SPF tree check", "extends: ovh", "rules:", "  spf-include-no-record: off", ""].join("\n") }), "pack.yaml");
      const partly = await runCliInProcess(["plan", stack, ...dnsArgs, ...TODAY, "--policy", half, "-f", "json"]);
      expect(JSON.parse(partly.stdout).uncheckedLookups).toEqual([{ domain: "clean.example", name: "mx.ovh.com", type: "TXT", reason: "servfail", rules: ["spf-lookup-limit"] }]);
      expect(partly.status).toBe(1);
    } finally {
      server.clearFaults();
    }
  });

  test("plan: a lookup in the live SPF tree fails where the file's tree is whole: spf-lookup-budget-change names it, exit 1", async () => {
    const imported = readFileSync(join(stack, "clean.example.yaml"), "utf8");
    // One lookup before (include:mx.ovh.com), one after (a): the records' own terms count alike.
    const dir = join(tempTree({ "stack/clean.example.yaml": imported.replace('record: "v=spf1 include:mx.ovh.com ~all"', 'record: "v=spf1 a ~all"') }), "stack");
    const args = ["plan", dir, ...dnsArgs, ...TODAY, "--allow", "remove-spf-include"];
    const healthy = JSON.parse((await runCliInProcess([...args, "-f", "json"])).stdout);
    expect(healthy.uncheckedLookups).toEqual([]);
    expect(healthy.findings).toContainEqual(expect.objectContaining({ ruleId: "spf-lookup-budget-change", message: "SPF lookups: 2 → 1 of 10 (counted through every include and redirect)" }));
    server.setFault("mx.ovh.com/TXT", "servfail");
    try {
      const run = await runCliAsync([...args, "-f", "json"]);
      const json = JSON.parse(run.stdout);
      expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === "spf-lookup-budget-change").map((f: { level: string; message: string }) => [f.level, f.message])).toEqual([
        ["info", "could not count the live SPF record's lookups through its includes: the TXT lookup of mx.ovh.com failed (servfail), so what lies behind `include:mx.ovh.com` is unknown"],
      ]);
      expect(json.uncheckedLookups).toEqual([{ domain: "clean.example", name: "mx.ovh.com", type: "TXT", reason: "servfail", rules: ["spf-lookup-budget-change"] }]);
      expect(run.status).toBe(1);
      const text = await runCliAsync(args);
      expect(text.stdout).toContain("  ! not checked mx.ovh.com TXT lookup failed (servfail), needed by spf-lookup-budget-change");
      expect(text.status).toBe(1);
    } finally {
      server.clearFaults();
    }
  });

  test("an exp= explanation whose lookup fails leaves the SPF result as it is (RFC 7208 §6.2): said at info, no failure", async () => {
    const zone = readFileSync(`${FIXTURE_ZONES}clean.example.zone`, "utf8").replaceAll("clean.example", "exp.example").replace('"v=spf1 include:mx.ovh.com ~all"', '"v=spf1 include:mx.ovh.com exp=why.exp.example ~all"');
    server.addZoneText(`${zone}why IN TXT "%{i} is not one of our senders"\n`, "exp.example");
    const audit = ["audit", "exp.example", ...dnsArgs, ...TODAY, "-f", "json"];
    expect((await runCliInProcess(audit)).status).toBe(0);
    server.setFault("why.exp.example/TXT", "timeout");
    try {
      const run = await runCliAsync(audit);
      const report = JSON.parse(run.stdout);
      expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: "spf-include-no-record", level: "info", message: "could not check `exp=why.exp.example`: the TXT lookup of why.exp.example failed (timeout)" }));
      expect(report.uncheckedLookups).toEqual([]);
      expect(run.status).toBe(0);
    } finally {
      server.clearFaults();
    }
  });

  test("plan's Not checked counts only the domains that exist, as audit's does (JSON notChecked, text line)", async () => {
    const dir = join(cleanStack(), "stack");
    const clean = readFileSync(join(dir, "clean.example.yaml"), "utf8");
    // A name in a zone the server holds that the zone does not have: NXDOMAIN at the apex, domain-nxdomain.
    writeFileSync(join(dir, "gone.yaml"), clean.replace("domain: clean.example", "domain: gone.clean.example").replace("rua=mailto:dmarc@clean.example", "rua=mailto:dmarc@gone.clean.example"));
    const run = await runCliAsync(["plan", dir, ...dnsArgs, ...TODAY, "-f", "json"]);
    const json = JSON.parse(run.stdout);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: "domain-nxdomain", domain: "gone.clean.example" }));
    expect(json.summary.domains).toBe(2);
    expect(json.notChecked.length).toBeGreaterThan(0);
    for (const family of json.notChecked) expect(family.domains).toBe(1);
    const text = await runCliInProcess(["plan", dir, ...dnsArgs, ...TODAY]);
    expect(text.stdout).toMatch(/^Not checked: .*; ask with --observe /m);
    expect(text.stdout).not.toMatch(/^Not checked: .*\(2 of /m);
    const quiet = await runCliInProcess(["plan", dir, ...dnsArgs, ...TODAY, "-q"]);
    expect(quiet.stdout).not.toContain("Not checked:");
  });

  test("with zone files alone, a name outside them was never asked: said under Not checked, and no failure (plan, audit)", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const zone = ["--zone", `${FIXTURE_ZONES}clean.example.zone`, ...TODAY];
    const plan = runCli(["plan", stack, ...zone]);
    expect(plan.stdout).toContain(
      "Not checked: 11 lookups of names outside the loaded zone files (mx.ovh.com TXT, mx0.mail.ovh.net A/AAAA, mx0.mail.ovh.net CNAME, and 8 more; 7 rules needed them); load their zones with --zone too, or add --resolver to ask DNS for them.",
    );
    expect(plan.stdout).not.toContain("! not checked");
    expect(plan.status).toBe(0);
    // Nothing was asked, so no server refused anything: the checks say why they could not be made.
    expect(plan.stdout).toContain("could not check whether the MX exchange mx0.mail.ovh.net is an alias: the CNAME lookup failed (outside-zones)");
    expect(plan.stdout).not.toContain("(refused)");
    const json = JSON.parse((await runCliInProcess(["plan", stack, ...zone, "-f", "json"])).stdout);
    expect(json.uncheckedLookups).toEqual([]);
    expect(json.outsideZones).toContainEqual({ domain: "clean.example", name: "mx.ovh.com", type: "TXT", rules: ["spf-include-no-record", "spf-lookup-limit"] });
    expect(json.outsideZones).toHaveLength(11);
    const audit = runCli(["audit", "clean.example", ...zone, "-f", "json"]);
    expect(JSON.parse(audit.stdout).outsideZones).toHaveLength(11);
    expect(audit.status).toBe(0);
    // With every zone the checks reach loaded, nothing is left unchecked.
    const whole = JSON.parse((await runCliInProcess(["plan", stack, "--zone", FIXTURE_ZONES, ...TODAY, "-f", "json"])).stdout);
    expect(whole.outsideZones).toEqual([]);
  });
});
