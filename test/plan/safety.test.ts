import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { matchZone } from "../../src/ovh/match.js";
import { ovhRecordsFor, type OvhLiveRecord } from "../../src/ovh/records.js";
import { defineMailDns } from "../../src/pulumi/program.js";
import { applyOverrides, checkSafety, dmarcStrength, spfIncludes, type GateName } from "../../src/pulumi/safety.js";
import { domainModel, fakeLint, OVH_MX, type DomainSpec } from "./fixtures.js";
import { captureLog, settled, useMocks } from "./mocks.js";

const base: DomainSpec = {
  domain: "example.com",
  spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net ~all",
  dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com",
  dkim: [
    { name: "ovhmo1-selector1", cname: "ovhmo1-selector1._domainkey.1.aa.dkim.mail.ovh.net." },
    { name: "ovhmo1-selector2", cname: "ovhmo1-selector2._domainkey.1.aa.dkim.mail.ovh.net." },
  ],
};

/** The zone as OVH would hold it after `base` was applied: what `maildns adopt` records. */
function liveOf(spec: DomainSpec): OvhLiveRecord[] {
  return ovhRecordsFor(domainModel(spec)).map((r, i) => ({
    id: 100 + i,
    zone: r.zone,
    subDomain: r.subdomain,
    fieldType: r.fieldtype,
    target: r.target,
    ttl: r.ttl,
  }));
}

function gates(desired: DomainSpec, live = liveOf(base)): GateName[] {
  const records = ovhRecordsFor(domainModel(desired));
  return checkSafety(matchZone("example.com", records, live), live, records).map((t) => t.gate);
}

describe("checkSafety (pure)", () => {
  it("passes an unchanged zone and a first adoption", () => {
    expect(gates(base)).toEqual([]);
    expect(gates(base, [])).toEqual([]);
  });

  it("delete-all-mx: no MX left, or only a null MX", () => {
    expect(gates({ ...base, mx: null })).toContain("delete-all-mx");
    expect(gates({ ...base, mx: [{ host: ".", priority: 0 }] })).toContain("delete-all-mx");
    expect(gates({ ...base, mx: OVH_MX.slice(0, 1) })).not.toContain("delete-all-mx");
  });

  it("loosen-dmarc: lower p, lower sp, lower pct, test mode, removal", () => {
    expect(gates({ ...base, dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(gates({ ...base, dmarc: "v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(gates({ ...base, dmarc: "v=DMARC1; p=reject; pct=50; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(gates({ ...base, dmarc: "v=DMARC1; p=reject; t=y; rua=mailto:dmarc@example.com" })).toEqual(["loosen-dmarc"]);
    expect(gates({ ...base, dmarc: null })).toEqual(["loosen-dmarc"]);
    // Tightening or changing only the report address is not loosening.
    expect(gates({ ...base, dmarc: "v=DMARC1; p=reject; rua=mailto:reports@example.com" })).toEqual([]);
    const quarantine50 = liveOf({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=50" });
    expect(gates({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=100" }, quarantine50)).toEqual([]);
    expect(gates({ ...base, dmarc: "v=DMARC1; p=quarantine; pct=10" }, quarantine50)).toEqual(["loosen-dmarc"]);
  });

  it("remove-spf-include: an include (or redirect) that disappears", () => {
    expect(gates({ ...base, spf: "v=spf1 include:mx.ovh.com ~all" })).toEqual(["remove-spf-include"]);
    expect(gates({ ...base, spf: "v=spf1 include:MX.OVH.COM. include:servers.mcsv.net include:_spf.example.net -all" })).toEqual([]);
    expect(gates({ ...base, spf: null })).toEqual(["remove-spf-include"]);
  });

  it("large-change: more than 30% of a zone's managed records deleted or modified", () => {
    // 9 managed records; moving 3 MX priorities = 3 deletions (33%).
    const moved = OVH_MX.map((mx, i) => (i < 3 ? { ...mx, priority: mx.priority + 1 } : mx));
    expect(gates({ ...base, mx: moved })).toEqual(["large-change"]);
    const two = OVH_MX.map((mx, i) => (i < 2 ? { ...mx, priority: mx.priority + 1 } : mx));
    expect(gates({ ...base, mx: two })).toEqual([]);
    // TTL-only changes count as modifications.
    expect(gates({ ...base, ttl: 600 })).toEqual(["large-change"]);
    // Zones below the minimum size are not judged by share.
    const small = liveOf({ domain: "example.com", mx: OVH_MX.slice(0, 1), spf: null, dmarc: null });
    expect(gates({ domain: "example.com", mx: [{ host: "mx1.mail.ovh.net", priority: 5 }], spf: null, dmarc: null }, small)).toEqual([]);
  });

  it("overrides split trips into refused and allowed", () => {
    const trips = [
      { gate: "loosen-dmarc" as const, zone: "a", message: "x" },
      { gate: "large-change" as const, zone: "a", message: "y" },
    ];
    expect(applyOverrides(trips, ["large-change"])).toEqual({ refused: [trips[0]], overridden: [trips[1]] });
  });

  it("reads SPF includes and DMARC strength", () => {
    expect(spfIncludes("v=spf1 +include:a.example ~include:B.example. redirect=c.example ip4:192.0.2.1 -all")).toEqual(["a.example", "b.example", "c.example"]);
    expect(dmarcStrength("v=DMARC1; p=quarantine; pct=25")).toEqual({ p: 1, sp: 1, pct: 25, testing: false });
    expect(dmarcStrength("v=DMARC1; rua=mailto:a@b")).toBeNull();
  });
});

describe("safety gates in the program (mocks)", () => {
  let root: string;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "maildns-safety-"));
    mkdirSync(join(root, "stacks", "test"), { recursive: true });
    writeFileSync(
      join(root, "stacks", "test", "ovh-import-ids.json"),
      JSON.stringify({ version: 1, imports: {}, zones: { "example.com": { existing: liveOf(base) } } }),
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const cases: { gate: GateName; desired: DomainSpec; text: string }[] = [
    { gate: "delete-all-mx", desired: { ...base, mx: null }, text: "example.com: this update removes every MX (1 mx0.mail.ovh.net., 5 mx1.mail.ovh.net., 50 mx2.mail.ovh.net., 100 mx3.mail.ovh.net., 200 mx4.mail.ovh.net.); the domain stops receiving mail [delete-all-mx]" },
    { gate: "loosen-dmarc", desired: { ...base, dmarc: "v=DMARC1; p=none; rua=mailto:dmarc@example.com" }, text: "example.com: this update loosens DMARC: it lowers p=reject to p=none [loosen-dmarc]" },
    { gate: "remove-spf-include", desired: { ...base, spf: "v=spf1 include:mx.ovh.com ~all" }, text: "example.com: this update removes SPF include servers.mcsv.net; mail from that sender then fails SPF [remove-spf-include]" },
    { gate: "large-change", desired: { ...base, ttl: 300 }, text: "example.com: this update deletes or modifies 8 of 9 managed records (89% > 30%) [large-change]" },
  ];

  for (const { gate, desired, text } of cases) {
    it(`${gate}: refuses without the override`, async () => {
      const registered = await useMocks("test");
      const allow = gate === "delete-all-mx" ? ["large-change"] : [];
      try {
        await defineMailDns({ stack: "test", root, config: { allow }, lint: fakeLint([domainModel(desired)]), log: captureLog().log });
        expect.unreachable("the update should be refused");
      } catch (error) {
        expect(error).toBeInstanceOf(pulumi.RunError);
        const message = (error as Error).message;
        expect(message).toContain(`  ${text}`);
        expect(message).toContain(`pulumi config set --path 'maildns:allow[0]' ${gate}`);
      }
      expect(registered).toEqual([]);
    });

    it(`${gate}: applies with the override, and logs it`, async () => {
      const registered = await useMocks("test");
      const captured = captureLog();
      const allow = gate === "delete-all-mx" ? [gate, "large-change"] : [gate];
      const result = await defineMailDns({ stack: "test", root, config: { allow }, lint: fakeLint([domainModel(desired)]), log: captured.log });
      await settled(result.resources);
      expect(registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord")).toHaveLength(result.planned.length);
      expect(captured.warn).toContain(`maildns: override "${gate}" used (maildns:allow): ${text.replace(` [${gate}]`, "")}`);
      expect(result.overridden.map((t) => t.gate)).toContain(gate);
    });
  }
});
