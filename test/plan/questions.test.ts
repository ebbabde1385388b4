// What audit and plan ask DNS, counted by the loopback server that answers: the core mail checks by
// default, the other families only when a flag or the pack asks, and one TXT question per DKIM selector
// (a recursive resolver's answer carries the CNAME chain; the alias's TTL comes with it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/engine/policy.js";
import { createDnsSource, type DnsSource } from "../../src/dns/index.js";
import { auditDomains, describeNotObserved } from "../../src/plan/audit.js";
import { planPaths } from "../../src/plan/run.js";
import { allRules } from "../../src/rules/index.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "./helpers.js";

// The domain file that describes test/fixtures/zones/clean.example.zone exactly.
const CLEAN_YAML = `domain: clean.example
mail: { provider: ovh, offer: mx-plan }
mx:
  - { host: mx0.mail.ovh.net., priority: 1 }
  - { host: mx1.mail.ovh.net., priority: 5 }
  - { host: mx2.mail.ovh.net., priority: 50 }
  - { host: mx3.mail.ovh.net., priority: 100 }
spf: { record: "v=spf1 include:mx.ovh.com ~all", ttl: 600 }
dkim:
  selectors:
    - { name: ovhmo3456789-selector1, cname: ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net. }
    - { name: ovhmo3456789-selector2, cname: ovhmo3456789-selector2._domainkey.3456789.ac.dkim.mail.ovh.net. }
dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@clean.example"
srv:
  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: ssl0.ovh.net. }
  - { service: _submission._tcp, priority: 0, weight: 0, port: 465, target: ssl0.ovh.net. }
  - { service: _autodiscover._tcp, priority: 0, weight: 0, port: 443, target: mailconfig.ovh.net. }
cname:
  - { name: autoconfig, target: mailconfig.ovh.net. }
  - { name: autodiscover, target: mailconfig.ovh.net. }
`;

/** The questions asked about names at or below `domain`, as "name TYPE", sorted, each once. */
function asked(server: DnsServer, domain: string): string[] {
  return [...new Set(server.queries.log.filter((q) => q.name === domain || q.name.endsWith(`.${domain}`)).map((q) => `${q.name.replace(`.${domain}`, "").replace(domain, "@")} ${q.type}`))].sort();
}

describe.each([
  ["an authoritative server (it stops at an alias into another zone)", false],
  ["a server that follows aliases across zones, as a recursive resolver does", true],
])("questions asked of %s", (_label, follow) => {
  let server: DnsServer;
  let source: DnsSource;
  beforeAll(async () => {
    server = await startDnsServer({ zones: FIXTURE_ZONES, followCnamesAcrossZones: follow });
  });
  afterAll(async () => {
    await server.close();
  });
  const fresh = () => {
    source?.close();
    server.resetQueries();
    source = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 1, cache: false });
    return source;
  };
  afterAll(() => source?.close());

  it("audit asks the core mail questions by default, and says what it did not look at", async () => {
    const dns = fresh();
    const result = await auditDomains(["clean.example"], { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23" });
    expect(result.failures).toEqual([]);
    // MX, apex TXT, _dmarc TXT; nothing guessed under _domainkey, no SRV, no client CNAME, no type 99.
    expect(asked(server, "clean.example")).toEqual(["@ MX", "@ TXT", "_dmarc TXT"]);
    expect(result.notObserved.map((n) => n.family)).toEqual(["spf-type-99", "dkim-probe", "srv", "srv-hosts", "cname", "mta-sts", "tls-rpt"]);
    expect(describeNotObserved(result.notObserved, 1)).toMatch(/^Not checked: SPF type 99 records, DKIM of the domain \(no selector known, none probed\), client SRV records, .* ask with --observe spf-type-99,srv,srv-hosts,cname,mta-sts,tls-rpt --probe-selectors/);
  });

  it("known selectors are asked once each, as TXT, and the CNAME in the answer is the DKIM record seen", async () => {
    const dns = fresh();
    const selectors = ["ovhmo3456789-selector1", "ovhmo3456789-selector2"];
    const result = await auditDomains(["clean.example"], { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", knownSelectorsFor: () => selectors });
    expect(asked(server, "clean.example")).toEqual(["@ MX", "@ TXT", "_dmarc TXT", ...selectors.map((s) => `${s}._domainkey TXT`)]);
    // dkim-cname-target-invalid reads the key behind each alias from that same answer: no question of its own.
    const targets = server.queries.log.filter((q) => q.name.endsWith(".dkim.mail.ovh.net")).map((q) => q.type);
    expect(targets).toEqual(follow ? [] : ["TXT", "TXT"]);
    expect(result.findings.filter((f) => f.ruleId.startsWith("dkim-"))).toEqual([]);
  });

  it("--observe and --probe-selectors ask for the other families", async () => {
    const dns = fresh();
    const result = await auditDomains(["clean.example"], { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", observe: ["srv", "cname", "mta-sts", "tls-rpt", "spf-type-99", "dkim-probe"] });
    const questions = asked(server, "clean.example");
    for (const q of ["_imaps._tcp SRV", "_submission._tcp SRV", "autoconfig CNAME", "autodiscover CNAME", "_mta-sts TXT", "_smtp._tls TXT", "@ SPF", "default._domainkey TXT", "_wildcard-probe._domainkey TXT"]) expect(questions).toContain(q);
    expect(result.notObserved.map((n) => n.family)).toEqual(["srv-hosts"]);
  });

  it("a pack that names a rule turns on the family it needs, and only that", async () => {
    const dir = tempTree({ "pack.yaml": "extends: ovh\nrules:\n  srv-imaps: error\n" });
    const dns = fresh();
    await auditDomains(["clean.example"], { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", policy: loadPolicy("pack.yaml", allRules, dir) });
    const questions = asked(server, "clean.example");
    expect(questions).toContain("_imaps._tcp SRV");
    expect(questions.filter((q) => / (CNAME|SPF)$/.test(q) || q.startsWith("_mta-sts"))).toEqual([]);
  });

  it("plan asks each selector once, as TXT, and plans nothing for a zone its file matches", async () => {
    const dir = tempTree({ "stack/clean.example.yaml": CLEAN_YAML });
    const dns = fresh();
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23" });
    expect(result.failures).toEqual([]);
    expect(result.changes).toEqual([]);
    const questions = asked(server, "clean.example");
    expect(questions.filter((q) => q.includes("._domainkey"))).toEqual(["ovhmo3456789-selector1._domainkey TXT", "ovhmo3456789-selector2._domainkey TXT"]);
    // The alias's TTL came with the TXT answer: no CNAME question anywhere under the domain but the clients'.
    expect(questions.filter((q) => q.endsWith(" CNAME"))).toEqual(["autoconfig CNAME", "autodiscover CNAME"]);
    // Type 99 is not asked unless asked for; the SRV targets' aliases neither.
    expect(questions).not.toContain("@ SPF");
    expect(result.notObserved.map((n) => n.family)).toEqual(["spf-type-99", "srv-hosts"]);
  });

  it("a CNAME selector's TTL change is still planned from the TXT answer's chain", async () => {
    const dir = tempTree({ "stack/clean.example.yaml": CLEAN_YAML.replace("ovhmo3456789-selector2, cname:", "ovhmo3456789-selector2, ttl: 600, cname:") });
    const dns = fresh();
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23" });
    expect(result.changes.map((c) => `${c.action} ${c.name} ${c.type} ${c.beforeTtl}→${c.ttl}`)).toEqual(["update ovhmo3456789-selector2._domainkey.clean.example CNAME 3600→600"]);
  });
});

describe("questions per domain over a run of many domains (the default audit)", () => {
  // Domains shaped as OVH documents them (MX Plan MX set, include:mx.ovh.com, a DKIM selector delegated to
  // OVH, DMARC with reports to themselves), all sharing OVH's exchanges and include tree, as real fleets do.
  const zone = (domain: string) => `$TTL 3600
@ IN SOA ns1.${domain}. hostmaster.${domain}. 1 86400 3600 3600000 300
@ IN NS ns1.${domain}.
@ IN MX 1 mx0.mail.ovh.net.
@ IN MX 5 mx1.mail.ovh.net.
@ IN TXT "v=spf1 include:mx.ovh.com ~all"
ovhmo3456789-selector1._domainkey IN CNAME ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net.
_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}"
`;
  const domainsOf = (n: number) => Array.from({ length: n }, (_, i) => `fleet${i}.example`);
  let server: DnsServer;
  beforeAll(async () => {
    server = await startDnsServer({ zones: FIXTURE_ZONES });
    for (const domain of domainsOf(12)) server.addZoneText(zone(domain), domain);
  });
  afterAll(async () => {
    await server.close();
  });

  async function audit(domains: string[]) {
    server.resetQueries();
    const dns = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 1, cache: false });
    try {
      const result = await auditDomains(domains, { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", knownSelectorsFor: () => ["ovhmo3456789-selector1"] });
      expect(result.failures).toEqual([]);
      const log = server.queries.log.map((q) => `${q.name} ${q.type}`);
      const own = (d: string) => log.filter((q) => q.split(" ")[0] === d || q.split(" ")[0]!.endsWith(`.${d}`));
      const shared = log.filter((q) => !domains.some((d) => own(d).includes(q)));
      return { own, shared, total: log.length };
    } finally {
      dns.close();
    }
  }

  it("asks four questions of each domain's own names, and the shared trees once per run", async () => {
    const one = await audit(domainsOf(1));
    const twelve = await audit(domainsOf(12));
    for (const domain of domainsOf(12)) {
      // MX, apex TXT (SPF), _dmarc TXT and the known selector's TXT: no guessed selector, SRV, client
      // CNAME, MTA-STS, TLS-RPT or type 99 question, and none asked twice.
      expect(twelve.own(domain).sort(), domain).toEqual([`${domain} MX`, `${domain} TXT`, `_dmarc.${domain} TXT`, `ovhmo3456789-selector1._domainkey.${domain} TXT`].sort());
    }
    // The exchanges' addresses, the include tree and the DKIM key behind the alias are asked once per run,
    // not once per domain: twelve domains share what one domain needs.
    expect(new Set(twelve.shared)).toEqual(new Set(one.shared));
    expect(twelve.shared.length).toBe(new Set(twelve.shared).size);
    expect(twelve.total).toBe(4 * 12 + one.shared.length);
    expect(one.shared.length).toBeLessThan(20);
  });
});

