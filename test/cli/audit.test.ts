import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, SEVERAL_RUNS_TIMEOUT_MS } from "../helpers/cli.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES, PLAN_ZONES, startFixtureServer } from "../plan/helpers.js";

const ZONES = ["--zone", FIXTURE_ZONES, "--zone", PLAN_ZONES];
const TODAY = ["--today", "2026-11-01"];

interface JsonFinding {
  ruleId: string;
  level: string;
  domain: string;
  name: string | null;
  file: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// Awaited runs, not spawnSync: a test that runs the CLI several times would hold its worker's thread for
// their sum (5.7 s at the longest under a load average of 11), and a worker that cannot answer the test
// runner for 60 s fails the whole run.
async function auditJson(args: string[]) {
  const run = await runCliAsync(["audit", ...args, ...TODAY, "-f", "json"]);
  return { status: run.status, json: JSON.parse(run.stdout) as { version: number; findings: JsonFinding[]; failures: unknown[]; summary: Record<string, number> }, stderr: run.stderr };
}

describe("maildns audit", () => {
  test("JSON contract: file null, position 0, domain and record name set; live rules fire", async () => {
    const { status, json } = await auditJson(["cname-mx.example", ...ZONES]);
    expect(status).toBe(1);
    expect(json.version).toBe(1);
    expect(json.failures).toEqual([]);
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(f).toMatchObject({ file: null, line: 0, column: 0, endLine: 0, endColumn: 0, domain: "cname-mx.example" });
      expect(typeof f.name).toBe("string");
    }
    const where = json.findings.map((f) => `${f.ruleId} ${f.name}`);
    expect(where).toContain("mx-target-cname cname-mx.example");
    expect(where).toContain("mx-target-unresolvable cname-mx.example");
    expect(where).toContain("spf-include-no-record cname-mx.example");
    expect(where).toContain("dkim-cname-target-invalid gone._domainkey.cname-mx.example");
    expect(where).toContain("dmarc-missing _dmarc.cname-mx.example");
    expect(json.summary).toMatchObject({ files: 0, domains: 1, errors: json.findings.filter((f) => f.level === "error").length });
  });

  test("OVH's rules apply when the MX points at OVH's exchangers, or with --offer", async () => {
    const rules = async (args: string[]) => (await auditJson([...args, ...ZONES])).json.findings.map((f) => f.ruleId);
    // Zone files hold every selector: a domain without OVH's is judged as a domain file would be. Both domains
    // in one audit: each finding names its domain, and each domain is judged on its own MX.
    const both = (await auditJson(["export.example", "external.example", ...ZONES])).json;
    expect(both.summary.domains).toBe(2);
    const rulesOf = (domain: string) => both.findings.filter((f) => f.domain === domain).map((f) => f.ruleId);
    expect(rulesOf("export.example")).toContain("dkim-missing-selector");
    expect(rulesOf("external.example").length).toBeGreaterThan(0);
    expect(rulesOf("external.example")).not.toContain("dkim-missing-selector");
    expect(await rules(["external.example", "--offer", "email-pro"])).toContain("dkim-missing-selector");
    expect((await runCliAsync(["audit", "external.example", ...ZONES, "--offer", "gmail"])).status).toBe(2);
  });

  test("a clean domain under the rfc pack: exit 0", () => {
    const run = runCli(["audit", "clean.example", ...ZONES, ...TODAY, "--policy", "rfc", "--fail-on", "error"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/0 files, 1 domain: 0 errors/);
    expect(run.status).toBe(0);
  });

  test("--domains-file, --selector and --shard: each domain audited by exactly one shard", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
    const dir = tempTree({ "domains.txt": "# mail domains\nclean.example\nexport.example  # OVH export\n\ncname-mx.example\n" });
    const all = (await auditJson(["--domains-file", `${dir}/domains.txt`, ...ZONES])).json;
    expect(all.summary.domains).toBe(3);
    const shards = [];
    for (const k of [1, 2, 3]) shards.push((await auditJson(["--domains-file", `${dir}/domains.txt`, ...ZONES, "--shard", `${k}/3`])).json);
    expect(shards.reduce((n, s) => n + (s.summary.domains ?? 0), 0)).toBe(3);
    const key = (f: JsonFinding) => `${f.domain} ${f.ruleId} ${f.name}`;
    expect(shards.flatMap((s) => s.findings.map(key)).sort()).toEqual(all.findings.map(key).sort());
    expect((await runCliAsync(["audit", "not a domain", ...ZONES])).status).toBe(2);
    expect((await runCliAsync(["audit", "--selector", "x"])).status).toBe(2);
    // A label that starts or ends with a hyphen is no host name (RFC 1123 §2.1, RFC 5321 §2.3.5): said, not asked.
    for (const [name, problem] of [
      ["-x.example", 'label "-x" starts with a hyphen (RFC 1123 §2.1)'],
      ["x-.example", 'label "x-" ends with a hyphen (RFC 1123 §2.1)'],
    ]) {
      const refused = await runCliAsync(["audit", ...ZONES, "--", name!]);
      expect([refused.status, refused.stderr]).toEqual([2, `maildns audit: '${name}' is not a domain name: ${problem}; give a domain such as example.com\n`]);
    }
  });

  test("v=dmarc1 beside v=DMARC1: the record receivers keep is the one judged, the other a warning to delete", async () => {
    // RFC 7489 §6.3 / §6.6.3, RFC 9989 §4.7 / §4.10: the version must be exactly DMARC1, and records that
    // are not are discarded before counting, whatever their order in the answer (V=dmarc1 sorts first).
    const soa = "$TTL 60\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n@ MX 10 mx.example.net.\n@ TXT \"v=spf1 -all\"\n";
    const dir = tempTree({ "near.example.zone": `${soa}_dmarc TXT "V=dmarc1; p=none"\n_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@near.example"\n` });
    const { json } = await auditJson(["near.example", "--zone", dir, "--policy", "rfc"]);
    const dmarc = json.findings.filter((f) => f.ruleId.startsWith("dmarc-")).map((f) => [f.ruleId, f.level, (f as unknown as { message: string }).message.slice(0, 73)]);
    expect(dmarc).toEqual([["dmarc-multiple", "warn", '_dmarc.near.example also publishes "V=dmarc1; p=none" beside its v=DMARC1']]);
  });

  test("with --zone and no domain, every mail zone is audited; the others are skipped with a note", () => {
    const run = runCli(["audit", "--zone", FIXTURE_ZONES, "-f", "json", ...TODAY]);
    expect(JSON.parse(run.stdout).summary.domains).toBe(4);
    // ovh.com and ovh.net stand in for a provider's zones: no MX, SPF or DMARC at their apex.
    expect(run.stderr).toContain("maildns audit: ovh.com: not a mail domain (no MX, SPF or DMARC record): skipped\n");
    expect(run.stderr).toContain("maildns audit: ovh.net: not a mail domain (no MX, SPF or DMARC record): skipped\n");
  });

  describe("over DNS", () => {
    let server: DnsServer;
    beforeAll(async () => {
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await server.close();
    });

    test("the report says what the default audit did not look at (text line, JSON notChecked); the flags ask for it", { timeout: SEVERAL_RUNS_TIMEOUT_MS }, async () => {
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "0", ...TODAY];
      const text = await runCliAsync(["audit", "clean.example", ...dns]);
      expect(text.stdout).toMatch(/^Not checked: SPF type 99 records, DKIM of the domain \(no selector known, none probed\), client SRV records, SRV targets, autoconfig\/autodiscover CNAMEs, MTA-STS, TLS-RPT \(\d+ rules read them\); ask with --observe spf-type-99,srv,srv-hosts,cname,mta-sts,tls-rpt --probe-selectors, or name their rules in the policy pack\.$/m);
      const json = JSON.parse((await runCliAsync(["audit", "clean.example", ...dns, "-f", "json"])).stdout) as { notChecked: { family: string; domains: number; rules: string[] }[] };
      expect(json.notChecked.map((n) => n.family)).toEqual(["spf-type-99", "dkim-probe", "srv", "srv-hosts", "cname", "mta-sts", "tls-rpt"]);
      expect(json.notChecked.find((n) => n.family === "srv")!.rules).toContain("srv-imaps");
      // A selector named with --selector is looked at: DKIM is no longer among what was not checked.
      const named = JSON.parse((await runCliAsync(["audit", "clean.example", ...dns, "-f", "json", "--selector", "ovhmo3456789-selector1"])).stdout) as typeof json;
      expect(named.notChecked.map((n) => n.family)).toEqual(["spf-type-99", "srv", "srv-hosts", "cname", "mta-sts", "tls-rpt"]);
      const asked = JSON.parse((await runCliAsync(["audit", "clean.example", ...dns, "-f", "json", "--probe-selectors", "--observe", "srv,srv-hosts,cname,mta-sts,tls-rpt,spf-type-99"])).stdout) as typeof json;
      expect(asked.notChecked).toEqual([]);
    });

    test("a failed lookup: the domain is not linted, the failure is listed, exit 1", async () => {
      const dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "0", "--probe-selectors"];
      const ok = await runCliAsync(["audit", "clean.example", "export.example", ...dns, ...TODAY, "-f", "json"]);
      const okJson = JSON.parse(ok.stdout);
      expect(okJson.failures).toEqual([]);
      expect(okJson.findings.some((f: JsonFinding) => f.domain === "clean.example")).toBe(true);
      // Over DNS selectors are guessed: not finding OVH's is a warning, never "mail goes out unsigned".
      const exportRules = okJson.findings.filter((f: JsonFinding) => f.domain === "export.example").map((f: JsonFinding) => `${f.ruleId} ${f.level}`);
      expect(exportRules).not.toContain("dkim-missing-selector error");
      expect(exportRules).toContain("dkim-selector-not-found warn");
      server.setFault("clean.example/MX", "servfail");
      try {
        const run = await runCliAsync(["audit", "clean.example", "export.example", ...dns, ...TODAY, "-f", "json"]);
        expect(run.status).toBe(1);
        const json = JSON.parse(run.stdout);
        expect(json.failures).toEqual([{ domain: "clean.example", name: "clean.example", type: "MX", reason: "servfail", detail: expect.stringContaining("SERVFAIL"), server: `127.0.0.1:${server.port}` }]);
        expect(json.findings.filter((f: JsonFinding) => f.domain === "clean.example")).toEqual([]);
        expect(json.findings.map((f: JsonFinding) => `${f.ruleId} ${f.name}`)).toEqual(okJson.findings.filter((f: JsonFinding) => f.domain === "export.example").map((f: JsonFinding) => `${f.ruleId} ${f.name}`));
      } finally {
        server.clearFaults();
      }
    });
  });
});
