// import → plan shows no change, for every fixture zone, from zone files and over DNS.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { zoneSelectors } from "../../src/plan/observation.js";
import { createDnsSource, createZoneSource, loadZones, type DnsSource, type LoadedZones, type RecordSource } from "../../src/dns/index.js";
import { auditTargets } from "../../src/plan/audit.js";
import { domainYaml } from "../../src/plan/import.js";
import { observeDomain } from "../../src/plan/observe.js";
import { observedDomainValue } from "../../src/plan/observed-model.js";
import { planDomain } from "../../src/plan/plan.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { FIXTURE_ZONES, modelFromYaml, startFixtureServer } from "./helpers.js";

const ZONE_FILES = readdirSync(FIXTURE_ZONES).filter((f) => f.endsWith(".zone")).sort();

let zones: LoadedZones;
let server: DnsServer;
let dns: DnsSource;

beforeAll(async () => {
  zones = await loadZones([FIXTURE_ZONES]);
  server = await startFixtureServer();
  dns = createDnsSource({ servers: [server.address], timeoutMs: 1000, retries: 1 });
});
afterAll(async () => {
  dns.close();
  await server.close();
});

async function roundTrip(source: RecordSource, domain: string) {
  const observed = await observeDomain(source, auditTargets(domain, zoneSelectors(zones, domain)));
  expect(observed.failures).toEqual([]);
  const text = domainYaml(observedDomainValue(observed), { source: "test", schemaPath: "../src/schema/domain.schema.json" });
  const model = modelFromYaml(text, `${domain}.yaml`);
  const plan = planDomain(model, await observeDomain(source, model));
  return { text, model, plan };
}

test("the fixture list is what this test expects to cover", () => {
  expect(ZONE_FILES.length).toBeGreaterThanOrEqual(6);
  expect(zones.errors).toEqual([]);
});

describe.each(ZONE_FILES)("%s", (file) => {
  const domain = file.replace(/\.zone$/, "");
  test("from the zone file: import then plan shows no change", async () => {
    const { plan, model, text } = await roundTrip(createZoneSource(zones), domain);
    expect(plan).toEqual({ changes: [], failures: [] });
    expect(model.domain).toBe(domain);
    expect(text.startsWith("# yaml-language-server: $schema=../src/schema/domain.schema.json\n")).toBe(true);
  });
  test("over DNS: import then plan shows no change", async () => {
    const { plan } = await roundTrip(dns, domain);
    expect(plan).toEqual({ changes: [], failures: [] });
  });
});

test("what the import keeps: TTLs that differ from the file's, multi-string TXT, selectors by kind", async () => {
  const clean = (await roundTrip(createZoneSource(zones), "clean.example")).model;
  expect(clean.mail).toMatchObject({ provider: "ovh", offer: "mx-plan", region: "eu" });
  expect(clean.spf).toMatchObject({ ttl: 600, text: { value: "v=spf1 include:mx.ovh.com ~all" } });
  expect(clean.dkim?.selectors.map((s) => [s.name, s.kind, s.target])).toEqual([
    ["ovhmo3456789-selector1", "cname", "ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net."],
    ["ovhmo3456789-selector2", "cname", "ovhmo3456789-selector2._domainkey.3456789.ac.dkim.mail.ovh.net."],
  ]);
  expect(clean.srv.map((s) => `${s.service} ${s.port} ${s.target}`)).toEqual(["_autodiscover._tcp 443 mailconfig.ovh.net.", "_imaps._tcp 993 ssl0.ovh.net.", "_submission._tcp 465 ssl0.ovh.net."]);
  const chain = (await roundTrip(createZoneSource(zones), "chain.example")).model;
  const big = chain.dkim?.selectors.find((s) => s.name === "big2026");
  expect(big?.text?.strings?.length).toBe(3);
  expect(chain.dmarc?.text.value).toBe("v=DMARC1; p=reject; rua=mailto:reports@chain.example; adkim=s; aspf=s");
});
