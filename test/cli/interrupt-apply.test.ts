// Ctrl-C (SIGINT) or a cancelled CI job (SIGTERM) while `maildns adopt` or `maildns rollback --yes` waits on
// OVH's API (the CLI as a subprocess against the OVH API on loopback, one request held unanswered so the
// signal lands mid-run). The command stops before its next request, says what it did and did not do (which
// zones were read, restored, perhaps restored, not restored), writes no file, and ends by the signal (a shell
// sees 130 or 143). Before, the default action ended it at once: a rollback said nothing of the zones it had
// restored, and an adopt nothing at all.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliPath } from "../helpers/cli.js";
import { renderExport, startOvhServer, type FakeOvhServer, type FakeRecord } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";

const ZONES = ["a.example", "b.example"];
const DMARC = (zone: string, p: string): FakeRecord => ({ id: zone === "a.example" ? 20 : 40, subDomain: "_dmarc", fieldType: "TXT", target: `"v=DMARC1; p=${p}; rua=mailto:dmarc@${zone}"`, ttl: 3600 });
const MX = (zone: string): FakeRecord => ({ id: zone === "a.example" ? 10 : 30, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 });
const SAVED = (zone: string): FakeRecord[] => [MX(zone), DMARC(zone, "quarantine")];

const domainYaml = (zone: string) =>
  [
    `domain: ${zone}`,
    "ttl: 3600",
    "mail: { provider: ovh, offer: mx-plan, region: eu }",
    "mx: ovh",
    'spf: "v=spf1 include:mx.ovh.com -all"',
    "dkim:",
    "  selectors:",
    "    - { name: ovhmo1234567-selector1, cname: ovhmo1234567-selector1._domainkey.1234567.ab.dkim.mail.ovh.net. }",
    `dmarc: "v=DMARC1; p=quarantine; rua=mailto:dmarc@${zone}"`,
    "",
  ].join("\n");

let server: FakeOvhServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Ended {
  signal: NodeJS.Signals | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with the API's credentials, sends `signal` once `held` has arrived, and waits (bounded) for the end. */
function interrupted(ovh: FakeOvhServer, cwd: string, args: readonly string[], held: Promise<void>, signal: NodeJS.Signals): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args, "--endpoint", ovh.baseUrl], {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        OVH_APPLICATION_KEY: ovh.credentials.applicationKey,
        OVH_APPLICATION_SECRET: ovh.credentials.applicationSecret,
        OVH_CONSUMER_KEY: ovh.credentials.consumerKey,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    void held.then(() => child.kill(signal));
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (status, ended) => {
      clearTimeout(guard);
      resolve({ status, signal: ended, stdout, stderr });
    });
  });
}

describe("maildns rollback --yes interrupted", () => {
  /** Two zones saved before an update (OVH's first version of each), both changed since. */
  async function twoChangedZones(): Promise<{ root: string; ovh: FakeOvhServer }> {
    const ovh = await startOvhServer({ zones: Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])) });
    server = ovh;
    const files: Record<string, string> = { "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n" };
    for (const zone of ZONES) {
      files[`stacks/prod/${zone}.yaml`] = domainYaml(zone);
      files[`stacks/prod/.maildns-rollback/${zone}/2026-01-01T00-00-05-000Z.zone`] = `; maildns: version in force at the host: ${ovh.history.get(zone)![0]!.creationDate}\n${renderExport(zone, SAVED(zone))}`;
      ovh.zones.set(zone, [MX(zone), DMARC(zone, "none")]);
    }
    return { root: tempTree(files), ovh };
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} while OVH has not answered the second zone's restore: says which zone is restored and which perhaps, then ends by ${signal}`, async () => {
      const { root, ovh } = await twoChangedZones();
      const held = ovh.hold({ method: "POST", pathPrefix: "/domain/zone/b.example/history/" });
      const run = await interrupted(ovh, root, ["rollback", "--stack", "prod", "--yes"], held, signal);
      expect(run.signal).toBe(signal);
      expect(run.stdout).toContain("  restored the host's version of 2026-01-01T00:00:00+00:00: the zone is the saved export again\n");
      expect(run.stderr).toContain(`maildns rollback: interrupted (${signal}): no request is made after the one under way`);
      expect(run.stderr).toContain(
        "maildns rollback: restored: a.example; perhaps restored (OVH did not answer the restore, or failed after it was asked for; compare the zone): b.example\n",
      );
      expect(run.stdout).toMatch(/next: `pulumi refresh`, then `maildns adopt`, before the next `pulumi up`\n$/);
      // The zone restored is the saved one; nothing was asked of OVH after the restore left unanswered.
      const records = (list: readonly FakeRecord[]) => list.map((r) => `${r.subDomain} ${r.fieldType} ${r.target}`);
      expect(records(ovh.zones.get("a.example")!)).toEqual(records(SAVED("a.example")));
      expect(ovh.requests.at(-1)!.url).toMatch(/^\/1\.0\/domain\/zone\/b\.example\/history\/.*\/restore$/);
    });
  }

  it("SIGINT while the second zone is being read (before its restore): that zone is not restored, and no restore is asked for", async () => {
    const { root, ovh } = await twoChangedZones();
    const held = ovh.hold({ method: "GET", pathPrefix: "/domain/zone/b.example/history" });
    const run = await interrupted(ovh, root, ["rollback", "--stack", "prod", "--yes"], held, "SIGINT");
    expect(run.signal).toBe("SIGINT");
    expect(run.stderr).toContain("maildns rollback: restored: a.example; not restored: b.example\n");
    expect(ovh.requests.filter((r) => r.method === "POST" && r.url.includes("b.example"))).toEqual([]);
    expect(ovh.zones.get("b.example")).toEqual([MX("b.example"), DMARC("b.example", "none")]);
  });
});

describe("maildns rollback (without --yes) interrupted", () => {
  it("SIGTERM while the second zone is read: names the zone not compared, says nothing was restored, ends by SIGTERM", async () => {
    const ovh = await startOvhServer({ zones: Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])) });
    server = ovh;
    const files: Record<string, string> = { "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n" };
    for (const zone of ZONES) files[`stacks/prod/.maildns-rollback/${zone}/2026-01-01T00-00-05-000Z.zone`] = renderExport(zone, SAVED(zone));
    const held = ovh.hold({ method: "GET", pathPrefix: "/domain/zone/b.example/export" });
    const run = await interrupted(ovh, tempTree(files), ["rollback", "--stack", "prod"], held, "SIGTERM");
    expect(run.signal).toBe("SIGTERM");
    expect(run.stdout).toContain("a.example: saved 2026-01-01T00:00:05.000Z");
    expect(run.stderr).toContain("maildns rollback: not compared: b.example; nothing was restored (only --yes restores)\n");
    expect(ovh.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("SIGINT while the host's saved version of a zone whose difference it printed is checked: that zone is said compared, not 'not compared'", async () => {
    const ovh = await startOvhServer({ zones: Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])) });
    server = ovh;
    const files: Record<string, string> = { "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n" };
    for (const zone of ZONES) {
      files[`stacks/prod/.maildns-rollback/${zone}/2026-01-01T00-00-05-000Z.zone`] = renderExport(zone, SAVED(zone));
      ovh.zones.set(zone, [MX(zone), DMARC(zone, "none")]);
    }
    // The first zone's export is compared and its difference printed; then its history is asked for, and held.
    const held = ovh.hold({ method: "GET", pathPrefix: "/domain/zone/a.example/history" });
    const run = await interrupted(ovh, tempTree(files), ["rollback", "--stack", "prod"], held, "SIGINT");
    expect(run.signal).toBe("SIGINT");
    expect(run.stdout).toContain("a.example: saved 2026-01-01T00:00:05.000Z (stacks/prod/.maildns-rollback/a.example/2026-01-01T00-00-05-000Z.zone); a restore removes 1 and brings back 1 records\n");
    expect(run.stderr).toContain(
      "maildns rollback: compared (its difference is printed above), the host's saved version not checked: a.example; not compared: b.example; nothing was restored (only --yes restores)\n",
    );
    expect(ovh.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("maildns adopt interrupted", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} while the second zone is listed: the adoption file is left as it was (no file beside it), the zones read and not read are named, then it ends by ${signal}`, async () => {
      const ovh = await startOvhServer({ zones: Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])) });
      server = ovh;
      const earlier = '{"version": 2, "provider": "ovh", "readAt": "2026-11-01T00:00:00.000Z", "zones": {}, "stack": []}\n';
      const root = tempTree({
        "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n",
        "stacks/prod/a.example.yaml": domainYaml("a.example"),
        "stacks/prod/b.example.yaml": domainYaml("b.example"),
        "stacks/prod/maildns-adoption.json": earlier,
        "state.json": JSON.stringify({ version: 3, deployment: { resources: [] } }),
      });
      const held = ovh.hold({ method: "GET", pathPrefix: "/domain/zone/b.example/record" });
      const run = await interrupted(ovh, root, ["adopt", "--stack", "prod", "--state", "state.json", "--today", "2026-11-20"], held, signal);
      expect(run.signal).toBe(signal);
      expect(run.stderr).toContain(`maildns adopt: interrupted (${signal}): no request is made after the one under way`);
      expect(run.stderr).toContain(
        "maildns adopt: stacks/prod/maildns-adoption.json not written (the earlier one is left as it was): read a.example; not read: b.example. Nothing was changed at OVH; run maildns adopt again.\n",
      );
      expect(readFileSync(join(root, "stacks/prod/maildns-adoption.json"), "utf8")).toBe(earlier);
      expect(readdirSync(join(root, "stacks/prod")).sort()).toEqual(["a.example.yaml", "b.example.yaml", "maildns-adoption.json"]);
      // adopt only reads.
      expect(ovh.requests.filter((r) => r.method !== "GET")).toEqual([]);
    });
  }

  it("SIGINT while a zone no domain file declares any more (the stack holds records there) is listed: that zone is named as not read, and no earlier adoption file is claimed", async () => {
    const ovh = await startOvhServer({ zones: { ...Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])), "c.example": [MX("c.example")] } });
    server = ovh;
    // The stack holds c.example's MX; its domain file is gone, so adopt reads the zone after the declared ones.
    const held = [{ urn: "urn:pulumi:prod::maildns::ovh:Domain/zoneRecord:ZoneRecord::c.example/@/mx/mx0.mail.ovh.net.", type: "ovh:Domain/zoneRecord:ZoneRecord", id: "10", inputs: {}, outputs: {} }];
    const root = tempTree({
      "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n",
      "stacks/prod/a.example.yaml": domainYaml("a.example"),
      "stacks/prod/b.example.yaml": domainYaml("b.example"),
      "state.json": JSON.stringify({ version: 3, deployment: { resources: held } }),
    });
    const wait = ovh.hold({ method: "GET", pathPrefix: "/domain/zone/c.example/record" });
    const run = await interrupted(ovh, root, ["adopt", "--stack", "prod", "--state", "state.json", "--today", "2026-11-20"], wait, "SIGINT");
    expect(run.signal).toBe("SIGINT");
    expect(run.stderr).toContain(
      "maildns adopt: stacks/prod/maildns-adoption.json not written (there was none before): read a.example, b.example; not read: c.example. Nothing was changed at OVH; run maildns adopt again.\n",
    );
    expect(readdirSync(join(root, "stacks/prod")).sort()).toEqual(["a.example.yaml", "b.example.yaml"]);
  });

  it("not interrupted, the same stack is adopted (a control for the test's stack)", async () => {
    const ovh = await startOvhServer({ zones: Object.fromEntries(ZONES.map((z) => [z, SAVED(z)])) });
    server = ovh;
    const root = tempTree({
      "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: ovh\n",
      "stacks/prod/a.example.yaml": domainYaml("a.example"),
      "stacks/prod/b.example.yaml": domainYaml("b.example"),
      "state.json": JSON.stringify({ version: 3, deployment: { resources: [] } }),
    });
    const run = await interrupted(ovh, root, ["adopt", "--stack", "prod", "--state", "state.json", "--today", "2026-11-20"], new Promise<void>(() => undefined), "SIGINT");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, "stacks/prod/maildns-adoption.json"), "utf8")).zones).toHaveProperty("b.example");
  });
});
