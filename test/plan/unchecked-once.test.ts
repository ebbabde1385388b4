// audit and plan make the list of failed lookups and the list of names outside the loaded zone files in one
// pass over the findings: the predicate that tells a name outside them is asked once per failed lookup, and
// the lists are those the two passes made.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDnsSource, type DnsSource } from "../../src/dns/index.js";
import { auditDomains } from "../../src/plan/audit.js";
import { planPaths } from "../../src/plan/run.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { tempTree } from "../helpers/tmp.js";
import { startFixtureServer } from "./helpers.js";

const CLEAN_YAML = `domain: clean.example
mail: { provider: ovh, offer: mx-plan }
mx:
  - { host: mx0.mail.ovh.net., priority: 1 }
spf: "v=spf1 include:mx.ovh.com include:other.example.net ~all"
dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@clean.example"
`;

describe("the failed lookups, split by the loaded zone files, are worked out once", () => {
  let server: DnsServer;
  let dns: DnsSource;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.setFault("mx.ovh.com/TXT", "servfail");
    dns = createDnsSource({ servers: [server.address], timeoutMs: 2000, retries: 0, cache: false });
  });
  afterAll(async () => {
    dns.close();
    await server.close();
  });

  test("audit: each failed lookup goes through the outside-zones predicate once", async () => {
    const asked: string[] = [];
    const outsideZones = (name: string) => (asked.push(name), name === "mx.ovh.com");
    const result = await auditDomains(["clean.example"], { sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", outsideZones });
    expect(result.unchecked).toEqual([]);
    expect(result.outsideZones).toEqual([{ domain: "clean.example", name: "mx.ovh.com", type: "TXT", reason: "servfail", rules: ["spf-include-no-record", "spf-lookup-limit"] }]);
    expect(asked).toEqual(["mx.ovh.com"]);
  });

  test("plan: the same, and a lookup inside the zones fails the plan as before", async () => {
    const dir = tempTree({ "stack/clean.example.yaml": CLEAN_YAML });
    const asked: string[] = [];
    const outsideZones = (name: string) => (asked.push(name), name === "other.example.net");
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: async () => dns, rulesSource: dns, today: "2026-11-23", outsideZones });
    expect(result.unchecked.map((u) => `${u.name} ${u.type} ${u.reason} ${u.rules.join(",")}`)).toEqual(["mx.ovh.com TXT servfail spf-include-no-record,spf-lookup-budget-change,spf-lookup-limit"]);
    expect(result.outsideZones.map((u) => `${u.name} ${u.type} ${u.rules.join(",")}`)).toEqual(["other.example.net TXT spf-include-no-record"]);
    expect(result.summary.uncheckedLookups).toBe(1);
    expect(asked.sort()).toEqual(["mx.ovh.com", "other.example.net"]);
  });
});
