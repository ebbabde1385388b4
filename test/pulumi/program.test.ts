import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OvhLiveRecord } from "../../src/ovh/records.js";
import { defineMailDns, type MailDnsConfig } from "../../src/pulumi/program.js";
import { domainModel, fakeLint, finding, OVH_MX, type DomainSpec } from "./fixtures.js";
import { captureLog, settled, useMocks, type Registered } from "./mocks.js";

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

let root: string;
let registered: Registered[];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), "maildns-pulumi-"));
  mkdirSync(join(root, "stacks", "test"), { recursive: true });
  registered = await useMocks("test");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeSnapshot(zones: Record<string, OvhLiveRecord[]>, imports: Record<string, string> = {}): void {
  const file = { version: 1, imports, zones: Object.fromEntries(Object.entries(zones).map(([z, existing]) => [z, { existing }])) };
  writeFileSync(join(root, "stacks", "test", "ovh-import-ids.json"), JSON.stringify(file));
}

async function run(specs: DomainSpec[], config: MailDnsConfig = {}) {
  const captured = captureLog();
  const lint = fakeLint(specs.map(domainModel));
  const result = await defineMailDns({ stack: "test", root, config, lint, log: captured.log });
  await settled(result.resources);
  return { result, captured, lint };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(pulumi.RunError);
    return (error as Error).message;
  }
  throw new Error("expected the program to refuse");
}

const records = () => registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord").sort((a, b) => a.name.localeCompare(b.name));

const cleanDomain: DomainSpec = {
  domain: "example.com",
  dkim: [
    { name: "ovhmo123-selector1", cname: "ovhmo123-selector1._domainkey.123.aa.dkim.mail.ovh.net" },
    { name: "ovhmo123-selector2", cname: "ovhmo123-selector2._domainkey.123.aa.dkim.mail.ovh.net." },
  ],
  srv: [{ service: "_imaps._tcp", priority: 0, weight: 0, port: 993, target: "ssl0.ovh.net" }],
};

describe("defineMailDns under Pulumi mocks", () => {
  it("declares exactly one ZoneRecord per record, in OVH's form", async () => {
    writeSnapshot({ "example.com": [] });
    const { lint } = await run([cleanDomain], { policy: "ovh", endpoint: "ovh-eu", today: "2026-09-01" });
    expect(lint.calls).toEqual([[[join(root, "stacks", "test")], { cwd: root, policy: "ovh", today: "2026-09-01" }]]);
    const expected: { sub: string; type: string; target: string; ttl: number; text?: string }[] = [
      ...OVH_MX.map((mx) => ({ sub: "", type: "MX", target: `${mx.priority} ${mx.host}.`, ttl: 3600 })),
      { sub: "", type: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600, text: "v=spf1 include:mx.ovh.com ~all" },
      { sub: "_dmarc", type: "TXT", target: '"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"', ttl: 3600, text: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" },
      { sub: "_imaps._tcp", type: "SRV", target: "0 0 993 ssl0.ovh.net.", ttl: 3600 },
      { sub: "ovhmo123-selector1._domainkey", type: "CNAME", target: "ovhmo123-selector1._domainkey.123.aa.dkim.mail.ovh.net.", ttl: 3600 },
      { sub: "ovhmo123-selector2._domainkey", type: "CNAME", target: "ovhmo123-selector2._domainkey.123.aa.dkim.mail.ovh.net.", ttl: 3600 },
    ];
    const expectedResources = expected.map((r) => ({
      type: "ovh:Domain/zoneRecord:ZoneRecord",
      name: `example.com/${r.sub || "@"}/${r.type}/${hash(r.text ?? r.target)}`,
      inputs: { zone: "example.com", subdomain: r.sub, fieldtype: r.type, target: r.target, ttl: r.ttl },
      importId: undefined,
    }));
    expect(records().map(({ type, name, inputs, importId }) => ({ type, name, inputs, importId }))).toEqual(
      expectedResources.sort((a, b) => a.name.localeCompare(b.name)),
    );
    const providers = registered.filter((r) => r.type === "pulumi:providers:ovh");
    expect(providers).toHaveLength(1);
    expect(providers[0]!.inputs).toMatchObject({ endpoint: "ovh-eu" });
    expect(records().every((r) => r.provider?.includes("pulumi:providers:ovh::ovh"))).toBe(true);
  });

  it("stops on lint errors with the CLI's lines, before declaring anything", async () => {
    const captured = captureLog();
    const lint = fakeLint([domainModel(cleanDomain)], [
      finding({}),
      finding({ ruleId: "dmarc-rua-missing", level: "warn", message: "DMARC has no rua", line: 12, column: 8 }),
      finding({ ruleId: "ttl-below-ovh-min", message: "TTL 30 is below OVH's minimum of 60", line: 3, column: 6, file: "stacks/test/b.example.yaml" }),
    ]);
    const message = await refusal(defineMailDns({ stack: "test", root, config: {}, lint, log: captured.log }));
    expect(message).toBe(
      [
        "maildns lint found 2 errors; nothing is applied until they are fixed:",
        "stacks/test/example.com.yaml:7:6  error  SPF record does not start with v=spf1  [spf-syntax]",
        "stacks/test/b.example.yaml:3:6  error  TTL 30 is below OVH's minimum of 60  [ttl-below-ovh-min]",
        "1 file, 1 domain: 2 errors, 1 warning, 0 info",
      ].join("\n"),
    );
    expect(captured.warn).toEqual(["stacks/test/example.com.yaml:12:8  warn   DMARC has no rua  [dmarc-rua-missing]"]);
    expect(registered).toEqual([]);
  });

  it("fails clearly when the stack has no folder", async () => {
    const message = await refusal(defineMailDns({ stack: "nope", root, config: {}, lint: fakeLint([]) }));
    expect(message).toBe('maildns: stacks/nope/ does not exist; the stack "nope" keeps its domain files there.');
  });

  it("keeps resource names when the YAML is reordered", async () => {
    writeSnapshot({ "example.com": [] });
    await run([cleanDomain]);
    const first = records().map((r) => [r.name, r.inputs]);
    registered = await useMocks("test");
    const reordered: DomainSpec = { ...cleanDomain, mx: [...OVH_MX].reverse(), dkim: [...cleanDomain.dkim!].reverse() };
    await run([reordered]);
    expect(records().map((r) => [r.name, r.inputs])).toEqual(first);
  });

  it("changes a record's name only when its value changes, not its TTL", async () => {
    writeSnapshot({ "example.com": [] });
    await run([{ ...cleanDomain, spfTtl: 600 }]);
    const before = records().map((r) => r.name);
    registered = await useMocks("test");
    await run([{ ...cleanDomain, spfTtl: 3600 }]);
    expect(records().map((r) => r.name)).toEqual(before);
  });

  it("passes adopted records' ids as Pulumi's import option", async () => {
    const spfName = `example.com/@/TXT/${hash("v=spf1 include:mx.ovh.com ~all")}`;
    const mx0Name = `example.com/@/MX/${hash("1 mx0.mail.ovh.net.")}`;
    writeSnapshot(
      {
        "example.com": [
          { id: 501, zone: "example.com", subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
          { id: 502, zone: "example.com", subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600 },
        ],
      },
      { [mx0Name]: "501.example.com", [spfName]: "502.example.com" },
    );
    const { result } = await run([cleanDomain]);
    const imported = records().filter((r) => r.importId).map((r) => [r.name, r.importId]);
    expect(imported.sort()).toEqual([[mx0Name, "501.example.com"], [spfName, "502.example.com"]].sort());
    expect(result.imports).toEqual({ [mx0Name]: "501.example.com", [spfName]: "502.example.com" });
  });

  it("refuses an import id that is not <recordId>.<zone>", async () => {
    writeSnapshot({ "example.com": [] }, { "example.com/@/MX/abc": "example.com/501" });
    const message = await refusal(run([cleanDomain]));
    expect(message).toContain('import id "example.com/501" of example.com/@/MX/abc is not <recordId>.<zone>');
    expect(message).toContain("[ovh-import-id]");
  });

  it("reports live records the YAML no longer wants, and OVH pseudo-types", async () => {
    writeSnapshot({
      "example.com": [
        ...OVH_MX.map((mx, i) => ({ id: 10 + i, zone: "example.com", subDomain: "", fieldType: "MX", target: `${mx.priority} ${mx.host}.`, ttl: 3600 })),
        { id: 30, zone: "example.com", subDomain: "", fieldType: "MX", target: "10 mx.old-provider.example.", ttl: 3600 },
        { id: 31, zone: "example.com", subDomain: "", fieldType: "SPF", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600 },
        { id: 32, zone: "example.com", subDomain: "", fieldType: "TXT", target: '"google-site-verification=abc"', ttl: 600 },
      ],
    });
    const { result, captured } = await run([cleanDomain]);
    expect(result.deletions).toEqual([
      "example.com: MX @ 10 mx.old-provider.example. (id 30) is in a managed RRset but the YAML no longer wants it",
      "example.com: SPF @ \"v=spf1 include:mx.ovh.com ~all\" (id 31) uses OVH's read-only SPF pseudo-type; maildns writes TXT, so it must be deleted [ovh-native-type]",
    ]);
    expect(captured.warn).toHaveLength(2);
    expect(captured.warn[0]).toContain("deleted by this update if the stack manages it");
    expect(captured.warn[1]).toContain("Pulumi does not delete it");
  });

  it("refuses a zone that was never adopted unless skip-adopt is allowed", async () => {
    const message = await refusal(run([cleanDomain]));
    expect(message).toContain("example.com: no live records recorded in stacks/test/ovh-import-ids.json; run `maildns adopt --stack test` first");
    expect(message).toContain("[skip-adopt]");
    const { captured } = await run([cleanDomain], { allow: ["skip-adopt"] });
    expect(records()).toHaveLength(10);
    expect(captured.warn[0]).toMatch(/^maildns: override "skip-adopt" used \(maildns:allow\): example\.com: no live records/);
  });

  it("refuses TTLs OVH rejects and TXT values it mangles", async () => {
    writeSnapshot({ "example.com": [] });
    expect(await refusal(run([{ ...cleanDomain, spfTtl: 30 }]))).toBe(
      "maildns: stacks/test/example.com.yaml: TXT example.com has TTL 30; OVH accepts 0 (zone default) or 60 and more [ttl-below-ovh-min]",
    );
    expect(await refusal(run([{ ...cleanDomain, spf: 'v=spf1 include:"mx.ovh.com" ~all' }]))).toContain("[txt-ovh-embedded-quote]");
    await run([{ ...cleanDomain, spfTtl: 0 }]);
    expect(records().find((r) => r.inputs.fieldtype === "TXT" && r.inputs.subdomain === "")?.inputs.ttl).toBe(0);
  });

  it("keeps OVH secrets secret: provider inputs are secrets and no message shows them", async () => {
    writeSnapshot({ "example.com": [] });
    const secret = "as-very-secret-value-42";
    const { captured, result } = await run([cleanDomain], {
      endpoint: "ovh-ca",
      applicationKey: "ak-visible-ok",
      applicationSecret: pulumi.secret(secret),
      consumerKey: pulumi.secret("ck-secret-value-77"),
      allow: [],
    });
    const provider = registered.find((r) => r.type === "pulumi:providers:ovh")!;
    expect(provider.inputs.endpoint).toBe("ovh-ca");
    expect(await pulumi.isSecret(result.provider.applicationSecret)).toBe(true);
    expect(await pulumi.isSecret(result.provider.consumerKey)).toBe(true);
    expect(await pulumi.isSecret(result.provider.applicationKey)).toBe(true);
    expect(await pulumi.isSecret(result.provider.endpoint)).toBe(false);
    const text = JSON.stringify([captured, result.deletions, result.imports, result.planned]);
    expect(text).not.toContain(secret);
    expect(text).not.toContain("ck-secret-value-77");
  });
});
