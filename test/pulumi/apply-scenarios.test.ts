// The apply end to end, as a user runs it: `maildns adopt` then `pulumi up`, against the local OVH API
// (every call signed and checked). The program runs under Pulumi's runtime mocks, whose newResource plays
// the engine and OVH's provider against that API (test/helpers/pulumi-engine.ts), so the zone really
// changes. After every change the API records, each name holds at most one v=spf1 and one v=DMARC1
// record; at the end the zone is exactly the domain file, with no manual step.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { createAdoptCommand } from "../../src/cli/commands/adopt.js";
import { planCommand } from "../../src/cli/commands/plan.js";
import { createRollbackCommand } from "../../src/cli/commands/rollback.js";
import { loadDomainFile } from "../../src/engine/lint.js";
import { desiredSlotRecords, slotOf } from "../../src/model/slots.js";
import { isDmarcRecord, looksLikeSpf } from "../../src/mail/txt-version.js";
import { parseZoneFile } from "../../src/dns/zone-file.js";
import { ovhProvider } from "../../src/providers/ovh/index.js";
import { legacyRecordName, unquoteTxt } from "../../src/providers/ovh/records.js";
import { defineMailDns, type MailDnsConfig } from "../../src/pulumi/program.js";
import { renderExport, startOvhServer, type FakeOvhServer, type FakeRecord } from "../helpers/ovh-server.js";
import { EngineState, RECORD_TYPE, startUpdate, type EngineStep } from "../helpers/pulumi-engine.js";
import { rsaSpki } from "../fixtures/keys/dkim-keys.js";
import { captureLog, withoutStackTraces } from "./mocks.js";

const TODAY = "2026-11-20";
const ZONE = "example.com";
const SEL = (n: number) => `ovhmo1234567-selector${n}`;
const SEL_TARGET = (n: number) => `${SEL(n)}._domainkey.1234567.ab.dkim.mail.ovh.net.`;

interface Spec {
  spf?: string;
  dmarc?: string;
  selectors?: number[];
  /** `dkim: ovh`: OVH's API names the selectors. */
  dkimFromOvh?: boolean;
}

function domainYaml(spec: Spec = {}): string {
  const selectors = (spec.selectors ?? [1, 2]).map((n) => `    - { name: ${SEL(n)}, cname: ${SEL_TARGET(n)} }`).join("\n");
  return [
    `domain: ${ZONE}`,
    "ttl: 3600",
    "mail: { provider: ovh, offer: mx-plan, region: eu }",
    "mx: ovh",
    `spf: "${spec.spf ?? "v=spf1 include:mx.ovh.com -all"}"`,
    ...(spec.dkimFromOvh ? ["dkim: ovh"] : ["dkim:", "  selectors:", selectors]),
    `dmarc: "${spec.dmarc ?? "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"}"`,
    "",
  ].join("\n");
}

const OVH_MX: [number, string][] = [[1, "mx0"], [5, "mx1"], [50, "mx2"], [100, "mx3"], [200, "mx4"]];

/** The zone as OVH holds it once `spec` is applied, plus two records maildns never touches. */
function zoneOf(spec: Spec = {}, firstId = 100): FakeRecord[] {
  let id = firstId;
  const records: FakeRecord[] = OVH_MX.map(([p, h]) => ({ id: id++, subDomain: "", fieldType: "MX", target: `${p} ${h}.mail.ovh.net.`, ttl: 3600 }));
  records.push({ id: id++, subDomain: "", fieldType: "TXT", target: `"${spec.spf ?? "v=spf1 include:mx.ovh.com -all"}"`, ttl: 3600 });
  for (const n of spec.selectors ?? [1, 2]) records.push({ id: id++, subDomain: `${SEL(n)}._domainkey`, fieldType: "CNAME", target: SEL_TARGET(n), ttl: 3600 });
  records.push({ id: id++, subDomain: "_dmarc", fieldType: "TXT", target: `"${spec.dmarc ?? "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"}"`, ttl: 3600 });
  records.push({ id: 900, subDomain: "", fieldType: "TXT", target: '"google-site-verification=abc123"', ttl: 3600 });
  records.push({ id: 901, subDomain: "www", fieldType: "A", target: "192.0.2.10", ttl: 3600 });
  return records;
}

let root: string;
let server: FakeOvhServer;
let state: EngineState;

async function setUp(live: FakeRecord[], options: { exportOwnersInLowerCase?: boolean; keepHostName?: (target: string) => string; splitTxtAt?: number } = {}): Promise<void> {
  root = mkdtempSync(join(tmpdir(), "maildns-apply-"));
  mkdirSync(join(root, "stacks", "prod"), { recursive: true });
  writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: ovh\n  ovh:endpoint: ovh-eu\n");
  server = await startOvhServer({ clockSkew: -30, zones: { [ZONE]: live }, ...options });
  state = new EngineState();
}

afterEach(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function writeDomain(spec: Spec = {}): void {
  writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml(spec));
}

const credentials = () => ({
  OVH_APPLICATION_KEY: server.credentials.applicationKey,
  OVH_APPLICATION_SECRET: server.credentials.applicationSecret,
  OVH_CONSUMER_KEY: server.credentials.consumerKey,
});

/** `maildns adopt --stack prod --state state.json`, the state exported from the engine. */
async function adopt(): Promise<{ code: number; out: string; err: string }> {
  writeFileSync(join(root, "state.json"), state.exportJson());
  const sink = { out: "", err: "" };
  const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: credentials(), isTTY: false };
  const code = await createAdoptCommand({ apiOptions: { sleep: async () => undefined, maxRetries: 0 } }).run(
    ["--stack", "prod", "--endpoint", server.baseUrl, "--state", "state.json", "--today", TODAY],
    io,
  );
  return { code, ...sink };
}

interface Up {
  steps: EngineStep[];
  pending: string[];
  error: Error | null;
  warn: string[];
  /** What OVH's provider logged as warnings (a failed refresh after its write). */
  providerWarnings: string[];
}

/** `pulumi up` of the program: the engine stand-in applies what it declares. */
async function up(config: MailDnsConfig = {}, api: { maxRetries?: number; sleep?: (ms: number) => Promise<void> } = {}): Promise<Up> {
  const run = await startUpdate(server, state);
  const log = captureLog();
  try {
    const pending = await withoutStackTraces(async () => {
      const result = await defineMailDns({
        stack: "prod",
        root,
        config: { policy: "ovh", today: TODAY, ...config },
        log: log.log,
        env: credentials(),
        openApi: (provider, source) => provider.openApi(source, { endpoint: server.baseUrl, sleep: api.sleep ?? (async () => undefined), maxRetries: api.maxRetries ?? 0 }),
        now: () => new Date("2026-11-20T10:00:00Z"),
      });
      await run.finish(result.resources);
      // The engine waits for the stack's outputs before the update ends.
      await (result.published as unknown as { promise(): Promise<string[]> }).promise();
      return result.pending;
    });
    return { steps: run.steps, pending, error: null, warn: log.warn, providerWarnings: run.warnings };
  } catch (error) {
    return { steps: run.steps, pending: [], error: error as Error, warn: log.warn, providerWarnings: run.warnings };
  }
}

/** adopt + up until nothing is left pending (at most three rounds); returns the rounds it took. */
async function applyUntilDone(config: MailDnsConfig = {}): Promise<{ rounds: number; ups: Up[] }> {
  const ups: Up[] = [];
  for (let round = 1; round <= 3; round++) {
    const adopted = await adopt();
    expect(adopted.err).toBe("");
    expect(adopted.code).toBe(0);
    const result = await up(config);
    expect(result.error).toBeNull();
    ups.push(result);
    if (result.pending.length === 0) return { rounds: round, ups };
  }
  throw new Error("the apply did not settle in three rounds");
}

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);

/** The number of v=spf1 and v=DMARC1 records per owner, in one state of the zone. */
function policyCounts(records: readonly FakeRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (!TXT_FAMILY.has(r.fieldType)) continue;
    const text = unquoteTxt(r.target);
    const kind = /^v=spf1(\s|$)/i.test(text) ? "spf" : /^v[ \t]*=[ \t]*DMARC1\s*(;|$)/i.test(text) ? "dmarc" : null;
    // By DNS name: `_DMARC` and `_dmarc` are one name (RFC 4343), served together.
    const key = `${r.subDomain.toLowerCase()}/${kind}`;
    if (kind) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every state the API went through, and every version published since: never two SPF or DMARC records at a name. */
function expectNoDuplicateEver(): void {
  // The first version is the zone as the test found it (which may be broken on purpose).
  const published = (server.history.get(ZONE) ?? []).slice(1);
  const states = [...server.snapshots.filter((s) => s.zone === ZONE).map((s) => ({ when: s.change, records: s.records })), ...published.map((v) => ({ when: `published ${v.creationDate}`, records: v.records }))];
  expect(states.length).toBeGreaterThan(0);
  for (const { when, records } of states) {
    for (const [key, count] of policyCounts(records)) expect(count, `${key} after ${when}`).toBeLessThanOrEqual(1);
  }
}

/** The zone's managed records equal the file's, and the records maildns does not manage are untouched. */
function expectZoneIsFile(spec: Spec): void {
  const model = loadDomainFile(`stacks/prod/${ZONE}.yaml`, Buffer.from(domainYaml(spec))).model!;
  const wanted = desiredSlotRecords(model).map((r) => `${r.name} ${r.type} ${r.value} ${r.ttl}`).sort();
  const records = server.zones.get(ZONE)!;
  const managed = records
    .map((r) => ovhProvider.toLive({ id: String(r.id), zone: ZONE, subdomain: r.subDomain, type: r.fieldType, target: r.target, ttl: r.ttl }))
    .filter((r) => slotOf(r) !== null && r.type !== "A")
    .map((r) => `${r.name} ${r.type} ${r.value} ${r.ttl}`)
    .sort();
  expect(managed).toEqual(wanted);
  // OVH's pseudo-types are gone, and so is nothing else.
  expect(records.filter((r) => ["SPF", "DKIM", "DMARC"].includes(r.fieldType))).toEqual([]);
  expect(records.find((r) => r.id === 900)?.target).toBe('"google-site-verification=abc123"');
  expect(records.find((r) => r.id === 901)?.target).toBe("192.0.2.10");
  // What the name servers serve is the zone as applied.
  expect(server.published.get(ZONE)!.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
}

const writes = () => server.requests.filter((r) => r.method !== "GET" && r.url.startsWith("/1.0/domain/zone/"));
const opsOf = (steps: EngineStep[]) => steps.filter((s) => s.op !== "same").map((s) => `${s.op} ${s.name}`);

/** A zone the stack already manages: adopted and applied once, nothing pending. */
async function managedZone(spec: Spec = {}): Promise<void> {
  await setUp(zoneOf(spec));
  writeDomain(spec);
  const { rounds, ups } = await applyUntilDone();
  expect(rounds).toBe(1);
  expect(opsOf(ups[0]!.steps).every((op) => op.startsWith("import "))).toBe(true);
  // Adopting changes nothing but the one refresh that publishes what was adopted.
  expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
  server.snapshots.length = 0;
  server.requests.length = 0;
}

describe("apply scenarios (adopt + pulumi up against the local OVH API)", () => {
  it("a changed SPF is one in-place update: no create, no delete, never two SPF records", async () => {
    await managedZone();
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const { rounds, ups } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(opsOf(ups[0]!.steps)).toEqual([`update ${ZONE}/@/spf`]);
    expect(writes().map((r) => `${r.method} ${r.url.replace(/^\/1\.0\/domain\/zone\/example\.com/, "")}`)).toEqual(["PUT /record/105", "POST /refresh", "POST /refresh"]);
    expectNoDuplicateEver();
    expectZoneIsFile({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
  });

  it("an SRV target holding U+200B (pasted from a web page) is refused at the character: nothing is written to OVH", async () => {
    await managedZone();
    // IDNA would drop the ZERO WIDTH SPACE, so the name checked would be ssl0.ovh.net while the record written
    // to OVH would carry the invisible character (RFC 5892; RFC 5891 §5.4).
    const srv = "srv:\n  - { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.o\u200bvh.net. }\n";
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml() + srv);
    const adopted = await adopt();
    expect(adopted.code).not.toBe(0);
    const result = await up();
    expect(result.error?.message.split("\n")).toEqual([
      "maildns lint found 1 error; nothing is applied until they are fixed:",
      "stacks/prod/example.com.yaml:12:78  error  srv.0.target holds U+200B, an invisible character IDNA removes without a word, so ssl0.ovh.net would be checked in its place: delete it (IDNA2008 disallows it in a label, RFC 5892)  [file-schema]",
      "1 file, 0 domains: 1 error, 0 warnings, 0 info",
    ]);
    expect(writes()).toEqual([]);
    expect(server.snapshots.flatMap((s) => s.records).filter((r) => r.target.includes("\u200b"))).toEqual([]);
  });

  it("the file's TTL moved to 0 (OVH's zone default): adopt says each record is updated in place, as pulumi up does", async () => {
    await managedZone();
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml().replace("ttl: 3600", "ttl: 0"));
    const adopted = await adopt();
    // It once said "9 kept, 0 to update": 0 asks for the zone's default, which DNS may serve as 3600, but
    // OVH's record holds 3600 and Pulumi writes 0 in its place.
    expect(adopted.out).toContain(`${ZONE}: 0 kept, 0 adopted, 9 to update in place, 0 to create, 0 to delete\n`);
    expect(adopted.out).toContain(`  update  TXT @ "v=spf1 include:mx.ovh.com -all" (id 105) in place to "v=spf1 include:mx.ovh.com -all" ttl 0 as ${ZONE}/@/spf\n`);
    const result = await up();
    expect(result.error).toBeNull();
    expect(opsOf(result.steps).filter((op) => op.startsWith("update "))).toHaveLength(9);
    expect(server.zones.get(ZONE)!.filter((r) => r.id < 900).every((r) => r.ttl === 0)).toBe(true);
  });

  it("a changed DMARC is one in-place update of the _dmarc slot", async () => {
    await managedZone();
    const dmarc = "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com";
    writeDomain({ dmarc });
    const { ups } = await applyUntilDone();
    expect(opsOf(ups[0]!.steps)).toEqual([`update ${ZONE}/_dmarc/dmarc`]);
    expectNoDuplicateEver();
    expectZoneIsFile({ dmarc });
  });

  it("an OVH SPF pseudo-type record is replaced by a TXT in the same update: deleted first, one zone refresh", async () => {
    const live = zoneOf().map((r) => (r.fieldType === "TXT" && r.subDomain === "" && r.id !== 900 ? { ...r, fieldType: "SPF", target: "v=spf1 include:mx.ovh.com -all" } : r));
    await setUp(live);
    writeDomain();
    const adopted = await adopt();
    expect(adopted.out).toContain("delete  SPF @ v=spf1 include:mx.ovh.com -all (id 105) first: OVH cannot edit it into the TXT record, so it goes before that one is written");
    const result = await up();
    expect(result.error).toBeNull();
    expect(result.pending).toEqual([]);
    const changes = server.snapshots.map((s) => s.change);
    const deleted = changes.indexOf("DELETE record 105");
    const created = changes.findIndex((c, i) => i > deleted && c.startsWith("POST record"));
    expect(deleted).toBeGreaterThanOrEqual(0);
    expect(created).toBe(deleted + 1);
    // No refresh between the delete and the create: the name servers go from the old record to the new one.
    expect(changes[created + 1]).toBe("refresh");
    expect(server.history.get(ZONE)!.every((v) => (policyCounts(v.records).get("/spf") ?? 0) === 1)).toBe(true);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("a pseudo-type SPF beside a TXT SPF (two SPF records live): the pseudo-type goes first, the TXT is kept", async () => {
    const live = [...zoneOf(), { id: 950, subDomain: "", fieldType: "SPF", target: '"v=spf1 include:mx.ovh.com -all"', ttl: 3600 }];
    await setUp(live);
    writeDomain();
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(server.zones.get(ZONE)!.some((r) => r.id === 950)).toBe(false);
    // Nothing was created in the zone, so maildns published the deletion itself: one refresh, right after it
    // (and the one that ends every update).
    expect(server.snapshots.map((s) => s.change)).toEqual(["DELETE record 950", "refresh", "refresh"]);
    expect(server.zones.get(ZONE)!.some((r) => r.id === 105)).toBe(true);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("an SPF edit on a managed zone where a second TXT SPF appeared: the stray goes first, then one in-place update", async () => {
    await managedZone();
    server.zones.get(ZONE)!.push({ id: 960, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com include:_spf.google.com ~all"', ttl: 600 });
    const spf = "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all";
    writeDomain({ spf });
    const { rounds, ups } = await applyUntilDone({ allow: ["remove-spf-include"] });
    expect(rounds).toBe(1);
    expect(opsOf(ups[0]!.steps)).toEqual([`update ${ZONE}/@/spf`]);
    expect(server.snapshots.map((s) => s.change)).toEqual(["DELETE record 960", "refresh", "PUT record 105", "refresh", "refresh"]);
    expectNoDuplicateEver();
    expectZoneIsFile({ spf });
  });

  it("a DMARC edit on a managed zone where a second DMARC record appeared: the stray goes first, then one in-place update", async () => {
    await managedZone();
    server.zones.get(ZONE)!.push({ id: 961, subDomain: "_dmarc", fieldType: "TXT", target: '"v=DMARC1; p=reject"', ttl: 600 });
    const dmarc = "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com";
    writeDomain({ dmarc });
    const { rounds, ups } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(opsOf(ups[0]!.steps)).toEqual([`update ${ZONE}/_dmarc/dmarc`]);
    expect(server.snapshots.map((s) => s.change)).toEqual(["DELETE record 961", "refresh", "PUT record 108", "refresh", "refresh"]);
    expectNoDuplicateEver();
    expectZoneIsFile({ dmarc });
  });

  it("a removed DKIM selector is refused by remove-dkim-selector until allowed, then deleted last", async () => {
    await managedZone();
    writeDomain({ selectors: [1] });
    const adopted = await adopt();
    expect(adopted.out).toContain("gate    remove-dkim-selector: example.com: this update deletes DKIM selector ovhmo1234567-selector2");
    const refused = await up();
    expect(refused.error).toBeInstanceOf(pulumi.RunError);
    expect(refused.error!.message).toContain("[remove-dkim-selector]");
    expect(refused.error!.message).toContain("pulumi config set --path 'maildns:allow[0]' remove-dkim-selector");
    expect(writes()).toEqual([]);
    const allowed = await up({ allow: ["remove-dkim-selector"] });
    expect(allowed.error).toBeNull();
    expect(opsOf(allowed.steps)).toEqual([`delete ${ZONE}/${SEL(2)}._domainkey/dkim`]);
    expect(allowed.warn.some((w) => w.startsWith('maildns: override "remove-dkim-selector" used'))).toBe(true);
    expectNoDuplicateEver();
    expectZoneIsFile({ selectors: [1] });
  });

  it("-all → ~all is refused by loosen-spf until allowed, then one in-place update", async () => {
    await managedZone();
    writeDomain({ spf: "v=spf1 include:mx.ovh.com ~all" });
    const refused = await (async () => {
      await adopt();
      return up();
    })();
    expect(refused.error!.message).toContain("example.com: this update loosens SPF from -all to ~all: mail from hosts the record does not list is then no longer refused [loosen-spf]");
    expect(writes()).toEqual([]);
    const allowed = await up({ allow: ["loosen-spf"] });
    expect(opsOf(allowed.steps)).toEqual([`update ${ZONE}/@/spf`]);
    expectNoDuplicateEver();
    expectZoneIsFile({ spf: "v=spf1 include:mx.ovh.com ~all" });
  });

  it("the first apply of an existing zone whose values differ: two rounds of adopt + up, no duplicate, no clean-up by hand", async () => {
    const live: FakeRecord[] = [
      ...OVH_MX.map(([p, h], i) => ({ id: 300 + i, subDomain: "", fieldType: "MX", target: `${p} ${h.toUpperCase()}.mail.ovh.net`, ttl: 3600 })),
      { id: 310, subDomain: "", fieldType: "MX", target: "10 mx.old-provider.example.", ttl: 3600 },
      { id: 311, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com include:old-provider.example -all"', ttl: 3600 },
      { id: 312, subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com", ttl: 3600 },
      { id: 313, subDomain: `${SEL(1)}._domainkey`, fieldType: "CNAME", target: SEL_TARGET(1), ttl: 3600 },
      { id: 314, subDomain: `${SEL(2)}._domainkey`, fieldType: "CNAME", target: SEL_TARGET(2), ttl: 3600 },
      { id: 900, subDomain: "", fieldType: "TXT", target: '"google-site-verification=abc123"', ttl: 3600 },
      { id: 901, subDomain: "www", fieldType: "A", target: "192.0.2.10", ttl: 3600 },
    ];
    await setUp(live);
    writeDomain();
    // Dropping an include is a gate of its own; this zone's owner means it.
    const { rounds, ups } = await applyUntilDone({ allow: ["remove-spf-include"] });
    expect(rounds).toBe(2);
    // Round 1 adopts every live record as it is (Pulumi imports only matching inputs) and replaces the
    // DMARC pseudo-type (the program creates the TXT in the refresh that publishes the deletion; Pulumi
    // imports it); round 2 writes the file's values in place and deletes what the file dropped, last.
    expect(opsOf(ups[0]!.steps).sort()).toEqual(
      [
        `import ${ZONE}/_dmarc/dmarc`,
        `import ${ZONE}/${SEL(1)}._domainkey/dkim`,
        `import ${ZONE}/${SEL(2)}._domainkey/dkim`,
        `import ${ZONE}/@/mx/mx.old-provider.example./id-310`,
        ...OVH_MX.map(([, h]) => `import ${ZONE}/@/mx/${h}.mail.ovh.net.`),
        `import ${ZONE}/@/spf`,
      ].sort(),
    );
    expect(ups[0]!.pending.sort()).toEqual([`${ZONE}/@/mx/mx.old-provider.example./id-310`, ...OVH_MX.map(([, h]) => `${ZONE}/@/mx/${h}.mail.ovh.net.`), `${ZONE}/@/spf`].sort());
    expect(opsOf(ups[1]!.steps)).toEqual([
      ...OVH_MX.map(([, h]) => `update ${ZONE}/@/mx/${h}.mail.ovh.net.`),
      `update ${ZONE}/@/spf`,
      `delete ${ZONE}/@/mx/mx.old-provider.example./id-310`,
    ]);
    expectNoDuplicateEver();
    expectZoneIsFile({});
    // A third adopt + up has nothing left to do and writes nothing: the refresh that ends every update only.
    server.requests.length = 0;
    const again = await applyUntilDone({ allow: ["remove-spf-include"] });
    expect(again.rounds).toBe(1);
    expect(opsOf(again.ups[0]!.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
  });

  it("adopt + up again on a zone the stack created changes nothing (no import over a record the stack holds)", async () => {
    await setUp(zoneOf().filter((r) => r.id >= 900));
    writeDomain();
    const first = await applyUntilDone();
    expect(opsOf(first.ups[0]!.steps).every((op) => op.startsWith("create "))).toBe(true);
    server.requests.length = 0;
    const second = await applyUntilDone();
    // Had adopt handed Pulumi `<id>.<zone>` import ids for records the stack created, the engine would
    // import-replace them and delete the very records at the end of the update.
    expect(opsOf(second.ups[0]!.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
    expectZoneIsFile({});
  });

  it("a stack created by an older maildns (names hashed from values) keeps its records: aliases, then one update", async () => {
    await setUp(zoneOf());
    for (const r of zoneOf()) {
      if (r.id >= 900) continue;
      const name = legacyRecordName(ZONE, r.subDomain, r.fieldType, r.target);
      state.resources.set(name, { name, type: RECORD_TYPE, id: String(r.id), importId: null, inputs: { zone: ZONE, subdomain: r.subDomain, fieldtype: r.fieldType, target: r.target, ttl: r.ttl } });
    }
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const { rounds, ups } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(opsOf(ups[0]!.steps)).toEqual([`update ${ZONE}/@/spf`]);
    expect([...state.resources.keys()].sort()).toEqual(
      [`${ZONE}/@/spf`, `${ZONE}/_dmarc/dmarc`, `${ZONE}/${SEL(1)}._domainkey/dkim`, `${ZONE}/${SEL(2)}._domainkey/dkim`, ...OVH_MX.map(([, h]) => `${ZONE}/@/mx/${h}.mail.ovh.net.`)].sort(),
    );
    expectNoDuplicateEver();
    expectZoneIsFile({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
  });

  it("dkim: ovh takes the selectors from OVH's API, and the apply enables DKIM there (polled, bounded)", async () => {
    await setUp(zoneOf({ selectors: [] }));
    server.mxPlanDkim.set(ZONE, {
      status: "disabled",
      activeSelector: null,
      enableAfterPolls: 2,
      selectors: [1, 2].map((n) => ({ selectorName: SEL(n), cname: `${SEL(n)}._domainkey.${ZONE} CNAME ${SEL_TARGET(n)}`, status: "toSet" })),
    });
    writeDomain({ dkimFromOvh: true });
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`  create  CNAME ${SEL(1)}._domainkey ${SEL_TARGET(1)} (ttl 3600) as ${ZONE}/${SEL(1)}._domainkey/dkim`);
    const run = await startUpdate(server, state);
    const sleeps: number[] = [];
    const log = captureLog();
    const result = await defineMailDns({
      stack: "prod",
      root,
      config: { policy: "ovh", today: TODAY, enableDkim: true, dkimWait: { attempts: 5, intervalMs: 30_000, sleep: async (ms) => void sleeps.push(ms) } },
      log: log.log,
      env: credentials(),
      openApi: (provider, source) => provider.openApi(source, { endpoint: server.baseUrl, maxRetries: 0 }),
    });
    await run.finish(result.resources);
    const lines = await new Promise<string[]>((resolve) => result.dkim.apply((l) => resolve(l)));
    expect(lines).toEqual([`${ZONE}: DKIM enabled, signing with ${SEL(1)}`]);
    // Enabled after the CNAMEs existed, then polled until OVH said so: three waits, within the bound of five.
    expect(sleeps).toEqual([30_000, 30_000, 30_000]);
    const enable = server.requests.findIndex((r) => r.method === "PUT" && r.url === `/1.0/email/domain/${ZONE}/dkim/enable`);
    const lastCreate = server.requests.map((r) => r.method === "POST" && r.url.endsWith("/record")).lastIndexOf(true);
    expect(enable).toBeGreaterThan(lastCreate);
    expectZoneIsFile({});
  });

  it("dkim: ovh refused by OVH (403): a preview, which only reads, names itself and GET alone; an update names an apply's rights", async () => {
    await setUp(zoneOf());
    writeDomain({ dkimFromOvh: true });
    const program = () =>
      withoutStackTraces(() =>
        defineMailDns({
          stack: "prod",
          root,
          config: { policy: "ovh", today: TODAY },
          log: captureLog().log,
          env: credentials(),
          openApi: (provider, source, options) => provider.openApi(source, { ...options, endpoint: server.baseUrl, maxRetries: 0 }),
        }),
      );
    const call = `GET /email/domain/${ZONE}/dkim failed with 403`;
    server.fail({ status: 403, method: "GET", pathPrefix: "/email/" });
    await startUpdate(server, state, { preview: true });
    await expect(program()).rejects.toMatchObject({
      message: `maildns: ${ZONE}: dkim: ovh: ${call}: the consumer key lacks the rights pulumi preview needs: GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM). Create one with them.`,
    });
    // The update writes with the API it read DKIM with: refused there, it is an apply's rights that are missing.
    server.fail({ status: 403, method: "GET", pathPrefix: "/email/" });
    await startUpdate(server, state);
    await expect(program()).rejects.toThrow(`maildns: ${ZONE}: dkim: ovh: ${call}: the consumer key lacks the rights to read OVH's DKIM for this domain. Create one with GET/POST/PUT/DELETE on /domain/zone/*`);
    expect(writes()).toEqual([]);
  });

  it("dkim: ovh without an answer from OVH stops the apply instead of guessing", async () => {
    await setUp(zoneOf());
    writeDomain({ dkimFromOvh: true });
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.err).toBe(`maildns adopt: ${ZONE}: dkim: ovh, but OVH reports no DKIM selector for ${ZONE} (enable DKIM for it there, or list the selectors in the file)\n`);
    const result = await up();
    expect(result.error?.message).toBe(`maildns: ${ZONE}: dkim: ovh, but OVH reports no DKIM selector for ${ZONE} (enable DKIM for it there, or list the selectors in the file)`);
    expect(writes()).toEqual([]);
  });

  it("saves the zone's export before an update that changes it; maildns rollback shows the difference and restores it", async () => {
    await managedZone();
    const before = server.zones.get(ZONE)!.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`).sort();
    writeDomain({ dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
    await adopt();
    const run = await startUpdate(server, state);
    // The real clock: the saved export and the host's versions must be in one timeline.
    const result = await defineMailDns({
      stack: "prod",
      root,
      config: { policy: "ovh", today: TODAY },
      log: captureLog().log,
      env: credentials(),
      openApi: (provider, source) => provider.openApi(source, { endpoint: server.baseUrl, maxRetries: 0 }),
    });
    await run.finish(result.resources);
    expect(result.rollbackFiles).toHaveLength(1);
    expect(result.rollbackFiles[0]).toMatch(/^stacks\/prod\/\.maildns-rollback\/example\.com\/\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.zone$/);
    // The zone held nothing unpublished: the export is the version in force, and the header says no more.
    const header = readFileSync(join(root, result.rollbackFiles[0]!), "utf8").split("\n").filter((line) => line.startsWith("; maildns: "));
    expect(header).toHaveLength(2);
    expect(header[1]).toMatch(/^; maildns: version in force at the host: \S+$/);

    const rollback = async (...more: string[]) => {
      const sink = { out: "", err: "" };
      const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: credentials(), isTTY: false };
      const code = await createRollbackCommand({ apiOptions: { maxRetries: 0 } }).run(["--stack", "prod", "--endpoint", server.baseUrl, ...more], io);
      return { code, ...sink };
    };
    const shown = await rollback();
    expect(shown.err).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.out).toContain("example.com: saved ");
    expect(shown.out).toContain("a restore removes 1 and brings back 1 records");
    expect(shown.out).toContain("  - _dmarc.example.com 3600 TXT v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com");
    expect(shown.out).toContain("  + _dmarc.example.com 3600 TXT v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com");
    // The version in force when the export was saved, which the program wrote in its header.
    // The zone as found, the refresh after its first adoption, the update's write and the refresh that ends it.
    const versions = server.history.get(ZONE)!.map((v) => v.creationDate);
    expect(versions).toHaveLength(4);
    expect(shown.out).toContain(`  would restore the host's version of ${versions[1]} (its zone file is the saved export); run again with --yes to restore it`);
    expect(writes().filter((r) => r.url.includes("/history/"))).toEqual([]);

    const restored = await rollback("--yes");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain("the zone is the saved export again");
    expect(restored.out).toContain("next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`");
    expect(server.zones.get(ZONE)!.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`).sort()).toEqual(before);
    expectNoDuplicateEver();
    // Nothing saved for another zone: said, exit 1.
    const none = await rollback("--zone", "other.example");
    expect(none.code).toBe(1);
    expect(none.err).toBe("maildns rollback: no saved export for other.example under stacks/prod/.maildns-rollback/ (an update saves one before it changes the zone)\n");
  });

  it("a DKIM selector moving from a TXT key to a CNAME on a managed zone: the key goes and the CNAME comes in one refresh, never both at the name, never neither served", async () => {
    const key = `v=DKIM1; k=rsa; p=${rsaSpki(1024)}`;
    await setUp([...zoneOf(), { id: 400, subDomain: "mail2026._domainkey", fieldType: "TXT", target: `"${key}"`, ttl: 3600 }]);
    const withSelector = (line: string) => domainYaml().replace("dkim:\n  selectors:\n", `dkim:\n  selectors:\n    - ${line}\n`);
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector(`{ name: mail2026, record: "${key}" }`));
    expect((await applyUntilDone()).rounds).toBe(1);
    server.snapshots.length = 0;

    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector("{ name: mail2026, cname: mail2026._domainkey.dkim.example.net. }"));
    const adopted = await adopt();
    // It once read as a conflict ("remove it from the stack (pulumi state delete ...)"), and nothing was written.
    expect(adopted.err).toBe("");
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(
      `  delete  TXT mail2026._domainkey "${key}" (id 400) first: OVH cannot edit it into the CNAME record, so it goes before that one is written`,
    );
    const versionsBefore = server.history.get(ZONE)!.length;
    const result = await up();
    expect(result.error).toBeNull();
    // Created by the program right after the delete, then imported over the stack's resource, whose old
    // record (gone already) Pulumi drops at the end. Left to Pulumi's replace, the provider's refresh after
    // its delete published the selector with no record at all: mail signed with it failed DKIM meanwhile.
    expect(opsOf(result.steps)).toEqual([`import-replacement ${ZONE}/mail2026._domainkey/dkim`, `delete ${ZONE}/mail2026._domainkey/dkim`]);
    const changes = server.snapshots.map((s) => s.change);
    expect(changes.slice(0, 3)).toEqual(["DELETE record 400", expect.stringMatching(/^POST record \d+$/), "refresh"]);
    for (const version of server.history.get(ZONE)!.slice(versionsBefore)) {
      expect(version.records.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => r.fieldType), `published ${version.creationDate}`).toEqual(["CNAME"]);
    }
    // A CNAME tolerates no other data at its name (RFC 1034 §3.6.2): no state has both.
    for (const { change, records } of server.snapshots) {
      const types = records.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => r.fieldType);
      expect(types.length, `after ${change}`).toBeLessThanOrEqual(1);
    }
    expect(server.zones.get(ZONE)!.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => `${r.fieldType} ${r.target}`)).toEqual(["CNAME mail2026._domainkey.dkim.example.net."]);
    expect(state.resources.get(`${ZONE}/mail2026._domainkey/dkim`)?.inputs.fieldtype).toBe("CNAME");
    server.requests.length = 0;
    const again = await applyUntilDone();
    expect(opsOf(again.ups[0]!.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
  });

  for (const [label, failure] of [
    ["refused", { status: 500 }],
    ["applied, then 500", { status: 500, afterApplying: true }],
    ["applied, then no answer", { status: 0, afterApplying: true }],
  ] as const) {
    it(`a DKIM TXT to CNAME replace stopped after the delete (create ${label}): the key is still served, and the next adopt + up write the CNAME`, async () => {
      const key = `v=DKIM1; k=rsa; p=${rsaSpki(1024)}`;
      await setUp([...zoneOf(), { id: 400, subDomain: "mail2026._domainkey", fieldType: "TXT", target: `"${key}"`, ttl: 3600 }]);
      const withSelector = (line: string) => domainYaml().replace("dkim:\n  selectors:\n", `dkim:\n  selectors:\n    - ${line}\n`);
      writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector(`{ name: mail2026, record: "${key}" }`));
      await applyUntilDone();
      writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector("{ name: mail2026, cname: mail2026._domainkey.dkim.example.net. }"));
      expect((await adopt()).code).toBe(0);
      server.fail({ ...failure, method: "POST", pathPrefix: `/domain/zone/${ZONE}/record` });
      const stopped = await up();
      expect(stopped.error?.message).toContain(`POST /domain/zone/${ZONE}/record failed`);
      expect(server.zones.get(ZONE)!.some((r) => r.id === 400)).toBe(false);
      // Nothing refreshed the zone since the delete: its name servers still serve the key.
      const served = () => server.published.get(ZONE)!.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => r.fieldType);
      expect(served()).toEqual(["TXT"]);
      // The stack still holds the key's resource; adopt finds its record gone at OVH (asked by id), which
      // once read as a disagreement to settle with \`pulumi refresh\`.
      const adopted = await adopt();
      expect(adopted.err).toBe("");
      expect(adopted.code).toBe(0);
      const finished = await up();
      expect(finished.error).toBeNull();
      expect(opsOf(finished.steps).filter((op) => op.includes("mail2026"))).toEqual([
        `import-replacement ${ZONE}/mail2026._domainkey/dkim`,
        `delete ${ZONE}/mail2026._domainkey/dkim`,
      ]);
      expect(served()).toEqual(["CNAME"]);
      for (const version of server.history.get(ZONE)!) expect(version.records.filter((r) => r.subDomain === "mail2026._domainkey")).toHaveLength(1);
      expect(server.zones.get(ZONE)!.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => `${r.fieldType} ${r.target}`)).toEqual(["CNAME mail2026._domainkey.dkim.example.net."]);
      expect(state.resources.get(`${ZONE}/mail2026._domainkey/dkim`)?.inputs.fieldtype).toBe("CNAME");
    });
  }

  it("DMARC delegated with a CNAME at _dmarc: the TXT goes first, never a CNAME beside another record", async () => {
    await managedZone();
    // Under the rfc pack a delegated DMARC (a CNAME to a provider's policy) passes lint.
    writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: rfc\n  ovh:endpoint: ovh-eu\n");
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml().replace(/^dmarc: .*$/m, "cname:\n  - { name: _dmarc, target: _dmarc.dmarc-provider.example. }"));
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`  delete  TXT _dmarc "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com" (id 108) first: a CNAME tolerates no other record at its name, so it goes before anything is written`);
    const result = await up({ policy: "rfc", allow: ["loosen-dmarc"] });
    expect(result.error).toBeNull();
    // It was created first and the TXT deleted last: a refresh published both at _dmarc.
    const states = [...server.snapshots.map((s) => ({ when: s.change, records: s.records })), ...server.history.get(ZONE)!.map((v) => ({ when: `published ${v.creationDate}`, records: v.records }))];
    for (const { when, records } of states) {
      const types = records.filter((r) => r.subDomain === "_dmarc").map((r) => r.fieldType);
      if (types.includes("CNAME")) expect(types, `after ${when}`).toEqual(["CNAME"]);
    }
    expect(server.snapshots.map((s) => s.change).slice(0, 3)).toEqual(["DELETE record 108", expect.stringMatching(/^POST record \d+$/), "refresh"]);
    expect(server.published.get(ZONE)!.filter((r) => r.subDomain === "_dmarc").map((r) => `${r.fieldType} ${r.target}`)).toEqual(["CNAME _dmarc.dmarc-provider.example."]);
  });

  it("a delegated DMARC taken back (the _dmarc CNAME replaced by a TXT): the policy behind the alias is not read without DNS, so adopt shows the gate and up refuses it", async () => {
    await managedZone();
    writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: rfc\n  ovh:endpoint: ovh-eu\n");
    const file = join(root, "stacks", "prod", `${ZONE}.yaml`);
    const own = domainYaml();
    writeFileSync(file, own.replace(/^dmarc: .*$/m, "cname:\n  - { name: _dmarc, target: _dmarc.dmarc-provider.example. }"));
    expect((await adopt()).code).toBe(0);
    expect((await up({ policy: "rfc", allow: ["loosen-dmarc"] })).error).toBeNull();
    // Back to a record of its own: what receivers apply now is the provider's record, which neither adopt nor
    // the program asks DNS for; the gate trips, saying so, rather than passing in silence.
    writeFileSync(file, own);
    const reason = `${ZONE}: this update replaces the DMARC alias to _dmarc.dmarc-provider.example (a CNAME) with a record of its own, but the policy at _dmarc.dmarc-provider.example, which receivers apply now, could not be read: whether the change loosens DMARC is unknown`;
    const adopted = await adopt();
    expect(adopted.out).toContain(`  delete  CNAME _dmarc _dmarc.dmarc-provider.example.`);
    expect(adopted.out).toContain(`  gate    loosen-dmarc: ${reason} (pulumi up refuses this unless maildns:allow lists it)`);
    const refusedUp = await up({ policy: "rfc" });
    expect(refusedUp.error?.message).toContain(`  ${reason} [loosen-dmarc]`);
    expect(server.published.get(ZONE)!.filter((r) => r.subDomain === "_dmarc").map((r) => r.fieldType)).toEqual(["CNAME"]);
    server.snapshots.length = 0;
    expect((await up({ policy: "rfc", allow: ["loosen-dmarc"] })).error).toBeNull();
    // The CNAME goes before the TXT is written: never a CNAME beside another record at _dmarc (RFC 1034 §3.6.2).
    for (const { change, records } of server.snapshots) {
      const types = records.filter((r) => r.subDomain === "_dmarc").map((r) => r.fieldType);
      if (types.includes("CNAME")) expect(types, `after ${change}`).toEqual(["CNAME"]);
    }
    expect(server.published.get(ZONE)!.filter((r) => r.subDomain === "_dmarc").map((r) => r.fieldType)).toEqual(["TXT"]);
  });

  it("a zone holding changes OVH has not published yet: the saved export is no version OVH keeps, and the update and the saved file say so, so rollback's refusal is no surprise", async () => {
    await managedZone();
    const served = () => server.published.get(ZONE)!.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`).sort();
    const held = () => server.zones.get(ZONE)!.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`).sort();
    const versionsBefore = server.history.get(ZONE)!.map((v) => v.creationDate);
    const servedBefore = served();
    // Another writer (a person in the Control Panel, another tool) adds a web record and does not refresh:
    // OVH's API lists it and its export shows it, no name server serves it, and no version holds it.
    server.zones.get(ZONE)!.push({ id: 950, subDomain: "blog", fieldType: "A", target: "192.0.2.20", ttl: 3600 });
    expect(held()).toContain("blog A 192.0.2.20");
    expect(served()).toEqual(servedBefore);
    expect(server.history.get(ZONE)!.map((v) => v.creationDate)).toEqual(versionsBefore);

    writeDomain({ dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
    expect((await adopt()).code).toBe(0);
    // adopt reads; it publishes nothing.
    expect(served()).toEqual(servedBefore);
    expect(writes()).toEqual([]);
    const run = await startUpdate(server, state);
    const log = captureLog();
    // The real clock: the saved export and the host's versions must be in one timeline.
    const result = await defineMailDns({
      stack: "prod",
      root,
      config: { policy: "ovh", today: TODAY },
      log: log.log,
      env: credentials(),
      openApi: (provider, source) => provider.openApi(source, { endpoint: server.baseUrl, maxRetries: 0 }),
    });
    await run.finish(result.resources);
    await (result.published as unknown as { promise(): Promise<string[]> }).promise();
    expect(result.rollbackFiles).toHaveLength(1);
    const file = result.rollbackFiles[0]!;
    // Nothing was published to save the export: the first refresh is the one after the update's own write.
    const refreshes = writes().map((r) => `${r.method} ${r.url}`);
    expect(refreshes[0]).toBe(`PUT /1.0/domain/zone/${ZONE}/record/108`);
    // The update's own refresh publishes the other writer's record with its own change (OVH publishes a
    // zone whole), which the update says.
    expect(held()).toContain("blog A 192.0.2.20");
    expect(served()).toEqual(held());
    const newest = versionsBefore[versionsBefore.length - 1]!;
    expect(log.warn).toContain(
      `maildns: ${ZONE}: the zone holds 1 change OVH has not published (another writer's, or an earlier update's that was never refreshed): ` +
        `the export saved for rollback (${file}) is not OVH's version in force (${newest}), so maildns rollback will not restore that version and says so; restore by hand from that file if needed. ` +
        `This update's refresh publishes it with its own changes:\n  + blog.example.com 3600 A 192.0.2.20`,
    );
    const saved = readFileSync(join(root, file), "utf8");
    expect(saved.split("\n").slice(1, 3)).toEqual([
      `; maildns: version in force at the host: ${newest}`,
      `; maildns: not published at the host when saved: this export differs from that version in 1 record (changes not yet refreshed); rollback restores a version only when it is this export, so restore by hand from this file`,
    ]);
    // The export is the zone as it was (with the other writer's record), not the version served then.
    expect(saved).toContain("blog\t3600 IN A 192.0.2.20");

    const sink = { out: "", err: "" };
    const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: credentials(), isTTY: false };
    const heldAfterUpdate = held();
    const code = await createRollbackCommand({ apiOptions: { maxRetries: 0 } }).run(["--stack", "prod", "--endpoint", server.baseUrl, "--yes"], io);
    expect(sink.err).toBe("");
    expect(code).toBe(1);
    expect(sink.out).toContain(
      `  the host's version of ${newest} is not the saved export (they differ in 1 record; the zone held changes OVH had not published when the export was saved, as its header says): nothing restored; restore it by hand from ${file}\n`,
    );
    // Refused: nothing restored, nothing published.
    expect(writes().filter((r) => r.url.includes("/history/"))).toEqual([]);
    expect(held()).toEqual(heldAfterUpdate);
    expect(served()).toEqual(heldAfterUpdate);
    expectNoDuplicateEver();
  });

  it("the version in force cannot be fetched to compare with the export: the update goes on, and the saved file and the log say it was not compared", async () => {
    await managedZone();
    writeDomain({ dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
    expect((await adopt()).code).toBe(0);
    const newest = server.history.get(ZONE)!.at(-1)!.creationDate;
    server.fail({ status: 500, method: "GET", pathPrefix: `/domain/zone/${ZONE}/history/` });
    const result = await up();
    expect(result.error).toBeNull();
    const file = readdirSync(join(root, "stacks/prod/.maildns-rollback", ZONE));
    expect(file).toHaveLength(1);
    const shown = `stacks/prod/.maildns-rollback/${ZONE}/${file[0]}`;
    expect(result.warn).toContain(
      `maildns: ${ZONE}: OVH's version in force (${newest}) could not be compared with the export saved for rollback (${shown}); maildns rollback compares them before it restores anything. GET /domain/zone/${ZONE}/history/${encodeURIComponent(newest)} failed with 500: OVH's API failed on its side; gave up after 1 attempts. Retry later.`,
    );
    expect(readFileSync(join(root, shown), "utf8").split("\n").slice(1, 3)).toEqual([
      `; maildns: version in force at the host: ${newest}`,
      "; maildns: not compared with that version (its zone file could not be fetched); rollback compares them before it restores",
    ]);
    expectNoDuplicateEver();
    expectZoneIsFile({ dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
  });

  describe("an update stopped at any write is finished by the next adopt + up, or undone by rollback", () => {
    /** Only the SPF changes: OVH's pseudo-type, with another value, replaced by a TXT. */
    const spfOnly = (): FakeRecord[] => zoneOf().map((r) => (r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 a -all"' } : r));
    // OVH's SPF and DMARC pseudo-types with other values and an MX host the file drops: deletions first,
    // creates, a delete at the end and refreshes.
    const start = (): FakeRecord[] => [
      ...zoneOf().map((r) =>
        r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 a -all"' } : r.id === 108 ? { ...r, fieldType: "DMARC", target: '"v=DMARC1; p=none"' } : r,
      ),
      { id: 961, subDomain: "", fieldType: "MX", target: "10 mx.old-provider.example.", ttl: 3600 },
    ];
    const allow = ["large-change"];
    const content = (records: readonly FakeRecord[]) => records.map((r) => `${r.subDomain} ${r.fieldType} ${r.target} ${r.ttl}`).sort();
    const KINDS = {
      refused: { label: "500", status: 500, afterApplying: false },
      lost: { label: "applied, then 500", status: 500, afterApplying: true },
      dropped: { label: "applied, then no answer", status: 0, afterApplying: true },
    };

    /** A zone as found, and the domain file: what the apply starts from. */
    const found = (live: () => FakeRecord[]) => async () => {
      await setUp(live());
      writeDomain();
    };
    /** A zone the stack manages, whose SPF and DMARC the file then edits: in-place updates. */
    const edited = async () => {
      await managedZone();
      writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all", dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
    };
    const EDITED = { spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all", dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" };

    /** The writes of the whole apply when nothing fails, each with how to fail it alone. */
    async function cleanWrites(prepare: () => Promise<void>): Promise<{ method: string; path: string; skip: number }[]> {
      await prepare();
      server.requests.length = 0;
      await applyUntilDone({ allow });
      const seen = server.requests.filter((r) => r.method !== "GET").map((r) => ({ method: r.method, path: r.url.slice("/1.0".length) }));
      await server.close();
      rmSync(root, { recursive: true, force: true });
      return seen.map((w, i) => ({ ...w, skip: seen.slice(0, i).filter((o) => o.method === w.method && o.path.startsWith(w.path)).length }));
    }

    /**
     * Each write failed once in each way: the update stops (or, for a refresh OVH's provider makes after its
     * own write, which it only logs as a warning, goes on), and the next adopt + up finish it.
     */
    async function sweep(prepare: () => Promise<void>, kinds: (typeof KINDS)[keyof typeof KINDS][], spec: Spec = {}): Promise<string[]> {
      const plan = await cleanWrites(prepare);
      const tried: string[] = [];
      for (const write of plan) {
        for (const kind of kinds) {
          const when = `${kind.label} on ${write.method} ${write.path} (#${write.skip + 1})`;
          await prepare();
          server.fail({ status: kind.status, method: write.method, pathPrefix: write.path, skip: write.skip, afterApplying: kind.afterApplying });
          let stopped = false;
          let warned = false;
          for (let round = 1; round <= 2 && !stopped; round++) {
            expect((await adopt()).code, when).toBe(0);
            const result = await up({ allow });
            stopped = result.error !== null;
            warned ||= result.providerWarnings.length > 0;
          }
          expect(stopped || (warned && write.path.endsWith("/refresh")), when).toBe(true);
          const finished = await applyUntilDone({ allow });
          expect(finished.rounds, when).toBeLessThanOrEqual(2);
          expectNoDuplicateEver();
          // The records are the file's, and the name servers serve them.
          expectZoneIsFile(spec);
          tried.push(when);
          await server.close();
          rmSync(root, { recursive: true, force: true });
        }
      }
      return tried;
    }

    it("one SPF change: a failed, lost or unanswered write at each step, then adopt + up publish the file", { timeout: 180_000 }, async () => {
      const tried = await sweep(found(spfOnly), [KINDS.refused, KINDS.lost, KINDS.dropped]);
      // The create whose answer is lost was once adopted by the next run with nothing left to refresh the
      // zone: the name servers kept serving the old SPF record while the run reported success.
      expect(tried).toEqual([
        `500 on DELETE /domain/zone/${ZONE}/record/105 (#1)`,
        `applied, then 500 on DELETE /domain/zone/${ZONE}/record/105 (#1)`,
        `applied, then no answer on DELETE /domain/zone/${ZONE}/record/105 (#1)`,
        `500 on POST /domain/zone/${ZONE}/record (#1)`,
        `applied, then 500 on POST /domain/zone/${ZONE}/record (#1)`,
        `applied, then no answer on POST /domain/zone/${ZONE}/record (#1)`,
        `500 on POST /domain/zone/${ZONE}/refresh (#1)`,
        `applied, then 500 on POST /domain/zone/${ZONE}/refresh (#1)`,
        `applied, then no answer on POST /domain/zone/${ZONE}/refresh (#1)`,
        // The refresh that ends every update.
        `500 on POST /domain/zone/${ZONE}/refresh (#2)`,
        `applied, then 500 on POST /domain/zone/${ZONE}/refresh (#2)`,
        `applied, then no answer on POST /domain/zone/${ZONE}/refresh (#2)`,
      ]);
    });

    it("several changes: a failed or unanswered write at each step, then adopt + up finish them", { timeout: 180_000 }, async () => {
      const tried = await sweep(found(start), [KINDS.refused, KINDS.dropped]);
      // Two deletions first, the two TXT records that replace them and one refresh, the old MX host's
      // delete and its refresh: seven writes, each failed both ways.
      expect(tried.length).toBeGreaterThanOrEqual(14);
    });

    it("in-place edits of a managed zone: a failed, lost or unanswered write at each step, then adopt + up finish them", { timeout: 180_000 }, async () => {
      const tried = await sweep(edited, [KINDS.refused, KINDS.lost, KINDS.dropped], EDITED);
      const kinds = (write: string) => [`500 on ${write}`, `applied, then 500 on ${write}`, `applied, then no answer on ${write}`];
      expect(tried).toEqual([
        ...kinds(`PUT /domain/zone/${ZONE}/record/108 (#1)`),
        ...kinds(`POST /domain/zone/${ZONE}/refresh (#1)`),
        ...kinds(`PUT /domain/zone/${ZONE}/record/105 (#1)`),
        ...kinds(`POST /domain/zone/${ZONE}/refresh (#2)`),
        ...kinds(`POST /domain/zone/${ZONE}/refresh (#3)`),
      ]);
      expect(tried.filter((t) => t.includes("PUT"))).toHaveLength(6);
    });

    it("a failed write, then rollback --yes: the zone is as it was before the update", async () => {
      await setUp(start());
      writeDomain();
      const before = content(server.zones.get(ZONE)!);
      expect((await adopt()).code).toBe(0);
      // The create of the TXT that replaces the SPF pseudo-type, after the pseudo-types were deleted.
      server.fail({ status: 500, method: "POST", pathPrefix: `/domain/zone/${ZONE}/record`, afterApplying: true });
      const stopped = await up({ allow });
      expect(stopped.error?.message).toContain(`POST /domain/zone/${ZONE}/record failed with 500`);
      const sink = { out: "", err: "" };
      const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: credentials(), isTTY: false };
      const code = await createRollbackCommand({ apiOptions: { maxRetries: 0 } }).run(["--stack", "prod", "--endpoint", server.baseUrl, "--yes"], io);
      expect(sink.err).toBe("");
      expect(code).toBe(0);
      expect(sink.out).toContain("the zone is the saved export again");
      expect(content(server.zones.get(ZONE)!)).toEqual(before);
      expect(content(server.published.get(ZONE)!)).toEqual(before);
    });
  });
});


describe("live records as real zones hold them", () => {
  /** The number of `kind` records at `owner` in every state the API went through and every version published since the zone was found. */
  function countsEver(owner: string, kind: "spf" | "dmarc"): string[] {
    const published = (server.history.get(ZONE) ?? []).slice(1);
    const states = [...server.snapshots.map((s) => ({ when: s.change, records: s.records })), ...published.map((v) => ({ when: `published ${v.creationDate}`, records: v.records }))];
    return states.map(({ when, records }) => `${policyCounts(records).get(`${owner}/${kind}`) ?? 0} after ${when}`);
  }

  /** The v=spf1 records the apex serves in one state: the zone as OVH exports it, read as a zone file (RFC 1035 §5.1). */
  function servedSpf(records: readonly FakeRecord[]): string[] {
    const parsed = parseZoneFile(renderExport(ZONE, records), { origin: ZONE });
    return parsed.records.filter((r) => r.name === ZONE && r.type === "TXT" && looksLikeSpf(r.value)).map((r) => r.value);
  }

  // As real zones hold an SPF record, or something that only looks like one (RFC 7208 §4.5: "v=spf1"
  // followed by a space or the end, in any case). Each must end as the file's one SPF record, with exactly
  // one SPF record served after every write and in every published version, and a look-alike untouched.
  const SPF_FORMS: { form: string; target: string; ttl?: number; rounds: number; kept: boolean }[] = [
    { form: "upper case", target: '"V=SPF1 include:mx.ovh.com -all"', rounds: 2, kept: true },
    { form: "two strings", target: '"v=spf1 " "include:mx.ovh.com -all"', rounds: 2, kept: true },
    { form: "two strings with no space between them", target: '"v=spf1 ""include:mx.ovh.com -all"', rounds: 2, kept: true },
    { form: "trailing spaces", target: '"v=spf1 include:mx.ovh.com -all  "', rounds: 2, kept: true },
    { form: "another TTL", target: '"v=spf1 include:mx.ovh.com -all"', ttl: 600, rounds: 2, kept: true },
    { form: "a v=spf10 look-alike", target: '"v=spf10 include:mx.ovh.com -all"', rounds: 1, kept: false },
    { form: "a v=spf1x look-alike", target: '"v=spf1x include:mx.ovh.com -all"', rounds: 1, kept: false },
    { form: "a leading space (not SPF: the record must begin with v=spf1)", target: '" v=spf1 include:mx.ovh.com -all"', rounds: 1, kept: false },
  ];
  for (const { form, target, ttl, rounds: expected, kept } of SPF_FORMS) {
    it(`an apex SPF written with ${form}: one SPF record served at every step`, async () => {
      await setUp(zoneOf().map((r) => (r.id === 105 ? { ...r, target, ttl: ttl ?? r.ttl } : r)));
      writeDomain();
      const { rounds } = await applyUntilDone();
      expect(rounds).toBe(expected);
      const published = server.history.get(ZONE)!.slice(1).map((v) => ({ when: `published ${v.creationDate}`, records: v.records }));
      const states = [...server.snapshots.map((s) => ({ when: s.change, records: s.records })), ...published];
      expect(states.length).toBeGreaterThan(0);
      for (const { when, records } of states) expect(servedSpf(records), `after ${when}`).toHaveLength(1);
      expect(servedSpf(server.published.get(ZONE)!)).toEqual(["v=spf1 include:mx.ovh.com -all"]);
      // The record itself was edited in place, or (not being SPF) left exactly as it was.
      const record = server.zones.get(ZONE)!.find((r) => r.id === 105);
      expect(record?.target).toBe(kept ? '"v=spf1 include:mx.ovh.com -all"' : target);
      expectZoneIsFile({});
    });
  }

  it("OVH's DMARC pseudo-type beside a _dmarc TXT that is not DMARC: the TXT DMARC record is created in the same update, never a version without one", async () => {
    // The pseudo-type goes first; keeping the other text (imported as it is, no write) left nothing to
    // publish a DMARC record in its place until a second adopt + up, and the program's refresh published the gap.
    const live = [
      ...zoneOf().map((r) => (r.id === 108 ? { ...r, fieldType: "DMARC", target: "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com" } : r)),
      { id: 50, subDomain: "_dmarc", fieldType: "TXT", target: '"some-verification=xyz"', ttl: 3600 },
    ];
    await setUp(live);
    writeDomain();
    await applyUntilDone();
    // OVH publishes on a refresh: what the name servers served, version by version, always had one.
    const versions = countsEver("_dmarc", "dmarc").filter((s) => s.includes("after published"));
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(version).toMatch(/^1 after /);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("OVH's SPF and DMARC pseudo-types both replaced, and a new MX host: every published version has one SPF and one DMARC record", async () => {
    // Both go first; left to Pulumi, the refresh after its first create (the DMARC TXT, or the MX host)
    // published the zone with no SPF record at all until the SPF TXT was created.
    const live = zoneOf().map((r) =>
      r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 a -all"' } : r.id === 108 ? { ...r, fieldType: "DMARC", target: '"v=DMARC1; p=none"' } : r,
    ).filter((r) => r.id !== 104);
    await setUp(live);
    writeDomain();
    const { rounds, ups } = await applyUntilDone({ allow: ["large-change"] });
    expect(rounds).toBe(1);
    for (const [owner, kind] of [["", "spf"], ["_dmarc", "dmarc"]] as const) {
      const versions = countsEver(owner, kind).filter((s) => s.includes("after published"));
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) expect(version, `${kind}`).toMatch(/^1 after /);
    }
    // Created by the program, then imported; the rest as before.
    expect(opsOf(ups[0]!.steps).filter((op) => !op.startsWith("import ") || /(spf|dmarc|mx4\.mail\.ovh\.net\.)$/.test(op)).sort()).toEqual(
      [`import ${ZONE}/@/mx/mx4.mail.ovh.net.`, `import ${ZONE}/@/spf`, `import ${ZONE}/_dmarc/dmarc`].sort(),
    );
    const changes = server.snapshots.map((s) => s.change);
    expect(changes.slice(0, 6)).toEqual(["DELETE record 108", "DELETE record 105", expect.stringMatching(/^POST record/), expect.stringMatching(/^POST record/), expect.stringMatching(/^POST record/), "refresh"]);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("a _dmarc TXT that is not DMARC, listed before the DMARC record: the DMARC record is kept, never a moment without one", async () => {
    // OVH lists ids in ascending order; the stray text comes first. It was adopted into the DMARC slot
    // and the DMARC record deleted first as a "surplus": the published zone had no DMARC policy at all
    // until a second adopt + up (RFC 7489 §6.6.3: no record, no policy).
    const live = [...zoneOf({ dmarc: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" }), { id: 50, subDomain: "_dmarc", fieldType: "TXT", target: '"some-verification=xyz"', ttl: 3600 }];
    await setUp(live);
    writeDomain();
    const adopted = await adopt();
    expect(adopted.out).toContain(`  adopt   TXT _dmarc "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" (id 108, ttl 3600) as ${ZONE}/_dmarc/dmarc; the next update writes`);
    expect(adopted.out).toContain(`  adopt   TXT _dmarc "some-verification=xyz" (id 50) as ${ZONE}/_dmarc/dmarc/id-50, to be deleted at the end of the next update`);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(2);
    const states = countsEver("_dmarc", "dmarc");
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) expect(state).toMatch(/^1 after /);
    expect(server.zones.get(ZONE)!.some((r) => r.id === 108)).toBe(true);
    expectZoneIsFile({});
  });
});

describe("a live DMARC record with blanks around its v= (RFC 7489 §6.4: v *WSP \"=\" *WSP DMARC1)", () => {
  // Receivers keep `v = DMARC1; p=…` in policy discovery as they keep `v=DMARC1; p=…` (isDmarcRecord).
  // The apply took it for another text at _dmarc: it created the file's DMARC record beside it, and the
  // zone was published with two DMARC records (no policy at all, RFC 7489 §6.6.3) until the end of the update.
  const served = (records: readonly FakeRecord[]) => records.filter((r) => r.subDomain.toLowerCase() === "_dmarc" && TXT_FAMILY.has(r.fieldType) && isDmarcRecord(unquoteTxt(r.target)));

  it("is the zone's DMARC record: edited in place, one DMARC record at _dmarc after every write and in every published version", async () => {
    await setUp(zoneOf().map((r) => (r.id === 108 ? { ...r, target: '"v = DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"' } : r)));
    writeDomain();
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`  adopt   TXT _dmarc "v = DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com" (id 108, ttl 3600) as ${ZONE}/_dmarc/dmarc; the next update writes`);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(2);
    const published = server.history.get(ZONE)!.slice(1).map((v) => ({ when: `published ${v.creationDate}`, records: v.records }));
    const states = [...server.snapshots.map((s) => ({ when: s.change, records: s.records })), ...published];
    expect(states.length).toBeGreaterThan(0);
    for (const { when, records } of states) expect(served(records).map((r) => r.id), `after ${when}`).toEqual([108]);
    expect(server.zones.get(ZONE)!.find((r) => r.id === 108)?.target).toBe('"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"');
    expectZoneIsFile({});
  });

  it("its policy is the one the loosen-dmarc gate compares with: p=reject written so, then p=quarantine in the file, is refused", async () => {
    await setUp(zoneOf().map((r) => (r.id === 108 ? { ...r, target: '"v = DMARC1; p=reject; rua=mailto:dmarc-reports@example.com"' } : r)));
    writeDomain();
    const adopted = await adopt();
    expect(adopted.err).toBe("");
    expect(adopted.out).toContain(`  gate    loosen-dmarc: ${ZONE}: this update loosens DMARC: it lowers p=reject to p=quarantine (pulumi up refuses this unless maildns:allow lists it)`);
    const refusedUp = await up();
    expect(refusedUp.error?.message).toContain(`  ${ZONE}: this update loosens DMARC: it lowers p=reject to p=quarantine [loosen-dmarc]`);
    expect(writes()).toEqual([]);
  });
});

describe("deletions", () => {
  /** The stack manages example.com and other.example; then example.com's domain file is removed. */
  async function twoZonesThenDrop(): Promise<void> {
    await managedZone();
    server.zones.set("other.example", []);
    writeFileSync(join(root, "stacks", "prod", "other.example.yaml"), domainYaml().replace(`domain: ${ZONE}`, "domain: other.example"));
    expect((await applyUntilDone()).rounds).toBe(1);
    rmSync(join(root, "stacks", "prod", `${ZONE}.yaml`));
    server.snapshots.length = 0;
    server.requests.length = 0;
  }
  const DROPPED_ZONE_GATES = ["delete-all-mx", "large-change", "loosen-dmarc", "loosen-spf", "remove-dkim-selector", "remove-spf-include"];

  it("a domain file removed from the stack: adopt lists the deletions and the gates; pulumi up refuses until they are allowed", async () => {
    await twoZonesThenDrop();
    const adopted = await adopt();
    expect(adopted.err).toBe("");
    expect(adopted.code).toBe(0);
    // Pulumi deletes every resource the program no longer declares: once silently, the whole zone's mail.
    expect(adopted.out).toContain(`${ZONE}: no domain file declares this zone any more; pulumi up deletes the 9 records the stack holds in it`);
    expect(adopted.out).toContain(`  delete  TXT _dmarc "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com" (id 108) at the end of this update`);
    expect(adopted.out).toContain(`  gate    delete-all-mx: ${ZONE}: `);
    const refused = await up();
    expect(refused.error).toBeInstanceOf(pulumi.RunError);
    for (const id of DROPPED_ZONE_GATES) expect(refused.error!.message).toContain(`[${id}]`);
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)!.length).toBe(zoneOf().length);
    // Allowed: the stack's records go, last; nothing else in the zone is touched, and a rollback export is saved.
    const allowed = await up({ allow: DROPPED_ZONE_GATES });
    expect(allowed.error).toBeNull();
    expect(opsOf(allowed.steps).every((op) => op.startsWith(`delete ${ZONE}/`))).toBe(true);
    expect(opsOf(allowed.steps)).toHaveLength(9);
    expect(server.zones.get(ZONE)!.map((r) => r.id).sort()).toEqual([900, 901]);
    expect(server.published.get(ZONE)!.map((r) => r.id).sort()).toEqual([900, 901]);
    expect(server.zones.get("other.example")!.length).toBe(9);
    expectNoDuplicateEver();
  });

  it("an SRV and a CNAME entry removed from the file: adopt and the program say they go, and only they go, last", async () => {
    const clientSettings = "srv:\n  - { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }\ncname:\n  - { name: autoconfig, target: mailconfig.ovh.net. }\n";
    await setUp([...zoneOf(), { id: 70, subDomain: "autoconfig", fieldType: "CNAME", target: "mailconfig.ovh.net.", ttl: 3600 }, { id: 71, subDomain: "_imaps._tcp", fieldType: "SRV", target: "0 1 993 ssl0.ovh.net.", ttl: 3600 }]);
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml() + clientSettings);
    expect((await applyUntilDone()).rounds).toBe(1);
    writeDomain();
    server.snapshots.length = 0;
    const adopted = await adopt();
    // Their owners are no longer listed, so adopt once said "0 to delete" while pulumi up deleted both.
    expect(adopted.out).toContain(`${ZONE}: 9 kept, 0 adopted, 0 to update in place, 0 to create, 2 to delete\n`);
    expect(adopted.out).toContain(`  delete  ${ZONE}/_imaps._tcp/srv/ssl0.ovh.net. (id 71) at the end of this update: the files no longer declare it\n`);
    expect(adopted.out).toContain(`  delete  ${ZONE}/autoconfig/cname (id 70) at the end of this update: the files no longer declare it\n`);
    const result = await up();
    expect(result.error).toBeNull();
    expect(opsOf(result.steps).sort()).toEqual([`delete ${ZONE}/_imaps._tcp/srv/ssl0.ovh.net.`, `delete ${ZONE}/autoconfig/cname`]);
    // Each delete refreshed by the provider, and the refresh that ends every update (whenever the engine runs it).
    const changes = server.snapshots.map((s) => s.change);
    expect(changes.filter((c) => c !== "refresh")).toEqual(["DELETE record 70", "DELETE record 71"]);
    expect(changes.filter((c) => c === "refresh")).toHaveLength(3);
    expect(changes.at(-1)).toBe("refresh");
    expectZoneIsFile({});
  });

  it("a domain file removed after the last adopt: pulumi up refuses rather than delete unjudged", async () => {
    await twoZonesThenDrop();
    // The adoption file still describes both zones' files: the program sees example.com's records held
    // by the stack, no file for them, and judges the zone as dropped; read while a file declared the zone,
    // the list of what the stack holds there may be short, so adopt is asked for too.
    const refused = await up();
    expect(refused.error).toBeInstanceOf(pulumi.RunError);
    expect(refused.error!.message).toContain("[delete-all-mx]");
    expect(refused.error!.message).toContain(`${ZONE}: no domain file declares this zone any more, but one did when stacks/prod/maildns-adoption.json was read`);
    // An adoption file without the zone's live records: nothing to judge the deletion by, so it is refused.
    const path = join(root, "stacks", "prod", "maildns-adoption.json");
    const file = JSON.parse(readFileSync(path, "utf8")) as { zones: Record<string, unknown> };
    delete file.zones[ZONE];
    writeFileSync(path, JSON.stringify(file));
    const unjudged = await up();
    expect(unjudged.error!.message).toContain(
      `${ZONE}: the stack holds 9 records in this zone that no domain file declares, and this update would delete them unjudged: stacks/prod/maildns-adoption.json has no live records for it; run \`maildns adopt --stack prod\` first [skip-adopt]`,
    );
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)!.length).toBe(zoneOf().length);
  });
});

describe("an adoption file older than the last update", () => {
  const DROPPED_ZONE_GATES = ["delete-all-mx", "large-change", "loosen-dmarc", "loosen-spf", "remove-dkim-selector", "remove-spf-include"];

  /**
   * `maildns plan stacks/prod` as the pull request's check runs it, over the committed adoption file and what
   * the zone serves now (OVH's export as a zone file, so no DNS is asked): its exit code and its gates.
   */
  async function planStack(allow: readonly string[] = []): Promise<{ code: number; out: string; refused: string[] }> {
    writeFileSync(join(root, "export.zone"), renderExport(ZONE, server.zones.get(ZONE)!));
    const text = { out: "", err: "" };
    const json = { out: "", err: "" };
    const io = (sink: { out: string; err: string }): CliIO => ({ stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: {}, isTTY: false });
    const args = ["stacks/prod", "--zone", "export.zone", "--origin", ZONE, "--today", TODAY, ...(allow.length > 0 ? ["--allow", allow.join(",")] : [])];
    const code = await planCommand.run(args, io(text));
    expect(await planCommand.run([...args, "-f", "json"], io(json))).toBe(code);
    const gates = (JSON.parse(json.out) as { gates: { id: string; tripped: boolean; allowed: boolean; reason: string }[] }).gates;
    return { code, out: text.out, refused: gates.filter((g) => g.tripped && !g.allowed).map((g) => `${g.reason} [${g.id}]`) };
  }

  it("records created in a new zone after the last adopt, then that zone's file removed: pulumi up refuses (skip-adopt) rather than delete them unjudged; adopt, then the gates judge it", async () => {
    await managedZone();
    // A new zone, empty at OVH: adopt reads it (nothing there), and the update creates its records.
    server.zones.set("other.example", []);
    writeFileSync(join(root, "stacks", "prod", "other.example.yaml"), domainYaml().replace(`domain: ${ZONE}`, "domain: other.example"));
    expect((await applyUntilDone()).rounds).toBe(1);
    const created = server.zones.get("other.example")!.map((r) => r.id).sort();
    expect(created).toHaveLength(9);
    // The adoption file is the one adopt wrote before that update: other.example read, no record of the stack in it.
    const adoption = JSON.parse(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8")) as { readAt: string; zones: Record<string, { live: unknown[] }>; stack: { name: string }[] };
    expect(adoption.zones["other.example"]).toEqual({ live: [], declared: true });
    expect(adoption.stack.filter((r) => r.name.startsWith("other.example/"))).toEqual([]);
    rmSync(join(root, "stacks", "prod", "other.example.yaml"));
    server.snapshots.length = 0;
    server.requests.length = 0;
    // Without adopt again: Pulumi deleted the nine records the update had created, every MX, SPF, DKIM and
    // DMARC record of the zone, no gate judging it (the program knew of no record of the stack there).
    const refused = await up();
    expect(refused.error).toBeInstanceOf(pulumi.RunError);
    expect(refused.error!.message).toContain(
      `other.example: no domain file declares this zone any more, and stacks/prod/maildns-adoption.json (read ${adoption.readAt}) lists no record of the stack in it: an update since that read may have created records there, which this update would delete unjudged (the stack's state is not read here); run \`maildns adopt --stack prod\` first [skip-adopt]`,
    );
    expect(opsOf(refused.steps)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(server.zones.get("other.example")!.map((r) => r.id).sort()).toEqual(created);
    expect(server.published.get("other.example")!.map((r) => r.id).sort()).toEqual(created);
    // The pull request's plan over the same adoption file says the same refusal, in the same words, and fails.
    const planned = await planStack();
    expect(planned.refused).toEqual([refused.error!.message.split("\n").find((l) => l.includes("[skip-adopt]"))!.trim()]);
    expect(planned.out).toContain(`other.example\n  ! gate refused skip-adopt: other.example: no domain file declares this zone any more, and stacks/prod/maildns-adoption.json (read ${adoption.readAt}) lists no record`);
    expect(planned.code).toBe(1);
    // adopt reads the stack's state: the zone is a dropped one, the deletion meets the gates.
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain("other.example: no domain file declares this zone any more; pulumi up deletes the 9 records the stack holds in it\n");
    const judged = await up();
    expect(judged.error!.message).toContain("[delete-all-mx]");
    expect(judged.error!.message).not.toContain("[skip-adopt]");
    expect((await planStack()).refused.filter((r) => r.endsWith("[skip-adopt]"))).toEqual([]);
    expect(writes()).toEqual([]);
    expect(server.zones.get("other.example")!.map((r) => r.id).sort()).toEqual(created);
    expect(server.zones.get(ZONE)).toHaveLength(zoneOf().length);
  });

  it("a record created after the last adopt in a zone the stack already held records in (an SRV entry), then its file removed: refused (skip-adopt), never a deletion of records the gates never saw", async () => {
    await managedZone();
    // An IMAP SRV entry for mail clients: the update creates it; the adoption file, read before, lists the
    // nine others. With no file for the zone, the read before the first write asks only the owners of what
    // the adoption file lists, so it does not see the SRV record either.
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), domainYaml() + "srv:\n  - { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }\n");
    expect((await applyUntilDone()).rounds).toBe(1);
    const all = server.zones.get(ZONE)!.map((r) => r.id).sort();
    expect(server.zones.get(ZONE)!.filter((r) => r.subDomain === "_imaps._tcp")).toHaveLength(1);
    const adoption = JSON.parse(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8")) as { readAt: string; zones: Record<string, { declared?: boolean }>; stack: { name: string }[] };
    expect(adoption.zones[ZONE]!.declared).toBe(true);
    expect(adoption.stack.filter((r) => r.name.startsWith(`${ZONE}/`))).toHaveLength(9);
    rmSync(join(root, "stacks", "prod", `${ZONE}.yaml`));
    server.snapshots.length = 0;
    server.requests.length = 0;
    // Every gate the nine listed records trip, allowed: the tenth record, which no gate saw, went with them.
    const refused = await up({ allow: DROPPED_ZONE_GATES });
    expect(refused.error?.message).toContain(
      `${ZONE}: no domain file declares this zone any more, but one did when stacks/prod/maildns-adoption.json was read (${adoption.readAt}): an update since that read may have created records there that it does not list, which this update would delete unjudged (the stack's state is not read here); run \`maildns adopt --stack prod\` first [skip-adopt]`,
    );
    expect(opsOf(refused.steps)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)!.map((r) => r.id).sort()).toEqual(all);
    // The pull request's plan, with the same gates allowed: the same refusal, the same words, a failed plan.
    const planned = await planStack(DROPPED_ZONE_GATES);
    expect(planned.refused).toEqual([
      `${ZONE}: no domain file declares this zone any more, but one did when stacks/prod/maildns-adoption.json was read (${adoption.readAt}): an update since that read may have created records there that it does not list, which this update would delete unjudged (the stack's state is not read here); run \`maildns adopt --stack prod\` first [skip-adopt]`,
    ]);
    expect(planned.code).toBe(1);
    // adopt reads the stack's state: ten records held, the zone a dropped one (not marked declared), judged whole.
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`${ZONE}: no domain file declares this zone any more; pulumi up deletes the 10 records the stack holds in it\n`);
    // Adopted again, the plan passes with those gates allowed, as the update does.
    expect((await planStack(DROPPED_ZONE_GATES)).code).toBe(0);
    const judged = await up({ allow: DROPPED_ZONE_GATES });
    expect(judged.error).toBeNull();
    expect(opsOf(judged.steps)).toHaveLength(10);
    expect(server.zones.get(ZONE)!.map((r) => r.id).sort()).toEqual([900, 901]);
    expect(server.published.get(ZONE)!.map((r) => r.id).sort()).toEqual([900, 901]);
  });

  it("a zone adopt read whose file is removed before any update: refused the same way, and one adopt settles it (nothing of the stack there)", async () => {
    await managedZone();
    server.zones.set("other.example", []);
    writeFileSync(join(root, "stacks", "prod", "other.example.yaml"), domainYaml().replace(`domain: ${ZONE}`, "domain: other.example"));
    expect((await adopt()).code).toBe(0);
    rmSync(join(root, "stacks", "prod", "other.example.yaml"));
    const refused = await up();
    expect(refused.error!.message).toContain("other.example: no domain file declares this zone any more, and stacks/prod/maildns-adoption.json");
    expect(writes()).toEqual([]);
    // adopt no longer records a zone no file declares and the stack holds nothing in: the update goes on.
    expect((await adopt()).code).toBe(0);
    const result = await up();
    expect(result.error).toBeNull();
    expect(opsOf(result.steps)).toEqual([]);
    expect(server.zones.get("other.example")).toEqual([]);
  });
});

describe("an adoption file whose stack names a zone after one of Object's own members", () => {
  it("__proto__ or constructor as a zone: pulumi up refuses it by skip-adopt, naming the file, never with a TypeError; nothing written", async () => {
    await managedZone();
    const path = join(root, "stacks", "prod", "maildns-adoption.json");
    const file = JSON.parse(readFileSync(path, "utf8")) as { stack: { name: string; type: string; id: string; importId: null }[] };
    // `zones.constructor` was Object's constructor, `zones.__proto__` Object.prototype: each taken for the
    // zone's record, with no live list to iterate.
    for (const zone of ["__proto__", "constructor"]) {
      const edited = { ...file, stack: [...file.stack, { name: `${zone}/@/spf`, type: RECORD_TYPE, id: "902", importId: null }] };
      writeFileSync(path, JSON.stringify(edited));
      const refused = await up();
      expect(refused.error).toBeInstanceOf(pulumi.RunError);
      expect(refused.error!.message).toContain(
        `${zone}: the stack holds 1 record in this zone that no domain file declares, and this update would delete it unjudged: stacks/prod/maildns-adoption.json has no live records for it; run \`maildns adopt --stack prod\` first [skip-adopt]`,
      );
      expect(writes()).toEqual([]);
    }
  });
});

describe("a stack without its adoption file (a clone of a repository that does not commit it)", () => {
  it("the stack's only domain file removed: pulumi up refuses (skip-adopt) rather than delete every record unjudged; adopt, then the gates judge it", async () => {
    await managedZone();
    rmSync(join(root, "stacks", "prod", "maildns-adoption.json"));
    rmSync(join(root, "stacks", "prod", `${ZONE}.yaml`));
    // With no file to read and no adoption file, nothing was judged: Pulumi deleted the zone's nine MX, SPF,
    // DKIM and DMARC records at the end of the update, one refresh after each, with no export saved.
    const refused = await up();
    expect(refused.error).toBeInstanceOf(pulumi.RunError);
    expect(refused.error!.message).toContain(
      "stacks/prod/maildns-adoption.json does not exist, so which records the stack holds is not known: this update would delete, unjudged, every record it holds in a zone no domain file of stacks/prod/ declares (a file removed, or its `domain:` changed); run `maildns adopt --stack prod` first [skip-adopt]",
    );
    expect(opsOf(refused.steps)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)).toEqual(zoneOf());
    // adopt reads the stack's state: the zone is a dropped one, and the deletion meets the gates.
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`${ZONE}: no domain file declares this zone any more; pulumi up deletes the 9 records the stack holds in it\n`);
    const judged = await up();
    expect(judged.error!.message).toContain("[delete-all-mx]");
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)).toEqual(zoneOf());
  });
});

describe("a CNAME at a name the files write another record at", () => {
  it("TLS-RPT delegated with a CNAME at _smtp._tls, the file now writing its own TXT: the CNAME goes first, never beside the TXT", async () => {
    await setUp([...zoneOf(), { id: 80, subDomain: "_smtp._tls", fieldType: "CNAME", target: "_smtp._tls.reports.example.net.", ttl: 3600 }]);
    const tlsRpt = "v=TLSRPTv1; rua=mailto:tlsrpt@example.com";
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), `${domainYaml()}tlsRpt: "${tlsRpt}"\n`);
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    // Only TXT records were listed at _smtp._tls: the CNAME went unseen, and the TXT was created beside it.
    expect(adopted.out).toContain(`  delete  CNAME _smtp._tls _smtp._tls.reports.example.net. (id 80) first: a CNAME tolerates no other record at its name, so it goes before anything is written`);
    const result = await up();
    expect(result.error).toBeNull();
    const states = [...server.snapshots.map((s) => ({ when: s.change, records: s.records })), ...server.history.get(ZONE)!.map((v) => ({ when: `published ${v.creationDate}`, records: v.records }))];
    for (const { when, records } of states) {
      const types = records.filter((r) => r.subDomain === "_smtp._tls").map((r) => r.fieldType);
      if (types.includes("CNAME")) expect(types, `after ${when}`).toEqual(["CNAME"]);
    }
    expect(server.published.get(ZONE)!.filter((r) => r.subDomain === "_smtp._tls").map((r) => `${r.fieldType} ${r.target}`)).toEqual([`TXT "${tlsRpt}"`]);
  });
});

describe("a record the stack holds that OVH no longer lists", () => {
  it("deleted by hand: adopt records it gone, and the update writes the SPF record again and adopts it, no pulumi refresh by hand", async () => {
    await managedZone();
    const records = server.zones.get(ZONE)!;
    records.splice(records.findIndex((r) => r.id === 105), 1);
    const adopted = await adopt();
    expect(adopted.err).toBe("");
    expect(adopted.out).toContain(`  create  TXT @ "v=spf1 include:mx.ovh.com -all" (ttl 3600) as ${ZONE}/@/spf: the stack's record 105 is gone at OVH (deleted by hand, or by an update stopped before writing what replaces it), so maildns writes this one and Pulumi adopts it in its place`);
    const file = JSON.parse(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8")) as { zones: Record<string, { gone?: string[] }> };
    expect(file.zones[ZONE]!.gone).toEqual(["105"]);
    const result = await up();
    expect(result.error).toBeNull();
    expect(opsOf(result.steps)).toEqual([`import-replacement ${ZONE}/@/spf`, `delete ${ZONE}/@/spf`]);
    expectNoDuplicateEver();
    expectZoneIsFile({});
    expect((await applyUntilDone()).rounds).toBe(1);
  });

  it("moved to another name (it still exists): still a disagreement to settle, named, nothing written", async () => {
    await managedZone();
    server.zones.get(ZONE)!.find((r) => r.id === 105)!.subDomain = "old";
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.err).toContain(`${ZONE}: the stack holds ${ZONE}/@/spf for record 105, which OVH no longer has at any name the files manage (moved to another name, or deleted); run \`pulumi refresh\` for the stack, then maildns adopt again`);
    expect(writes()).toEqual([]);
  });
});

describe("a zone another stack of the repository declares too", () => {
  it("adopt and pulumi up refuse it, naming both stacks' files, before anything is read or written at OVH", async () => {
    // stacks/staging applies the same zone: each stack's adopt took the other's records for its own, and
    // each update wrote its own values over the other's.
    await setUp(zoneOf());
    writeDomain();
    writeFileSync(join(root, "stacks", "Pulumi.staging.yaml"), "config:\n  maildns:policy: ovh\n");
    mkdirSync(join(root, "stacks", "staging"));
    writeFileSync(join(root, "stacks", "staging", "mail.yaml"), domainYaml({ dmarc: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" }));
    const message = `stacks/prod/${ZONE}.yaml: ${ZONE} is also declared by stacks/staging/mail.yaml, a domain file of stack staging: two stacks applying one zone each adopt, overwrite and delete the other's records; keep the zone in one stack [lint-duplicate-domain]`;
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.err).toBe(`maildns adopt: ${message}\nmaildns adopt: stacks/prod/maildns-adoption.json not written; nothing was read at OVH.\n`);
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    expect(server.requests.filter((r) => r.url.startsWith("/1.0/domain/"))).toEqual([]);
    // An adoption file from before the other stack declared the zone: the update refuses all the same.
    rmSync(join(root, "stacks", "staging", "mail.yaml"));
    expect((await adopt()).code).toBe(0);
    writeFileSync(join(root, "stacks", "staging", "mail.yaml"), domainYaml());
    server.requests.length = 0;
    const result = await up();
    expect(result.error?.message).toBe(`maildns: ${message}`);
    expect(writes()).toEqual([]);
    expect(server.snapshots).toEqual([]);
  });
});

describe("a zone another stack declares, in a file whose name holds a bidi control", () => {
  it("adopt and pulumi up name the file with the character as U+XXXX, never raw (CVE-2021-42574)", async () => {
    await setUp(zoneOf());
    writeDomain();
    writeFileSync(join(root, "stacks", "Pulumi.staging.yaml"), "config:\n  maildns:policy: ovh\n");
    mkdirSync(join(root, "stacks", "staging"));
    writeFileSync(join(root, "stacks", "staging", "m\u202eail.yaml"), domainYaml());
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.err).toContain(`maildns adopt: stacks/prod/${ZONE}.yaml: ${ZONE} is also declared by stacks/staging/mU+202Eail.yaml, a domain file of stack staging:`);
    expect(adopted.err).not.toMatch(/\p{Cf}/u);
    // An unreadable one is named so too.
    rmSync(join(root, "stacks", "staging", "m\u202eail.yaml"));
    writeFileSync(join(root, "stacks", "staging", "b\u202eroken.yaml"), "domain: [x\n");
    expect((await adopt()).err).toContain("not checked: stacks/staging/bU+202Eroken.yaml of stack staging");
  });
});

describe("a file of another stack that cannot be read as a domain file", () => {
  it("adopt and pulumi up say that whether it declares one of the stack's zones is not known, and go on", async () => {
    await setUp(zoneOf());
    writeDomain();
    writeFileSync(join(root, "stacks", "Pulumi.staging.yaml"), "config:\n  maildns:policy: ovh\n");
    mkdirSync(join(root, "stacks", "staging"));
    writeFileSync(join(root, "stacks", "staging", "broken.yaml"), "domain: [example.com\n");
    const note = "not checked: stacks/staging/broken.yaml of stack staging could not be read as domain files (see that stack's lint), so whether they declare a zone of this stack too is not known";
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.err).toContain(`maildns adopt: ${note}\n`);
    const result = await up();
    expect(result.error).toBeNull();
    expect(result.warn).toContain(`maildns: ${note}`);
  });
});

describe("a zone that changed between adopt and up", () => {
  it("another writer replaced the SPF record after adopt read it: the update is refused before any write, and adopt + up then converge", async () => {
    // adopt reads OVH's SPF pseudo-type (id 105), to be replaced by a TXT.
    await setUp(zoneOf().map((r) => (r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 a -all"' } : r)));
    writeDomain();
    expect((await adopt()).code).toBe(0);
    // Then another update (a second stack, a person in the Control Panel) replaces it with a TXT SPF.
    const records = server.zones.get(ZONE)!;
    records.splice(records.findIndex((r) => r.id === 105), 1);
    records.push({ id: 200, subDomain: "", fieldType: "TXT", target: '"v=spf1 a mx -all"', ttl: 3600 });
    server.snapshots.length = 0;
    // Acting on what adopt read, the update deleted 105 (gone already) and created the file's TXT beside 200.
    const stale = await up();
    expect(stale.error?.message).toMatch(/^maildns: a zone changed at OVH since maildns adopt read the records \(\d{4}-.*\); nothing was written:\n/);
    expect(stale.error?.message).toContain(`\n  ${ZONE}: record 105 (SPF @) is gone; record 200 (TXT @) is new\nrun \`maildns adopt --stack prod\` again, then \`pulumi up\``);
    expect(writes()).toEqual([]);
    const { rounds } = await applyUntilDone({ allow: ["remove-spf-include"] });
    expect(rounds).toBe(2);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });
});


describe("faults the program meets in its own calls", () => {
  /** OVH's SPF pseudo-type with another value: the program deletes it first, then the provider creates the TXT. */
  const pseudoSpf = () => zoneOf().map((r) => (r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 a -all"' } : r));

  it("429 with Retry-After on the delete that goes first, 503 on the export: waited as told, one update, one SPF record at every step", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 429, method: "DELETE", pathPrefix: `/domain/zone/${ZONE}/record/105`, headers: { "Retry-After": "2" } });
    server.fail({ status: 503, method: "GET", pathPrefix: `/domain/zone/${ZONE}/export`, headers: { "Retry-After": "3" } });
    const sleeps: number[] = [];
    const result = await up({}, { maxRetries: 3, sleep: async (ms) => void sleeps.push(ms) });
    expect(result.error).toBeNull();
    expect(sleeps).toEqual([3000, 2000]);
    expect(server.requests.filter((r) => r.status === 429 || r.status === 503).map((r) => `${r.status} ${r.method} ${r.url}`)).toEqual([
      `503 GET /1.0/domain/zone/${ZONE}/export`,
      `429 DELETE /1.0/domain/zone/${ZONE}/record/105`,
    ]);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("the program's create after its delete fails: the update names what it did, that nothing is served differently yet, and how to finish", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 0, method: "POST", pathPrefix: `/domain/zone/${ZONE}/record` });
    const stopped = await up();
    // It was OVH's sentence alone ("It may have been applied: check the zone before retrying."), as an
    // unhandled error, with no word of the SPF record deleted a moment before.
    expect(stopped.error).toBeInstanceOf(pulumi.RunError);
    expect(stopped.error!.message).toBe(
      `maildns: POST /domain/zone/${ZONE}/record failed: cannot reach 127.0.0.1:${new URL(server.baseUrl).port} (ECONNRESET); gave up after 1 attempts. Check the network and the endpoint. It may have been applied: check the zone before retrying.\n` +
        `${ZONE}: record 105 deleted at OVH before the update stopped; the zone was not refreshed, so its name servers serve it as it was. Run \`maildns adopt --stack prod\` and \`pulumi up\` again to finish: adopt reads what was written.`,
    );
    expect(server.published.get(ZONE)!.filter((r) => r.subDomain === "" && r.fieldType === "SPF")).toHaveLength(1);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("two zones, the second's first write refused after the first zone was written and refreshed: the update says what each zone holds now", async () => {
    // Zones are written one after the other before Pulumi's turn. The failure named the zone it stopped in
    // alone ("nothing changed at OVH before the update stopped"), while the zone before it had its SPF
    // record replaced and published: the report said nothing of what was applied.
    const OTHER = "example.org";
    await setUp(pseudoSpf());
    const other = pseudoSpf().map((r) => ({ ...r, id: r.id + 1000, target: r.target.replaceAll("example.com", OTHER) }));
    await server.close();
    server = await startOvhServer({ clockSkew: -30, zones: { [ZONE]: pseudoSpf(), [OTHER]: other } });
    writeDomain();
    writeFileSync(join(root, "stacks", "prod", `${OTHER}.yaml`), domainYaml().replaceAll("example.com", OTHER));
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 500, method: "DELETE", pathPrefix: `/domain/zone/${OTHER}/record/1105` });
    const stopped = await up();
    expect(stopped.error).toBeInstanceOf(pulumi.RunError);
    expect(stopped.error!.message.split("\n").slice(1)).toEqual([
      `${OTHER}: nothing changed at OVH before the update stopped; the zone was not refreshed, so its name servers serve it as it was.`,
      `${ZONE}: written before the update stopped: record 105 deleted and 1 record created at OVH, then the zone was refreshed, so its name servers serve them.`,
      "Run `maildns adopt --stack prod` and `pulumi up` again to finish: adopt reads what was written.",
    ]);
    // What the message says is what OVH serves.
    const servedSpf = (zone: string) => server.published.get(zone)!.filter((r) => r.subDomain === "").filter((r) => /v=spf1/i.test(r.target)).map((r) => r.fieldType);
    expect(servedSpf(ZONE)).toEqual(["TXT"]);
    expect(servedSpf(OTHER)).toEqual(["SPF"]);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expectNoDuplicateEver();
    expectZoneIsFile({});
    expect(servedSpf(OTHER)).toEqual(["TXT"]);
  });

  it("the export saved for rollback cannot be read: stopped before any write in the zone, saying so", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    // The first export is the zone read again before any write; the second, the one saved for rollback.
    server.fail({ status: 502, method: "GET", pathPrefix: `/domain/zone/${ZONE}/export`, skip: 1 });
    const stopped = await up();
    expect(stopped.error).toBeInstanceOf(pulumi.RunError);
    expect(stopped.error!.message).toContain(`GET /domain/zone/${ZONE}/export failed with 502`);
    expect(stopped.error!.message).toContain(`\n${ZONE}: nothing changed at OVH before the update stopped;`);
    expect(writes()).toEqual([]);
  });

  it("a link put at the name of the export saved for rollback: never written through; the export goes to the next free name", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    // `up` runs at 2026-11-20T10:00:00Z: the export's name is known in advance to anyone who can write there.
    const folder = join(root, "stacks", "prod", ".maildns-rollback", ZONE);
    mkdirSync(folder, { recursive: true });
    const elsewhere = join(root, "elsewhere.txt");
    writeFileSync(elsewhere, "not an export\n");
    symlinkSync(elsewhere, join(folder, "2026-11-20T10-00-00-000Z.zone"));
    const result = await up();
    // It was written through the link, over the file it names.
    expect(readFileSync(elsewhere, "utf8")).toBe("not an export\n");
    expect(result.error).toBeNull();
    expect(readdirSync(folder).sort()).toEqual(["2026-11-20T10-00-00-000Z.zone", "2026-11-20T10-00-00-001Z.zone"]);
    expect(readFileSync(join(folder, "2026-11-20T10-00-00-001Z.zone"), "utf8")).toMatch(/^; maildns: example\.com as exported before the update of 2026-11-20T10:00:00\.000Z\n/);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("two updates in one millisecond: the first one's export for rollback is kept, the second saved beside it", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    expect((await up()).error).toBeNull();
    const folder = join(root, "stacks", "prod", ".maildns-rollback", ZONE);
    const first = readFileSync(join(folder, "2026-11-20T10-00-00-000Z.zone"), "utf8");
    writeDomain({ dmarc: "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com" });
    expect((await adopt()).code).toBe(0);
    expect((await up()).error).toBeNull();
    // The second update's export overwrote the first: the rollback point before the first update was lost.
    expect(readFileSync(join(folder, "2026-11-20T10-00-00-000Z.zone"), "utf8")).toBe(first);
    expect(readdirSync(folder).sort()).toEqual(["2026-11-20T10-00-00-000Z.zone", "2026-11-20T10-00-00-001Z.zone"]);
  });

  it("a failed read while the update checks the zone again: stopped before any write, then adopt + up finish", async () => {
    await setUp(pseudoSpf());
    writeDomain();
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 500, method: "GET", pathPrefix: `/domain/zone/${ZONE}/record` });
    const stopped = await up();
    expect(stopped.error).toBeInstanceOf(pulumi.RunError);
    expect(stopped.error?.message).toContain(`GET /domain/zone/${ZONE}/record failed with 500`);
    expect(stopped.error?.message).toContain(`\n${ZONE}: read again before the update's first write, it could not be; nothing was written.`);
    expect(writes()).toEqual([]);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });
});

describe("a refresh that fails: nothing stays written at OVH and unserved", () => {
  /** What the name servers serve at the apex: the SPF texts. */
  const servedSpf = () => server.published.get(ZONE)!.filter((r) => r.subDomain === "" && /^"?v=spf1/i.test(r.target)).map((r) => unquoteTxt(r.target));

  it("OVH's provider only warns when its refresh after an in-place edit fails: the program refreshes the zone at the end of the update", async () => {
    await managedZone();
    const spf = "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all";
    writeDomain({ spf });
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 500, method: "POST", pathPrefix: `/domain/zone/${ZONE}/refresh` });
    const result = await up();
    // The provider logged a warning and the update went on: the PUT stands, which nothing would publish
    // again (the next adopt + up find nothing to change).
    expect(result.error).toBeNull();
    expect(result.providerWarnings).toEqual([expect.stringContaining(`refresh of ${ZONE} failed`)]);
    expect(server.snapshots.map((s) => s.change)).toEqual(["PUT record 105", "refresh"]);
    expect(servedSpf()).toEqual([spf]);
    expectZoneIsFile({ spf });
  });

  it("the program's refresh after deleting a stray second SPF fails after its retries: the update says what is left, and the next adopt + up publish it", async () => {
    await managedZone();
    server.zones.get(ZONE)!.push({ id: 960, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com include:_spf.google.com ~all"', ttl: 600 });
    server.published.set(ZONE, server.zones.get(ZONE)!.map((r) => ({ ...r })));
    writeDomain();
    expect((await adopt()).code).toBe(0);
    server.fail({ status: 503, method: "POST", pathPrefix: `/domain/zone/${ZONE}/refresh`, times: 4 });
    const stopped = await up({ allow: ["remove-spf-include"] }, { maxRetries: 3 });
    expect(stopped.error?.message).toContain(`POST /domain/zone/${ZONE}/refresh failed with 503`);
    expect(stopped.error?.message).toContain(`\n${ZONE}: record 960 deleted at OVH before the update stopped; the zone was not refreshed, so its name servers serve it as it was. Run \`maildns adopt --stack prod\` and \`pulumi up\` again to finish: adopt reads what was written.`);
    expect(server.zones.get(ZONE)!.some((r) => r.id === 960)).toBe(false);
    expect(servedSpf()).toHaveLength(2);
    // Nothing is left to change, and the zone is published all the same.
    const { ups } = await applyUntilDone({ allow: ["remove-spf-include"] });
    expect(opsOf(ups[0]!.steps)).toEqual([]);
    expect(servedSpf()).toEqual(["v=spf1 include:mx.ovh.com -all"]);
    expectZoneIsFile({});
  });
});

describe("a zone OVH no longer has", () => {
  it("deleted at OVH: adopt names it, what it means and what to do, still reads the other zones, writes nothing and exits 1", async () => {
    await managedZone();
    // A second zone the stack manages, then deleted at OVH (the domain given up, or its DNS moved away).
    server.zones.set("other.example", []);
    writeFileSync(join(root, "stacks", "prod", "other.example.yaml"), domainYaml().replace(`domain: ${ZONE}`, "domain: other.example"));
    expect((await applyUntilDone()).rounds).toBe(1);
    const before = readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8");
    server.zones.delete("other.example");
    server.requests.length = 0;
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    // It once stopped at that zone's first request, whatever the other zones held.
    expect(adopted.out).toContain(`${ZONE}: 8 kept, 0 adopted, 1 to update in place, 0 to create, 0 to delete\n`);
    expect(adopted.err).toBe(
      "maildns adopt: other.example (stacks/prod/other.example.yaml): GET /domain/zone/other.example/export failed with 404 (Client::NotFound): zone other.example is not a DNS zone of this OVH account. " +
        "Check the domain name and the endpoint (ovh-eu, ovh-ca, ovh-us). If other.example is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied: the apply writes each domain file into the zone its `domain:` names (lint, plan and audit read it).\n" +
        "  The stack holds 9 records in other.example: if the zone was deleted at OVH, remove stacks/prod/other.example.yaml and run `pulumi refresh --stack prod`, which drops them from the stack, then maildns adopt again.\n" +
        "maildns adopt: stacks/prod/maildns-adoption.json not written: 1 zone could not be read (the other zones were read; their lines are above).\n",
    );
    expect(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8")).toBe(before);
    expect(writes()).toEqual([]);
  });
});

describe("a record OVH cannot hold as the file writes it (a DMARC text with an embedded quote)", () => {
  // Under a policy pack that only warns about it (rfc: txt-ovh-embedded-quote is a warning there, OVH's limit
  // not being RFC conformance), the lint gate lets the file through; adopt then stopped at that record for
  // the whole run, naming no other zone, and said nothing of what to do.
  // An unknown tag, which receivers ignore (RFC 7489 §6.3); the YAML escapes the quotes.
  const QUOTED = 'v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com; note=\\"x\\"';
  it("adopt refuses that zone, naming the record and what to do, reads the others and prints their lines, writes nothing and exits 1", async () => {
    await managedZone();
    writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: rfc\n  ovh:endpoint: ovh-eu\n");
    // A second zone, sorted before example.com: it once stopped the run before example.com was read.
    server.zones.set("bad.example", []);
    writeFileSync(join(root, "stacks", "prod", "bad.example.yaml"), domainYaml({ dmarc: QUOTED }).replace(`domain: ${ZONE}`, "domain: bad.example"));
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const before = readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8");
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.out).toContain(`${ZONE}: 8 kept, 0 adopted, 1 to update in place, 0 to create, 0 to delete\n`);
    expect(adopted.out).not.toContain("bad.example");
    expect(adopted.err).toBe(
      "maildns adopt: bad.example: stacks/prod/bad.example.yaml: TXT _dmarc.bad.example contains a double quote or backslash, which OVH's API does not keep [txt-ovh-embedded-quote]\n" +
        "  bad.example was not read: OVH cannot hold that record as stacks/prod/bad.example.yaml declares it. Change it there (pulumi up refuses the stack until then), then run maildns adopt again.\n" +
        "maildns adopt: stacks/prod/maildns-adoption.json not written: 1 zone could not be read (the other zones were read; their lines are above).\n",
    );
    expect(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8")).toBe(before);
    // pulumi up refuses the stack on the same record, with nothing written.
    const refused = await up({ policy: "rfc" });
    expect(refused.error?.message).toContain("[txt-ovh-embedded-quote]");
    expect(writes()).toEqual([]);
    // The record fixed, one adopt + up applies both zones.
    writeFileSync(join(root, "stacks", "prod", "bad.example.yaml"), domainYaml().replace(`domain: ${ZONE}`, "domain: bad.example"));
    const { rounds } = await applyUntilDone({ policy: "rfc" });
    expect(rounds).toBe(1);
    expect(server.zones.get("bad.example")!.filter((r) => r.fieldType === "TXT" && r.subDomain === "").map((r) => r.target)).toEqual(['"v=spf1 include:mx.ovh.com -all"']);
    expectNoDuplicateEver();
    expectZoneIsFile({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
  });
});

describe("a domain file for a subdomain held in its parent's zone", () => {
  it("adopt stops and says the apply cannot write into the parent's zone; pulumi up writes nothing", async () => {
    await setUp(zoneOf());
    writeFileSync(join(root, "stacks", "prod", `mail.${ZONE}.yaml`), domainYaml().replace(`domain: ${ZONE}`, `domain: mail.${ZONE}`));
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    // It once said "or the record is gone ... record ids change when the zone is edited in text mode".
    expect(adopted.err).toBe(
      `maildns adopt: mail.${ZONE} (stacks/prod/mail.${ZONE}.yaml): GET /domain/zone/mail.${ZONE}/export failed with 404 (Client::NotFound): zone mail.${ZONE} is not a DNS zone of this OVH account. Check the domain name and the endpoint (ovh-eu, ovh-ca, ovh-us). If mail.${ZONE} is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied: the apply writes each domain file into the zone its \`domain:\` names (lint, plan and audit read it).\n` +
        "maildns adopt: stacks/prod/maildns-adoption.json not written: 1 zone could not be read.\n",
    );
    const result = await up();
    expect(result.error?.message).toContain(`mail.${ZONE}: no live records recorded in stacks/prod/maildns-adoption.json`);
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)!.length).toBe(zoneOf().length);
  });

  it("with skip-adopt allowed, the read before the first write finds no such zone: the update names the file and what to do, and writes nothing", async () => {
    await setUp(zoneOf());
    writeFileSync(join(root, "stacks", "prod", `mail.${ZONE}.yaml`), domainYaml().replace(`domain: ${ZONE}`, `domain: mail.${ZONE}`));
    const result = await up({ allow: ["skip-adopt"] });
    // It once ended "Run `pulumi up --stack prod` again", which fails the same way every time.
    expect(result.error?.message.split("\n").slice(-1)[0]).toBe(
      `mail.${ZONE} (stacks/prod/mail.${ZONE}.yaml): nothing was written. Until OVH has a DNS zone named mail.${ZONE}, take stacks/prod/mail.${ZONE}.yaml out of stacks/prod/ (lint, plan and audit read it anywhere), then run \`maildns adopt --stack prod\` and \`pulumi up\`.`,
    );
    expect(result.error?.message).toContain(`If mail.${ZONE} is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied`);
    expect(opsOf(result.steps)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)).toEqual(zoneOf());
  });
});

describe("a zone maildns adopt never read, passed by skip-adopt", () => {
  it("OVH already holds its default MX and SPF records there: the read before the first write finds them, and nothing is written", async () => {
    await setUp(zoneOf());
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const result = await up({ allow: ["skip-adopt"] });
    // Planned as creates from no reading at all; it once said the zone "changed since maildns adopt read the records (never)".
    expect(result.error?.message).toBe(
      "maildns: a zone that maildns adopt never read (passed by skip-adopt) already holds records at the names the domain files manage; this update would create its records beside them (two SPF or DMARC records at one name), so nothing was written:\n" +
        `  ${ZONE}: record 100 (MX @); record 101 (MX @); record 102 (MX @); record 103 (MX @); record 104 (MX @); record 105 (TXT @); record 106 (CNAME ${SEL(1)}._domainkey); record 107 (CNAME ${SEL(2)}._domainkey); record 108 (TXT _dmarc)\n` +
        "run `maildns adopt --stack prod`, then `pulumi up`",
    );
    expect(writes()).toEqual([]);
    expect(server.zones.get(ZONE)).toEqual(zoneOf());
  });

  it("a zone holding none of its records yet (a web TXT and an A record only): skip-adopt creates them, one SPF and one DMARC record at every step", async () => {
    await setUp(zoneOf().filter((r) => r.id >= 900));
    writeDomain();
    const result = await up({ allow: ["skip-adopt"] });
    expect(result.error).toBeNull();
    expect(opsOf(result.steps).every((op) => op.startsWith("create "))).toBe(true);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });
});


describe("owners OVH holds in another letter case (DNS names compare without case, RFC 1035 §2.3.3, RFC 4343)", () => {
  /** Every state the API went through and every version published since the zone was found. */
  function everyState(): { when: string; records: FakeRecord[] }[] {
    const published = (server.history.get(ZONE) ?? []).slice(1).map((v) => ({ when: `published ${v.creationDate}`, records: v.records }));
    return [...server.snapshots.filter((s) => s.zone === ZONE).map((s) => ({ when: s.change, records: s.records })), ...published];
  }
  /** The records at one DNS name, whatever the spelling of their owner. */
  const at = (records: readonly FakeRecord[], owner: string) => records.filter((r) => r.subDomain.toLowerCase() === owner);

  const key = () => `v=DKIM1; k=rsa; p=${rsaSpki(1024)}`;
  const withSelector = (line: string) => domainYaml().replace("dkim:\n  selectors:\n", `dkim:\n  selectors:\n    - ${line}\n`);
  const CASES: {
    label: string;
    /** The record OVH holds, spelt its way. */
    live: () => FakeRecord;
    yaml: () => string;
    /** The DNS name, lower case (the file's spelling). */
    owner: string;
    /** What the name holds at the end. */
    end: () => string;
    /** The record is kept (edited in place, its id kept); otherwise replaced delete-first (a CNAME by a TXT). */
    inPlace: boolean;
  }[] = [
    {
      label: "a _DMARC TXT (p=none), the file's _dmarc stricter",
      live: () => ({ id: 108, subDomain: "_DMARC", fieldType: "TXT", target: '"v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"', ttl: 3600 }),
      yaml: () => domainYaml(),
      owner: "_dmarc",
      end: () => 'TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"',
      inPlace: true,
    },
    {
      label: "a Mail._domainkey key TXT",
      live: () => ({ id: 400, subDomain: "Mail._domainkey", fieldType: "TXT", target: `"${key()}"`, ttl: 3600 }),
      yaml: () => withSelector(`{ name: mail, record: "${key()}" }`),
      owner: "mail._domainkey",
      end: () => `TXT "${key()}"`,
      inPlace: true,
    },
    {
      label: "a Mail._domainkey CNAME",
      live: () => ({ id: 400, subDomain: "Mail._domainkey", fieldType: "CNAME", target: "mail._domainkey.dkim.example.net.", ttl: 3600 }),
      yaml: () => withSelector("{ name: mail, cname: mail._domainkey.dkim.example.net. }"),
      owner: "mail._domainkey",
      end: () => "CNAME mail._domainkey.dkim.example.net.",
      inPlace: true,
    },
    {
      label: "an _MTA-STS TXT",
      live: () => ({ id: 410, subDomain: "_MTA-STS", fieldType: "TXT", target: '"v=STSv1; id=20260101"', ttl: 3600 }),
      yaml: () => `${domainYaml()}mtaSts: { record: "v=STSv1; id=20261101" }\n`,
      owner: "_mta-sts",
      end: () => 'TXT "v=STSv1; id=20261101"',
      inPlace: true,
    },
    {
      label: "an _Smtp._Tls TXT",
      live: () => ({ id: 420, subDomain: "_Smtp._Tls", fieldType: "TXT", target: '"v=TLSRPTv1; rua=mailto:tlsrpt@example.com"', ttl: 3600 }),
      yaml: () => `${domainYaml()}tlsRpt: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"\n`,
      owner: "_smtp._tls",
      end: () => 'TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
      inPlace: true,
    },
    {
      label: "an _Smtp._Tls CNAME (TLS-RPT delegated), the file's TXT in its place",
      live: () => ({ id: 420, subDomain: "_Smtp._Tls", fieldType: "CNAME", target: "_smtp._tls.reports.example.net.", ttl: 3600 }),
      yaml: () => `${domainYaml()}tlsRpt: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"\n`,
      owner: "_smtp._tls",
      end: () => 'TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
      inPlace: false,
    },
    {
      label: "an SRV at _IMAPS._tcp",
      live: () => ({ id: 430, subDomain: "_IMAPS._tcp", fieldType: "SRV", target: "0 1 993 ssl0.ovh.net.", ttl: 3600 }),
      yaml: () => `${domainYaml()}srv:\n  - { service: _imaps._tcp, priority: 0, weight: 1, port: 993, target: ssl0.ovh.net. }\n`,
      owner: "_imaps._tcp",
      end: () => "SRV 0 1 993 ssl0.ovh.net.",
      inPlace: true,
    },
  ];

  for (const c of CASES) {
    it(`${c.label}: adopt lists it, never a create beside it; one record at the name at every step, spelt as the file at the end`, async () => {
      const live = c.live();
      await setUp([...zoneOf().filter((r) => r.id !== live.id), live]);
      writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), c.yaml());
      const adopted = await adopt();
      expect(adopted.err).toBe("");
      expect(adopted.code).toBe(0);
      // It once listed `create … <owner>` (the filter asked for the lower-case owner only), and pulumi up
      // wrote a second record at the same DNS name: two DMARC records, no policy at all (RFC 7489 §6.6.3).
      expect(adopted.out).toContain(`(id ${live.id}`);
      if (c.inPlace) expect(adopted.out).not.toMatch(/^ {2}create /m);
      else expect(adopted.out).toContain(`  delete  CNAME ${live.subDomain} ${live.target} (id ${live.id}) first: a CNAME tolerates no other record at its name`);
      const { rounds } = await applyUntilDone();
      expect(rounds).toBeLessThanOrEqual(2);
      for (const { when, records } of everyState()) expect(at(records, c.owner).length, `${c.owner} after ${when}`).toBeLessThanOrEqual(1);
      expectNoDuplicateEver();
      // One record at the name, in the file's spelling; kept in place (same id) when it could be edited.
      const final = at(server.zones.get(ZONE)!, c.owner);
      expect(final.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`)).toEqual([`${c.owner} ${c.end()}`]);
      if (c.inPlace) expect(final[0]!.id).toBe(live.id);
      expect(at(server.published.get(ZONE)!, c.owner).map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`)).toEqual([`${c.owner} ${c.end()}`]);
      // Settled: one more adopt + up writes nothing but the refresh that ends every update.
      server.requests.length = 0;
      const again = await applyUntilDone();
      expect(opsOf(again.ups[0]!.steps)).toEqual([]);
      expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
    });
  }

  it("maildns plan over the zone's export and the apply agree: one DMARC record at _dmarc, edited, never a second", async () => {
    await setUp(zoneOf({ dmarc: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" }).map((r) => (r.id === 108 ? { ...r, subDomain: "_DMARC" } : r)));
    writeDomain();
    /** `maildns plan stacks/prod --zone <OVH's export now> -f json`: what DNS serves, read without case. */
    const plan = async () => {
      writeFileSync(join(root, "export.zone"), renderExport(ZONE, server.zones.get(ZONE)!));
      const sink = { out: "", err: "" };
      const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: root, env: {}, isTTY: false };
      const code = await planCommand.run(["stacks/prod", "--zone", "export.zone", "--origin", ZONE, "-f", "json", "--today", TODAY], io);
      const json = JSON.parse(sink.out) as { changes: { name: string; type: string; action: string; before: string[] | null; after: string[] | null }[] };
      return { code, changes: json.changes.map((c) => `${c.action} ${c.name} ${c.type} ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`) };
    };
    const before = await plan();
    expect(before.changes).toEqual([
      `update _dmarc.example.com TXT ["v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"] -> ["v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"]`,
    ]);
    // The apply changes the same record: adopted as it is (id 108, OVH's spelling), then edited in place.
    const adopted = await adopt();
    expect(adopted.out).toContain(`  adopt   TXT _DMARC "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" (id 108, ttl 3600) as ${ZONE}/_dmarc/dmarc; the next update writes`);
    expect(adopted.out).not.toMatch(/^ {2}create /m);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(2);
    expectNoDuplicateEver();
    expectZoneIsFile({});
    expect((await plan()).changes).toEqual([]);
  });

  it("an export that shows the owner in lower case while the API keeps _DMARC: adopt refuses the incomplete list, nothing is planned", async () => {
    // Whether OVH's export keeps the case is not known either: should it not, no spelling is learnt from it,
    // the filter misses _DMARC, and the list is one DMARC record short. Planned from it, the apply created
    // a second DMARC record at _dmarc.
    await setUp(zoneOf().map((r) => (r.id === 108 ? { ...r, subDomain: "_DMARC" } : r)), { exportOwnersInLowerCase: true });
    writeDomain();
    const adopted = await adopt();
    expect(adopted.code).toBe(1);
    expect(adopted.out).toBe("");
    expect(adopted.err).toBe(
      `maildns adopt: GET /domain/zone/${ZONE}/record listed fewer records than the zone's export holds (1 TXT record at _dmarc, 0 listed): OVH may keep an owner in another letter case than it exports. Nothing is planned from that list; rename that owner in lower case at OVH (edit the record in the Control Panel, or PUT /domain/zone/${ZONE}/record/{id} with its subDomain), then run maildns adopt again.\n`,
    );
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    const result = await up();
    expect(result.error?.message).toContain("[skip-adopt]");
    expect(writes()).toEqual([]);
  });

  it("the apex SPF is not affected: its owner is the empty name, whatever the others' spelling", async () => {
    await setUp(zoneOf().map((r) => (r.id === 108 ? { ...r, subDomain: "_DMARC" } : r)));
    writeDomain({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
    const adopted = await adopt();
    expect(adopted.out).toContain(`  adopt   TXT @ "v=spf1 include:mx.ovh.com -all" (id 105, ttl 3600) as ${ZONE}/@/spf; the next update writes`);
    expect(adopted.out).toContain(`  adopt   TXT _DMARC "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com" (id 108, ttl 3600) as ${ZONE}/_dmarc/dmarc; the next update writes`);
    expect(adopted.out).not.toMatch(/^ {2}create /m);
    await applyUntilDone();
    expectNoDuplicateEver();
    expectZoneIsFile({ spf: "v=spf1 include:mx.ovh.com include:servers.mcsv.net -all" });
  });

  it("a _DMARC and a _dmarc DMARC record side by side: one name holding two, the surplus goes first (duplicate-policy-record counts by name)", async () => {
    await setUp([...zoneOf(), { id: 962, subDomain: "_DMARC", fieldType: "TXT", target: '"v=DMARC1; p=none"', ttl: 600 }]);
    writeDomain();
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`  delete  TXT _DMARC "v=DMARC1; p=none" (id 962) first: a name must never hold two such records`);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(server.snapshots.map((s) => s.change).slice(0, 2)).toEqual(["DELETE record 962", "refresh"]);
    expectNoDuplicateEver();
    expectZoneIsFile({});
  });

  it("a _DMARC record added at OVH between adopt and up: the re-read before the first write sees it, nothing is written", async () => {
    await managedZone();
    const dmarc = "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com";
    writeDomain({ dmarc });
    expect((await adopt()).code).toBe(0);
    server.zones.get(ZONE)!.push({ id: 970, subDomain: "_DMARC", fieldType: "TXT", target: '"v=DMARC1; p=none"', ttl: 600 });
    // Acting on what adopt read, the update edited _dmarc in place beside it: two DMARC records at one name.
    const stale = await up();
    expect(stale.error?.message).toContain(`\n  ${ZONE}: record 970 (TXT _DMARC) is new\nrun \`maildns adopt --stack prod\` again, then \`pulumi up\``);
    expect(writes()).toEqual([]);
    await applyUntilDone();
    expectNoDuplicateEver();
    expectZoneIsFile({ dmarc });
  });
});

describe("a record the stack holds, edited at OVH since the last update (pulumi up reads its state, not OVH)", () => {
  // Pulumi diffs the declared inputs with its state, which still holds the file's value: without a
  // `pulumi refresh` it wrote nothing, while adopt said "update in place" on every run and the zone kept
  // the hand edit (an SPF loosened at OVH stayed loose, behind a plan that said it was put back).
  const CASES: { label: string; id: number; edit: (r: FakeRecord) => void; expected: string }[] = [
    { label: "the SPF text, in letter case only (TXT is case-sensitive)", id: 105, edit: (r) => void (r.target = '"v=spf1 include:MX.ovh.com -all"'), expected: 'TXT  "v=spf1 include:mx.ovh.com -all"' },
    { label: "the SPF text, loosened to ~all", id: 105, edit: (r) => void (r.target = '"v=spf1 include:mx.ovh.com ~all"'), expected: 'TXT  "v=spf1 include:mx.ovh.com -all"' },
    { label: "the _dmarc owner, renamed _DMARC", id: 108, edit: (r) => void (r.subDomain = "_DMARC"), expected: 'TXT _dmarc "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com"' },
  ];
  for (const c of CASES) {
    it(`${c.label}: adopt says it is written in place, and the update writes it; one record at the name at every step`, async () => {
      await managedZone();
      c.edit(server.zones.get(ZONE)!.find((r) => r.id === c.id)!);
      const adopted = await adopt();
      expect(adopted.code).toBe(0);
      expect(adopted.out).toContain(`${ZONE}: 8 kept, 0 adopted, 1 to update in place, 0 to create, 0 to delete\n`);
      expect(adopted.out).toMatch(new RegExp(`^  update  .* \\(id ${c.id}\\) in place to .*: the stack's state holds this value already, so maildns writes it itself$`, "m"));
      const result = await up();
      expect(result.error).toBeNull();
      // Pulumi has nothing to change; the program's own PUT, then one refresh, before Pulumi's turn.
      expect(opsOf(result.steps)).toEqual([]);
      expect(server.snapshots.map((s) => s.change)).toEqual([`PUT record ${c.id}`, "refresh", "refresh"]);
      const record = server.zones.get(ZONE)!.find((r) => r.id === c.id)!;
      expect(`${record.fieldType} ${record.subDomain} ${record.target}`).toBe(c.expected);
      expectNoDuplicateEver();
      expectZoneIsFile({});
      // Settled: the next adopt keeps every record, and the update writes nothing but its closing refresh.
      server.requests.length = 0;
      const again = await adopt();
      expect(again.out).toContain(`${ZONE}: 9 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
      expect(opsOf((await up()).steps)).toEqual([]);
      expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
    });
  }
});

describe("a host name OVH holds in another letter case than the file (MX0.mail.ovh.net. for mx0.mail.ovh.net.)", () => {
  // DNS compares names without case (RFC 1035 §2.3.3, RFC 4343 §3): such a record is the file's record. It was
  // adopted as it is, said to be pending, and the second round PUT the file's spelling over it, a write
  // that changed nothing any resolver or mail server tells apart; adopt's second plan was not empty.
  const CASES: { label: string; id: number; edit: (r: FakeRecord) => void; target: string }[] = [
    { label: "an MX host", id: 100, edit: (r) => void (r.target = "1 MX0.mail.ovh.net."), target: "1 MX0.mail.ovh.net." },
    { label: "a DKIM selector's CNAME target", id: 106, edit: (r) => void (r.target = r.target.toUpperCase()), target: SEL_TARGET(1).toUpperCase() },
  ];
  for (const c of CASES) {
    it(`${c.label}, adopted: the same record, nothing pending, and the next adopt + up changes nothing`, async () => {
      const live = zoneOf();
      c.edit(live.find((r) => r.id === c.id)!);
      await setUp(live);
      writeDomain();
      const first = await adopt();
      expect(first.code).toBe(0);
      expect(first.out).toContain(`${ZONE}: 0 kept, 9 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
      expect(first.out).toMatch(new RegExp(`^  adopt   .* \\(id ${c.id}, ttl 3600\\) as [^ ]+: the file's .* in another letter case, the same name in DNS$`, "m"));
      expect(first.out).not.toContain("once more");
      const result = await up();
      expect(result.error).toBeNull();
      expect(result.pending).toEqual([]);
      expect(opsOf(result.steps).every((op) => op.startsWith("import "))).toBe(true);
      expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
      // The second plan: every record kept, and the update writes nothing but the refresh that ends it.
      server.requests.length = 0;
      const second = await adopt();
      expect(second.out).toContain(`${ZONE}: 9 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
      const again = await up();
      expect(again.error).toBeNull();
      expect(opsOf(again.steps)).toEqual([]);
      expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
      expect(server.zones.get(ZONE)!.find((r) => r.id === c.id)!.target).toBe(c.target);
      expectNoDuplicateEver();
    });
  }

  it("an MX host edited at OVH into another letter case since the last update: kept, nothing written", async () => {
    await managedZone();
    server.zones.get(ZONE)!.find((r) => r.id === 100)!.target = "1 MX0.MAIL.OVH.NET.";
    const adopted = await adopt();
    expect(adopted.out).toContain(`${ZONE}: 9 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
    expect(adopted.out).toContain(`  keep    MX @ 1 MX0.MAIL.OVH.NET. (id 100) as ${ZONE}/@/mx/mx0.mail.ovh.net.: the file's 1 mx0.mail.ovh.net. in another letter case, the same name in DNS\n`);
    const result = await up();
    expect(result.error).toBeNull();
    expect(opsOf(result.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
  });
});

describe("a record maildns creates that OVH answers with its host name in another letter case", () => {
  // Whether OVH's API keeps a target in the case it was given is not documented. The program declares a
  // record it created as OVH answers it (Pulumi imports only what it reads); it once also marked it pending
  // when the answer differed in the letter case of its host name alone, so the update asked for one more
  // adopt + up, whose plan kept the record and wrote nothing (RFC 4343 §3: the same name in DNS).
  const upper = (target: string) => target.replace(/[a-z]+/g, (letters) => letters.toUpperCase());

  it("a new MX host the program creates beside a replaced SPF pseudo-type: nothing pending, and the next adopt + up keep it", async () => {
    const live = zoneOf()
      .filter((r) => r.id !== 104)
      .map((r) => (r.id === 105 ? { ...r, fieldType: "SPF", target: '"v=spf1 include:mx.ovh.com -all"' } : r));
    await setUp(live, { keepHostName: upper });
    writeDomain();
    const adopted = await adopt();
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain(`  create  MX @ 200 mx4.mail.ovh.net. (ttl 3600) as ${ZONE}/@/mx/mx4.mail.ovh.net.\n`);
    const result = await up();
    expect(result.error).toBeNull();
    expect(result.pending).toEqual([]);
    expect(result.warn.filter((w) => w.includes("once more"))).toEqual([]);
    const created = server.zones.get(ZONE)!.filter((r) => r.fieldType === "MX" && r.target.startsWith("200 "));
    expect(created.map((r) => r.target)).toEqual(["200 MX4.MAIL.OVH.NET."]);
    // The second plan keeps it, and the update writes nothing but the refresh that ends it.
    server.requests.length = 0;
    const again = await adopt();
    expect(again.out).toContain(`${ZONE}: 9 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
    expect(again.out).toContain(`  keep    MX @ 200 MX4.MAIL.OVH.NET. (id ${created[0]!.id}) as ${ZONE}/@/mx/mx4.mail.ovh.net.: the file's 200 mx4.mail.ovh.net. in another letter case, the same name in DNS\n`);
    const second = await up();
    expect(second.error).toBeNull();
    expect(opsOf(second.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
    expectNoDuplicateEver();
  });

  it("a DKIM selector's CNAME the program writes in place of its key: nothing pending, and the next adopt + up keep it", async () => {
    const key = `v=DKIM1; k=rsa; p=${rsaSpki(1024)}`;
    await setUp([...zoneOf(), { id: 400, subDomain: "mail2026._domainkey", fieldType: "TXT", target: `"${key}"`, ttl: 3600 }], { keepHostName: upper });
    const withSelector = (line: string) => domainYaml().replace("dkim:\n  selectors:\n", `dkim:\n  selectors:\n    - ${line}\n`);
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector(`{ name: mail2026, record: "${key}" }`));
    expect((await applyUntilDone()).rounds).toBe(1);
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withSelector("{ name: mail2026, cname: mail2026._domainkey.dkim.example.net. }"));
    expect((await adopt()).code).toBe(0);
    const result = await up();
    expect(result.error).toBeNull();
    expect(result.pending).toEqual([]);
    expect(server.zones.get(ZONE)!.filter((r) => r.subDomain === "mail2026._domainkey").map((r) => `${r.fieldType} ${r.target}`)).toEqual(["CNAME MAIL2026._DOMAINKEY.DKIM.EXAMPLE.NET."]);
    server.requests.length = 0;
    const again = await adopt();
    expect(again.out).toContain(`${ZONE}: 10 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
    const second = await up();
    expect(second.error).toBeNull();
    expect(opsOf(second.steps)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
  });
});

describe("a long TXT record OVH keeps split into strings of 255 characters (a 2048-bit DKIM key)", () => {
  // A TXT record's strings are one text to SPF, DKIM and DMARC (RFC 7208 §3.3, RFC 6376 §3.6.2.2): a key OVH
  // keeps as `"…255…" "…rest"` is the file's one-string key. Compared as written, it was pending after every
  // adopt, or (once the stack held it) written in place by maildns itself on every update, and split again.
  const key = `v=DKIM1; k=rsa; p=${rsaSpki(2048)}`;
  const split = (text: string) => (text.match(/.{1,255}/g) ?? []).map((s) => `"${s}"`).join(" ");
  const withKey = () => domainYaml().replace("dkim:\n  selectors:\n", `dkim:\n  selectors:\n    - { name: mail2026, record: "${key}" }\n`);

  it("created by the update: kept as OVH holds it, and the next adopt + up change nothing", async () => {
    await setUp(zoneOf(), { splitTxtAt: 255 });
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withKey());
    expect((await applyUntilDone()).rounds).toBe(1);
    const record = () => server.zones.get(ZONE)!.find((r) => r.subDomain === "mail2026._domainkey")!;
    expect(record().target).toBe(split(key));
    for (let round = 0; round < 2; round++) {
      server.requests.length = 0;
      const again = await adopt();
      expect(again.out).toContain(`${ZONE}: 10 kept, 0 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
      const result = await up();
      expect(result.error).toBeNull();
      expect(result.pending).toEqual([]);
      expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`POST /1.0/domain/zone/${ZONE}/refresh`]);
    }
  });

  it("found split at OVH: adopted with nothing pending", async () => {
    await setUp([...zoneOf(), { id: 400, subDomain: "mail2026._domainkey", fieldType: "TXT", target: split(key), ttl: 3600 }], { splitTxtAt: 255 });
    writeFileSync(join(root, "stacks", "prod", `${ZONE}.yaml`), withKey());
    const adopted = await adopt();
    expect(adopted.out).toContain(`${ZONE}: 0 kept, 10 adopted, 0 to update in place, 0 to create, 0 to delete\n`);
    expect((await applyUntilDone()).rounds).toBe(1);
    expect(server.zones.get(ZONE)!.find((r) => r.id === 400)?.target).toBe(split(key));
  });
});

describe("a host name that differs from the file's in a character Unicode lower-cases to an ASCII letter (U+212A KELVIN SIGN for k)", () => {
  // DNS folds the case of the ASCII letters only (RFC 4343 §3): `dKim` spelt with U+212A is another name on
  // the wire (its UTF-8 octets are not `k`), though JavaScript's toLowerCase() makes it `dkim`. Taken for the
  // file's name in another letter case, such a CNAME target was kept for ever while the selector pointed at
  // a name that does not exist (mail signed with it fails DKIM), and adopt said "the same name in DNS".
  const KELVIN_TARGET = SEL_TARGET(1).replace("dkim", "d\u212Aim");

  it("adopted, it is pending and the next round writes the file's target; then nothing is left to write", async () => {
    const live = zoneOf();
    live.find((r) => r.id === 106)!.target = KELVIN_TARGET;
    await setUp(live);
    writeDomain();
    const first = await adopt();
    expect(first.code).toBe(0);
    expect(first.out).not.toContain("another letter case");
    expect(first.out).toContain(`(id 106, ttl 3600) as ${ZONE}/${SEL(1)}._domainkey/dkim; the next update writes ${SEL_TARGET(1)} ttl 3600 in place\n`);
    expect(first.out).toContain("1 record is adopted as it is");
    const result = await up();
    expect(result.error).toBeNull();
    expect(result.pending).toEqual([`${ZONE}/${SEL(1)}._domainkey/dkim`]);
    const { rounds } = await applyUntilDone();
    expect(rounds).toBe(1);
    expect(server.zones.get(ZONE)!.find((r) => r.id === 106)!.target).toBe(SEL_TARGET(1));
    expectZoneIsFile({});
    expectNoDuplicateEver();
  });

  it("edited so at OVH since the last update: written in place, not kept", async () => {
    await managedZone();
    server.zones.get(ZONE)!.find((r) => r.id === 106)!.target = KELVIN_TARGET;
    const adopted = await adopt();
    expect(adopted.out).toContain(`${ZONE}: 8 kept, 0 adopted, 1 to update in place, 0 to create, 0 to delete\n`);
    expect(adopted.out).not.toContain("another letter case");
    const result = await up();
    expect(result.error).toBeNull();
    expect(server.zones.get(ZONE)!.find((r) => r.id === 106)!.target).toBe(SEL_TARGET(1));
    expect(server.published.get(ZONE)!.find((r) => r.id === 106)!.target).toBe(SEL_TARGET(1));
    expectZoneIsFile({});
  });
});
