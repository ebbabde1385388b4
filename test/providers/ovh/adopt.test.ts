import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../src/cli/command.js";
import { createAdoptCommand } from "../../../src/cli/commands/adopt.js";
import { adoptArgs, adoptWorkspace, EMPTY_STATE } from "../../helpers/adopt-workspace.js";
import { ovhCliIo } from "../../helpers/ovh-cli-io.js";
import { startOvhServer, type FakeOvhServer } from "../../helpers/ovh-server.js";

const repo = new URL("../../..", import.meta.url).pathname;
let root: string;
let server: FakeOvhServer;

const io = (env: Record<string, string | undefined> = {}) => ovhCliIo(server, root, env);

const adopt = createAdoptCommand({ apiOptions: { sleep: async () => undefined } });
const args = (...more: string[]) => adoptArgs(server, ...more);

export const LIVE_ZONE = [
  { id: 1001, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
  { id: 1002, subDomain: "", fieldType: "MX", target: "5 MX1.mail.ovh.net", ttl: 3600 },
  { id: 1003, subDomain: "", fieldType: "MX", target: "10 mx.old-provider.example.", ttl: 3600 },
  { id: 1004, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 3600 },
  { id: 1005, subDomain: "", fieldType: "TXT", target: '"google-site-verification=abc123"', ttl: 3600 },
  { id: 1006, subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com", ttl: 3600 },
  { id: 1007, subDomain: "ovhmo1234567-selector1._domainkey", fieldType: "CNAME", target: "ovhmo1234567-selector1._domainkey.1234567.ab.dkim.mail.ovh.net.", ttl: 3600 },
  { id: 1008, subDomain: "www", fieldType: "A", target: "192.0.2.10", ttl: 3600 },
  { id: 1009, subDomain: "old-selector._domainkey", fieldType: "TXT", target: '"v=DKIM1; k=rsa; p=QUJD"', ttl: 3600 },
];

beforeEach(async () => {
  root = adoptWorkspace("maildns-adopt-");
  server = await startOvhServer({ clockSkew: -45, zones: { "example.com": LIVE_ZONE } });
});

afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("maildns adopt against the local OVH API", () => {
  it("records every live record of the managed owners, slot by slot, and says what the update will do", async () => {
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(0);
    expect(sink.err).toBe("");
    const file = JSON.parse(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8"));
    expect(file.version).toBe(2);
    expect(file.provider).toBe("ovh");
    expect(file.stack).toEqual([]);
    // The verification TXT and the A record are not maildns's: never listed, never touched. The zone's
    // own selector (old-selector, found in its export) is.
    expect(file.zones["example.com"].live.map((r: { id: string }) => r.id)).toEqual(["1001", "1002", "1003", "1004", "1006", "1007", "1009"]);
    const lines = sink.out.trimEnd().split("\n");
    expect(lines[0]).toBe("example.com: 0 kept, 4 adopted, 0 to update in place, 8 to create, 3 to delete");
    expect(lines).toContain('  adopt   TXT @ "v=spf1 include:mx.ovh.com ~all" (id 1004, ttl 3600) as example.com/@/spf; the next update writes "v=spf1 include:mx.ovh.com ~all" ttl 600 in place');
    expect(lines).toContain("  adopt   MX @ 5 MX1.mail.ovh.net (id 1002, ttl 3600) as example.com/@/mx/mx1.mail.ovh.net.; the next update writes 5 mx1.mail.ovh.net. ttl 3600 in place");
    expect(lines).toContain("  delete  DMARC _dmarc v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com (id 1006) first: OVH cannot edit it into the TXT record, so it goes before that one is written");
    expect(lines).toContain("  adopt   MX @ 10 mx.old-provider.example. (id 1003) as example.com/@/mx/mx.old-provider.example./id-1003, to be deleted at the end of the next update");
    expect(lines).toContain(
      "  gate    remove-dkim-selector: example.com: this update deletes DKIM selector old-selector (old-selector._domainkey.example.com); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation) (pulumi up refuses this unless maildns:allow lists it)",
    );
    expect(lines).toContain(
      "4 records are adopted as they are (Pulumi imports a record only with its live inputs): after `pulumi up`, run `maildns adopt` and `pulumi up` once more to apply the domain files",
    );
    expect(lines.at(-1)).toBe("wrote stacks/prod/maildns-adoption.json (1 zones, 7 live records, 0 stack resources)");
    const listings = server.requests.filter((r) => r.url.includes("/record?")).map((r) => decodeURIComponent(r.url.split("?")[1]!));
    expect(listings).toContain("fieldType=MX&subDomain=");
    expect(listings).toContain("fieldType=DMARC&subDomain=_dmarc");
    expect(listings).toContain("fieldType=DKIM&subDomain=ovhmo1234567-selector2._domainkey");
    expect(listings).toContain("fieldType=TXT&subDomain=old-selector._domainkey");
    expect(listings.some((l) => l.includes("subDomain=www"))).toBe(false);
    expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(sink.out).not.toContain(server.credentials.applicationSecret);
  });

  it("keeps the records the stack already holds (no import for them), and finds them under their old names", async () => {
    const resources = [
      { urn: "urn:pulumi:prod::maildns::ovh:Domain/zoneRecord:ZoneRecord::example.com/@/TXT/1ff31f20", custom: true, id: "1004", type: "ovh:Domain/zoneRecord:ZoneRecord" },
      { urn: "urn:pulumi:prod::maildns::pulumi:providers:ovh::ovh", custom: true, id: "p", type: "pulumi:providers:ovh" },
    ];
    writeFileSync(join(root, "state.json"), JSON.stringify({ version: 3, deployment: { resources } }));
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(0);
    expect(sink.out).toContain('  update  TXT @ "v=spf1 include:mx.ovh.com ~all" (id 1004) in place to "v=spf1 include:mx.ovh.com ~all" ttl 600 as example.com/@/spf');
    const file = JSON.parse(readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8"));
    expect(file.stack).toEqual([{ name: "example.com/@/TXT/1ff31f20", type: "ovh:Domain/zoneRecord:ZoneRecord", id: "1004", importId: null }]);
  });

  it("refuses to adopt while a domain file cannot be read: its domain would drop out of the program", async () => {
    symlinkSync("example.org.yaml.old", join(root, "stacks", "prod", "example.org.yaml"));
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toContain('stacks/prod/example.org.yaml:1:1  error  is a symbolic link to "example.org.yaml.old", which does not exist: it was not checked (the other files were); fix the link or remove it  [file-unreadable]');
    expect(sink.err).toContain("maildns adopt: 1 domain file or folder could not be read: the domains in them are unknown, and applying without them would delete their records.\n");
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("refuses a state an unfinished update left behind", async () => {
    writeFileSync(join(root, "state.json"), JSON.stringify({ version: 3, deployment: { resources: [], pending_operations: [{ type: "creating" }] } }));
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toBe("maildns adopt: state.json: the stack has 1 operation left pending by an interrupted update; run `pulumi refresh` (or `pulumi cancel`), then export again\n");
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
  });

  it("runs `pulumi stack export` itself when no --state is given, and says what to do without the CLI", async () => {
    const bin = join(root, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "pulumi"), `#!/bin/sh\n[ "$1 $2 $3 $4" = "stack export --stack org/prod" ] || exit 3\ncat <<'JSON'\n${EMPTY_STATE}\nJSON\n`);
    chmodSync(join(bin, "pulumi"), 0o755);
    const noState = ["--stack", "prod", "--endpoint", server.baseUrl, "--today", "2026-11-20"];
    const sink = io({ PATH: `${bin}:/usr/bin:/bin` });
    expect(await adopt.run([...noState, "--pulumi-stack", "org/prod"], sink)).toBe(0);
    expect(sink.out).toContain("wrote stacks/prod/maildns-adoption.json");
    await expect(adopt.run([...noState, "--pulumi-stack", "other"], io({ PATH: `${bin}:/usr/bin:/bin` }))).rejects.toThrow(
      new UsageError("`pulumi stack export --stack other` failed (exit 3): check `pulumi login` and the stack name (--pulumi-stack), or run `pulumi stack export --stack other --file state.json` yourself and pass --state state.json"),
    );
    await expect(adopt.run(noState, io({ PATH: join(root, "nowhere") }))).rejects.toThrow(/^the Pulumi CLI is not on PATH, so adopt cannot read the stack's state: run `pulumi stack export --stack prod --file state\.json` yourself/);
  });

  it("--dry-run writes nothing", async () => {
    const sink = io();
    expect(await adopt.run(args("--dry-run"), sink)).toBe(0);
    expect(sink.out).toContain("dry run: stacks/prod/maildns-adoption.json not written");
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
  });

  it("works with an OAuth2 service account instead of application keys", async () => {
    const sink = io({ OVH_APPLICATION_KEY: undefined, OVH_APPLICATION_SECRET: undefined, OVH_CONSUMER_KEY: undefined, OVH_CLIENT_ID: server.oauth.clientId, OVH_CLIENT_SECRET: server.oauth.clientSecret });
    // The fake API issues tokens at its own origin; a real endpoint name uses OVH's token URL.
    expect(await adopt.run(args(), sink)).toBe(0);
    expect(server.tokensIssued).toBe(1);
    expect(server.requests.filter((r) => r.url.startsWith("/1.0/domain/")).every((r) => /^Bearer /.test(String(r.headers.authorization)))).toBe(true);
    expect(sink.out + sink.err).not.toContain(server.oauth.clientSecret);
  });

  for (const status of [401, 403, 404, 409, 429, 500]) {
    it(`exits 1 with a clear message on ${status}, showing no secret in any encoding`, async () => {
      const { consumerKey, applicationSecret } = server.credentials;
      const echo = `nope ${consumerKey.toUpperCase()} ${Buffer.from(applicationSecret).toString("base64")} ${[...consumerKey].join(" ")}`;
      server.fail({ status, times: 20, pathPrefix: "/domain/zone/example.com/record", body: { message: echo, class: Buffer.from(consumerKey).toString("hex") } });
      const sink = io();
      expect(await adopt.run(args(), sink)).toBe(1);
      // A 403 or a 404 belongs to the zone (the others are still read), so the zone and its file are named first.
      const zone = status === 403 || status === 404 ? "example\\.com \\(stacks/prod/example\\.com\\.yaml\\): " : "";
      expect(sink.err).toMatch(new RegExp(`^maildns adopt: ${zone}GET /domain/zone/example\\.com/record failed with ${status}: `));
      const shown = (sink.err + sink.out).toLowerCase();
      for (const secret of [applicationSecret, consumerKey]) {
        expect(shown).not.toContain(secret.toLowerCase());
        expect(shown).not.toContain(Buffer.from(secret).toString("base64").toLowerCase());
        expect(shown).not.toContain(Buffer.from(secret).toString("hex"));
      }
      expect(shown).not.toContain("nope");
      expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    });
  }

  it("never prints nor writes a credential that a record echoes back transformed", async () => {
    const encoded = Buffer.from(server.credentials.consumerKey).toString("base64");
    server.zones.get("example.com")!.push({ id: 1010, subDomain: "_dmarc", fieldType: "TXT", target: `"v=DMARC1; p=none; rua=mailto:${encoded}@example.com"`, ttl: 3600 });
    const sink = io();
    // The adoption file keeps live values as they are and is committed: it was once written with this one.
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    expect(sink.out + sink.err).not.toContain(encoded);
    expect(sink.out).toContain("rua=mailto:***@example.com");
    expect(sink.err).toBe(
      "maildns adopt: stacks/prod/maildns-adoption.json not written: this record holds one of the OVH credentials maildns sent (in some encoding):\n" +
        "  example.com: TXT _dmarc (id 1010)\n" +
        "Remove the credential from the zone and rotate it (it is published in DNS), then run maildns adopt again.\n",
    );
  });

  it("never writes a credential that a record holds inside a base64 blob (a JSON config encoded whole), at any offset", async () => {
    // The key starts 16 bytes into the blob (16 mod 3 = 1): its characters there are not those of the key
    // encoded alone, and the file was written with it.
    const blob = Buffer.from(JSON.stringify({ consumerKey: server.credentials.consumerKey, endpoint: "ovh-eu" })).toString("base64");
    server.zones.get("example.com")!.push({ id: 1011, subDomain: "_dmarc", fieldType: "TXT", target: `"v=DMARC1; p=none; rua=mailto:dmarc@example.com; x=${blob}"`, ttl: 3600 });
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
    expect(sink.err).toContain("  example.com: TXT _dmarc (id 1011)\n");
    expect(sink.out + sink.err).not.toContain(blob.slice(24, 48));
  });

  it("never writes a credential the stack's state holds in a record's values: those values are left out of the file", async () => {
    const encoded = Buffer.from(server.credentials.consumerKey).toString("base64");
    const state = (target: string) => ({ zone: "example.com", subdomain: "", fieldtype: "TXT", target, ttl: 3600 });
    const resources = [
      { urn: "urn:pulumi:prod::maildns::ovh:Domain/zoneRecord:ZoneRecord::example.com/@/spf", custom: true, id: "1004", type: "ovh:Domain/zoneRecord:ZoneRecord", outputs: state(`"v=spf1 include:${encoded} ~all"`) },
      { urn: "urn:pulumi:prod::maildns::ovh:Domain/zoneRecord:ZoneRecord::example.com/@/mx/mx0.mail.ovh.net.", custom: true, id: "1001", type: "ovh:Domain/zoneRecord:ZoneRecord", outputs: { ...state("1 mx0.mail.ovh.net."), fieldtype: "MX" } },
    ];
    writeFileSync(join(root, "state.json"), JSON.stringify({ version: 3, deployment: { resources } }));
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(0);
    const text = readFileSync(join(root, "stacks", "prod", "maildns-adoption.json"), "utf8");
    expect(text).not.toContain(encoded);
    const stack = (JSON.parse(text) as { stack: { name: string; state?: unknown }[] }).stack;
    expect(stack.map((r) => [r.name, r.state !== undefined])).toEqual([
      ["example.com/@/mx/mx0.mail.ovh.net.", true],
      ["example.com/@/spf", false],
    ]);
  });

  it("a record answered without one of its fields stops adopt, instead of being read as another record", async () => {
    // The _dmarc record without its subDomain once read as an apex record, which left the _dmarc slot empty:
    // the adoption then planned to create a TXT DMARC record beside the live one.
    server.fail({ status: 200, method: "GET", pathPrefix: "/domain/zone/example.com/record/1006", body: { id: 1006, zone: "example.com", fieldType: "DMARC", target: "v=DMARC1; p=none", ttl: 3600 } });
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toBe(
      "maildns adopt: GET /domain/zone/example.com/record/1006 did not return record 1006 (its id, subDomain, fieldType, target and ttl); is the endpoint OVH's API?\n",
    );
    expect(sink.out).not.toContain("create  TXT _dmarc");
    expect(existsSync(join(root, "stacks", "prod", "maildns-adoption.json"))).toBe(false);
  });

  it("needs credentials and an endpoint, as usage errors naming the variables", async () => {
    await expect(adopt.run(args(), io({ OVH_APPLICATION_SECRET: undefined, OVH_CONSUMER_KEY: "" }))).rejects.toThrow(
      new UsageError("missing OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY in the environment (or the stack's ovh:* config)"),
    );
    await expect(adopt.run(args(), io({ OVH_CLIENT_ID: "x", OVH_CLIENT_SECRET: "y" }))).rejects.toThrow(
      new UsageError("both OVH application keys and an OAuth2 service account are set: keep one (OVH's API takes one or the other)"),
    );
    await expect(adopt.run(["--stack", "prod", "--endpoint", "ovh-mars", "--state", "state.json"], io())).rejects.toThrow(/Unknown OVH endpoint "ovh-mars"/);
    // A secret pasted with its line break: once an 'unreachable' API (ERR_INVALID_CHAR) or a refused signature.
    const pasted = { OVH_APPLICATION_KEY: `${server.credentials.applicationKey}\n`, OVH_APPLICATION_SECRET: ` ${server.credentials.applicationSecret}` };
    await expect(adopt.run(args(), io(pasted))).rejects.toThrow(
      new UsageError("OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET have a space, a line break or another control character at an end or inside: set them again without it"),
    );
    expect(server.requests).toEqual([]);
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
