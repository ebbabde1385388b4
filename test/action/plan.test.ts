import { createSocket } from "node:dgram";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import dnsPacket from "dns-packet";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { startDnsServer } from "../helpers/dns-server.js";
import { ensureBundle, repoRoot, runAction, scratchDir, type ActionRun } from "./run-action.js";

// shop.example: the zone serves "v=spf1 include:mx.ovh.com ~all"; the file wants "a" added and -all.
const fixture = join(repoRoot, "test/action/fixtures/plan");
const TODAY = { today: "2026-11-23" };

function planWorkspace(): string {
  const workspace = scratchDir();
  cpSync(fixture, join(workspace, "infra"), { recursive: true });
  return workspace;
}

beforeAll(ensureBundle);

describe("command: plan against zone files", () => {
  let run: ActionRun;
  const workspace = planWorkspace();
  beforeAll(async () => {
    run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", ...TODAY }, { workspace });
  });

  it("passes (pending changes are not a failure) and counts the change in the outputs", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs).toMatchObject({ changes: "1", errors: "0", warnings: "0" });
    expect(run.stdout).toContain("maildns plan: 1 file, 1 domain: 0 errors, 0 warnings, 2 info, 1 change");
  });

  it("annotates findings on the YAML lines, live and transition rules included", () => {
    expect(run.stdout).toMatch(/^::notice title=spf-lookup-budget-change,file=infra\/stacks\/shop\.example\.yaml,line=9,endLine=12::SPF lookups: 2 → 3 of 10/m);
  });

  it("puts the plan table and the SPF budget before → after in the job summary", () => {
    expect(run.summary).toMatch(/^## maildns plan: ✅ passed\n/);
    expect(run.summary).toContain("; 1 change pending.");
    expect(run.summary).toContain("### Plan\n\nPlan: 0 to create, 1 to update, 0 to delete.\n");
    expect(run.summary).toContain("| update | shop.example | TXT | 600 | `v=spf1 include:mx.ovh.com ~all` | `v=spf1 a include:mx.ovh.com -all` |");
    // Own terms from the zone's record and the file's; through includes from the live transition rule.
    expect(run.summary).toContain("| shop.example | 1/10 | 2/10 | +1 | 2 → 3 | `a` `include:mx.ovh.com` |");
  });

  it("writes the plan JSON contract as the report, with files named from the repository root", () => {
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.version).toBe(1);
    expect(report.changes).toEqual([
      { domain: "shop.example", name: "shop.example", type: "TXT", action: "update", ttl: 600, beforeTtl: 600, before: ["v=spf1 include:mx.ovh.com ~all"], after: ["v=spf1 a include:mx.ovh.com -all"] },
    ]);
    expect(report.failures).toEqual([]);
    expect(report.summary).toMatchObject({ changes: 1, update: 1, create: 0, delete: 0, failedLookups: 0 });
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(["infra/stacks/shop.example.yaml", "infra/stacks/shop.example.yaml"]);
  });
});

describe("command: plan whose change a safety gate refuses", () => {
  let run: ActionRun;
  beforeAll(async () => {
    const workspace = planWorkspace();
    const file = join(workspace, "infra", "stacks", "shop.example.yaml");
    // The change under review also drops the second DKIM selector, which the zone still publishes.
    writeFileSync(file, readFileSync(file, "utf8").replace(/    - name: ovhmo1234567-selector2\n      cname: [^\n]+\n/, ""));
    run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", ...TODAY }, { workspace });
  });

  it("fails the step naming the gate, as pulumi up would refuse the apply", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error::maildns plan: 1 safety gate would refuse this apply: remove-dkim-selector (shop.example: this update deletes DKIM selector ovhmo1234567-selector2 (ovhmo1234567-selector2._domainkey.shop.example); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation))",
    );
  });

  it("shows the refused gate in the job summary's plan, and every verdict in the JSON report", () => {
    expect(run.summary).toMatch(/^## maildns plan: ❌ failed\n/);
    expect(run.summary).toContain("Plan: 0 to create, 1 to update, 1 to delete; 1 safety gate refuses it.");
    expect(run.summary).toContain("#### Safety gates\n\n| Gate | Id | Name | Why |\n| --- | --- | --- | --- |\n| **refused** | `remove-dkim-selector` | ovhmo1234567-selector2.\\_domainkey.shop.example |");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowed: boolean }) => [g.id, g.allowed])).toEqual([["remove-dkim-selector", false]]);
    expect(report.gates).toHaveLength(7);
  });
});

describe("command: plan whose refused gate the stack's config allows (maildns:allow)", () => {
  let run: ActionRun;
  beforeAll(async () => {
    const workspace = planWorkspace();
    const stacks = join(workspace, "infra", "stacks");
    // The same change in a stack's folder, whose config (stacks/Pulumi.prod.yaml) allows the gate for the merge's pulumi up.
    mkdirSync(join(stacks, "prod"));
    const text = readFileSync(join(stacks, "shop.example.yaml"), "utf8").replace(/    - name: ovhmo1234567-selector2\n      cname: [^\n]+\n/, "");
    rmSync(join(stacks, "shop.example.yaml"));
    writeFileSync(join(stacks, "prod", "shop.example.yaml"), text);
    writeFileSync(join(stacks, "Pulumi.prod.yaml"), "config:\n  maildns:allow:\n    - remove-dkim-selector\n");
    run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", ...TODAY }, { workspace });
  });

  it("still fails the step (the check does not pass a gate the change may have allowed for itself), saying the merge's apply passes it", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error::maildns plan: 1 safety gate would refuse this apply: remove-dkim-selector (shop.example: this update deletes DKIM selector ovhmo1234567-selector2 (ovhmo1234567-selector2._domainkey.shop.example); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation); allowed by maildns:allow in stacks/Pulumi.prod.yaml on merge)",
    );
    expect(run.summary).toContain("(keep an old selector at least 7 days after a rotation) (allowed by maildns:allow in stacks/Pulumi.prod.yaml on merge) |");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; allowed: boolean; allowedOnMerge?: string }) => [g.id, g.allowed, g.allowedOnMerge])).toEqual([
      ["remove-dkim-selector", false, "stacks/Pulumi.prod.yaml"],
    ]);
  });
});

describe("command: plan with nothing to change, and with a zone that cannot be read", () => {
  it("0 changes once the zone serves what the file asks", async () => {
    const workspace = planWorkspace();
    const zone = join(workspace, "infra/zones/shop.example.zone");
    writeFileSync(zone, readFileSync(zone, "utf8").replace('"v=spf1 include:mx.ovh.com ~all"', '"v=spf1 a include:mx.ovh.com -all"'));
    const run = await runAction({ command: "plan", "working-directory": "infra", zone: "zones", ...TODAY }, { workspace });
    expect(run.status).toBe(0);
    expect(run.outputs.changes).toBe("0");
    expect(run.summary).toContain("No changes: live DNS matches the domain files.");
    expect(run.summary).toContain("| shop.example | 2/10 | 2/10 | = |");
  });

  it("a broken zone file fails its domain's lookups with a clear ::error:: naming file:line, and exit 1", async () => {
    const workspace = planWorkspace();
    writeFileSync(join(workspace, "infra/zones/shop.example.zone"), "$ORIGIN shop.example.\n@ IN MX not-a-number\n");
    const run = await runAction({ command: "plan", "working-directory": "infra", zone: "zones", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns plan: \d+ lookups? failed, so live state is unknown there: .*zone file has errors: .*shop\.example\.zone:2:/m);
  });

  it("a lookup that fails makes the plan fail: a resolver on loopback answering SERVFAIL", async () => {
    const socket = createSocket("udp4");
    socket.on("message", (message, peer) => {
      // RFC 1035 §4.1.1: echo the question with QR set and RCODE 2 (server failure).
      const query = dnsPacket.decode(message);
      const reply = dnsPacket.encode({ id: query.id, type: "response", flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | 2, questions: query.questions });
      socket.send(reply, peer.port, peer.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
    try {
      const workspace = planWorkspace();
      const port = socket.address().port;
      const run = await runAction({ command: "plan", "working-directory": "infra", resolver: `127.0.0.1:${port}`, ...TODAY }, { workspace });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^::error::maildns plan: \d+ lookups? failed, so live state is unknown there: .*servfail/m);
      expect(run.outputs.changes).toBe("0");
      expect(run.summary).toContain("> [!CAUTION]");
      expect(run.summary).toContain("| shop.example | ? | 2/10 |");
    } finally {
      socket.close();
    }
  });
});

// The SARIF file is checked when the inputs are read and written at the end: the name is looked at again just
// before, as --output's is. The file appears while plan waits for its first DNS answer (the loopback
// server's query hook), so in order, never by time.
describe("sarif-file: a kept file that appears at its name during the run", () => {
  it("is left as it is and the step fails as for a bad input, naming the input, the path and what the file is", async () => {
    const workspace = planWorkspace();
    const sarif = join(workspace, "infra", "maildns.sarif");
    const evidence = '{\n  "version": 1,\n  "window": {"from": "2026-11-01", "to": "2026-11-22", "days": 22},\n  "minSourceShare": 0.001,\n  "domains": []\n}\n';
    let appeared = 0;
    const server = await startDnsServer({
      zones: join(fixture, "zones"),
      onQuery: () => {
        if (appeared++ === 0) writeFileSync(sarif, evidence);
      },
    });
    try {
      const run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", resolver: `127.0.0.1:${server.port}`, "sarif-file": "maildns.sarif", ...TODAY }, { workspace });
      expect(appeared).toBeGreaterThan(0);
      expect(run.stdout).toMatch(
        /^::error::maildns plan: input 'sarif-file': 'maildns\.sarif' is now a DMARC evidence file, which lint and plan read \(rule dmarc-ramp-evidence\): it appeared there during the run, so the SARIF was not written and the file is left as it is$/m,
      );
      expect(run.status).toBe(1);
      expect(readFileSync(sarif, "utf8")).toBe(evidence);
      expect(readdirSync(join(workspace, "infra")).sort()).toEqual(["maildns.sarif", "stacks", "zones"]);
    } finally {
      await server.close();
    }
  });
});

describe("command: audit", () => {
  it("lints the live records of the domains the files declare; findings carry no file, so no annotation position", async () => {
    const workspace = planWorkspace();
    const run = await runAction({ command: "audit", "working-directory": "infra", paths: "stacks", zone: "zones", "sarif-file": "audit.sarif", ...TODAY }, { workspace });
    expect(run.stderr).toBe("");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(new Set(report.findings.map((f: { domain: string }) => f.domain))).toEqual(new Set(["shop.example"]));
    expect(report.findings.every((f: { file: string | null }) => f.file === null)).toBe(true);
    // Live findings name the record instead of a file: `::notice title=rule::shop.example: message`.
    expect(run.stdout).toMatch(/^::(error|warning|notice) title=[a-z0-9-]+::shop\.example: /m);
    expect(run.outputs.changes).toBe("0");
    expect(run.status).toBe(Number(report.summary.errors) > 0 ? 1 : 0);
    expect(run.summary).toMatch(/^## maildns audit: /);
    // Code scanning needs a file and line for each result: the domain file's `domain:` line declares it.
    const log = JSON.parse(readFileSync(join(workspace, "infra/audit.sarif"), "utf8"));
    const declaredAt = readFileSync(join(workspace, "infra/stacks/shop.example.yaml"), "utf8").split("\n").findIndex((l) => l.startsWith("domain:")) + 1;
    expect(declaredAt).toBeGreaterThan(0);
    expect(log.runs[0].results.length).toBe(report.findings.length);
    for (const result of log.runs[0].results) {
      expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "infra/stacks/shop.example.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: declaredAt, startColumn: 9, endColumn: 21 } });
      expect(result.message.text).toMatch(/^[a-z0-9._-]*shop\.example: /);
    }
  });

  /**
   * One audit with zone files and no paths serves the next two tests: the zones hold shop.example, the
   * provider zones beside it and a zone that is not a mail domain (no MX, SPF or DMARC), added here. Its
   * report and SARIF log are read at once: the run's folders go when the test that ran it ends.
   */
  type Findings = { findings: { domain: string }[] };
  type Sarif = { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  let zonesOnly: Promise<{ report: Findings; log: Sarif }> | null = null;
  const auditOfZones = () =>
    (zonesOnly ??= (async () => {
      const workspace = planWorkspace();
      writeFileSync(join(workspace, "infra/zones/ns-only.example.zone"), "$TTL 3600\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.53\nwww A 192.0.2.80\n");
      const run = await runAction({ command: "audit", "working-directory": "infra", zone: "zones", "sarif-file": "audit.sarif", ...TODAY }, { workspace });
      return { report: JSON.parse(readFileSync(run.outputs.report!, "utf8")) as Findings, log: JSON.parse(readFileSync(join(workspace, "infra/audit.sarif"), "utf8")) as Sarif };
    })());

  it("with zone files and no paths, audits every mail domain the zones hold, placed at live-dns/<domain> in SARIF", async () => {
    const { report, log } = await auditOfZones();
    const domains = new Set(report.findings.map((f) => f.domain));
    // The provider zones beside it (ovh.com, ovh.net, dkim.mail.ovh.net) publish no MX, SPF or DMARC at their apex.
    expect([...domains]).toEqual(["shop.example"]);
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set([...domains].map((d) => `live-dns/${d}`)));
  });

  it("with zone files and no paths, a zone that is not a mail domain (no MX, SPF or DMARC) is not audited, as in the CLI", async () => {
    const { report } = await auditOfZones();
    const domains = new Set(report.findings.map((f) => f.domain));
    expect(domains.has("shop.example")).toBe(true);
    expect(domains.has("ns-only.example")).toBe(false);
  });

  it("a domain file that cannot be read stops the audit by name: its domain is unknown, never left out in silence", async () => {
    const workspace = planWorkspace();
    symlinkSync("gone.example.yaml.old", join(workspace, "infra/stacks/gone.example.yaml"));
    const run = await runAction({ command: "audit", "working-directory": "infra", paths: "stacks", zone: "zones", ...TODAY }, { workspace });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns audit: stacks\/gone\.example\.yaml: is a symbolic link to "gone\.example\.yaml\.old", which does not exist: it was not checked/m);
    expect(run.stdout).not.toMatch(/title=/);
  });

  it("a name in paths that is neither a file nor a domain is a clear error", async () => {
    const run = await runAction({ command: "audit", paths: "not_a_domain", zone: "test/action/fixtures/plan/zones", ...TODAY });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns audit: 'not_a_domain' is not a domain name/m);
  });
});

describe("a lookup a check needed that failed turns the check run red", () => {
  it("plan and audit fail, naming the lookup, when the SPF include's TXT answers SERVFAIL (its finding is only a warning)", async () => {
    const server = await startDnsServer({ zones: join(fixture, "zones") });
    try {
      const inputs = { "working-directory": "infra", paths: "stacks", resolver: `127.0.0.1:${server.port}`, ...TODAY };
      const healthy = await runAction({ command: "plan", ...inputs }, { workspace: planWorkspace() });
      expect(healthy.stdout).not.toMatch(/^::error/m);
      expect(healthy.status).toBe(0);
      server.setFault("mx.ovh.com/TXT", "servfail");
      for (const command of ["plan", "audit"]) {
        const run = await runAction({ command, ...inputs }, { workspace: planWorkspace() });
        expect(run.stdout).toMatch(/^::warning .*could not check `include:mx\.ovh\.com`: the TXT lookup of mx\.ovh\.com failed \(servfail\)/m);
        // plan also counts the SPF lookups before and after the file's change (spf-lookup-budget-change): that count needed it too.
        const rules = command === "plan" ? "spf-include-no-record, spf-lookup-budget-change, spf-lookup-limit" : "spf-include-no-record, spf-lookup-limit";
        expect(run.stdout).toMatch(
          new RegExp(`^::error::maildns ${command}: 1 lookup a check needed failed, so those checks were not made: shop\\.example: mx\\.ovh\\.com TXT lookup failed \\(servfail\\), needed by ${rules}`, "m"),
        );
        expect(run.summary).toMatch(new RegExp(`^## maildns ${command}: ❌ failed\\n`));
        expect(run.status).toBe(1);
      }
    } finally {
      await server.close();
    }
  });
});

describe("command: plan shows what the domain files' lint: entries silence", () => {
  it("a transition rule's finding silenced by an entry is listed with its reason; the counts and the exit code are those without it", async () => {
    const workspace = planWorkspace();
    const path = join(workspace, "infra/stacks/shop.example.yaml");
    writeFileSync(path, `${readFileSync(path, "utf8")}lint:\n  - rule: spf-lookup-budget-change\n    reason: the a term is one lookup, counted\n`);
    const run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", "sarif-file": "plan.sarif", ...TODAY }, { workspace });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ changes: "1", errors: "0", warnings: "0", infos: "1" });
    expect(run.stdout).not.toMatch(/^::notice title=spf-lookup-budget-change/m);
    expect(run.summary).toContain("0 errors**, 0 warnings, 1 info; 1 change pending; 1 finding suppressed (listed below).");
    expect(run.summary).toMatch(/\n\| 🔵 info \| `infra\/stacks\/shop\.example\.yaml:9:\d+` \| `spf-lookup-budget-change` \| SPF lookups: 2 → 3 of 10.* \| the a term is one lookup, counted \| no expiry \|\n/);
    const sarif = JSON.parse(readFileSync(join(workspace, "infra/plan.sarif"), "utf8"));
    const silenced = sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(silenced.map((r: { ruleId: string }) => r.ruleId)).toEqual(["spf-lookup-budget-change"]);
    expect(silenced[0].suppressions[0]).toMatchObject({ kind: "inSource", justification: "the a term is one lookup, counted", location: { physicalLocation: { region: { startLine: 24 }, artifactLocation: { uri: "infra/stacks/shop.example.yaml" } } } });
  });
});
