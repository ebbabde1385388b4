// OVH as the source of truth for OVH-hosted DKIM: with OVH credentials in the environment, `dkim: ovh`
// resolves at plan time, and import/doctor look at the selectors OVH reports (per-account names nobody
// can guess). The CLI runs as a subprocess against the local OVH API and loopback DNS.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { createDoctorCommand } from "../../src/cli/commands/doctor.js";
import type { DnsServer } from "../helpers/dns-server.js";
import { startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { FIXTURE_ZONES, startFixtureServer } from "../plan/helpers.js";
import { importedFixture } from "./imported-fixture.js";

const SELECTORS = [1, 2].map((n) => ({
  selectorName: `ovhmo3456789-selector${n}`,
  cname: `ovhmo3456789-selector${n}._domainkey.clean.example CNAME ovhmo3456789-selector${n}._domainkey.3456789.ac.dkim.mail.ovh.net.`,
  status: "set",
}));

let ovh: FakeOvhServer;
let dns: DnsServer;
beforeAll(async () => {
  ovh = await startOvhServer({ zones: {} });
  ovh.mxPlanDkim.set("clean.example", { status: "enabled", activeSelector: "ovhmo3456789-selector1", selectors: SELECTORS });
  dns = await startFixtureServer();
});
afterAll(async () => {
  await ovh.close();
  await dns.close();
});

const ovhEnv = () => ({
  OVH_ENDPOINT: ovh.baseUrl,
  OVH_APPLICATION_KEY: ovh.credentials.applicationKey,
  OVH_APPLICATION_SECRET: ovh.credentials.applicationSecret,
  OVH_CONSUMER_KEY: ovh.credentials.consumerKey,
});

/** clean.example's file with `dkim: ovh` instead of the two selectors, written once for the file's tests. */
let stackDir = "";
beforeAll(async () => {
  // clean.example as `import` writes it, imported once per test worker (importedFixture).
  const yaml = importedFixture("clean.example").replace(/dkim:\n  selectors:\n(    [^\n]*\n)+/, "dkim: ovh\n");
  expect(yaml).toContain("\ndkim: ovh\n");
  stackDir = join(tempTree({ "stack/clean.example.yaml": yaml }), "stack");
});

describe("dkim: ovh", () => {
  test("plan reads the selectors from OVH's API: the zone matches, no change, exit 0", async () => {
    const run = await runCliAsync(["plan", stackDir, "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--today", "2026-11-01", "-f", "json"], { env: ovhEnv() });
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(json.changes).toEqual([]);
    expect(json.failures).toEqual([]);
    expect(run.status).toBe(0);
    expect(ovh.requests.some((r) => r.url === "/1.0/email/domain/clean.example/dkim")).toBe(true);
  });

  test("without OVH credentials the selectors are unknown: a failure, and none of the zone's selectors is planned for deletion", async () => {
    const run = await runCliAsync(["plan", stackDir, "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--today", "2026-11-01", "-f", "json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.failures).toEqual([
      {
        domain: "clean.example",
        name: "_domainkey.clean.example",
        type: "CNAME",
        reason: "network",
        detail:
          "dkim: ovh needs the host's API to name the selectors: set OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (application keys), or OVH_CLIENT_ID and OVH_CLIENT_SECRET (an OAuth2 service account)",
      },
    ]);
    expect(json.changes).toEqual([]);
    expect(json.gates).toEqual([]);
  });
});

describe("import and doctor ask OVH for the selectors", () => {
  test("import over DNS finds the per-account selectors OVH reports (a probe list never would)", async () => {
    const resolver = ["--resolver", `127.0.0.1:${dns.port}`, "--timeout", "2000", "--retries", "1"];
    const without = await runCliAsync(["import", "clean.example", ...resolver]);
    expect(without.status).toBe(0);
    expect(without.stdout).not.toContain("ovhmo3456789-selector1");
    const withOvh = await runCliAsync(["import", "clean.example", ...resolver], { env: ovhEnv() });
    expect(withOvh.status).toBe(0);
    expect(withOvh.stdout).toContain("    - name: ovhmo3456789-selector1\n      cname: ovhmo3456789-selector1._domainkey.3456789.ac.dkim.mail.ovh.net.\n");
    expect(withOvh.stdout).toContain("    - name: ovhmo3456789-selector2\n");
    expect(withOvh.stdout + withOvh.stderr).not.toContain(ovh.credentials.applicationSecret);
  });

  test("doctor's DNS step looks at OVH's selectors, as selectors known to exist", async () => {
    let seen: readonly string[] | undefined;
    const doctor = createDoctorCommand({
      dnsChecks: (_source, context) => {
        seen = context.knownSelectors;
        return async () => [];
      },
      dnsSource: () => ({ lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) }),
    });
    const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: tempTree({}), env: ovhEnv(), isTTY: false };
    await doctor.run(["clean.example", "--imap", "none", "--smtps", "none", "--submission", "none", "--timeout", "200", "--deadline", "2000"], io);
    expect(seen).toEqual(["ovhmo3456789-selector1", "ovhmo3456789-selector2"]);
  });
});
