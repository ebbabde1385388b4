// A second DNS host, registered only here, proves the seam: the plan, the gates, `maildns adopt` and the
// Pulumi program handle it with no OVH code involved (no OVH resource, client or message appears).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { createAdoptCommand } from "../../src/cli/commands/adopt.js";
import { createZoneSource, loadZones } from "../../src/dns/zone-source.js";
import { planPaths } from "../../src/plan/run.js";
import { findProvider, registerProvider, unregisterProvider } from "../../src/providers/index.js";
import { HostRecordError, type DnsProvider, type HostRecord, type LiveHostRecord, type ProviderApi } from "../../src/providers/types.js";
import { defineMailDns } from "../../src/pulumi/program.js";
import { tempTree } from "../helpers/tmp.js";
import { captureLog, settled, useMocks } from "../pulumi/mocks.js";

class MemDnsProvider extends pulumi.ProviderResource {
  constructor(name: string) {
    super("memdns", name, {}, {});
  }
}

class MemDnsRecord extends pulumi.CustomResource {
  constructor(name: string, inputs: Record<string, string | number>, opts: pulumi.CustomResourceOptions) {
    super("memdns:index:Record", name, inputs, opts);
  }
}

/** memdns: a made-up host with its own limits (no zone default TTL, at least 300 s) and record form. */
function memdns(zones: Map<string, LiveHostRecord[]>): DnsProvider {
  const api: ProviderApi = {
    async listManaged(zone) {
      return (zones.get(zone) ?? []).map((r) => ({ ...r }));
    },
    async createRecord(zone, inputs) {
      const list = zones.get(zone) ?? [];
      const record: LiveHostRecord = { id: String(1000 + list.length), zone, subdomain: inputs.name === "@" ? "" : String(inputs.name), type: String(inputs.type), target: String(inputs.value), ttl: Number(inputs.ttl) };
      zones.set(zone, [...list, record]);
      return { ...record };
    },
    async recordExists(zone, id) {
      return (zones.get(zone) ?? []).some((r) => r.id === id);
    },
    async updateRecord(zone, id, inputs) {
      zones.set(zone, (zones.get(zone) ?? []).map((r) => (r.id === id ? { ...r, target: String(inputs.value), ttl: Number(inputs.ttl) } : r)));
    },
    async deleteRecord(zone, id) {
      zones.set(zone, (zones.get(zone) ?? []).filter((r) => r.id !== id));
    },
    async refreshZone() {},
    async exportZone(zone) {
      return (zones.get(zone) ?? []).map((r) => `${r.subdomain || "@"} ${r.type} ${r.target}`).join("\n");
    },
    async zoneHistory() {
      return [];
    },
    async restoreZone() {},
    async zoneVersionFile() {
      return "";
    },
    async dkim() {
      return null;
    },
    async enableDkim() {
      return null;
    },
    scrub: (text) => text,
  };
  return {
    id: "memdns",
    label: "MemDNS",
    limits: { minTtl: 300, zoneDefaultTtl: null },
    ttlMatches: (desired, observed) => observed === desired,
    toHost(record, zone): HostRecord {
      if (record.ttl < 300) throw new HostRecordError(`${record.file}: ${record.type} ${record.name} has TTL ${record.ttl}; MemDNS needs 300 or more`);
      return { slot: record.slot, zone, subdomain: record.subdomain, type: record.type, target: record.value, ttl: record.ttl, file: record.file };
    },
    toLive(record) {
      return { key: record.id, name: record.subdomain ? `${record.subdomain}.${record.zone}` : record.zone, subdomain: record.subdomain, type: record.type, value: record.target, ttl: record.ttl };
    },
    importId: (record) => `${record.zone}/${record.id}`,
    stateId: (record) => record.id,
    inputs: (record) => ({ zone: record.zone, name: record.subdomain || "@", type: record.type, value: record.target, ttl: record.ttl }),
    credentialHelp: "MEMDNS_TOKEN",
    hasCredentials: (source) => Boolean(source.env.MEMDNS_TOKEN),
    openApi(source) {
      if (!source.env.MEMDNS_TOKEN && !source.config?.token) throw new Error("no MemDNS credentials: set MEMDNS_TOKEN");
      return api;
    },
    pulumi: {
      resourceType: "memdns:index:Record",
      configNamespace: "memdns",
      secretKeys: ["token"],
      async declareProvider(name) {
        return new MemDnsProvider(name);
      },
      async declareRecord(declaration, provider) {
        const opts: pulumi.CustomResourceOptions = { provider, deleteBeforeReplace: true };
        if (declaration.importId) opts.import = declaration.importId;
        if (declaration.aliases.length > 0) opts.aliases = declaration.aliases.map((name) => ({ name }));
        return new MemDnsRecord(declaration.name, declaration.inputs, opts);
      },
    },
  };
}

const YAML = `domain: seam.example
ttl: 600
mail: { provider: external }
mx:
  - { host: mx1.seam.example., priority: 10 }
spf: "v=spf1 mx -all"
dkim:
  selectors:
    - { name: s1, cname: s1.dkim.mail-host.example. }
dmarc: "v=DMARC1; p=reject; rua=mailto:d@seam.example"
`;

const live = (id: string, subdomain: string, type: string, target: string, ttl = 600): LiveHostRecord => ({ id, zone: "seam.example", subdomain, type, target, ttl });

let zones: Map<string, LiveHostRecord[]>;
beforeAll(() => {
  zones = new Map();
  registerProvider(memdns(zones));
});
afterAll(() => unregisterProvider("memdns"));

describe("a second DNS host through the seam", () => {
  let root: string;
  beforeEach(() => {
    zones.set("seam.example", [
      live("a1", "", "MX", "10 mx1.seam.example."),
      live("a2", "", "TXT", "v=spf1 mx -all"),
      live("a3", "s1._domainkey", "CNAME", "s1.dkim.mail-host.example."),
      live("a4", "old._domainkey", "TXT", "v=DKIM1; k=rsa; p=T0xE"),
      live("a5", "_dmarc", "TXT", "v=DMARC1; p=reject; rua=mailto:d@seam.example"),
    ]);
    root = mkdtempSync(join(tmpdir(), "maildns-seam-"));
    mkdirSync(join(root, "stacks", "prod"), { recursive: true });
    writeFileSync(join(root, "stacks", "prod", "seam.example.yaml"), YAML);
    writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:provider: memdns\n");
    writeFileSync(join(root, "state.json"), JSON.stringify({ version: 3, deployment: { resources: [] } }));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function adopt(): Promise<{ code: number; out: string; err: string }> {
    const sink = { out: "", err: "" };
    const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: { MEMDNS_TOKEN: "t" }, isTTY: false };
    const code = await createAdoptCommand().run(["--stack", "prod", "--endpoint", "mem", "--state", "state.json", "--today", "2026-11-20"], io);
    return { code, ...sink };
  }

  it("adopt reads the host's records by slot (the stack config picks the host)", async () => {
    const run = await adopt();
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("seam.example: 0 kept, 4 adopted, 0 to update in place, 0 to create, 1 to delete");
    expect(run.out).toContain("  adopt   TXT @ v=spf1 mx -all (id a2, ttl 600) as seam.example/@/spf");
    expect(run.out).toContain("  gate    remove-dkim-selector: seam.example: this update deletes DKIM selector old");
    expect(run.out).not.toMatch(/OVH/);
  });

  it("the program declares the host's own resources, with its import ids, and enforces the gates", async () => {
    expect((await adopt()).code).toBe(0);
    const registered = await useMocks("prod");
    const refused = defineMailDns({ stack: "prod", root, config: { provider: "memdns", today: "2026-11-20" }, log: captureLog().log, env: {} });
    await expect(refused).rejects.toThrow(/\[remove-dkim-selector\]/);
    expect(registered).toEqual([]);
    const result = await defineMailDns({ stack: "prod", root, config: { provider: "memdns", today: "2026-11-20", allow: ["remove-dkim-selector"] }, log: captureLog().log, env: {} });
    await settled(result.resources);
    expect(registered.every((r) => !r.type.startsWith("ovh:") && !r.type.includes(":ovh"))).toBe(true);
    const records = registered.filter((r) => r.type === "memdns:index:Record").map((r) => [r.name, r.importId, r.inputs.value]).sort();
    expect(records).toEqual(
      [
        ["seam.example/@/mx/mx1.seam.example.", "seam.example/a1", "10 mx1.seam.example."],
        ["seam.example/@/spf", "seam.example/a2", "v=spf1 mx -all"],
        ["seam.example/_dmarc/dmarc", "seam.example/a5", "v=DMARC1; p=reject; rua=mailto:d@seam.example"],
        ["seam.example/old._domainkey/dkim/id-a4", "seam.example/a4", "v=DKIM1; k=rsa; p=T0xE"],
        ["seam.example/s1._domainkey/dkim", "seam.example/a3", "s1.dkim.mail-host.example."],
      ].sort(),
    );
  });

  it("the host's limits stop the program, in its words", async () => {
    writeFileSync(join(root, "stacks", "prod", "seam.example.yaml"), YAML.replace("ttl: 600", "ttl: 120"));
    await adopt();
    await useMocks("prod");
    await expect(defineMailDns({ stack: "prod", root, config: { provider: "memdns", today: "2026-11-20" }, log: captureLog().log, env: {} })).rejects.toThrow(
      "maildns: stacks/prod/seam.example.yaml: CNAME s1._domainkey.seam.example has TTL 120; MemDNS needs 300 or more",
    );
  });

  it("the plan compares in the host's normal form: no zone-default TTL at this host", async () => {
    const dir = tempTree({
      "stack/seam.example.yaml": YAML.replace("ttl: 600", "ttl: 0"),
      "zones/seam.example.zone": [
        "$ORIGIN seam.example.",
        "$TTL 600",
        "@ IN SOA ns.seam.example. h.seam.example. (1 3600 600 86400 300)",
        "@ IN NS ns.seam.example.",
        "@ IN MX 10 mx1.seam.example.",
        '@ IN TXT "v=spf1 mx -all"',
        's1._domainkey IN CNAME s1.dkim.mail-host.example.',
        '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@seam.example"',
        "",
      ].join("\n"),
    });
    const loaded = await loadZones([join(dir, "zones")]);
    const source = createZoneSource(loaded);
    const plan = (provider: DnsProvider) => planPaths([join(dir, "stack")], { cwd: dir, sourceFor: async () => source, rulesSource: source, provider, today: "2026-11-20" });
    // OVH reads TTL 0 as "the zone default", whatever that is: nothing to change.
    expect((await plan(findProvider("ovh")!)).changes).toEqual([]);
    // MemDNS has no such thing: every RRset's TTL differs.
    const changes = (await plan(findProvider("memdns")!)).changes;
    expect(changes.map((c) => `${c.action} ${c.name} ${c.type} ${c.beforeTtl}→${c.ttl}`)).toEqual([
      "update _dmarc.seam.example TXT 600→0",
      "update s1._domainkey.seam.example CNAME 600→0",
      "update seam.example MX 600→0",
      "update seam.example TXT 600→0",
    ]);
    const gates = (await plan(findProvider("memdns")!)).gates;
    expect(gates.find((g) => g.id === "large-change")).toMatchObject({ tripped: true, reason: "seam.example: this update deletes or modifies 4 of 4 managed records (100% > 30%)" });
  });
});
