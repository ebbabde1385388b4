import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authoritativeServers, createDnsSource, createZoneSource, liveLookup, parseZoneFile, type DnsSource, type ObservedRRset, type RecordSource } from "../../src/dns/index.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";

const FIXTURES = new URL("../fixtures/zones/", import.meta.url).pathname;

describe("liveLookup: the resolver as rules see it", () => {
  const dns = liveLookup(createZoneSource([FIXTURES]));

  test("txt gives the joined strings of each record", async () => {
    expect(await dns.txt("_dmarc.chain.example")).toEqual({
      status: "ok",
      records: ["v=DMARC1; p=reject; rua=mailto:reports@chain.example; adkim=s; aspf=s"],
      ttl: 3600,
    });
    expect(await dns.txt("nothing.chain.example")).toEqual({ status: "nxdomain" });
    expect(await dns.txt("mail.chain.example")).toEqual({ status: "nodata" });
  });

  test("mx gives priority and exchange without the trailing dot", async () => {
    expect(await dns.mx("chain.example")).toEqual({ status: "ok", records: [{ priority: 10, exchange: "mail.chain.example" }], ttl: 3600 });
  });

  test("addresses merges A and AAAA; NXDOMAIN and NODATA stay apart", async () => {
    expect(await dns.addresses("mail.chain.example")).toEqual({ status: "ok", records: ["198.51.100.25", "2001:db8::25"], ttl: 3600 });
    expect(await dns.addresses("mx3.mail.ovh.net")).toEqual({ status: "ok", records: ["192.0.2.23", "2001:db8::23"], ttl: 3600 });
    expect(await dns.addresses("noaddress.cname-mx.example")).toEqual({ status: "nodata" });
    expect(await dns.addresses("missing.cname-mx.example")).toEqual({ status: "nxdomain" });
  });

  test("cname gives the alias target without the trailing dot", async () => {
    expect(await dns.cname("mail.cname-mx.example")).toEqual({ status: "ok", records: ["mx0.mail.ovh.net"], ttl: 3600 });
    expect(await dns.cname("cname-mx.example")).toEqual({ status: "nodata" });
  });

  test("a failed lookup stays a failure with its reason; truncation reads as a network failure", async () => {
    expect(await dns.txt("example.net")).toEqual({ status: "failed", reason: "outside-zones", detail: "no loaded zone holds example.net" });
    const failing: RecordSource = {
      lookup: async (name, type): Promise<ObservedRRset> => ({
        name,
        type,
        status: "failed",
        ttl: null,
        values: [],
        failure: { reason: type === "A" ? "truncated" : "timeout", detail: "x", server: "127.0.0.1:53" },
      }),
    };
    const broken = liveLookup(failing);
    expect(await broken.txt("example.org")).toEqual({ status: "failed", reason: "timeout", detail: "x [127.0.0.1:53]" });
    expect(await broken.addresses("example.org")).toEqual({ status: "failed", reason: "network", detail: "x [127.0.0.1:53]" });
  });

  test("a null MX reads as an empty exchange, as node:dns gives it", async () => {
    const parked = liveLookup(createZoneSource(parseZoneFile("$TTL 60\n@ SOA ns h 1 1 1 1 1\n@ MX 0 .\n", { origin: "parked.example" }).records));
    expect(await parked.mx("parked.example")).toEqual({ status: "ok", records: [{ priority: 0, exchange: "" }], ttl: 60 });
  });
});

describe("authoritativeServers", () => {
  let server: DnsServer;
  let dns: DnsSource;
  beforeAll(async () => {
    server = await startDnsServer({ zones: FIXTURES });
    server.addZoneText(
      `$TTL 300
@ SOA ns1 hostmaster 1 3600 600 86400 300
@ NS ns1
@ NS ns2
@ TXT "v=spf1 -all"
ns1 A 127.0.0.1
ns2 AAAA ::1
`,
      "auth.test",
    );
    server.addZoneText("$TTL 300\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n", "no-ns.test");
    // Every lookup here is answered, by a server on this worker's thread: 2 s (not 500 ms) so that a worker
    // stalled while an answer is on its way does not turn it into a failed lookup.
    dns = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 0 });
  });
  afterAll(async () => {
    dns.close();
    await server.close();
  });

  test("the zone's name servers, IPv4 first, on the port asked", async () => {
    expect(await authoritativeServers(dns, "auth.test", { port: server.port })).toEqual([
      { host: "127.0.0.1", port: server.port },
      { host: "::1", port: server.port },
    ]);
    expect(await authoritativeServers(dns, "clean.example")).toEqual([{ host: "192.0.2.53", port: 53 }]);
  });

  test("a name below the zone apex walks up to it", async () => {
    const servers = await authoritativeServers(dns, "_dmarc.deep.auth.test", { port: server.port });
    expect(servers[0]).toEqual({ host: "127.0.0.1", port: server.port });
    const direct = createDnsSource({ servers: servers.slice(0, 1), timeoutMs: 2000, retries: 0 });
    try {
      expect((await direct.lookup("auth.test", "TXT")).values).toEqual(["v=spf1 -all"]);
    } finally {
      direct.close();
    }
  });

  test("failures say what could not be found", async () => {
    await expect(authoritativeServers(dns, "example.invalid")).rejects.toThrow(/cannot find the name servers of example.invalid: NS lookup failed \(refused/);
    await expect(authoritativeServers(dns, "www.no-ns.test")).rejects.toThrow(/cannot find the name servers of test/);
    server.addZoneText("$TTL 300\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n@ NS ns.elsewhere.test.\n", "lame.test");
    server.addZoneText("$TTL 300\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n", "elsewhere.test");
    await expect(authoritativeServers(dns, "lame.test")).rejects.toThrow("the name servers of lame.test (ns.elsewhere.test.) have no addresses");
  });
});
