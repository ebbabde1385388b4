// The safety gates through `maildns plan --zone … --format json` (and text, Markdown): the same verdicts the
// Pulumi program enforces, shown before anyone applies. The plans of the first group and those over DNS are
// subprocesses (exit codes, text and Markdown); the DMARC-delegation cases, whose subject is the gate's verdict
// on each target policy, run the CLI's main in this process (runCliInProcess), without a Node start each.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";
import { importedFixture } from "./imported-fixture.js";

const ZONE = ["--zone", `${FIXTURE_ZONES}clean.example.zone`];
const TODAY = ["--today", "2026-11-01"];

/** clean.example as `import` writes it (imported once per test worker: importedFixture). */
let imported = "";
beforeAll(() => {
  imported = importedFixture("clean.example");
});

/** clean.example as `import` writes it, then edited. */
function stack(edit: (yaml: string) => string = (y) => y): string {
  return tempTree({ "stack/clean.example.yaml": edit(imported) });
}

const dropSelector2 = (yaml: string) => yaml.replace(/    - name: ovhmo3456789-selector2\n      cname: [^\n]+\n/, "");
const neutralAll = (yaml: string) => yaml.replace("include:mx.ovh.com ~all", "include:mx.ovh.com ?all");

describe("maildns plan: safety gates", () => {
  test("an unchanged zone: every gate has a verdict, none tripped, exit 0", () => {
    const run = runCli(["plan", `${stack()}/stack`, ...ZONE, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.gates.map((g: { id: string; name: string; tripped: boolean }) => [g.id, g.name, g.tripped])).toEqual([
      ["delete-all-mx", "clean.example", false],
      ["duplicate-policy-record", "clean.example", false],
      ["large-change", "clean.example", false],
      ["loosen-dmarc", "_dmarc.clean.example", false],
      ["loosen-spf", "clean.example", false],
      ["remove-dkim-selector", "clean.example", false],
      ["remove-spf-include", "clean.example", false],
    ]);
    expect(Object.keys(json.gates[0])).toEqual(["id", "domain", "name", "tripped", "allowed", "reason"]);
    expect(json.summary.gatesRefused).toBe(0);
  });

  test("a dropped DKIM selector and ~all → ?all: both gates tripped in JSON, the plan fails", () => {
    const run = runCli(["plan", `${stack((y) => neutralAll(dropSelector2(y)))}/stack`, ...ZONE, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.gates.filter((g: { tripped: boolean }) => g.tripped)).toEqual([
      {
        id: "loosen-spf",
        domain: "clean.example",
        name: "clean.example",
        tripped: true,
        allowed: false,
        reason: "clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused",
      },
      {
        id: "remove-dkim-selector",
        domain: "clean.example",
        name: "ovhmo3456789-selector2._domainkey.clean.example",
        tripped: true,
        allowed: false,
        reason:
          "clean.example: this update deletes DKIM selector ovhmo3456789-selector2 (ovhmo3456789-selector2._domainkey.clean.example); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation)",
      },
    ]);
    // The dropped selector is a planned deletion too: the zone file shows every selector it publishes.
    expect(json.changes.map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "update clean.example TXT",
      "delete ovhmo3456789-selector2._domainkey.clean.example CNAME",
    ]);
    expect(json.summary.gatesRefused).toBe(2);
  });

  test("--allow lets a gate pass (allowed: true), as maildns:allow does for pulumi up", () => {
    const dir = `${stack((y) => neutralAll(dropSelector2(y)))}/stack`;
    const one = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "json", "--allow", "loosen-spf"]);
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout).gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowed: boolean }) => [g.id, g.allowed])).toEqual([
      ["loosen-spf", true],
      ["remove-dkim-selector", false],
    ]);
    const both = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "json", "--allow", "loosen-spf,remove-dkim-selector"]);
    expect(both.status).toBe(0);
    const typo = runCli(["plan", dir, ...ZONE, ...TODAY, "--allow", "loosen-everything"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("--allow loosen-everything is not a safety gate; known gates: delete-all-mx, duplicate-policy-record");
  });

  test("a gate the stack's config allows (maildns:allow in stacks/Pulumi.<stack>.yaml): still refused by the plan, its line saying the apply after the merge passes it", async () => {
    const root = tempTree({
      "stacks/prod/clean.example.yaml": neutralAll(dropSelector2(imported)),
      // As `pulumi config set --path 'maildns:allow[0]' loosen-spf` writes it; duplicate-policy-record is never allowed.
      "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n  maildns:allow:\n    - loosen-spf\n    - duplicate-policy-record\n",
    });
    const zone = ["--zone", `${FIXTURE_ZONES}clean.example.zone`];
    const note = " (allowed by maildns:allow in stacks/Pulumi.prod.yaml on merge)";
    const text = await runCliInProcess(["plan", "stacks/prod", ...zone, ...TODAY], { cwd: root });
    // The plan still fails: the change that allows a gate is judged by a reviewer, not passed by itself.
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`  ! gate refused loosen-spf: clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused${note}\n`);
    expect(text.stdout).toMatch(/ {2}! gate refused remove-dkim-selector: [^\n]*keep an old selector at least 7 days after a rotation\)\n/);
    expect(text.stdout).toContain("Plan: 0 to create, 1 to update, 1 to delete; 2 safety gates refuse it.\n");
    const json = JSON.parse((await runCliInProcess(["plan", "stacks/prod", ...zone, ...TODAY, "-f", "json"], { cwd: root })).stdout);
    expect(json.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowed: boolean; allowedOnMerge?: string }) => [g.id, g.allowed, g.allowedOnMerge ?? null])).toEqual([
      ["loosen-spf", false, "stacks/Pulumi.prod.yaml"],
      ["remove-dkim-selector", false, null],
    ]);
    expect(json.summary.gatesRefused).toBe(2);
    const markdown = await runCliInProcess(["plan", "stacks/prod", ...zone, ...TODAY, "-f", "markdown"], { cwd: root });
    expect(markdown.stdout).toContain(`| **refused** | \`loosen-spf\` | clean.example | clean.example: this update loosens SPF from \\~all to ?all: mail from hosts the record does not list is then no longer refused${note} |`);
    // The form \`pulumi config set maildns:allow a,b\` writes: one string, names separated by commas.
    const plain = tempTree({
      "stacks/prod/clean.example.yaml": neutralAll(dropSelector2(imported)),
      "stacks/Pulumi.prod.yaml": "config:\n  maildns:allow: remove-dkim-selector, loosen-spf\n",
    });
    const both = JSON.parse((await runCliInProcess(["plan", "stacks", ...zone, ...TODAY, "-f", "json"], { cwd: plain })).stdout);
    expect(both.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowedOnMerge?: string }) => [g.id, g.allowedOnMerge ?? null])).toEqual([
      ["loosen-spf", "stacks/Pulumi.prod.yaml"],
      ["remove-dkim-selector", "stacks/Pulumi.prod.yaml"],
    ]);
    // --allow passes the gate in the plan itself: then there is nothing refused to explain.
    const allowed = JSON.parse((await runCliInProcess(["plan", "stacks/prod", ...zone, ...TODAY, "-f", "json", "--allow", "loosen-spf"], { cwd: root })).stdout);
    expect(allowed.gates.find((g: { id: string }) => g.id === "loosen-spf")).toMatchObject({ allowed: true });
    expect(Object.keys(allowed.gates.find((g: { id: string }) => g.id === "loosen-spf"))).toEqual(["id", "domain", "name", "tripped", "allowed", "reason"]);
  });

  test("the SPF record dropped from the file: loosen-spf trips, naming the record removed (text, JSON); a zone without SPF stays silent", () => {
    const dropSpf = (yaml: string) => yaml.replace(/^spf:\n  record: [^\n]+\n  ttl: 600\n/m, "");
    const dir = `${stack(dropSpf)}/stack`;
    const run = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.changes.map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual(["delete clean.example TXT"]);
    const reason = 'clean.example: this update removes the SPF record "v=spf1 include:mx.ovh.com ~all" (~all): receivers then find no SPF record (result none, RFC 7208 §2.6.1), and mail from hosts it does not list is no longer marked';
    expect(json.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; reason: string }) => [g.id, g.reason])).toEqual([
      ["loosen-spf", reason],
      ["remove-spf-include", "clean.example: this update removes SPF include mx.ovh.com; mail from that sender then fails SPF"],
    ]);
    const text = runCli(["plan", dir, ...ZONE, ...TODAY]);
    expect(text.stdout).toContain(`  ! gate refused loosen-spf: ${reason}\n`);
    expect(text.status).toBe(1);
    // The live zone had no SPF record either: nothing is removed, nothing loosens.
    const noSpf = tempTree({ "clean.example.zone": readFileSync(`${FIXTURE_ZONES}clean.example.zone`, "utf8").replace(/^.*"v=spf1 [^\n]*\n/m, "") });
    const silent = runCli(["plan", dir, "--zone", `${noSpf}/clean.example.zone`, ...TODAY, "-f", "json"]);
    expect(JSON.parse(silent.stdout).gates.filter((g: { tripped: boolean }) => g.tripped)).toEqual([]);
  });

  test("text and Markdown show the refused gates; the summary line counts them", async () => {
    const dir = `${stack(neutralAll)}/stack`;
    const text = runCli(["plan", dir, ...ZONE, ...TODAY]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("  ! gate refused loosen-spf: clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused\n");
    expect(text.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete; 1 safety gate refuses it.\n");
    const markdown = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "markdown"]);
    expect(markdown.stdout).toContain("### Safety gates");
    expect(markdown.stdout).toContain("| **refused** | `loosen-spf` | clean.example | clean.example: this update loosens SPF from \\~all to ?all: mail from hosts the record does not list is then no longer refused |");
  });
});

/**
 * clean.example's `_dmarc` TXT (p=quarantine) replaced by a CNAME to a DMARC provider's record: the gate
 * judges what the alias target publishes, as receivers will apply it.
 */
describe("maildns plan: loosen-dmarc for a DMARC delegated by CNAME", () => {
  const TARGET = "clean-example._dmarc.dmarc-provider.example";
  const delegate = (yaml: string) => yaml.replace(/^dmarc: [^\n]+\n/m, "").replace(/^cname:\n/m, `cname:\n  - { name: _dmarc, target: ${TARGET}. }\n`);
  /** The provider's zone, publishing `record` at the target (none: no record there). */
  const provider = (record: string | null) =>
    tempTree({
      "dmarc-provider.example.zone": `$ORIGIN dmarc-provider.example.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 86400 3600 3600000 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n${record === null ? "" : `clean-example._dmarc IN TXT "${record}"\n`}`,
    });
  const dmarcGate = async (args: string[]) => {
    const run = await runCliInProcess(["plan", `${stack(delegate)}/stack`, ...ZONE, ...TODAY, "-f", "json", ...args]);
    const gate = (JSON.parse(run.stdout).gates as { id: string; name: string; tripped: boolean; reason: string | null }[]).find((g) => g.id === "loosen-dmarc")!;
    return { status: run.status, gate };
  };

  test("the plan replaces the TXT with the CNAME", async () => {
    const run = await runCliInProcess(["plan", `${stack(delegate)}/stack`, ...ZONE, "--zone", provider("v=DMARC1; p=quarantine"), ...TODAY, "-f", "json"]);
    expect(JSON.parse(run.stdout).changes.map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "create _dmarc.clean.example CNAME",
      "delete _dmarc.clean.example TXT",
    ]);
  });

  test("a target as strict as the current record (or stricter): no gate", async () => {
    for (const record of ["v=DMARC1; p=quarantine; rua=mailto:agg@dmarc-provider.example", "v=DMARC1; p=reject; sp=quarantine; np=reject"]) {
      const { status, gate } = await dmarcGate(["--zone", provider(record)]);
      expect(gate).toMatchObject({ name: "_dmarc.clean.example", tripped: false, reason: null });
      expect(status).toBe(0);
    }
  });

  test("a looser target trips the gate saying how (p, sp, np, t)", async () => {
    const cases: [string, string][] = [
      ["v=DMARC1; p=none", "lowers p=quarantine to p=none"],
      ["v=DMARC1; p=quarantine; sp=none", "lowers sp=quarantine to sp=none"],
      ["v=DMARC1; p=quarantine; np=none", "lowers np=quarantine to np=none"],
      ["v=DMARC1; p=quarantine; t=y", "adds t=y (test mode applies one policy lower)"],
    ];
    for (const [record, how] of cases) {
      const { status, gate } = await dmarcGate(["--zone", provider(record)]);
      expect(gate).toMatchObject({ tripped: true, reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), whose policy is looser: it ${how}` });
      expect(status).toBe(1);
    }
  });

  test("a target with no DMARC record trips the gate: receivers then apply none", async () => {
    const { gate } = await dmarcGate(["--zone", provider(null)]);
    expect(gate).toMatchObject({ tripped: true, reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), which publishes no DMARC record: receivers then apply no DMARC policy` });
  });

  test("a target that cannot be read still trips the gate, and says why", async () => {
    // No zone holds the target, and no resolver is given to ask.
    const { status, gate } = await dmarcGate([]);
    expect(gate).toMatchObject({
      tripped: true,
      reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), whose policy could not be read: whether it is as strict as the current p=quarantine is unknown`,
    });
    expect(status).toBe(1);
  });

  describe("over DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startDnsServer({ zones: `${FIXTURE_ZONES}clean.example.zone` });
      server.addZoneText('@ 3600 IN SOA ns1 hostmaster 1 86400 3600 3600000 300\nclean-example._dmarc 3600 IN TXT "v=DMARC1; p=reject"\n', "dmarc-provider.example");
    });
    afterAll(() => server.close());

    test("the target's policy is asked once; a SERVFAIL there is never read as no record: the gate trips, saying it could not be read", async () => {
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "0", ...TODAY, "-f", "json"];
      const dir = `${stack(delegate)}/stack`;
      const gateOf = (stdout: string) => (JSON.parse(stdout).gates as { id: string; tripped: boolean; reason: string | null }[]).find((g) => g.id === "loosen-dmarc")!;
      server.resetQueries();
      const ok = await runCliAsync(["plan", dir, ...dns]);
      expect(gateOf(ok.stdout)).toMatchObject({ tripped: false, reason: null });
      expect(server.queries.log.filter((q) => q.name === TARGET && q.type === "TXT")).toHaveLength(1);
      server.setFault(`${TARGET}/TXT`, "servfail");
      try {
        const failed = await runCliAsync(["plan", dir, ...dns]);
        expect(gateOf(failed.stdout)).toMatchObject({ tripped: true, reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), whose policy could not be read: whether it is as strict as the current p=quarantine is unknown` });
        expect(failed.status).toBe(1);
      } finally {
        server.clearFaults();
      }
    });
  });
});

/**
 * clean.example served with its `_dmarc` as a CNAME to a DMARC provider's record (old), and files that
 * replace the alias: with a record of their own (un-delegation), or with an alias to another target (new).
 * What receivers apply today is the old target's record: the gate compares against it.
 */
describe("maildns plan: loosen-dmarc when the live _dmarc is a CNAME", () => {
  const OLD = "old._dmarc.dmarc-provider.example";
  const NEW = "new._dmarc.dmarc-provider.example";
  const SOA = "$TTL 3600\n@ IN SOA ns1 hostmaster 1 86400 3600 3600000 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n";
  const liveZone = readFileSync(`${FIXTURE_ZONES}clean.example.zone`, "utf8").replace(/^_dmarc 3600 IN TXT .*$/m, `_dmarc 3600 IN CNAME ${OLD}.`);
  /** The live zone and the provider's, publishing `old` and `new` at the two targets (null: no record). */
  const zones = (old: string | null, next: string | null = null) => {
    const dir = tempTree({
      "clean.example.zone": liveZone,
      "dmarc-provider.example.zone": `$ORIGIN dmarc-provider.example.\n${SOA}${old === null ? "" : `old._dmarc IN TXT "${old}"\n`}${next === null ? "" : `new._dmarc IN TXT "${next}"\n`}`,
    });
    return ["--zone", `${dir}/clean.example.zone`, "--zone", `${dir}/dmarc-provider.example.zone`];
  };
  const ownRecord = (record: string) => (yaml: string) => yaml.replace(/^dmarc: [^\n]+$/m, `dmarc: "${record}"`);
  const realias = (yaml: string) => yaml.replace(/^dmarc: [^\n]+\n/m, "").replace(/^cname:\n/m, `cname:\n  - { name: _dmarc, target: ${NEW}. }\n`);
  const planOf = async (edit: (yaml: string) => string, zoneArgs: string[]) => {
    const run = await runCliInProcess(["plan", `${stack(edit)}/stack`, ...zoneArgs, ...TODAY, "-f", "json"]);
    const json = JSON.parse(run.stdout);
    const gate = (json.gates as { id: string; name: string; tripped: boolean; reason: string | null }[]).find((g) => g.id === "loosen-dmarc")!;
    const changes = (json.changes as { action: string; name: string; type: string }[]).filter((c) => c.name === "_dmarc.clean.example").map((c) => `${c.action} ${c.type}`);
    return { status: run.status, gate, changes };
  };

  test("un-delegation to a looser record of its own trips the gate, saying how (p, sp, np)", async () => {
    const cases: [string, string][] = [
      ["v=DMARC1; p=quarantine", "lowers p=reject to p=quarantine"],
      ["v=DMARC1; p=reject; sp=none", "lowers sp=reject to sp=none"],
      ["v=DMARC1; p=reject; np=none", "lowers np=reject to np=none"],
    ];
    for (const [record, how] of cases) {
      const { status, gate, changes } = await planOf(ownRecord(record), zones("v=DMARC1; p=reject"));
      expect(changes).toEqual(["delete CNAME", "create TXT"]);
      expect(gate).toMatchObject({ name: "_dmarc.clean.example", tripped: true, reason: `clean.example: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it ${how}` });
      expect(status).toBe(1);
    }
  });

  test("un-delegation to a record as strict: no gate", async () => {
    const { status, gate } = await planOf(ownRecord("v=DMARC1; p=reject; rua=mailto:dmarc@clean.example"), zones("v=DMARC1; p=reject"));
    expect(gate).toMatchObject({ tripped: false, reason: null });
    expect(status).toBe(0);
  });

  test("un-delegation when the live target cannot be read: the lookup fails, the plan is incomplete, never passed", async () => {
    // The provider's zone is not given and no resolver is: the `_dmarc` TXT question, which follows the alias,
    // fails, so the domain's live state is unknown and it gets no gate verdict at all (the lookup-failure exit).
    // A target read that fails after a good observation trips the gate, saying so (test/plan/safety.test.ts).
    const only = ["--zone", `${tempTree({ "clean.example.zone": liveZone })}/clean.example.zone`];
    const run = await runCliInProcess(["plan", `${stack(ownRecord("v=DMARC1; p=reject"))}/stack`, ...only, ...TODAY, "-f", "json"]);
    const json = JSON.parse(run.stdout);
    expect(json.failures.map((f: { name: string; type: string; reason: string }) => `${f.name} ${f.type} ${f.reason}`)).toEqual(["_dmarc.clean.example TXT outside-zones"]);
    expect(json.gates).toEqual([]);
    expect(run.status).toBe(1);
  });

  test("one alias for another: the two targets' records are compared", async () => {
    const looser = await planOf(realias, zones("v=DMARC1; p=reject", "v=DMARC1; p=none"));
    expect(looser.changes).toEqual(["update CNAME"]);
    expect(looser.gate).toMatchObject({ tripped: true, reason: `clean.example: this update moves the DMARC alias from ${OLD} to ${NEW}, whose policy is looser: it lowers p=reject to p=none` });
    expect(looser.status).toBe(1);
    const unreadNew = await planOf(realias, zones("v=DMARC1; p=reject"));
    expect(unreadNew.gate).toMatchObject({ tripped: true, reason: `clean.example: this update moves the DMARC alias from ${OLD} to ${NEW}, which publishes no DMARC record: receivers then apply no DMARC policy` });
    const stricter = await planOf(realias, zones("v=DMARC1; p=quarantine", "v=DMARC1; p=reject"));
    expect(stricter.gate).toMatchObject({ tripped: false, reason: null });
    expect(stricter.status).toBe(0);
  });

  describe("over DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startDnsServer({});
      server.addZoneText(liveZone.replace(/^\$ORIGIN .*$/m, ""), "clean.example");
      server.addZoneText(`${SOA}old._dmarc IN TXT "v=DMARC1; p=reject"\n`, "dmarc-provider.example");
    });
    afterAll(() => server.close());

    test("the live target is asked once; a SERVFAIL there is never read as no record", async () => {
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "0", ...TODAY, "-f", "json"];
      const dir = `${stack(ownRecord("v=DMARC1; p=none"))}/stack`;
      const gateOf = (stdout: string) => (JSON.parse(stdout).gates as { id: string; tripped: boolean; reason: string | null }[]).find((g) => g.id === "loosen-dmarc")!;
      server.resetQueries();
      const ok = await runCliAsync(["plan", dir, ...dns]);
      expect(gateOf(ok.stdout)).toMatchObject({ tripped: true, reason: `clean.example: this update replaces the DMARC alias to ${OLD} (a CNAME) with a record of its own, which is looser: it lowers p=reject to p=none` });
      expect(server.queries.log.filter((q) => q.name === OLD && q.type === "TXT")).toHaveLength(1);
      server.setFault(`${OLD}/TXT`, "servfail");
      try {
        // The observation's `_dmarc` TXT question follows the alias and fails with it: no verdict is made up.
        const failed = await runCliAsync(["plan", dir, ...dns]);
        const json = JSON.parse(failed.stdout);
        expect(json.failures.map((f: { name: string; type: string; reason: string }) => `${f.name} ${f.type} ${f.reason}`)).toEqual(["_dmarc.clean.example TXT servfail"]);
        expect(json.gates).toEqual([]);
        expect(failed.status).toBe(1);
        // Nothing is planned at `_dmarc` on the strength of that failure: the alias is not deleted with no record made in its place.
        expect(json.changes).toEqual([]);
        expect(json.summary).toMatchObject({ changes: 0, create: 0, update: 0, delete: 0, failedLookups: 1 });
        const text = await runCliAsync(["plan", dir, ...dns.slice(0, -2)]);
        expect(text.stdout).toContain("  ! error _dmarc.clean.example TXT lookup failed (servfail: ");
        expect(text.stdout).not.toMatch(/^\s*[-+~].*_dmarc/m);
        expect(text.stdout).toContain("Plan: 0 to create, 0 to update, 0 to delete; 1 lookup failed, so the plan is incomplete;");
        const markdown = await runCliAsync(["plan", dir, ...dns.slice(0, -2), "-f", "markdown"]);
        expect(markdown.status).toBe(1);
        expect(markdown.stdout).not.toContain("| Action | Name | Type | TTL | Before | After |");
        expect(markdown.stdout).toContain("Plan: 0 to create, 0 to update, 0 to delete; 1 lookup failed, so the plan is incomplete;");
        expect(markdown.stdout).toContain("### Failed lookups\n\n- \\_dmarc.clean.example TXT lookup failed (servfail: ");
      } finally {
        server.clearFaults();
      }
    });
  });
});
