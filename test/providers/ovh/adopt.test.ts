import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError, type CliIO } from "../../src/cli/command.js";
import { createAdoptCommand } from "../../src/cli/commands/adopt.js";
import { startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";

const repo = new URL("../..", import.meta.url).pathname;
let root: string;
let server: FakeOvhServer;

function io(env: Record<string, string | undefined> = {}): CliIO & { out: string; err: string } {
  const sink = {
    out: "",
    err: "",
    stdout: (t: string) => void (sink.out += t),
    stderr: (t: string) => void (sink.err += t),
    cwd: root,
    env: { OVH_APPLICATION_KEY: server.credentials.applicationKey, OVH_APPLICATION_SECRET: server.credentials.applicationSecret, OVH_CONSUMER_KEY: server.credentials.consumerKey, ...env },
    isTTY: false,
  };
  return sink;
}

const adopt = createAdoptCommand({ clientOptions: { sleep: async () => undefined } });
const args = (...more: string[]) => ["--stack", "prod", "--endpoint", server.baseUrl, "--today", "2026-11-20", ...more];

export const LIVE_ZONE = [
  { id: 1001, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
  { id: 1002, subDomain: "", fieldType: "MX", target: "5 MX1.mail.ovh.net", ttl: 3600 },
  { id: 1003, subDomain: "", fieldType: "MX", target: "10 mx.old-provider.example.", ttl: 3600 },
  { id: 1004, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 3600 },
  { id: 1005, subDomain: "", fieldType: "TXT", target: '"google-site-verification=abc123"', ttl: 3600 },
  { id: 1006, subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com", ttl: 3600 },
  { id: 1007, subDomain: "ovhmo1234567-selector1._domainkey", fieldType: "CNAME", target: "ovhmo1234567-selector1._domainkey.1234567.ab.dkim.mail.ovh.net.", ttl: 3600 },
  { id: 1008, subDomain: "www", fieldType: "A", target: "192.0.2.10", ttl: 3600 },
];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), "maildns-adopt-"));
  mkdirSync(join(root, "stacks", "prod"), { recursive: true });
  copyFileSync(join(repo, "stacks", "example", "example.com.yaml"), join(root, "stacks", "prod", "example.com.yaml"));
  writeFileSync(join(root, "stacks", "Pulumi.prod.yaml"), "config:\n  maildns:policy: ovh\n  ovh:endpoint: ovh-eu\n");
  server = await startOvhServer({ clockSkew: -45, zones: { "example.com": LIVE_ZONE } });
});

afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("maildns adopt against the local OVH server", () => {
  it("writes import ids for existing records and lists creations and deletions", async () => {
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(0);
    expect(sink.err).toBe("");
    const file = JSON.parse(readFileSync(join(root, "stacks", "prod", "ovh-import-ids.json"), "utf8"));
    expect(Object.values(file.imports).sort()).toEqual(["1001.example.com", "1002.example.com", "1004.example.com", "1007.example.com"]);
    expect(file.imports).toMatchObject({
      "example.com/@/MX/315c5c17": "1001.example.com",
      "example.com/@/MX/f1e6491b": "1002.example.com",
      "example.com/@/TXT/1ff31f20": "1004.example.com",
    });
    // The verification TXT and the A record are not maildns's: never listed, never deleted.
    expect(file.zones["example.com"].existing.map((r: { id: number }) => r.id)).toEqual([1001, 1002, 1003, 1004, 1006, 1007]);
    const lines = sink.out.trimEnd().split("\n");
    expect(lines[0]).toBe("example.com: 4 adopted, 8 to create, 2 to delete");
    expect(lines).toContain('  adopt   TXT @ "v=spf1 include:mx.ovh.com ~all" (id 1004, ttl 3600) as example.com/@/TXT/1ff31f20 (ttl 3600 -> 600 after import)');
    expect(lines).toContain("  delete  example.com: MX @ 10 mx.old-provider.example. (id 1003) is in a managed RRset but the YAML no longer wants it");
    expect(lines).toContain("  delete  example.com: DMARC _dmarc v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com (id 1006) uses OVH's read-only DMARC pseudo-type; maildns writes TXT, so it must be deleted [ovh-native-type]");
    expect(lines.at(-1)).toBe("wrote stacks/prod/ovh-import-ids.json (4 import ids, 1 zones)");
    // Listing asked only the managed RRsets, with OVH's filters.
    const listings = server.requests.filter((r) => r.url.includes("/record?")).map((r) => decodeURIComponent(r.url.split("?")[1]!));
    expect(listings).toContain("fieldType=MX&subDomain=");
    expect(listings).toContain("fieldType=DMARC&subDomain=_dmarc");
    expect(listings).toContain("fieldType=DKIM&subDomain=ovhmo1234567-selector2._domainkey");
    expect(listings.some((l) => l.includes("subDomain=www"))).toBe(false);
    expect(sink.out).not.toContain(server.credentials.applicationSecret);
  });

  it("--dry-run writes nothing", async () => {
    const sink = io();
    expect(await adopt.run(args("--dry-run"), sink)).toBe(0);
    expect(sink.out).toContain("dry run: stacks/prod/ovh-import-ids.json not written");
    expect(existsSync(join(root, "stacks", "prod", "ovh-import-ids.json"))).toBe(false);
  });

  for (const status of [401, 403, 404, 409, 429, 500]) {
    it(`exits 1 with a clear message on ${status}, showing no secret`, async () => {
      server.fail({ status, times: 20, body: { message: `nope ${server.credentials.applicationSecret}` } });
      const sink = io();
      expect(await adopt.run(args(), sink)).toBe(1);
      expect(sink.err).toMatch(new RegExp(`^maildns adopt: GET /domain/zone/example\\.com/record failed with ${status} `));
      expect(sink.err + sink.out).not.toContain(server.credentials.applicationSecret);
      expect(sink.err + sink.out).not.toContain(server.credentials.consumerKey);
      expect(existsSync(join(root, "stacks", "prod", "ovh-import-ids.json"))).toBe(false);
    });
  }

  it("needs the OVH credentials and an endpoint, as usage errors naming the variables", async () => {
    await expect(adopt.run(args(), io({ OVH_APPLICATION_SECRET: undefined, OVH_CONSUMER_KEY: "" }))).rejects.toThrow(
      new UsageError("missing OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY in the environment: create an API key with GET on /domain/zone/* and export them"),
    );
    await expect(adopt.run(["--stack", "prod", "--endpoint", "ovh-mars"], io())).rejects.toThrow(/Unknown OVH endpoint "ovh-mars"/);
    await expect(adopt.run(["--stack", "nope", "--endpoint", "ovh-eu"], io())).rejects.toThrow("stacks/nope/ does not exist");
  });

  it("refuses to adopt while the YAML has lint errors", async () => {
    copyFileSync(join(repo, "stacks", "example", "example.net.yaml"), join(root, "stacks", "prod", "example.net.yaml"));
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toContain("[mx-target-not-hostname]");
    expect(sink.err).toContain("maildns adopt: fix the lint errors first");
    expect(server.requests).toEqual([]);
  });
});
