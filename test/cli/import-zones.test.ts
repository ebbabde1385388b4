// `import --zone` on real exports and hostile zones, as a subprocess: an OVH export without $ORIGIN, the
// zone's name from --origin or the file name, files that are not mail domains, records a domain file cannot
// hold, usage errors instead of crashes, and import → lint → plan with no change for every zone imported.
// `import` is the subject and always a subprocess; the `lint` and `plan` runs that read back the files it
// wrote run in this process (runCliInProcess: the same code, without a Node start each), but for the OVH
// export's plan and the changed zone's plan, subprocesses whose exit codes (0, 2) are the point.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { repoRoot, runCli } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { startFixtureServer } from "../plan/helpers.js";

const OVH_EXPORT = join(repoRoot, "test/fixtures/ovh-export/zone-export.txt");
const TODAY = ["--today", "2026-11-01"];
/** "v=DMARC1; p=reject;" as one character-string on the wire: length octet, then the text (RFC 1035 §3.3.14). */
const DMARC_WIRE = Buffer.concat([Buffer.from([19]), Buffer.from("v=DMARC1; p=reject;")]);

interface JsonFinding {
  ruleId: string;
  level: string;
  domain: string;
  line: number;
}

describe("an OVH control-panel export without $ORIGIN", () => {
  let server: DnsServer;
  beforeAll(async () => {
    // OVH's side of the records (mx.ovh.com's SPF, the DKIM keys the selectors point at) on loopback.
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test("without --origin: a usage error naming the file and line, asking for --origin", () => {
    const run = runCli(["import", "--zone", OVH_EXPORT]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`maildns import: ${OVH_EXPORT}:2:1: the zone's name is not known`);
    expect(run.stderr).toContain("Give the zone with --origin, e.g. --zone zone-export.txt --origin example.com");
    expect(run.stderr).not.toContain("internal error");
  });

  test("imports with --origin, lints without error and round-trips with no change (plan --detailed-exitcode exits 0)", async () => {
    const out = join(tempTree({}), "stack");
    // One attempt, answered by a server on this worker's thread: 2 s, so that a stalled worker (a loaded
    // machine) does not turn an answer into a failed lookup and the plan's exit into 1.
    const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "0"];
    const imported = await runCliAsync(["import", "--zone", OVH_EXPORT, "--origin", "example.fr", "--out", out, ...TODAY]);
    expect(imported.stderr).toBe(
      "maildns import: example.fr: p=none recorded as a monitoring stage from 2026-11-01 (dmarc.since): put the date it really began if you know it\n" +
        `wrote ${join(out, "example.fr.yaml")}\n`,
    );
    expect(imported.status).toBe(0);
    const text = readFileSync(join(out, "example.fr.yaml"), "utf8");
    // What was observed, as observed: OVH's MX set, its DKIM selectors kept as the CNAMEs they are, and
    // p=none as a declared stage from the import date.
    expect(text).toContain("\nmx: ovh\n");
    expect(text).toContain("    - name: ovhmo3456789-selector1\n      cname: ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net.\n");
    expect(text).toContain("    - name: ovhmo3456789-selector2\n      cname: ovhmo3456789-selector2._domainkey.3456789.ac.dkim.mail.ovh.net.\n");
    expect(text).toContain('dmarc:\n  record: "v=DMARC1; p=none; rua=mailto:dmarc@example.fr"\n  since: "2026-11-01"\n');

    const lint = await runCliInProcess(["lint", out, "-f", "json", ...TODAY]);
    expect(lint.status).toBe(0);
    const findings = JSON.parse(lint.stdout).findings as JsonFinding[];
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
    // The declared stage is reported at its lower tier, a warning: monitoring is a stage, not the goal.
    expect(findings.find((f) => f.ruleId === "dmarc-none-monitoring-stage")?.level).toBe("warn");

    const plan = await runCliAsync(["plan", out, "--zone", OVH_EXPORT, "--origin", "example.fr", ...dns, "--detailed-exitcode", "-f", "json", ...TODAY]);
    expect(plan.stderr).toBe("");
    expect(plan.status).toBe(0);
    const json = JSON.parse(plan.stdout);
    expect(json).toMatchObject({ changes: [], failures: [] });
    expect(json.findings.filter((f: JsonFinding) => f.level === "error")).toEqual([]);
  });

  test("audit --zone with --origin reads the same export", async () => {
    const run = await runCliAsync(["audit", "--zone", OVH_EXPORT, "--origin", "example.fr", "--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "-f", "json", ...TODAY]);
    const json = JSON.parse(run.stdout);
    expect(json.summary.domains).toBe(1);
    expect(json.failures).toEqual([]);
    expect(json.findings.every((f: JsonFinding) => f.domain === "example.fr")).toBe(true);
  });

  test("the same export named after its zone needs no --origin; BIND's db.<zone> names the zone, not a domain db.<zone>", () => {
    const tree = tempTree({ "example.fr.txt": readFileSync(OVH_EXPORT, "utf8"), "db.example.fr": readFileSync(OVH_EXPORT, "utf8") });
    for (const file of ["example.fr.txt", "db.example.fr"]) {
      const run = runCli(["import", "--zone", join(tree, file), "-q", ...TODAY]);
      expect(run.status, file).toBe(0);
      expect(run.stdout).toContain("\ndomain: example.fr\n");
    }
  });
});

describe("what import refuses, reports or skips", () => {
  test("--out that is a file, and --origin with a folder or several files: usage errors, not internal errors", () => {
    const tree = tempTree({ "taken.txt": "x\n", "zones/a.example.zone": "$TTL 60\n@ MX 0 .\n", "zones/b.example.zone": "$TTL 60\n@ MX 0 .\n" });
    const file = runCli(["import", "--zone", join(tree, "zones"), "--out", join(tree, "taken.txt")]);
    expect(file.status).toBe(2);
    expect(file.stderr).toBe(`maildns import: --out ${join(tree, "taken.txt")} is a file, not a folder: give a folder for the domain files (it is created when missing)\n`);
    const folder = runCli(["import", "--zone", join(tree, "zones"), "--origin", "a.example"]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("--origin names the zone of one file");
    const several = runCli(["import", "--zone", join(tree, "zones/a.example.zone"), "--zone", join(tree, "zones/b.example.zone"), "--origin", "a.example"]);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain("--origin names the zone of one --zone FILE (got several)");
    const notDomain = runCli(["import", "--zone", join(tree, "zones/a.example.zone"), "--origin", "a/b"]);
    expect(notDomain.status).toBe(2);
    expect(notDomain.stderr).toBe("maildns import: --origin 'a/b' is not a domain name (e.g. example.com)\n");
  });

  // 210 zones: the files are written on a helper thread; 3: written here. Either way, a file that cannot be
  // written is that domain's error (exit 1), not an internal error, and every other domain is written.
  test.each([210, 3])("%i zones, one domain's file cannot be written (a folder is in its way): that domain not written, exit 1, the others written", (count) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`zones/d${i}.example.zone`] = `$TTL 60\n@ MX 10 mx${i}.example.net.\n@ TXT "v=spf1 mx -all"\n`;
    const tree = tempTree(files);
    const out = join(tree, "out");
    mkdirSync(join(out, "d1.example.yaml"), { recursive: true });
    const run = runCli(["import", "--zone", join(tree, "zones"), "--out", out, "--force", "-q", ...TODAY], { timeoutMs: 60_000 });
    expect(run.stderr).toBe(`maildns import: d1.example not written: cannot write ${join(out, "d1.example.yaml")} (EISDIR): check that --out is a folder you can write to\n`);
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: count }, (_, i) => `d${i}.example.yaml`).sort());
    for (const i of [0, 2, count - 1]) expect(readFileSync(join(out, `d${i}.example.yaml`), "utf8")).toContain(`mx${i}.example.net`);
  });

  test("an $ORIGIN with a / is a usage error naming its line, and no file is written anywhere", () => {
    const tree = tempTree({ "zones/slash.zone": "$TTL 60\n$ORIGIN a/b.example.\n@ MX 10 mx.example.net.\n" });
    const run = runCli(["import", "--zone", join(tree, "zones"), "--out", join(tree, "out")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `maildns import: ${join(tree, "zones/slash.zone")}:2:9: the zone a/b.example is not a domain name maildns can write a file for ` +
        '(letters, digits, "-" and "_" in dot-separated labels): correct its $ORIGIN or give the zone with --origin\n',
    );
    expect(existsSync(join(tree, "out", "a"))).toBe(false);
  });

  test("two DMARC or two SPF records at one name: a finding naming both lines, the domain not written, exit 1", () => {
    const tree = tempTree({
      "zones/two-dmarc.example.zone": '$TTL 60\n@ MX 0 .\n_dmarc TXT "v=DMARC1; p=reject"\n_dmarc TXT "v=DMARC1; p=none"\n',
      "zones/two-spf.example.zone": '$TTL 60\n@ MX 0 .\n@ TXT "v=spf1 -all"\n@ TXT "v=spf1 mx -all"\n',
      "zones/fine.example.zone": '$TTL 60\n@ MX 0 .\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=reject"\n',
    });
    const zones = join(tree, "zones");
    const run = runCli(["import", "--zone", zones, "--out", join(tree, "out"), ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "maildns import: two-dmarc.example: error: _dmarc.two-dmarc.example publishes 2 v=DMARC1 records: receivers apply no DMARC policy at all " +
        `(RFC 7489 §6.6.3). Keep one in the zone, then import again (${zones}/two-dmarc.example.zone:3, ${zones}/two-dmarc.example.zone:4)\n`,
    );
    expect(run.stderr).toContain(
      "maildns import: two-spf.example: error: two-spf.example publishes 2 v=spf1 records: receivers return permerror (RFC 7208 §3.2). " +
        `Keep one in the zone, then import again (${zones}/two-spf.example.zone:3, ${zones}/two-spf.example.zone:4)\n`,
    );
    expect(existsSync(join(tree, "out", "two-dmarc.example.yaml"))).toBe(false);
    expect(existsSync(join(tree, "out", "two-spf.example.yaml"))).toBe(false);
    expect(existsSync(join(tree, "out", "fine.example.yaml"))).toBe(true);
  });

  test("an unknown record type is reported with its position, never dropped silently; the other zones are still imported (exit 1)", () => {
    const tree = tempTree({
      "zones/odd.example.zone": '$TTL 60\n@ MX 0 .\nx HOLOGRAM "3d"\n',
      "zones/fine.example.zone": '$TTL 60\n@ SOA ns h 1 1 1 1 1\n@ MX 0 .\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=reject"\n',
    });
    const run = runCli(["import", "--zone", join(tree, "zones"), "--out", join(tree, "out"), "--today", "2026-11-01"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(tree, "zones/odd.example.zone")}:3:3: unknown record type "HOLOGRAM": write it as TYPEnnn`);
    expect(existsSync(join(tree, "out", "odd.example.yaml"))).toBe(false);
    expect(existsSync(join(tree, "out", "fine.example.yaml"))).toBe(true);
  });

  test("records a domain file cannot hold: a DKIM key with a control character is left out with a warning; a bad SPF keeps the domain out", async () => {
    const tree = tempTree({
      "zones/ctl.example.zone": '$TTL 60\n@ MX 0 .\n@ TXT "v=spf1 -all"\nk1._domainkey TXT "v=DKIM1; p=AB\\007CD"\nk2._domainkey CNAME k2.keys.example.net.\n',
      "zones/badspf.example.zone": '$TTL 60\n@ MX 0 .\n@ TXT "v=spf1 \\013-all"\n',
      "zones/badmx.example.zone": "$TTL 60\n@ MX 10 mail\\.relay.example.net.\n",
    });
    const zones = join(tree, "zones");
    const out = join(tree, "out");
    const run = runCli(["import", "--zone", zones, "--out", out, ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `maildns import: ctl.example: warning: the DKIM record at k1._domainkey.ctl.example is left out of the file: its text holds the control character U+0007 (${zones}/ctl.example.zone:4)\n`,
    );
    expect(run.stderr).toContain("maildns import: badspf.example: error: the SPF record at badspf.example cannot be written to a domain file: its text holds the control character U+000D.");
    expect(run.stderr).toContain("maildns import: badmx.example: error: the MX record at badmx.example cannot be written to a domain file: its target mail\\.relay.example.net. is not a host name.");
    const written = readFileSync(join(out, "ctl.example.yaml"), "utf8");
    // The file's first line names the zones folder, a random temporary name: check the selectors, not the whole text.
    expect(written).toContain("  selectors:\n    - { name: k2, cname: k2.keys.example.net. }\n");
    expect(written).not.toMatch(/name: k1\b/);
    expect(written.split("\n").filter((line) => line.includes("{ name: "))).toEqual(["    - { name: k2, cname: k2.keys.example.net. }"]);
    expect(existsSync(join(out, "badspf.example.yaml"))).toBe(false);
    expect(existsSync(join(out, "badmx.example.yaml"))).toBe(false);
    const lint = await runCliInProcess(["lint", out, "-f", "json", ...TODAY]);
    expect((JSON.parse(lint.stdout).findings as JsonFinding[]).filter((f) => f.ruleId.startsWith("file-"))).toEqual([]);
    const plan = JSON.parse((await runCliInProcess(["plan", out, "--zone", zones, "-f", "json", ...TODAY])).stdout);
    expect(plan).toMatchObject({ changes: [], failures: [] });
  });

  test("generic TYPE16 data, $GENERATE and $INCLUDE in an export are read like the records they stand for", () => {
    const tree = tempTree({
      "zones/gen.example.zone": `$TTL 60\n$INCLUDE mail.inc\n_dmarc TYPE16 \\# ${DMARC_WIRE.length} ${DMARC_WIRE.toString("hex")}\n$GENERATE 1-2 s$._domainkey CNAME s$.keys.example.net.\n`,
      "zones/mail.inc": '@ MX 10 mx.example.net.\n@ TXT "v=spf1 mx -all"\n',
    });
    const run = runCli(["import", "--zone", join(tree, "zones"), ...TODAY]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\ndmarc: "v=DMARC1; p=reject;"\n');
    expect(run.stdout).toContain("    - { name: s1, cname: s1.keys.example.net. }\n    - { name: s2, cname: s2.keys.example.net. }\n");
    expect(run.stdout).toContain("\nspf: \"v=spf1 mx -all\"\n");
  });
});

/**
 * Zones built to trip import → plan: TTLs that differ inside an RRset and from the file, split TXT strings,
 * records beside the managed ones, aliases, wildcards, escaped names elsewhere in the zone, generic data.
 * Every zone import writes must load in lint (no file-* finding) and plan against it must change nothing.
 */
function trickyZones(): Record<string, string> {
  const spfs = ['"v=spf1 include:mx.ovh.com -all"', '"v=spf1 " "ip4:192.0.2.0/24" " -all"', "v=spf1 -all", '"v=spf1 a mx ~all"'];
  const dmarcs = ['"v=DMARC1; p=none"', '"v=DMARC1; " "p=quarantine; rua=mailto:d@example.net"', '"v=DMARC1;p=reject;sp=none"', null];
  const mxs = ["@ MX 10 mx.example.net.", "@ 300 MX 10 a.example.net.\n@ 600 MX 20 b.example.net.", "@ MX 0 .", "@ MX 1 mx0.mail.ovh.net.\n@ MX 5 mx1.mail.ovh.net.\n@ MX 50 mx2.mail.ovh.net.\n@ MX 100 mx3.mail.ovh.net.\n@ MX 200 mx4.mail.ovh.net."];
  const extras = [
    '@ TXT "google-site-verification=abc"\nwww A 192.0.2.1\n*.w TXT "wild"',
    "k1._domainkey 120 CNAME k1.keys.example.net.\n_imaps._tcp SRV 0 0 993 ssl0.ovh.net.\nautodiscover CNAME mailconfig.ovh.net.",
    'sel._domainkey TXT ( "v=DKIM1; k=rsa; " "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" )\na\\.b TXT "escaped owner elsewhere"',
    "_mta-sts TXT \"v=STSv1; id=20260101\"\n_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tls@example.net\"\nx TYPE65280 \\# 2 0102",
    "_submission._tcp 900 SRV 0 0 465 ssl0.ovh.net.\n_submission._tcp 900 SRV 10 0 587 ssl0.ovh.net.\nimap CNAME ssl0.ovh.net.",
  ];
  const zones: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < spfs.length; i++) {
    for (let j = 0; j < extras.length; j++) {
      const name = `t${n++}.example`;
      const dmarc = dmarcs[(i + j) % dmarcs.length];
      const ttl = [60, 3600, 86400][(i * 7 + j) % 3];
      zones[`zones/${name}.zone`] = [`$TTL ${ttl}`, "@ SOA ns.example.net. h.example.net. 1 7200 900 1209600 300", mxs[(i + j) % mxs.length], `@ TXT ${spfs[i]}`, dmarc ? `_dmarc TXT ${dmarc}` : "", extras[j], ""].join("\n");
    }
  }
  return zones;
}

describe("import → plan: no change for every zone import accepts", () => {
  test(`${Object.keys(trickyZones()).length} tricky zones: every file loads in lint and plan changes nothing`, async () => {
    const tree = tempTree(trickyZones());
    const zones = join(tree, "zones");
    const out = join(tree, "out");
    const run = runCli(["import", "--zone", zones, "--out", out, "-q", ...TODAY], { timeoutMs: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lint = JSON.parse((await runCliInProcess(["lint", out, "-f", "json", ...TODAY])).stdout);
    expect(lint.summary.files).toBe(Object.keys(trickyZones()).length);
    expect((lint.findings as JsonFinding[]).filter((f) => f.ruleId.startsWith("file-"))).toEqual([]);
    const plan = await runCliInProcess(["plan", out, "--zone", zones, "-f", "json", ...TODAY]);
    const json = JSON.parse(plan.stdout);
    expect(json.failures).toEqual([]);
    expect(json.changes).toEqual([]);
    expect(json.summary.domains).toBe(Object.keys(trickyZones()).length);
  });

  test("hostile zones: each is refused with a note or written, and what is written round-trips", async () => {
    const base = '$TTL 60\n@ MX 10 mx.example.net.\n@ TXT "v=spf1 -all"\n';
    const hostile: Record<string, { extra: string; written: boolean; note?: string }> = {
      "junk-dmarc": { extra: '_dmarc TXT "v=DMARC1; p=reject"\n_dmarc TXT "junk"\n', written: false, note: "holds TXT records besides its v=DMARC1 record" },
      // Receivers discard v=dmarc1 before counting (RFC 7489 §6.3, §6.6.3): one policy applies, not none.
      "near-dmarc": { extra: '_dmarc TXT "v=DMARC1; p=reject"\n_dmarc TXT "v=dmarc1; p=none"\n', written: false, note: "holds TXT records besides its v=DMARC1 record" },
      // No TXT at _dmarc starts with v=DMARC1 (case-sensitive, RFC 7489 §6.4): receivers discard it (§6.6.3),
      // so there is no DMARC record to write, and no monitoring stage to claim from a missing p=.
      "text-dmarc": { extra: '_dmarc TXT "hello"\n', written: false, note: 'holds no DMARC record: "hello" does not start with v=DMARC1' },
      "case-dmarc": { extra: '_dmarc TXT "v=dmarc1; p=none"\n', written: false, note: 'holds no DMARC record: "v=dmarc1; p=none" does not start with v=DMARC1' },
      "two-texts-dmarc": { extra: '_dmarc TXT "hello"\n_dmarc TXT "v=DMARC1 p=none"\n', written: false, note: "and 1 more TXT does not start with v=DMARC1" },
      "two-dkim": { extra: 'k._domainkey TXT "v=DKIM1; p=AAAA"\nk._domainkey TXT "v=DKIM1; p=BBBB"\n', written: true, note: "holds 2 TXT records where one is expected" },
      "two-sts": { extra: '_mta-sts TXT "v=STSv1; id=1"\n_mta-sts TXT "v=STSv1; id=2"\n', written: true, note: "MTA-STS left out" },
      "escaped-selector": { extra: 'a\\.b._domainkey TXT "v=DKIM1; p=AAAA"\n', written: true, note: "its name a\\.b._domainkey.escaped-selector.example is not a host name" },
      "odd-selector": { extra: 'we\\ ird._domainkey CNAME k.keys.example.net.\n', written: true, note: "is not a host name" },
      "odd-srv": { extra: "_imaps._tcp SRV 0 0 993 ssl\\@0.ovh.net.\n", written: true, note: "its target ssl\\@0.ovh.net. is not a host name" },
      "utf8-dmarc": { extra: '_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d\\255@example.net"\n', written: false, note: "octets that are not UTF-8" },
      "null-in-spf": { extra: "", written: false, note: "control character U+0000" },
    };
    const files: Record<string, string> = {};
    for (const [name, zone] of Object.entries(hostile)) {
      files[`zones/${name}.example.zone`] = name === "null-in-spf" ? '$TTL 60\n@ MX 10 mx.example.net.\n@ TXT "v=spf1 \\000-all"\n' : base + zone.extra;
    }
    const tree = tempTree(files);
    const out = join(tree, "out");
    const run = runCli(["import", "--zone", join(tree, "zones"), "--out", out, "-q", ...TODAY]);
    expect(run.status).toBe(1);
    for (const [name, zone] of Object.entries(hostile)) {
      expect(existsSync(join(out, `${name}.example.yaml`)), name).toBe(zone.written);
      expect(run.stderr.split("\n").find((line) => line.startsWith(`maildns import: ${name}.example: `) && line.includes(zone.note!)), name).toBeDefined();
    }
    expect(run.stderr).not.toContain("monitoring stage");
    const lint = JSON.parse((await runCliInProcess(["lint", out, "-f", "json", ...TODAY])).stdout);
    expect((lint.findings as JsonFinding[]).filter((f) => f.ruleId.startsWith("file-"))).toEqual([]);
    const plan = JSON.parse((await runCliInProcess(["plan", out, "--zone", join(tree, "zones"), "-f", "json", ...TODAY])).stdout);
    expect(plan.summary.domains).toBe(Object.values(hostile).filter((z) => z.written).length);
    expect(plan).toMatchObject({ changes: [], failures: [] });
  });

  test("a zone changed after the import shows up in plan (the round trip can fail)", () => {
    const tree = tempTree({ "zones/drift.example.zone": '$TTL 60\n@ MX 10 mx.example.net.\n@ TXT "v=spf1 -all"\n' });
    const out = join(tree, "out");
    expect(runCli(["import", "--zone", join(tree, "zones"), "--out", out, "-q", ...TODAY]).status).toBe(0);
    writeFileSync(join(tree, "zones/drift.example.zone"), '$TTL 60\n@ MX 10 mx.example.net.\n@ TXT "v=spf1 mx -all"\n');
    const plan = runCli(["plan", out, "--zone", join(tree, "zones"), "--detailed-exitcode", "-f", "json", ...TODAY]);
    expect(plan.status).toBe(2);
    expect(JSON.parse(plan.stdout).changes).toHaveLength(1);
  });
});

describe("a name outside every loaded zone", () => {
  test("is not written, said in one line naming its failed lookups, as audit says it", () => {
    const dir = tempTree({
      "zones/good.example.zone": "$ORIGIN good.example.\n$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.good.example.\n@ IN TXT \"v=spf1 mx -all\"\nmx IN A 192.0.2.1\n",
    });
    const run = runCli(["import", "nowhere.example", "--zone", "zones", "--out", "out", "-q"], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("maildns import: nowhere.example"));
    expect(lines).toEqual([
      expect.stringMatching(/^maildns import: nowhere\.example not written: nowhere\.example (MX|TXT) lookup failed \(outside-zones: no loaded zone holds nowhere\.example\); \d+ more lookups? of nowhere\.example failed too: .*nowhere\.example/),
    ]);
    expect(existsSync(join(dir, "out", "nowhere.example.yaml"))).toBe(false);
  });
});

describe("a zone file with an error among good ones", () => {
  test("its domain is not written, said in one line naming the error and the lookups it failed; the others are written", () => {
    const dir = tempTree({
      "zones/bad.example.zone": "$ORIGIN bad.example.\n$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX notanumber mx\n@ IN TXT \"v=spf1 -all\"\n",
      "zones/good.example.zone": "$ORIGIN good.example.\n$TTL 300\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.good.example.\n@ IN TXT \"v=spf1 mx -all\"\nmx IN A 192.0.2.1\n",
    });
    const run = runCli(["import", "--zone", "zones", "--out", "out", "-q"], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("maildns import: bad.example"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^maildns import: bad\.example not written: bad\.example (TXT|MX) lookup failed \(malformed: zone file has errors: \S*zones\/bad\.example\.zone:4:9: MX preference must be an integer 0-65535, got "notanumber"\); \d+ more lookups of bad\.example failed too: .* and \d+ more$/,
    );
    expect(existsSync(join(dir, "out", "bad.example.yaml"))).toBe(false);
    expect(existsSync(join(dir, "out", "good.example.yaml"))).toBe(true);
  });
});

describe("aliases and wildcards: import writes what the zone holds, and plan against it changes nothing", () => {
  /** The parent zone: the DMARC provider's record, and a domain that is an alias of another. */
  const PARENT = [
    "$ORIGIN test.",
    "$TTL 3600",
    "@ IN SOA ns.test. hostmaster.test. 1 7200 3600 1209600 300",
    "@ IN NS ns.test.",
    '_dmarc.provider IN TXT "v=DMARC1; p=reject"',
    "alias IN CNAME target.test.",
    "target IN MX 0 .",
    'target IN TXT "v=spf1 -all"',
    "",
  ].join("\n");
  const zone = (domain: string, lines: string[]) =>
    [`$ORIGIN ${domain}.`, "$TTL 3600", "@ IN SOA ns.test. hostmaster.test. 1 7200 3600 1209600 300", "@ IN NS ns.test.", "@ IN MX 0 .", '@ IN TXT "v=spf1 -all"', ...lines, ""].join("\n");

  test("a DMARC record delegated with a CNAME at _dmarc is written as the cname: entry, so plan does not delete the alias", async () => {
    const tree = tempTree({ "zones/test.zone": PARENT, "zones/delegated.test.zone": zone("delegated.test", ["_dmarc 600 IN CNAME _dmarc.provider.test."]) });
    const zones = join(tree, "zones");
    const out = join(tree, "out");
    const run = runCli(["import", "delegated.test", "--zone", zones, "--out", out, "-q", ...TODAY]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, "delegated.test.yaml"), "utf8")).toContain("\ncname:\n  - { name: _dmarc, target: _dmarc.provider.test., ttl: 600 }\n");
    const plan = await runCliInProcess(["plan", out, "--zone", zones, "--detailed-exitcode", "-f", "json", ...TODAY]);
    expect(JSON.parse(plan.stdout).changes).toEqual([]);
    expect(plan.status).toBe(0);
  });

  test("a CNAME at _dmarc or _mta-sts to a name outside the loaded zones: exit 1, and the message says what to do", async () => {
    // Without the provider's zone, the alias target cannot be read from the files: the lookup failed with
    // "outside the loaded zones", and nothing said how to read it.
    const what = "load the zone file that holds it too (--zone), or give --resolver to ask DNS for names outside the zone files";
    const tree = tempTree({
      "all/test.zone": PARENT,
      "all/delegated.test.zone": zone("delegated.test", ["_dmarc 600 IN CNAME _dmarc.provider.test."]),
      "alone/delegated.test.zone": zone("delegated.test", ["_dmarc 600 IN CNAME _dmarc.provider.test."]),
      "sts/sts.test.zone": zone("sts.test", ['_dmarc IN TXT "v=DMARC1; p=reject"', "_mta-sts 600 IN CNAME _mta-sts.provider.test."]),
    });
    const alone = runCli(["import", "delegated.test", "--zone", join(tree, "alone"), ...TODAY]);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain(`_dmarc.delegated.test TXT lookup failed (outside-zones: alias target _dmarc.provider.test is outside the loaded zones: ${what})`);
    const sts = runCli(["import", "sts.test", "--zone", join(tree, "sts"), ...TODAY]);
    expect(sts.status).toBe(1);
    expect(sts.stderr).toContain(`_mta-sts.sts.test TXT lookup failed (outside-zones: alias target _mta-sts.provider.test is outside the loaded zones: ${what})`);
    // With the provider's zone loaded it imports; planned against the domain's zone alone, the plan says the same.
    const out = join(tree, "out");
    expect(runCli(["import", "delegated.test", "--zone", join(tree, "all"), "--out", out, "-q", ...TODAY]).status).toBe(0);
    const plan = await runCliInProcess(["plan", out, "--zone", join(tree, "alone"), ...TODAY]);
    expect(plan.stdout + plan.stderr).toContain(`alias target _dmarc.provider.test is outside the loaded zones: ${what}`);
  });

  test("a wildcard TXT answering _mta-sts, _smtp._tls and a named selector is not imported as their records (a warning names each)", async () => {
    const tree = tempTree({ "zones/test.zone": PARENT, "zones/parked.test.zone": zone("parked.test", ['_dmarc IN TXT "v=DMARC1; p=reject"', '* IN TXT "v=spf1 -all"']) });
    const zones = join(tree, "zones");
    const out = join(tree, "out");
    const run = runCli(["import", "parked.test", "--zone", zones, "--selector", "s1", "--out", out, "-q", ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("maildns import: parked.test: warning: _mta-sts.parked.test holds no MTA-STS record (\"v=spf1 -all\";");
    expect(run.stderr).toContain("maildns import: parked.test: warning: _smtp._tls.parked.test holds no TLS-RPT record (\"v=spf1 -all\";");
    expect(run.stderr).toContain("maildns import: parked.test: warning: s1._domainkey.parked.test holds no DKIM key (\"v=spf1 -all\";");
    const text = readFileSync(join(out, "parked.test.yaml"), "utf8");
    expect(text).not.toMatch(/mtaSts|tlsRpt|dkim/);
    expect(text).toContain('\ndmarc: "v=DMARC1; p=reject"\n');
    const lint = await runCliInProcess(["lint", out, "-f", "json", ...TODAY]);
    expect((JSON.parse(lint.stdout).findings as JsonFinding[]).filter((f) => f.level === "error")).toEqual([]);
    const plan = await runCliInProcess(["plan", out, "--zone", zones, "--detailed-exitcode", "-f", "json", ...TODAY]);
    expect(JSON.parse(plan.stdout).changes).toEqual([]);
    expect(plan.status).toBe(0);
  });

  test("a wildcard selector revoking every key (*._domainkey) is written as selector * from a zone file, as over DNS, and plan changes nothing", async () => {
    const tree = tempTree({ "zones/test.zone": PARENT, "zones/parked.test.zone": zone("parked.test", ['_dmarc IN TXT "v=DMARC1; p=reject"', '*._domainkey IN TXT "v=DKIM1; p="']) });
    const zones = join(tree, "zones");
    const out = join(tree, "out");
    const run = runCli(["import", "parked.test", "--zone", zones, "--out", out, "-q", ...TODAY]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, "parked.test.yaml"), "utf8")).toContain('\ndkim:\n  selectors:\n    - { name: "*", record: "v=DKIM1; p=", active: false }\n');
    const plan = await runCliInProcess(["plan", out, "--zone", zones, "--detailed-exitcode", "-f", "json", ...TODAY]);
    expect(JSON.parse(plan.stdout).changes).toEqual([]);
    expect(plan.status).toBe(0);
  });

  test("a domain that is itself an alias is not written (exit 1), with a note naming the alias and what to do", () => {
    const tree = tempTree({ "zones/test.zone": PARENT });
    const out = join(tree, "out");
    const run = runCli(["import", "alias.test", "--zone", join(tree, "zones"), "--out", out, ...TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("maildns import: alias.test: error: alias.test is an alias (CNAME to target.test.): its MX, SPF and DMARC are the target's");
    expect(run.stderr).toContain("Import target.test instead");
    expect(run.stderr).toContain("maildns import: alias.test not written\n");
    expect(existsSync(join(out, "alias.test.yaml"))).toBe(false);
  });
});
