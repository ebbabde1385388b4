// The safety gates through `maildns plan --zone … --format json` (and text, Markdown): the same verdicts the
// Pulumi program enforces, shown before anyone applies.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const ZONE = ["--zone", `${FIXTURE_ZONES}clean.example.zone`];
const TODAY = ["--today", "2026-11-01"];

let imported = "";
beforeAll(() => {
  const run = runCli(["import", ...ZONE, "-q"]);
  expect(run.status).toBe(0);
  imported = run.stdout;
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

  test("text and Markdown show the refused gates; the summary line counts them", () => {
    const dir = `${stack(neutralAll)}/stack`;
    const text = runCli(["plan", dir, ...ZONE, ...TODAY]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("  ! gate refused loosen-spf: clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused\n");
    expect(text.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete; 1 safety gate refuses it.\n");
    const markdown = runCli(["plan", dir, ...ZONE, ...TODAY, "-f", "markdown"]);
    expect(markdown.stdout).toContain("### Safety gates");
    expect(markdown.stdout).toContain("| **refused** | `loosen-spf` | clean.example | clean.example: this update loosens SPF from ~all to ?all: mail from hosts the record does not list is then no longer refused |");
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
  const dmarcGate = (args: string[]) => {
    const run = runCli(["plan", `${stack(delegate)}/stack`, ...ZONE, ...TODAY, "-f", "json", ...args]);
    const gate = (JSON.parse(run.stdout).gates as { id: string; name: string; tripped: boolean; reason: string | null }[]).find((g) => g.id === "loosen-dmarc")!;
    return { status: run.status, gate };
  };

  test("the plan replaces the TXT with the CNAME", () => {
    const run = runCli(["plan", `${stack(delegate)}/stack`, ...ZONE, "--zone", provider("v=DMARC1; p=quarantine"), ...TODAY, "-f", "json"]);
    expect(JSON.parse(run.stdout).changes.map((c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`)).toEqual([
      "create _dmarc.clean.example CNAME",
      "delete _dmarc.clean.example TXT",
    ]);
  });

  test("a target as strict as the current record (or stricter): no gate", () => {
    for (const record of ["v=DMARC1; p=quarantine; rua=mailto:agg@dmarc-provider.example", "v=DMARC1; p=reject; sp=quarantine; np=reject"]) {
      const { status, gate } = dmarcGate(["--zone", provider(record)]);
      expect(gate).toMatchObject({ name: "_dmarc.clean.example", tripped: false, reason: null });
      expect(status).toBe(0);
    }
  });

  test("a looser target trips the gate saying how (p, sp, np, t)", () => {
    const cases: [string, string][] = [
      ["v=DMARC1; p=none", "lowers p=quarantine to p=none"],
      ["v=DMARC1; p=quarantine; sp=none", "lowers sp=quarantine to sp=none"],
      ["v=DMARC1; p=quarantine; np=none", "lowers np=quarantine to np=none"],
      ["v=DMARC1; p=quarantine; t=y", "adds t=y (test mode applies one policy lower)"],
    ];
    for (const [record, how] of cases) {
      const { status, gate } = dmarcGate(["--zone", provider(record)]);
      expect(gate).toMatchObject({ tripped: true, reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), whose policy is looser: it ${how}` });
      expect(status).toBe(1);
    }
  });

  test("a target with no DMARC record trips the gate: receivers then apply none", () => {
    const { gate } = dmarcGate(["--zone", provider(null)]);
    expect(gate).toMatchObject({ tripped: true, reason: `clean.example: this update delegates DMARC to ${TARGET} (a CNAME), which publishes no DMARC record: receivers then apply no DMARC policy` });
  });

  test("a target that cannot be read still trips the gate, and says why", () => {
    // No zone holds the target, and no resolver is given to ask.
    const { status, gate } = dmarcGate([]);
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
