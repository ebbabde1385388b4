import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsSource, liveLookup, type DnsSource } from "../../src/dns/index.js";
import type { LiveLookup, LookupResult } from "../../src/engine/types.js";
import { evaluateSpfTree, formatChain, formatCosts } from "../../src/mail/spf-live.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { LIVE_ANSWER_WITHIN_MS } from "../helpers/live-dns.js";

const ZONES = new URL("../fixtures/zones/live-rules/", import.meta.url).pathname;

let server: DnsServer;
let source: DnsSource;
let dns: LiveLookup;

beforeAll(async () => {
  server = await startDnsServer({ zones: ZONES, faults: { "slow.live.example": "timeout", "broken.live.example": "servfail" } });
  source = createDnsSource({ servers: [server.address], timeoutMs: LIVE_ANSWER_WITHIN_MS, retries: 0 });
  dns = liveLookup(source);
});
afterAll(async () => {
  source?.close();
  await server?.close();
});

const evaluate = (text: string, domain = "test.live.example") => evaluateSpfTree(domain, text, dns);

describe("evaluateSpfTree over a loopback DNS server", () => {
  it("counts every include level and gives each top-level term its cost with offsets", async () => {
    const text = "v=spf1 include:deep.live.example ip4:192.0.2.1 include:ok.live.example ~all";
    const tree = await evaluate(text);
    expect(tree.lookups).toBe(11);
    expect(tree.perTerm).toEqual([
      { term: "include:deep.live.example", start: 7, end: 32, cost: 10 },
      { term: "include:ok.live.example", start: 47, end: 70, cost: 1 },
    ]);
    expect(text.slice(47, 70)).toBe("include:ok.live.example");
    expect(tree).toMatchObject({ voids: [], loops: [], missingRecords: [], multipleRecords: [], failures: [], complete: true, truncated: false });
    expect(formatCosts(tree.perTerm)).toBe("include:deep.live.example 10, include:ok.live.example 1");
  });

  it("does not count what evaluation never reaches: terms after all, redirect next to all", async () => {
    const tree = await evaluate("v=spf1 include:after.live.example -all include:heavy.live.example");
    expect(tree.lookups).toBe(1);
    expect(tree.perTerm.map((t) => t.cost)).toEqual([1]);
  });

  it("walks only the first of two redirect= modifiers: the second is a permerror, never followed", async () => {
    const twice = await evaluate("v=spf1 redirect=redir.live.example redirect=redir.live.example");
    expect(twice.lookups).toBe(4);
    expect(twice.perTerm.map((t) => [t.term, t.cost])).toEqual([["redirect=redir.live.example", 4]]);
    const other = await evaluate("v=spf1 redirect=redir.live.example redirect=absent.live.example");
    expect(other.missingRecords).toEqual([]);
    expect(other.voids).toEqual([]);
  });

  it("follows redirect, and bare a/mx in a redirected or included record refer to its own domain", async () => {
    expect((await evaluate("v=spf1 redirect=redir.live.example")).lookups).toBe(4);
    const tree = await evaluate("v=spf1 include:bare.live.example -all");
    expect(tree.lookups).toBe(3);
    expect(tree.voids).toEqual([
      {
        top: { term: "include:bare.live.example", start: 7, end: 32 },
        chain: ["test.live.example", "bare.live.example"],
        term: "mx",
        name: "bare.live.example",
        query: "MX",
        status: "nodata",
      },
    ]);
  });

  it("counts macro terms without resolving them", async () => {
    const tree = await evaluate("v=spf1 include:macro.live.example -all");
    expect(tree).toMatchObject({ lookups: 3, voids: [], missingRecords: [], failures: [], complete: true });
  });

  it("collects void lookups (NXDOMAIN and no data) with the term and chain that met them", async () => {
    const tree = await evaluate("v=spf1 include:voids.live.example a:txtonly.live.example -all");
    expect(tree.voids.map((v) => [v.top.term, formatChain(v.chain), v.term, v.name, v.query, v.status])).toEqual([
      ["include:voids.live.example", "test.live.example → voids.live.example", "a:gone1.live.example", "gone1.live.example", "A/AAAA", "nxdomain"],
      ["include:voids.live.example", "test.live.example → voids.live.example", "mx:gone2.live.example", "gone2.live.example", "MX", "nxdomain"],
      ["include:voids.live.example", "test.live.example → voids.live.example", "include:gone3.live.example", "gone3.live.example", "TXT", "nxdomain"],
      ["a:txtonly.live.example", "test.live.example", "a:txtonly.live.example", "txtonly.live.example", "A/AAAA", "nodata"],
    ]);
    expect(tree.missingRecords).toEqual([
      expect.objectContaining({ target: "gone3.live.example", kind: "include", status: "nxdomain", term: "include:gone3.live.example" }),
    ]);
  });

  it("tells a target without v=spf1 and a target with two records apart", async () => {
    const tree = await evaluate("v=spf1 include:nospf.live.example redirect=dup.live.example");
    expect(tree.missingRecords).toEqual([expect.objectContaining({ target: "nospf.live.example", kind: "include", status: "no-spf" })]);
    expect(tree.multipleRecords).toEqual([expect.objectContaining({ target: "dup.live.example", kind: "redirect", count: 2 })]);
    expect(tree.voids).toEqual([]);
  });

  it("finds include/redirect loops and stops there", async () => {
    const tree = await evaluate("v=spf1 include:loop-a.live.example -all");
    expect(tree.loops).toEqual([
      {
        top: { term: "include:loop-a.live.example", start: 7, end: 34 },
        chain: ["test.live.example", "loop-a.live.example", "loop-b.live.example"],
        term: "redirect=loop-a.live.example",
        target: "loop-a.live.example",
        kind: "redirect",
      },
    ]);
    expect(tree.lookups).toBe(3);
    const self = await evaluateSpfTree("loop-a.live.example", "v=spf1 include:loop-b.live.example -all", dns);
    expect(self.loops.map((l) => formatChain([...l.chain, l.target]))).toEqual(["loop-a.live.example → loop-b.live.example → loop-a.live.example"]);
  });

  it("counts the hosts of every MX set an mx term names", async () => {
    const tree = await evaluate("v=spf1 include:bigmx.live.example mx:mx10.live.example -all");
    expect(tree.mxSets.map((m) => [m.top.term, m.term, m.name, m.hosts])).toEqual([
      ["include:bigmx.live.example", "mx:mx12.live.example", "mx12.live.example", 12],
      ["mx:mx10.live.example", "mx:mx10.live.example", "mx10.live.example", 10],
    ]);
  });

  it("keeps DNS failures apart from absence: a timeout is a failure, never a void or a missing record", async () => {
    const tree = await evaluate("v=spf1 include:viaslow.live.example -all");
    expect(tree.failures).toEqual([
      expect.objectContaining({ name: "slow.live.example", query: "TXT", reason: "timeout", chain: ["test.live.example", "viaslow.live.example"] }),
    ]);
    expect(tree.voids).toEqual([]);
    expect(tree.missingRecords).toEqual([]);
    expect(tree.complete).toBe(false);
    expect(tree.lookups).toBe(3);
    const servfail = await evaluate("v=spf1 a:broken.live.example -all");
    expect(servfail.failures.map((f) => [f.name, f.query, f.reason])).toEqual([["broken.live.example", "A/AAAA", "servfail"]]);
    expect(servfail.voids).toEqual([]);
  });

  it("names the sender of each top-level term when asked", async () => {
    const tree = await evaluateSpfTree("test.live.example", "v=spf1 include:ok.live.example include:two.live.example -all", dns, {
      senderAt: (start) => (start === 31 ? "Mailer" : null),
    });
    expect(tree.perTerm).toEqual([
      { term: "include:ok.live.example", start: 7, end: 30, cost: 1 },
      { term: "include:two.live.example", start: 31, end: 55, cost: 3, sender: "Mailer" },
    ]);
  });
});

describe("exists asks for A records alone (RFC 7208 §5.7)", () => {
  let own: DnsServer;
  let ownSource: DnsSource;
  beforeAll(async () => {
    own = await startDnsServer({ faults: { "afail.exists.example/A": "servfail" } });
    own.addZoneText(
      "$TTL 300\n@ SOA ns1 host 1 7200 3600 1209600 300\n@ NS ns1\nv6only AAAA 2001:db8::1\nboth A 192.0.2.1\nboth AAAA 2001:db8::1\nafail AAAA 2001:db8::2\n",
      "exists.example",
    );
    ownSource = createDnsSource({ servers: [own.address], timeoutMs: LIVE_ANSWER_WITHIN_MS, retries: 0 });
  });
  afterAll(async () => {
    ownSource?.close();
    await own?.close();
  });

  it("a name with AAAA records only is a void lookup for exists, not for a (which an IPv6 client asks AAAA)", async () => {
    const tree = await evaluateSpfTree("exists.example", "v=spf1 exists:v6only.exists.example a:v6only.exists.example exists:both.exists.example -all", liveLookup(ownSource));
    expect(tree.voids.map((v) => [v.term, v.name, v.query, v.status])).toEqual([["exists:v6only.exists.example", "v6only.exists.example", "A", "nodata"]]);
    expect(tree).toMatchObject({ failures: [], complete: true });
  });

  it("the A question failing while AAAA answers is a failure for exists: whether it is void is unknown", async () => {
    const tree = await evaluateSpfTree("exists.example", "v=spf1 exists:afail.exists.example -all", liveLookup(ownSource));
    expect(tree.voids).toEqual([]);
    expect(tree.failures.map((f) => [f.term, f.name, f.query, f.reason])).toEqual([["exists:afail.exists.example", "afail.exists.example", "A", "servfail"]]);
    expect(tree.complete).toBe(false);
  });
});

describe("evaluateSpfTree bounds (a counting stub)", () => {
  function fanOut(): LiveLookup & { asked: number } {
    // Every name includes ten children: without bounds the tree would be 10^depth lookups.
    const stub = {
      asked: 0,
      txt: async (name: string): Promise<LookupResult<string[]>> => {
        stub.asked++;
        const children = Array.from({ length: 10 }, (_, i) => `include:c${i}.${name}`).join(" ");
        return { status: "ok", records: [`v=spf1 ${children} -all`], ttl: 60 };
      },
      mx: async () => ({ status: "nodata" as const }),
      addresses: async () => ({ status: "nodata" as const }),
      cname: async () => ({ status: "nodata" as const }),
      spf: async () => ({ status: "nodata" as const }),
    };
    return stub;
  }

  it("stops at maxLookups and says the count is a lower bound", async () => {
    const stub = fanOut();
    const tree = await evaluateSpfTree("example.com", "v=spf1 include:fan.example -all", stub, { maxLookups: 30 });
    expect(tree.lookups).toBe(30);
    expect(tree.truncated).toBe(true);
    expect(tree.complete).toBe(false);
    // Answers are asked a record at a time; only the unread rest of the records on the stack when the
    // budget ran out is wasted: at most (maxDepth + 1) records of ten terms.
    expect(stub.asked).toBeLessThanOrEqual(30 + 13 * 10);
  });

  it("stops at maxDepth", async () => {
    const chain: LiveLookup = {
      txt: async (name) => ({ status: "ok", records: [`v=spf1 include:x.${name} -all`], ttl: 60 }),
      mx: async () => ({ status: "nodata" }),
      addresses: async () => ({ status: "nodata" }),
      cname: async () => ({ status: "nodata" }),
      spf: async () => ({ status: "nodata" }),
    };
    const tree = await evaluateSpfTree("example.com", "v=spf1 include:a.example -all", chain, { maxDepth: 3, maxLookups: 100 });
    expect(tree.lookups).toBe(4);
    expect(tree).toMatchObject({ truncated: true, complete: false });
  });

  it("reads a LiveLookup that throws as a network failure", async () => {
    const throwing: LiveLookup = {
      txt: async () => {
        throw new Error("socket closed");
      },
      mx: async () => ({ status: "nodata" }),
      addresses: async () => ({ status: "nodata" }),
      cname: async () => ({ status: "nodata" }),
      spf: async () => ({ status: "nodata" }),
    };
    const tree = await evaluateSpfTree("example.com", "v=spf1 include:a.example -all", throwing);
    expect(tree.failures).toEqual([expect.objectContaining({ name: "a.example", reason: "network", detail: "socket closed" })]);
  });
});
