// A domain whose apex answers NXDOMAIN (a typo in --domains-file, an expired domain) gets one finding saying
// it does not exist, not mx-missing, spf-missing and the rest; NODATA is still a missing record, and a failed
// lookup (SERVFAIL, a timeout) is still a failure, never read as NXDOMAIN. `plan` of a domain file whose
// domain does not exist says so on its `domain:` line, and still plans the records. The CLI runs as a
// subprocess against a loopback DNS server (and against zone files with --zone); the runs whose subject is
// only which findings the engine gives (NODATA, a pack's level, a suppression) run its `main` in-process.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ZoneRecord } from "../../src/dns/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { runCli } from "../helpers/cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

const TODAY = ["--today", "2026-11-01"];
const SOA = (zone: string): ZoneRecord => ({ name: zone, type: "SOA", ttl: 3600, value: `ns.${zone}. hostmaster.${zone}. 1 3600 600 86400 300` });
const txt = (name: string, value: string): ZoneRecord => ({ name, type: "TXT", ttl: 3600, value, strings: [value] });

interface JsonFinding {
  ruleId: string;
  level: string;
  domain: string;
  name: string;
  file: string | null;
  line: number;
  column: number;
}
interface PlanJson {
  findings: JsonFinding[];
  changes: { action: string; name: string; type: string }[];
  failures: { domain: string; name: string; type: string; reason: string }[];
}
interface AuditJson {
  findings: JsonFinding[];
  failures: { domain: string; name: string; type: string; reason: string }[];
  summary: Record<string, number>;
}

const NOT_FOUND =
  "does not exist in DNS (NXDOMAIN): no record of it can be checked, and mail addressed to it cannot be delivered; check its spelling, that it is registered (not expired), and that its parent zone delegates it to name servers that serve it";

describe("domain-nxdomain", () => {
  let server: DnsServer;
  let dns: string[];
  beforeAll(async () => {
    server = await startDnsServer({
      zones: [
        SOA("real.example"),
        { name: "real.example", type: "MX", ttl: 3600, value: "10 mx.real.example." },
        { name: "mx.real.example", type: "A", ttl: 3600, value: "192.0.2.10" },
        txt("real.example", "v=spf1 mx -all"),
        txt("_dmarc.real.example", "v=DMARC1; p=reject"),
        // A name that exists and holds no MX and no TXT: NODATA, so its missing records are findings.
        { name: "www.real.example", type: "A", ttl: 3600, value: "192.0.2.80" },
      ],
    });
    dns = ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "1000", "--retries", "0", ...TODAY, "-f", "json"];
  });
  afterAll(async () => {
    await server.close();
  });

  const audit = async (args: string[], inProcess = false) => {
    const run = await (inProcess ? runCliInProcess : runCliAsync)(["audit", ...args, ...dns]);
    return { status: run.status, json: JSON.parse(run.stdout) as AuditJson, stderr: run.stderr };
  };
  // Two runs that several tests read, each made once (with no fault set) when the first of them needs it: the
  // JSON audit of the typo beside a real domain, and the text audit of the typo alone.
  const once = <T>(run: () => Promise<T>): (() => Promise<T>) => {
    let made: Promise<T> | undefined;
    return () => (made ??= run());
  };
  const typoBesideRealJson = once(() => audit(["typo.real.example", "real.example"]));
  const typoAloneText = once(() => runCliAsync(["audit", "typo.real.example", ...dns.slice(0, -2)]));

  test("a name that does not exist gets one error saying so, and none of the missing-record findings", async () => {
    const { status, json } = await typoBesideRealJson();
    expect(status).toBe(1);
    expect(json.failures).toEqual([]);
    const typo = json.findings.filter((f) => f.domain === "typo.real.example");
    expect(typo).toEqual([
      expect.objectContaining({ ruleId: "domain-nxdomain", level: "error", name: "typo.real.example", file: null, line: 0, column: 0, message: `typo.real.example ${NOT_FOUND}` }),
    ]);
    // The domain beside it is audited as usual.
    expect(json.findings.some((f) => f.domain === "real.example" && f.ruleId === "domain-nxdomain")).toBe(false);
    expect(json.summary).toMatchObject({ domains: 2 });
  });

  test("the text report says it in one line", async () => {
    const run = await typoAloneText();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`typo.real.example  error  typo.real.example ${NOT_FOUND}  [domain-nxdomain]\n`);
    expect(run.stdout).not.toMatch(/mx-missing|spf-missing|dmarc-missing/);
  });

  test("a name that exists without MX or TXT (NODATA) still gets its missing records", async () => {
    const { json } = await audit(["www.real.example"], true);
    const rules = json.findings.map((f) => f.ruleId);
    expect(rules).toContain("spf-missing");
    expect(rules).not.toContain("domain-nxdomain");
    // Publishing no MX is no claim to receive mail (RFC 5321 §5.1, the implicit MX): a web host is not
    // told it "receives mail but declares no MX" (test/plan/observed-model.test.ts).
    expect(rules).not.toContain("mx-missing");
  });

  test("a failed lookup is never read as NXDOMAIN: SERVFAIL or a timeout on one apex question leaves the domain not audited", async () => {
    for (const fault of ["servfail", "timeout"] as const) {
      server.setFault("typo.real.example/TXT", fault);
      try {
        const { status, json } = await audit(["typo.real.example"]);
        expect(status).toBe(1);
        expect(json.findings).toEqual([]);
        expect(json.failures).toEqual([expect.objectContaining({ domain: "typo.real.example", name: "typo.real.example", type: "TXT", reason: fault })]);
      } finally {
        server.clearFaults();
      }
    }
  });

  test("a pack that turns the rule off gets no finding for the name, and still none of the misleading ones", async () => {
    const dir = tempTree({ "quiet.yaml": "name: quiet\ndefaults: recommended\nrules:\n  domain-nxdomain: off\n" });
    const { status, json } = await audit(["typo.real.example", "--policy", `${dir}/quiet.yaml`], true);
    expect(json.failures).toEqual([]);
    expect(json.findings).toEqual([]);
    expect(status).toBe(0);
  });

  test("--zone: a name a loaded zone does not hold is NXDOMAIN there too; a name outside every zone is not audited, never missing records", () => {
    const inside = runCli(["audit", "typo.clean.example", "--zone", FIXTURE_ZONES, ...TODAY, "-f", "json"]);
    expect(inside.status).toBe(1);
    const insideJson = JSON.parse(inside.stdout) as AuditJson;
    expect(insideJson.findings.map((f) => `${f.ruleId} ${f.level} ${f.name}`)).toEqual(["domain-nxdomain error typo.clean.example"]);
    const outside = runCli(["audit", "typo-nowhere.example", "--zone", FIXTURE_ZONES, ...TODAY, "-f", "json"]);
    expect(outside.status).toBe(1);
    const outsideJson = JSON.parse(outside.stdout) as AuditJson;
    expect(outsideJson.findings).toEqual([]);
    expect(new Set(outsideJson.failures.map((f) => `${f.domain} ${f.reason}`))).toEqual(new Set(["typo-nowhere.example outside-zones"]));
  });

  test("--zone: a name outside every zone is one not-audited line in text, and every failed lookup in JSON", () => {
    const args = ["audit", "typo-nowhere.example", "clean.example", "--zone", FIXTURE_ZONES, ...TODAY];
    const text = runCli([...args, "-q"]);
    expect(text.status).toBe(1);
    expect(text.stdout.split("\n").filter((l) => l.includes("not audited"))).toEqual([
      "typo-nowhere.example: not audited: typo-nowhere.example MX lookup failed (outside-zones: no loaded zone holds typo-nowhere.example); 2 more lookups of typo-nowhere.example failed too: _dmarc.typo-nowhere.example TXT, typo-nowhere.example TXT",
    ]);
    const json = JSON.parse(runCli([...args, "-f", "json"]).stdout) as AuditJson;
    expect(json.failures.map((f) => `${f.domain} ${f.name} ${f.type} ${f.reason}`)).toEqual([
      "typo-nowhere.example _dmarc.typo-nowhere.example TXT outside-zones",
      "typo-nowhere.example typo-nowhere.example MX outside-zones",
      "typo-nowhere.example typo-nowhere.example TXT outside-zones",
    ]);
  });

  test("a domain's lookups that failed in different ways are one line, each other lookup with its own reason", async () => {
    server.setFault("typo.real.example/TXT", "servfail");
    server.setFault("_dmarc.typo.real.example/TXT", "refused");
    try {
      const run = await runCliAsync(["audit", "typo.real.example", ...dns.slice(0, -2)]);
      expect(run.status).toBe(1);
      expect(run.stdout.split("\n").filter((l) => l.includes("not audited"))).toEqual([
        `typo.real.example: not audited: typo.real.example TXT lookup failed (servfail: server answered SERVFAIL (after 1 attempt) [127.0.0.1:${server.port}]); 1 more lookup of typo.real.example failed too: _dmarc.typo.real.example TXT (refused)`,
      ]);
    } finally {
      server.clearFaults();
    }
  });

  test("what audit did not check counts only the domains it checked, not one that does not exist", async () => {
    const both = await runCliAsync(["audit", "typo.real.example", "real.example", ...dns.slice(0, -2)]);
    const notChecked = both.stdout.split("\n").filter((l) => l.startsWith("Not checked: "));
    expect(notChecked).toHaveLength(1);
    expect(notChecked[0]).toMatch(/^Not checked: SPF type 99 records, DKIM of 1 domain \(no selector known, none probed\), /);
    const { json } = await typoBesideRealJson();
    const counts = (json as AuditJson & { notChecked: { family: string; domains: number }[] }).notChecked.map((n) => `${n.family} ${n.domains}`);
    expect(counts).toContain("dkim-probe 1");
    expect(counts.every((c) => c.endsWith(" 1"))).toBe(true);
    // Alone, it had nothing checked: no line says part of it was not.
    const alone = await typoAloneText();
    expect(alone.stdout).not.toContain("Not checked");
  });

  describe("plan", () => {
    const FILE_NOT_FOUND =
      "does not exist in DNS (NXDOMAIN), so this plan creates every record of the file: check the spelling of `domain:`, that the zone exists at the DNS host, and that its parent zone delegates it to the host's name servers";
    const domainFile = (domain: string, extra = "") => `# a new domain\ndomain: ${domain}\nmail: { provider: none }\nmx: none\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject"\n${extra}`;
    const plan = async (files: Record<string, string>, args: string[] = [], inProcess = false) => {
      const root = tempTree(files);
      const run = await (inProcess ? runCliInProcess : runCliAsync)(["plan", "stack", ...args, ...dns], { cwd: root });
      return { status: run.status, json: JSON.parse(run.stdout) as PlanJson };
    };

    test("a file whose domain does not exist gets the finding on its domain: line, a warning (a new domain is planned like this), and every record is still planned", async () => {
      const { status, json } = await plan({ "stack/typo.yaml": domainFile("typo.real.example") });
      expect(status).toBe(0);
      expect(json.failures).toEqual([]);
      expect(json.findings.filter((f) => f.ruleId === "domain-nxdomain")).toEqual([
        expect.objectContaining({ level: "warn", domain: "typo.real.example", name: "typo.real.example", file: "stack/typo.yaml", line: 2, column: 9, message: `typo.real.example ${FILE_NOT_FOUND}` }),
      ]);
      expect(json.changes.map((c) => `${c.action} ${c.name} ${c.type}`)).toEqual(["create _dmarc.typo.real.example TXT", "create typo.real.example MX", "create typo.real.example TXT"]);
    });

    test("the text report shows it at the file's line and column", async () => {
      const root = tempTree({ "stack/typo.yaml": domainFile("typo.real.example") });
      const run = await runCliAsync(["plan", "stack", ...dns.slice(0, -2), "--fail-on", "warn"], { cwd: root });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`stack/typo.yaml:2:9  warn   typo.real.example ${FILE_NOT_FOUND}  [domain-nxdomain]\n`);
    });

    test("a domain that exists, with or without mail records (NODATA), gets no such finding", async () => {
      const { json } = await plan({ "stack/real.yaml": domainFile("real.example"), "stack/www.yaml": domainFile("www.real.example") }, [], true);
      expect(json.failures).toEqual([]);
      expect(json.findings.filter((f) => f.ruleId === "domain-nxdomain")).toEqual([]);
    });

    test("a failed lookup is never read as NXDOMAIN: the failure is reported and no finding says the domain does not exist", async () => {
      for (const fault of ["servfail", "timeout"] as const) {
        server.setFault("typo.real.example/TXT", fault);
        try {
          const { status, json } = await plan({ "stack/typo.yaml": domainFile("typo.real.example") });
          expect(status).toBe(1);
          expect(json.findings.filter((f) => f.ruleId === "domain-nxdomain")).toEqual([]);
          expect(json.failures).toEqual([expect.objectContaining({ domain: "typo.real.example", name: "typo.real.example", type: "TXT", reason: fault })]);
        } finally {
          server.clearFaults();
        }
      }
    });

    test("the level comes from the pack, and the file's own suppression hides it", async () => {
      const quiet = await plan({ "stack/typo.yaml": domainFile("typo.real.example"), "quiet.yaml": "name: quiet\ndefaults: recommended\nrules:\n  domain-nxdomain: warn\n" }, ["--policy", "quiet.yaml"], true);
      expect(quiet.json.findings.filter((f) => f.ruleId === "domain-nxdomain").map((f) => f.level)).toEqual(["info"]);
      expect(quiet.status).toBe(0);
      const off = await plan({ "stack/typo.yaml": domainFile("typo.real.example"), "off.yaml": "name: off\ndefaults: recommended\nrules:\n  domain-nxdomain: off\n" }, ["--policy", "off.yaml"], true);
      expect(off.json.findings.map((f) => f.ruleId)).toEqual([]);
      const suppressed = await plan({ "stack/typo.yaml": domainFile("typo.real.example", 'lint:\n  - { rule: domain-nxdomain, reason: "registered today, delegated after the first apply" }\n') }, [], true);
      expect(suppressed.json.findings.map((f) => f.ruleId)).toEqual([]);
      expect(suppressed.status).toBe(0);
    });
  });
});
