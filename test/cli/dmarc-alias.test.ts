// DMARC delegated to a provider's record with a CNAME at `_dmarc` (a `cname:` entry named `_dmarc`, no
// `dmarc:` key), through the CLI: receivers follow the alias (RFC 7489 §6.6.3), so `plan` and `audit` judge
// the record its target publishes, and `lint`, without DNS, says the policy is delegated, never missing.
// The subject is each rule's verdict: the import and the first plan are subprocesses, the other runs the CLI's
// main in this process (runCliInProcess: the same code and arguments, without a Node start each).
import { readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";
import { importedFixture } from "./imported-fixture.js";

const ZONE = ["--zone", `${FIXTURE_ZONES}clean.example.zone`];
const TODAY = ["--today", "2026-11-01"];
const TARGET = "clean-example._dmarc.dmarc-provider.example";
const SOA = "$TTL 3600\n@ IN SOA ns1 hostmaster 1 86400 3600 3600000 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n";

interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  name: string | null;
  line: number;
  column: number;
}

/** clean.example as `import` writes it (imported once per test worker: importedFixture). */
let imported = "";
beforeAll(() => {
  imported = importedFixture("clean.example");
});

/** clean.example as `import` writes it, its `_dmarc` TXT (p=quarantine) replaced by the CNAME. */
function delegatingStack(): string {
  const yaml = imported.replace(/^dmarc: [^\n]+\n/m, "").replace(/^cname:\n/m, `cname:\n  - { name: _dmarc, target: ${TARGET}. }\n`);
  return `${tempTree({ "stack/clean.example.yaml": yaml })}/stack`;
}

/** The line of the `_dmarc` cname entry in the delegating file. */
function aliasLine(dir: string): number {
  return readFileSync(`${dir}/clean.example.yaml`, "utf8").split("\n").findIndex((l) => l.includes("name: _dmarc")) + 1;
}

/** The provider's zone, publishing `record` at the target. */
const provider = (record: string) => tempTree({ "dmarc-provider.example.zone": `$ORIGIN dmarc-provider.example.\n${SOA}clean-example._dmarc IN TXT "${record}"\n` });

const dmarcFindings = (stdout: string): JsonFinding[] => (JSON.parse(stdout).findings as JsonFinding[]).filter((f) => f.ruleId.startsWith("dmarc-"));
const brief = (f: JsonFinding) => [f.ruleId, f.level, f.line, f.column, f.message];

describe("maildns plan: a _dmarc TXT replaced by a CNAME", () => {
  test("to a target as strict: the alias's policy is named, no missing record and no loosening", () => {
    const dir = delegatingStack();
    const run = runCli(["plan", dir, ...ZONE, "--zone", provider("v=DMARC1; p=quarantine"), ...TODAY, "-f", "json"]);
    expect(run.status).toBe(0);
    expect(dmarcFindings(run.stdout).map(brief)).toEqual([
      ["dmarc-missing", "info", aliasLine(dir), 5, `clean.example delegates its DMARC policy to ${TARGET} (a CNAME at _dmarc.clean.example), which publishes p=quarantine: receivers apply that.`],
    ]);
  });

  test("to a looser target: dmarc-ramp-transition names the target's policy", async () => {
    const dir = delegatingStack();
    const run = await runCliInProcess(["plan", dir, ...ZONE, "--zone", provider("v=DMARC1; p=none"), ...TODAY, "-f", "json"]);
    const transition = dmarcFindings(run.stdout).filter((f) => f.ruleId === "dmarc-ramp-transition");
    expect(transition.map(brief)).toEqual([
      [
        "dmarc-ramp-transition",
        "warn",
        aliasLine(dir),
        5,
        `this change loosens DMARC from p=quarantine (live) to p=none (delegated to ${TARGET}): receivers will accept more unauthenticated mail as clean.example; make sure that is intended`,
      ],
    ]);
  });

  test("to a target that cannot be read: 'could not be checked', never 'no DMARC record'", async () => {
    const dir = delegatingStack();
    // No zone holds the target, and no resolver is given to ask: nothing is asked (outside-zones).
    const run = await runCliInProcess(["plan", dir, ...ZONE, ...TODAY, "-f", "json"]);
    const findings = dmarcFindings(run.stdout);
    // One lookup, said once: dmarc-ramp-transition, which needed it too (whether the target keeps
    // p=quarantine), is named on the finding rather than saying it again.
    expect(findings.map(brief)).toEqual([
      ["dmarc-missing", "warn", aliasLine(dir), 5, `clean.example delegates its DMARC policy to ${TARGET} (a CNAME at _dmarc.clean.example), whose record could not be checked: the lookup failed (outside-zones).`],
    ]);
    expect((findings[0] as JsonFinding & { alsoNeededBy?: string[] }).alsoNeededBy).toEqual(["dmarc-ramp-transition"]);
    const listed = (JSON.parse(run.stdout) as { outsideZones: { name: string; rules: string[] }[] }).outsideZones;
    expect(listed.map((u) => `${u.name} ${u.rules.join(",")}`)).toContain(`${TARGET} dmarc-missing,dmarc-ramp-transition`);
  });
});

describe("maildns plan: the delegated record judged by every DMARC rule", () => {
  test("dmarc-external-rua-unauthorized: the target's rua is authorized for the domain's name, not the target's", async () => {
    const dir = delegatingStack();
    // The provider authorizes reports for itself only: receivers ask clean.example._report._dmarc.dmarc-provider.example.
    const zone = provider("v=DMARC1; p=quarantine; rua=mailto:agg@dmarc-provider.example").concat("/dmarc-provider.example.zone");
    writeFileSync(zone, `${readFileSync(zone, "utf8")}dmarc-provider.example._report._dmarc IN TXT "v=DMARC1"\n`);
    const run = await runCliInProcess(["plan", dir, ...ZONE, "--zone", zone, ...TODAY, "-f", "json"]);
    expect(dmarcFindings(run.stdout).filter((f) => f.ruleId === "dmarc-external-rua-unauthorized").map(brief)).toEqual([
      [
        "dmarc-external-rua-unauthorized",
        "warn",
        aliasLine(dir),
        5,
        `rua (delegated to ${TARGET}) sends reports to dmarc-provider.example, outside clean.example, but clean.example._report._dmarc.dmarc-provider.example has no TXT record starting v=DMARC1 (the name does not exist): receivers drop this address and send no reports there (RFC 7489 §7.1)`,
      ],
    ]);
    // Once the provider authorizes the domain, nothing is said.
    writeFileSync(zone, `${readFileSync(zone, "utf8")}clean.example._report._dmarc IN TXT "v=DMARC1"\n`);
    const authorized = await runCliInProcess(["plan", dir, ...ZONE, "--zone", zone, ...TODAY, "-f", "json"]);
    expect(dmarcFindings(authorized.stdout).filter((f) => f.ruleId === "dmarc-external-rua-unauthorized")).toEqual([]);
  });

  test("dmarc-enforce-without-auth: the target's p=quarantine is judged against the file's SPF", async () => {
    const dir = delegatingStack();
    const file = `${dir}/clean.example.yaml`;
    writeFileSync(file, readFileSync(file, "utf8").replace(/^ {2}record: "v=spf1 include:mx.ovh.com ~all"$/m, '  record: "v=spf1 ip4:192.0.2.1 -all"'));
    const run = await runCliInProcess(["plan", dir, ...ZONE, "--zone", provider("v=DMARC1; p=quarantine"), ...TODAY, "-f", "json"]);
    expect(dmarcFindings(run.stdout).filter((f) => f.ruleId === "dmarc-enforce-without-auth").map(brief)).toEqual([
      [
        "dmarc-enforce-without-auth",
        "error",
        aliasLine(dir),
        5,
        `p=quarantine (delegated to ${TARGET}) while the SPF record does not authorize OVH's servers (include:mx.ovh.com): mail sent through OVH would fail DMARC.`,
      ],
    ]);
    // lint has no DNS: the target's record is unknown, and nothing is judged (never "missing").
    const lint = await runCliInProcess(["lint", dir, ...TODAY, "-f", "json"]);
    expect(dmarcFindings(lint.stdout).map((f) => f.ruleId)).toEqual(["dmarc-missing"]);
  });
});

describe("maildns plan: a live _dmarc CNAME replaced", () => {
  // clean.example served with its `_dmarc` delegated to the provider's record (p=quarantine there).
  const liveZone = () =>
    tempTree({ "clean.example.zone": readFileSync(`${FIXTURE_ZONES}clean.example.zone`, "utf8").replace(/^_dmarc 3600 IN TXT .*$/m, `_dmarc 3600 IN CNAME ${TARGET}.`) }).concat("/clean.example.zone");
  const withRecord = (record: string) => `${tempTree({ "stack/clean.example.yaml": imported.replace(/^dmarc: [^\n]+$/m, `dmarc: "${record}"`) })}/stack`;
  const dmarcLine = (dir: string) => readFileSync(`${dir}/clean.example.yaml`, "utf8").split("\n").findIndex((l) => l.startsWith("dmarc:")) + 1;

  test("by a looser record of its own: dmarc-ramp-transition compares it with the target's record", async () => {
    const dir = withRecord("v=DMARC1; p=none; rua=mailto:dmarc@clean.example");
    const run = await runCliInProcess(["plan", dir, "--zone", liveZone(), "--zone", provider("v=DMARC1; p=quarantine"), ...TODAY, "-f", "json"]);
    expect(dmarcFindings(run.stdout).filter((f) => f.ruleId === "dmarc-ramp-transition").map(brief)).toEqual([
      [
        "dmarc-ramp-transition",
        "warn",
        dmarcLine(dir),
        21,
        `this change loosens DMARC from p=quarantine (delegated to ${TARGET}) (live) to p=none: receivers will accept more unauthenticated mail as clean.example; make sure that is intended`,
      ],
    ]);
  });

  test("by the same alias: nothing changes, nothing is said", async () => {
    const run = await runCliInProcess(["plan", delegatingStack(), "--zone", liveZone(), "--zone", provider("v=DMARC1; p=none"), ...TODAY, "-f", "json"]);
    expect(dmarcFindings(run.stdout).filter((f) => f.ruleId === "dmarc-ramp-transition")).toEqual([]);
  });
});

describe("maildns lint: a delegated DMARC record without DNS", () => {
  test("information naming the target, not an error for a missing record", async () => {
    const dir = delegatingStack();
    const run = await runCliInProcess(["lint", dir, ...TODAY, "-f", "json"]);
    expect(run.status).toBe(0);
    expect(dmarcFindings(run.stdout).map(brief)).toEqual([
      [
        "dmarc-missing",
        "info",
        aliasLine(dir),
        5,
        `clean.example delegates its DMARC policy to ${TARGET} (a CNAME at _dmarc.clean.example): receivers apply the record published there, not checked without live DNS (plan and audit check it).`,
      ],
    ]);
  });
});

describe("maildns audit: a live domain whose _dmarc is a CNAME", () => {
  test("judged on the target's record", async () => {
    const zones = tempTree({
      "clean.example.zone": `$ORIGIN clean.example.\n${SOA}@ IN MX 1 mx0.mail.ovh.net.\n@ IN TXT "v=spf1 include:mx.ovh.com ~all"\n_dmarc IN CNAME ${TARGET}.\n`,
    });
    const run = await runCliInProcess(["audit", "clean.example", "--zone", `${zones}/clean.example.zone`, "--zone", provider("v=DMARC1; p=reject; rua=mailto:agg@dmarc-provider.example"), ...TODAY, "-f", "json"]);
    const findings = dmarcFindings(run.stdout).filter((f) => ["dmarc-missing", "dmarc-external-rua-unauthorized"].includes(f.ruleId));
    expect(findings.map((f) => [f.ruleId, f.level, f.name, f.message])).toEqual([
      [
        "dmarc-external-rua-unauthorized",
        "warn",
        "_dmarc.clean.example",
        `rua (delegated to ${TARGET}) sends reports to dmarc-provider.example, outside clean.example, but clean.example._report._dmarc.dmarc-provider.example has no TXT record starting v=DMARC1 (the name does not exist): receivers drop this address and send no reports there (RFC 7489 §7.1)`,
      ],
      ["dmarc-missing", "info", "_dmarc.clean.example", `clean.example delegates its DMARC policy to ${TARGET} (a CNAME at _dmarc.clean.example), which publishes p=reject: receivers apply that.`],
    ]);
  });
});
