// `audit` as the rules of live domains see it: a loopback DNS server holding zone texts, and auditDomains
// asking it over real sockets, the same path `maildns audit --resolver` takes.
import { afterAll, beforeAll } from "vitest";
import { createDnsSource, liveLookup, type DnsSource } from "../../src/dns/index.js";
import type { Finding, LiveLookup } from "../../src/engine/types.js";
import { auditDomains, type AuditOptions, type AuditResult } from "../../src/plan/audit.js";
import { startDnsServer, type DnsServer, type FaultMap } from "./dns-server.js";

export interface ZoneServer {
  /** Audits domains against the server; `options` as auditDomains takes them (the DNS source aside). */
  audit(domains: readonly string[], options?: Omit<AuditOptions, "sourceFor" | "rulesSource">): Promise<AuditResult>;
  server(): DnsServer;
  /**
   * Live lookups against the server, for rule tester cases (`dns:`): usable as soon as the suite is built,
   * before the server is up, like test/helpers/live-dns.ts.
   */
  lookup: LiveLookup;
}

/**
 * Starts a server before the file's tests holding `zones` (zone-file text per origin) and stops it after.
 * Answers are not cached between audits: each builds its own source.
 */
export function zoneServer(zones: Record<string, string>, faults: FaultMap = {}): ZoneServer {
  let server: DnsServer | undefined;
  let shared: DnsSource | undefined;
  let real: LiveLookup | undefined;
  beforeAll(async () => {
    server = await startDnsServer({ faults });
    for (const [origin, text] of Object.entries(zones)) server.addZoneText(text, origin);
    shared = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 0 });
    real = liveLookup(shared);
  });
  afterAll(async () => {
    shared?.close();
    await server?.close();
  });
  return {
    async audit(domains, options = {}) {
      const source: DnsSource = createDnsSource({ servers: [server!.address], timeoutMs: 2000, retries: 0 });
      try {
        return await auditDomains(domains, { ...options, sourceFor: async () => source, rulesSource: source, today: options.today ?? "2026-11-23" });
      } finally {
        source.close();
      }
    },
    server: () => server!,
    lookup: {
      txt: (name) => real!.txt(name),
      mx: (name) => real!.mx(name),
      addresses: (name) => real!.addresses(name),
      cname: (name) => real!.cname(name),
      spf: (name) => real!.spf(name),
    },
  };
}

/** Findings as `ruleId level name` lines, sorted: what a test of audit verdicts compares. */
export function verdicts(findings: readonly Finding[], ruleIds?: readonly string[]): string[] {
  return findings.filter((f) => !ruleIds || ruleIds.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.level} ${f.name}`).sort();
}
