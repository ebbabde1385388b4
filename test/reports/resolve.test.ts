// Who a reported source is (`--resolve`), and the DKIM selectors the reports saw feeding audit, import and
// doctor (`--evidence`): against a DNS server on loopback.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsSource, liveLookup } from "../../src/dns/index.js";
import { createDoctorCommand } from "../../src/cli/commands/doctor.js";
import { serializeEvidence } from "../../src/reports/evidence.js";
import { authorisingTerm, reverseNames } from "../../src/reports/resolve.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { evidenceFile } from "./evidence-scenarios.js";

const ZONES = `
$ORIGIN example.com.
$TTL 300
@ IN SOA ns.example.com. hostmaster.example.com. ( 1 3600 600 86400 300 )
@ IN NS ns.example.com.
@ IN TXT "v=spf1 ip4:192.0.2.0/28 include:_spf.crm.example mx ~all"
@ IN MX 10 mx.example.com.
mx IN A 198.51.100.25
mx IN AAAA 2001:db8::25
crm2026._domainkey IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
nospf IN TXT "not an SPF record"
h IN A 198.51.100.99
incl-none IN TXT "v=spf1 include:nospf.example.com ip4:192.0.2.0/28 -all"
incl-gone IN TXT "v=spf1 include:gone.example.com ip4:192.0.2.0/28 -all"
redir-none IN TXT "v=spf1 redirect=nospf.example.com"
eleven IN TXT "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com ip4:192.0.2.0/28 -all"
ten IN TXT "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com a:h.example.com ip4:192.0.2.0/28 -all"
unknown-term IN TXT "v=spf1 ip4:192.0.2.0/28 ipv4:192.0.2.1 -all"
`;
const CRM = `
$ORIGIN crm.example.
$TTL 300
@ IN SOA ns.crm.example. hostmaster.crm.example. ( 1 3600 600 86400 300 )
_spf IN TXT "v=spf1 ip4:203.0.113.0/25 -all"
`;
const REVERSE = `
$ORIGIN 113.0.203.in-addr.arpa.
$TTL 300
@ IN SOA ns.example.com. hostmaster.example.com. ( 1 3600 600 86400 300 )
5 IN PTR mail.crm.example.
`;

let server: DnsServer;
beforeAll(async () => {
  server = await startDnsServer({ zones: [], origins: ["example.com", "crm.example", "113.0.203.in-addr.arpa"] });
  server.addZoneText(ZONES, "example.com");
  server.addZoneText(CRM, "crm.example");
  server.addZoneText(REVERSE, "113.0.203.in-addr.arpa");
});
afterAll(() => server.close());

describe("--resolve", () => {
  it("finds reverse names, and leaves an address without one unnamed", async () => {
    const names = await reverseNames(["203.0.113.5", "203.0.113.200"], { servers: [`127.0.0.1:${server.port}`], timeoutMs: 2000, concurrency: 4 });
    expect(names).toEqual(new Map([["203.0.113.5", "mail.crm.example"], ["203.0.113.200", null]]));
  });

  it("names the SPF term that authorises a source, through includes and MX", async () => {
    const source = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 1 });
    try {
      const dns = liveLookup(source);
      expect(await authorisingTerm("example.com", "192.0.2.7", dns)).toBe("ip4:192.0.2.0/28");
      expect(await authorisingTerm("example.com", "203.0.113.5", dns)).toBe("include:_spf.crm.example");
      expect(await authorisingTerm("example.com", "198.51.100.25", dns)).toBe("mx");
      // ~all matches but does not authorise; an address the include fails falls through to it too.
      expect(await authorisingTerm("example.com", "203.0.113.200", dns)).toBe("");
    } finally {
      source.close();
    }
    // A failed lookup leaves the answer unknown (null), never "not authorised".
    server.setFault("_spf.crm.example/TXT", "servfail");
    const failing = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 1 });
    try {
      expect(await authorisingTerm("example.com", "203.0.113.5", liveLookup(failing))).toBeNull();
    } finally {
      failing.close();
      server.clearFaults();
    }
  });

  it("a record whose evaluation is a permerror authorises nobody, whatever term would match after (RFC 7208 §4.6, §4.6.4, §5.2, §6.1)", async () => {
    const source = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 1 });
    try {
      const dns = liveLookup(source);
      // §5.2: an include whose domain has no SPF record (TXT without one, or no name at all) is a permerror.
      expect(await authorisingTerm("incl-none.example.com", "192.0.2.7", dns)).toBe("");
      expect(await authorisingTerm("incl-gone.example.com", "192.0.2.7", dns)).toBe("");
      // §4.6.4: the eleventh term that looks DNS up ends the evaluation; ten are allowed.
      expect(await authorisingTerm("eleven.example.com", "192.0.2.7", dns)).toBe("");
      expect(await authorisingTerm("ten.example.com", "192.0.2.7", dns)).toBe("ip4:192.0.2.0/28");
      // §4.6: a record with a term that does not parse is a permerror before any term is read.
      expect(await authorisingTerm("unknown-term.example.com", "192.0.2.7", dns)).toBe("");
      // §6.1: a redirect to a domain without an SPF record authorises nobody.
      expect(await authorisingTerm("redir-none.example.com", "192.0.2.7", dns)).toBe("");
    } finally {
      source.close();
    }
  });

  it("a client's address family whose lookup failed leaves the answer unknown, though the other family answered (RFC 7208 §5.3, §5.4)", async () => {
    const ask = async (ip: string) => {
      const source = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 0 });
      try {
        return await authorisingTerm("example.com", ip, liveLookup(source));
      } finally {
        source.close();
      }
    };
    expect(await ask("2001:db8::25")).toBe("mx");
    // The exchange's AAAA fails: an IPv6 client's check is a temperror there, not "no match" falling through to ~all.
    server.setFault("mx.example.com/AAAA", "servfail");
    try {
      expect(await ask("2001:db8::25")).toBeNull();
      expect(await ask("198.51.100.25")).toBe("mx");
    } finally {
      server.clearFaults();
    }
    server.setFault("mx.example.com/A", "refused");
    try {
      expect(await ask("198.51.100.25")).toBeNull();
      expect(await ask("2001:db8::25")).toBe("mx");
    } finally {
      server.clearFaults();
    }
  });
});

describe("DKIM selectors seen in reports feed import, audit and doctor (--evidence)", { timeout: 60_000 }, () => {
  const root = tempTree({});
  const evidence = evidenceFile(14, 100, 100, [], "example.com");
  evidence.domains[0]!.selectors = [{ domain: "example.com", selector: "crm2026", messages: 100, alignedPass: 100 }];
  writeFileSync(join(root, "ev.json"), serializeEvidence(evidence));
  // Generous timeouts: the server answers from this test process, which a busy machine may hold up.
  const dns = () => ["--resolver", `127.0.0.1:${server.port}`, "--timeout", "2000", "--retries", "2"];

  it("import writes the selector only the reports knew", async () => {
    const without = await runCliAsync(["import", "example.com", ...dns()], { cwd: root });
    expect(without.stdout).not.toContain("crm2026");
    const withEvidence = await runCliAsync(["import", "example.com", "--evidence", "ev.json", ...dns()], { cwd: root });
    expect(withEvidence.status).toBe(0);
    expect(withEvidence.stdout).toContain('- { name: crm2026, record: "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=" }');
  });

  it("audit looks at it (seeing the key, it no longer says no selector was found)", async () => {
    // What the engine finds is the subject (import's runs above are the subprocess): main runs in-process.
    const run = await runCliInProcess(["audit", "example.com", "--evidence", "ev.json", "-f", "json", ...dns()], { cwd: root });
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; name: string }[];
    // Without the selector, audit finds no DKIM key among the names it probes and says so.
    const dkimMissing = (list: typeof findings) => list.filter((f) => f.ruleId === "dkim-selector-not-found");
    const without = JSON.parse((await runCliInProcess(["audit", "example.com", "-f", "json", ...dns()], { cwd: root })).stdout).findings as typeof findings;
    expect(dkimMissing(without).length).toBeGreaterThan(0);
    expect(dkimMissing(findings)).toEqual([]);
  });

  it("doctor hands it to its DNS step", async () => {
    let seen: readonly string[] | undefined;
    const command = createDoctorCommand({
      dnsSource: () => ({ lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) }),
      dnsChecks: (_source, context) => {
        seen = context.selectors;
        return async () => [];
      },
    });
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: root, env: {}, isTTY: false };
    await command.run(["example.com", "--evidence", "ev.json", "--imap", "none", "--smtps", "none", "--submission", "none"], io);
    expect(seen).toEqual(["crm2026"]);
  });
});
