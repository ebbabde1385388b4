// Live integration against a real authoritative server (Knot or NSD started by .ci/authoritative.sh)
// serving the fixture zones: the resolver must observe exactly what the zone-file source reads.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { requireService } from "../helpers/services.js";
import { createDnsSource, createZoneSource, isRRType, loadZones, parseServer, type DnsSource, type LoadedZones, type RecordSource, type RRType } from "../../src/dns/index.js";

const interop = requireService("MAILDNS_INTEROP_DNS", "an authoritative DNS server (Knot or NSD) serving test/fixtures/zones");
const FIXTURES = new URL("../fixtures/zones/", import.meta.url).pathname;

describe("interop with the authoritative server at MAILDNS_INTEROP_DNS", () => {
  let live: DnsSource;
  let zones: LoadedZones;
  let files: RecordSource;

  beforeAll(async () => {
    live = createDnsSource({ servers: [parseServer(interop)], timeoutMs: 2000, retries: 1 });
    zones = await loadZones([FIXTURES]);
    files = createZoneSource(zones);
  });
  afterAll(() => live?.close());

  test("the fixture zones load without errors", () => {
    expect(zones.errors).toEqual([]);
  });

  test("every RRset of the fixtures, and names around them, is observed the same live and from the files", async () => {
    const questions = new Map<string, [string, RRType]>();
    for (const record of zones.records) {
      for (const type of ["MX", "TXT", "CNAME", "A", "AAAA", "SRV", "NS", "SOA"] as const) questions.set(`${record.name}/${type}`, [record.name, type]);
      if (isRRType(record.type)) questions.set(`nothing-here.${record.name}/${record.type}`, [`nothing-here.${record.name}`, record.type]);
    }
    const pairs = await Promise.all(
      [...questions.values()].map(async ([name, type]) => [await live.lookup(name, type), await files.lookup(name, type)] as const),
    );
    for (const [observed, fromFile] of pairs) {
      // A loop is a fault either way; the wording differs (the server may answer SERVFAIL or the chain).
      if (fromFile.failure?.detail.includes("CNAME loop")) {
        expect(observed.status, `${observed.name}/${observed.type}`).toBe("failed");
        continue;
      }
      expect(observed, `${observed.name}/${observed.type}`).toEqual(fromFile);
    }
    expect(pairs.length).toBeGreaterThan(500);
  });

  test("a 4096-bit DKIM key fits EDNS0 over UDP; three keys need TCP", async () => {
    const fresh = createDnsSource({ servers: [parseServer(interop)], timeoutMs: 2000, retries: 1 });
    try {
      const big = await fresh.lookup("big2026._domainkey.chain.example", "TXT");
      expect(big.status).toBe("ok");
      expect(big.strings?.[0]?.map((s) => Buffer.byteLength(s))).toEqual([255, 255, 244]);
      expect(fresh.stats()).toMatchObject({ udpQueries: 1, tcpQueries: 0 });
      const huge = await fresh.lookup("huge.chain.example", "TXT");
      expect(huge.status).toBe("ok");
      expect(huge.values).toHaveLength(3);
      expect(fresh.stats()).toMatchObject({ udpQueries: 2, tcpQueries: 1 });
    } finally {
      fresh.close();
    }
  });

  test("an alias into another zone is followed by asking for the target", async () => {
    const key = await live.lookup("ovhmo3456789-selector2._domainkey.clean.example", "TXT");
    expect(key.status).toBe("ok");
    expect(key.cname).toBe("ovhmo3456789-selector2._domainkey.3456789.ac.dkim.mail.ovh.net.");
    expect(key.values[0]).toMatch(/^v=DKIM1; k=rsa; p=MIIB/);
  });

  test("a name outside the served zones is refused, not absent", async () => {
    const outside = await live.lookup("example.invalid", "TXT");
    expect(outside.status).toBe("failed");
    expect(outside.failure?.reason).toBe("refused");
  });
});
