// Plans over real sockets: a loopback DNS server serving the fixture zones, with faults injected per RRset.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDnsSource, type DnsSource } from "../../src/dns/index.js";
import { observeDomain } from "../../src/plan/observe.js";
import { buildObservedModel } from "../../src/plan/observed-model.js";
import { planDomain } from "../../src/plan/plan.js";
import type { DnsServer, Fault } from "../helpers/dns-server.js";
import { modelFromYaml, PLAN_STACK, startFixtureServer } from "./helpers.js";

let server: DnsServer;
const sources: DnsSource[] = [];
const drift = () => modelFromYaml(readFileSync(`${PLAN_STACK}drift.example.yaml`, "utf8"));

/**
 * A fresh source per case: no answer cached from another case. The timeout is a second, though loopback
 * answers come in milliseconds: on a busy CI machine a healthy answer must never read as a timeout.
 */
function source(): DnsSource {
  const s = createDnsSource({ servers: [server.address], timeoutMs: 1000, retries: 0, concurrency: 8 });
  sources.push(s);
  return s;
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  for (const s of sources) s.close();
  await server.close();
});

describe("observe and plan over DNS", () => {
  test("the drift fixture: every kind of change, exactly", async () => {
    const plan = planDomain(drift(), await observeDomain(source(), drift()));
    expect(plan.failures).toEqual([]);
    expect(plan.changes.map((c) => ({ ...c, before: c.before.length, after: c.after.length }))).toEqual([
      { domain: "drift.example", name: "_dmarc.drift.example", type: "TXT", action: "create", ttl: 3600, beforeTtl: null, before: 0, after: 1 },
      { domain: "drift.example", name: "_imaps._tcp.drift.example", type: "SRV", action: "update", ttl: 600, beforeTtl: 3600, before: 1, after: 1 },
      { domain: "drift.example", name: "drift.example", type: "MX", action: "update", ttl: 3600, beforeTtl: 3600, before: 1, after: 5 },
      { domain: "drift.example", name: "drift.example", type: "TXT", action: "delete", ttl: 3600, beforeTtl: 3600, before: 1, after: 0 },
      { domain: "drift.example", name: "sel1._domainkey.drift.example", type: "CNAME", action: "create", ttl: 3600, beforeTtl: null, before: 0, after: 1 },
      { domain: "drift.example", name: "sel1._domainkey.drift.example", type: "TXT", action: "delete", ttl: 3600, beforeTtl: 3600, before: 1, after: 0 },
    ]);
    const byKey = new Map(plan.changes.map((c) => [`${c.name}/${c.type}`, c]));
    // The verification token shares the apex TXT RRset but is not maildns's: only the SPF string is listed.
    expect(byKey.get("drift.example/TXT")!.before).toEqual(["v=spf1 include:_spf.old-provider.example ~all"]);
    expect(byKey.get("drift.example/MX")!.before).toEqual(["10 mx.old-provider.example."]);
    expect(byKey.get("_imaps._tcp.drift.example/SRV")!.before).toEqual(["0 0 993 ssl0.ovh.net."]);
    expect(byKey.get("sel1._domainkey.drift.example/TXT")!.before[0]).toMatch(/^v=DKIM1; k=rsa; p=MIIB.*IDAQAB$/);
  });

  test("the observed model holds the live records (for transition rules)", async () => {
    const model = buildObservedModel(await observeDomain(source(), drift()));
    expect(model.file).toBeNull();
    expect(model.mx?.entries.map((e) => [e.priority, e.host])).toEqual([[10, "mx.old-provider.example."]]);
    expect(model.spf?.text.value).toBe("v=spf1 include:_spf.old-provider.example ~all");
    expect(model.dmarc).toBeNull();
    expect(model.dkim?.selectors.map((s) => [s.name, s.kind])).toEqual([["sel1", "txt"]]);
    expect(model.mail.provider).toBe("external");
  });

  const RRSETS: [string, string, string][] = [
    ["drift.example/MX", "drift.example", "MX"],
    ["drift.example/TXT", "drift.example", "TXT"],
    ["_dmarc.drift.example/TXT", "_dmarc.drift.example", "TXT"],
    // A selector is asked as TXT: the answer says whether a CNAME sits there.
    ["sel1._domainkey.drift.example/TXT", "sel1._domainkey.drift.example", "TXT"],
    ["_imaps._tcp.drift.example/SRV", "_imaps._tcp.drift.example", "SRV"],
  ];
  const FAULTS: [string, Record<string, Fault> | ((key: string) => Record<string, Fault>), string][] = [
    ["timeout", (key) => ({ [key]: "timeout" }), "timeout"],
    ["SERVFAIL", (key) => ({ [key]: "servfail" }), "servfail"],
    ["REFUSED", (key) => ({ [key]: "refused" }), "refused"],
    ["malformed reply", (key) => ({ [key]: "malformed" }), "malformed"],
    ["truncated over UDP, no answer over TCP", (key) => ({ [key]: "truncate", [key.replace(/\/\w+$/, "")]: { fault: "timeout", transport: "tcp" } }), "timeout"],
  ];

  for (const [key, name, type] of RRSETS) {
    for (const [label, faults, reason] of FAULTS) {
      test(`${label} on ${key}: no change for it, a failure naming it`, async () => {
        server.clearFaults();
        for (const [pattern, fault] of Object.entries(typeof faults === "function" ? faults(key) : faults)) server.setFault(pattern, fault);
        try {
          const plan = planDomain(drift(), await observeDomain(source(), drift()));
          expect(plan.changes.filter((c) => c.name === name && (c.type === type || name.includes("._domainkey.")))).toEqual([]);
          expect(plan.failures).toEqual([expect.objectContaining({ domain: "drift.example", name, type, reason })]);
          // The other RRsets are still planned.
          expect(plan.changes.length).toBeGreaterThan(0);
        } finally {
          server.clearFaults();
        }
      });
    }
  }

  test("a slow answer within the timeout is a normal answer", async () => {
    server.setFault("_dmarc.drift.example/TXT", { delayMs: 60 });
    try {
      const plan = planDomain(drift(), await observeDomain(source(), drift()));
      expect(plan.failures).toEqual([]);
      expect(plan.changes.find((c) => c.name === "_dmarc.drift.example")?.action).toBe("create");
    } finally {
      server.clearFaults();
    }
  });

  test("a CNAME where a managed TXT belongs is shown as a conflict to delete", async () => {
    server.addZoneText("$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_dmarc IN CNAME dmarc.provider.example.\n", "alias.example.");
    server.addZoneText('$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\ndmarc IN TXT "v=DMARC1; p=none"\n', "provider.example.");
    const model = modelFromYaml(`domain: alias.example\nmail: { provider: none }\ndmarc: "v=DMARC1; p=reject"\n`);
    const plan = planDomain(model, await observeDomain(source(), model));
    expect(plan.failures).toEqual([]);
    expect(plan.changes.map((c) => [c.name, c.type, c.action, c.before, c.after])).toEqual([
      ["_dmarc.alias.example", "CNAME", "delete", ["dmarc.provider.example."], []],
      ["_dmarc.alias.example", "TXT", "create", [], ["v=DMARC1; p=reject"]],
    ]);
  });

  test("a managed TXT whose lookup failed behind an alias is a failure: no create is planned for it", async () => {
    server.addZoneText("$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_dmarc IN CNAME dmarc.down.example.\n", "alias2.example.");
    server.setFault("dmarc.down.example", "servfail");
    try {
      const model = modelFromYaml(`domain: alias2.example\nmail: { provider: none }\ndmarc: "v=DMARC1; p=reject"\n`);
      const plan = planDomain(model, await observeDomain(source(), model));
      expect(plan.failures.map((f) => [f.name, f.type, f.reason])).toEqual([["_dmarc.alias2.example", "TXT", "servfail"]]);
      expect(plan.changes.filter((c) => c.type === "TXT" && c.name === "_dmarc.alias2.example")).toEqual([]);
    } finally {
      server.clearFaults();
    }
  });
});
