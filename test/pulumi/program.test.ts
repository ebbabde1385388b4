import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StackResource } from "../../src/providers/stack-state.js";
import type { LiveHostRecord } from "../../src/providers/types.js";
import { defineMailDns, type MailDnsConfig } from "../../src/pulumi/program.js";
import { domainModel, fakeLint, finding, OVH_MX, type DomainSpec } from "./fixtures.js";
import { captureLog, settled, useMocks, type Registered } from "./mocks.js";

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

const live = (id: number, subdomain: string, type: string, target: string, ttl = 3600): LiveHostRecord => ({ id: String(id), zone: "example.com", subdomain, type, target, ttl });

function writeAdoption(zones: Record<string, LiveHostRecord[]>, stack: StackResource[] = []): void {
  const file = { version: 2, provider: "ovh", readAt: "2026-11-20T10:00:00.000Z", zones: Object.fromEntries(Object.entries(zones).map(([z, l]) => [z, { live: l }])), stack };
  writeFileSync(join(root, "stacks", "test", "maildns-adoption.json"), JSON.stringify(file));
}

async function run(specs: DomainSpec[], config: MailDnsConfig = {}) {
  const captured = captureLog();
  const lint = fakeLint(specs.map(domainModel));
  const result = await defineMailDns({ stack: "test", root, config, lint, log: captured.log, env: {} });
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
  it("declares one ZoneRecord per record slot, in OVH's form, named by zone, owner and slot", async () => {
    writeAdoption({ "example.com": [] });
    const { lint } = await run([cleanDomain], { policy: "ovh", hostSettings: { endpoint: "ovh-eu" }, today: "2026-09-01" });
    expect(lint.calls).toEqual([[[join(root, "stacks", "test")], { cwd: root, policy: "ovh", today: "2026-09-01" }]]);
    const expected = [
      ...OVH_MX.map((mx) => [`example.com/@/mx/${mx.host}.`, "", "MX", `${mx.priority} ${mx.host}.`, 3600]),
      ["example.com/@/spf", "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600],
      ["example.com/_dmarc/dmarc", "_dmarc", "TXT", '"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"', 3600],
      ["example.com/_imaps._tcp/srv/ssl0.ovh.net.", "_imaps._tcp", "SRV", "0 0 993 ssl0.ovh.net.", 3600],
      ["example.com/ovhmo123-selector1._domainkey/dkim", "ovhmo123-selector1._domainkey", "CNAME", "ovhmo123-selector1._domainkey.123.aa.dkim.mail.ovh.net.", 3600],
      ["example.com/ovhmo123-selector2._domainkey/dkim", "ovhmo123-selector2._domainkey", "CNAME", "ovhmo123-selector2._domainkey.123.aa.dkim.mail.ovh.net.", 3600],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(records().map((r) => [r.name, r.inputs.subdomain, r.inputs.fieldtype, r.inputs.target, r.inputs.ttl])).toEqual(expected);
    expect(records().every((r) => r.inputs.zone === "example.com" && r.importId === undefined)).toBe(true);
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

  it("fails clearly when the stack has no folder, or names a DNS host it does not know", async () => {
    expect(await refusal(defineMailDns({ stack: "nope", root, config: {}, lint: fakeLint([]) }))).toBe('maildns: stacks/nope/ does not exist; the stack "nope" keeps its domain files there.');
    expect(await refusal(defineMailDns({ stack: "test", root, config: { provider: "route53" }, lint: fakeLint([]) }))).toBe('maildns:provider "route53" is not a DNS host maildns knows; known: ovh');
  });

  it("keeps resource names when the YAML is reordered and when values change", async () => {
    writeAdoption({ "example.com": [] });
    await run([cleanDomain]);
    const first = records().map((r) => r.name);
    registered = await useMocks("test");
    await run([{ ...cleanDomain, mx: [...OVH_MX].reverse().map((m) => ({ ...m, priority: m.priority + 1 })), dkim: [...cleanDomain.dkim!].reverse(), spf: "v=spf1 include:mx.ovh.com -all", dmarc: "v=DMARC1; p=reject", spfTtl: 3600 }]);
    expect(records().map((r) => r.name)).toEqual(first);
  });

  it("adopts live records the stack does not hold with Pulumi's import, declared exactly as they are live", async () => {
    writeAdoption({
      "example.com": [live(501, "", "MX", "1 MX0.mail.ovh.net"), live(502, "", "TXT", '"v=spf1 include:mx.ovh.com include:old.example ~all"', 3600)],
    });
    const { result, captured } = await run([cleanDomain], { allow: ["remove-spf-include"] });
    const imported = records().filter((r) => r.importId).map((r) => [r.name, r.importId, r.inputs.target, r.inputs.ttl]);
    expect(imported).toEqual([
      ["example.com/@/mx/mx0.mail.ovh.net.", "501.example.com", "1 MX0.mail.ovh.net", 3600],
      ["example.com/@/spf", "502.example.com", '"v=spf1 include:mx.ovh.com include:old.example ~all"', 3600],
    ]);
    expect(result.imports).toEqual({ "example.com/@/mx/mx0.mail.ovh.net.": "501.example.com", "example.com/@/spf": "502.example.com" });
    expect(result.pending).toEqual(["example.com/@/mx/mx0.mail.ovh.net.", "example.com/@/spf"]);
    expect(captured.warn).toContain(
      "maildns: 2 records are adopted with their live value this update (Pulumi imports a record only as it is); run `maildns adopt --stack test` and `pulumi up` once more to apply the domain files",
    );
  });

  it("holds no import for a record the stack already manages, and aliases the name it has there", async () => {
    writeAdoption(
      { "example.com": [live(502, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600)] },
      [{ name: "example.com/@/TXT/1ff31f20", type: "ovh:Domain/zoneRecord:ZoneRecord", id: "502", importId: null }],
    );
    const { result } = await run([{ ...cleanDomain, spf: "v=spf1 include:mx.ovh.com -all" }]);
    const spf = result.declarations.find((d) => d.name === "example.com/@/spf")!;
    expect(spf).toEqual({
      name: "example.com/@/spf",
      inputs: { zone: "example.com", subdomain: "", fieldtype: "TXT", target: '"v=spf1 include:mx.ovh.com -all"', ttl: 600 },
      importId: null,
      aliases: ["example.com/@/TXT/1ff31f20"],
    });
    expect(result.pending).toEqual([]);
  });

  it("refuses when the stack holds a record OVH no longer has, with the fix", async () => {
    writeAdoption({ "example.com": [] }, [{ name: "example.com/@/spf", type: "ovh:Domain/zoneRecord:ZoneRecord", id: "777", importId: null }]);
    expect(await refusal(run([cleanDomain]))).toBe(
      "maildns: the stack and OVH disagree:\n  example.com: the stack holds example.com/@/spf for record 777, which OVH no longer has at any name the files manage (moved to another name, or deleted); run `pulumi refresh` for the stack, then maildns adopt again",
    );
  });

  it("refuses a damaged adoption file, one written for another host, and says what to run", async () => {
    writeFileSync(join(root, "stacks", "test", "maildns-adoption.json"), '{"version":2,"provider":"ovh","readAt":"x","zones":{"example.com":{"live":[{"id":5}]}},"stack":[]}');
    expect(await refusal(run([cleanDomain]))).toBe(
      "maildns: stacks/test/maildns-adoption.json: zone example.com, live record 1 is not {id, zone, subdomain, type, target, ttl}; run maildns adopt again",
    );
    writeFileSync(join(root, "stacks", "test", "maildns-adoption.json"), '{"version":2,"provider":"memdns","readAt":"x","zones":{},"stack":[]}');
    expect(await refusal(run([cleanDomain]))).toBe("maildns: stacks/test/maildns-adoption.json was written for memdns, but the stack applies to ovh; run maildns adopt again");
  });

  it("refuses an adoption file whose zone key is in another letter case, naming the key, rather than read the zone as never adopted", async () => {
    writeAdoption({ "Example.COM": [live(502, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600)] }, []);
    expect(await refusal(run([cleanDomain]))).toBe(
      "maildns: stacks/test/maildns-adoption.json: zone key Example.COM is not in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it",
    );
  });

  it("refuses an adoption file whose live record names its zone in another letter case (or another zone), naming the key and the record", async () => {
    // Hand-edited: adopt writes each record with the zone it is listed under, in lower case. Taken as written,
    // the record was declared to Pulumi with `zone: Example.COM`, an input that is not the zone's.
    writeAdoption({ "example.com": [live(100, "", "MX", "1 mx0.mail.ovh.net."), { ...live(502, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600), zone: "Example.COM" }] }, []);
    expect(await refusal(run([cleanDomain]))).toBe(
      "maildns: stacks/test/maildns-adoption.json: zone example.com, live record 2 (id 502) has zone Example.COM, not example.com in lower case as maildns adopt writes it (DNS names compare without the case of A-Z, RFC 4343 §3); run maildns adopt again to rewrite it",
    );
    writeAdoption({ "example.com": [{ ...live(502, "", "TXT", '"v=spf1 include:mx.ovh.com ~all"', 600), zone: "other.example" }] }, []);
    expect(await refusal(run([cleanDomain]))).toBe(
      "maildns: stacks/test/maildns-adoption.json: zone example.com, live record 1 (id 502) has zone other.example, another zone than the one it is listed under; run maildns adopt again to rewrite it",
    );
    expect(records()).toEqual([]);
  });

  it("refuses a zone that was never adopted unless skip-adopt is allowed, naming an old import file", async () => {
    writeFileSync(join(root, "stacks", "test", "ovh-import-ids.json"), "{}");
    const message = await refusal(run([cleanDomain]));
    expect(message).toContain(
      "example.com: no live records recorded in stacks/test/maildns-adoption.json (stacks/test/ovh-import-ids.json is from an older maildns and is not used); run `maildns adopt --stack test` first",
    );
    expect(message).toContain("[skip-adopt]");
    const { captured } = await run([cleanDomain], { allow: ["skip-adopt"] });
    expect(records()).toHaveLength(10);
    expect(captured.warn[0]).toMatch(/^maildns: override "skip-adopt" used \(maildns:allow\): example\.com: no live records/);
  });

  it("refuses TTLs OVH rejects and TXT values it mangles", async () => {
    writeAdoption({ "example.com": [] });
    expect(await refusal(run([{ ...cleanDomain, spfTtl: 30 }]))).toBe(
      "maildns: stacks/test/example.com.yaml: TXT example.com has TTL 30; OVH accepts 0 (zone default) or 60 and more [ttl-below-ovh-min]",
    );
    expect(await refusal(run([{ ...cleanDomain, spf: 'v=spf1 include:"mx.ovh.com" ~all' }]))).toContain("[txt-ovh-embedded-quote]");
    await run([{ ...cleanDomain, spfTtl: 0 }]);
    expect(records().find((r) => r.name === "example.com/@/spf")?.inputs.ttl).toBe(0);
  });

  it("refuses a tripped gate with the gate's id and how to allow it; never a duplicate SPF", async () => {
    writeAdoption({ "example.com": [live(1, "", "TXT", '"v=spf1 include:mx.ovh.com -all"', 600)] });
    const loosen = await refusal(run([{ ...cleanDomain, spf: "v=spf1 include:mx.ovh.com +all" }]));
    expect(loosen).toBe(
      [
        "maildns refused this update (1 safety gate):",
        "  example.com: this update loosens SPF from -all to +all: every host on the Internet may then send mail as example.com [loosen-spf]",
        "If this is intended, allow it for this update, e.g.",
        "  pulumi config set --path 'maildns:allow[0]' loosen-spf",
        "(allowed: loosen-spf), then remove the override afterwards.",
      ].join("\n"),
    );
    expect(registered.filter((r) => r.type === "ovh:Domain/zoneRecord:ZoneRecord")).toEqual([]);
  });

  it("keeps the host's secrets secret: provider inputs are secrets and no message shows them", async () => {
    writeAdoption({ "example.com": [] });
    const secret = "as-very-secret-value-42";
    const { captured, result } = await run([cleanDomain], {
      hostSettings: { endpoint: "ovh-ca", applicationKey: "ak-visible-ok", applicationSecret: pulumi.secret(secret), consumerKey: pulumi.secret("ck-secret-value-77") },
      allow: [],
    });
    const provider = registered.find((r) => r.type === "pulumi:providers:ovh")!;
    expect(provider.inputs.endpoint).toBe("ovh-ca");
    const resource = result.providerResource as unknown as Record<string, pulumi.Output<string>>;
    for (const key of ["applicationSecret", "consumerKey", "applicationKey"]) expect(await pulumi.isSecret(resource[key]!)).toBe(true);
    expect(await pulumi.isSecret(resource.endpoint!)).toBe(false);
    const text = JSON.stringify([captured, result.declarations, result.imports, result.gates]);
    expect(text).not.toContain(secret);
    expect(text).not.toContain("ck-secret-value-77");
  });
});
