// `maildns adopt` against an OVH API that answers wrongly or with hostile data: a record said to belong to
// another zone, a record echoing the OAuth2 Bearer token the request carried. Nothing may be written from it.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdoptCommand } from "../../../src/cli/commands/adopt.js";
import { OvhClient, resolveEndpoint } from "../../../src/providers/ovh/client.js";
import { OvhApiError } from "../../../src/providers/ovh/errors.js";
import { adoptArgs, adoptWorkspace } from "../../helpers/adopt-workspace.js";
import { ovhCliIo } from "../../helpers/ovh-cli-io.js";
import { startOvhServer, type FakeOvhServer } from "../../helpers/ovh-server.js";

let root: string;
let server: FakeOvhServer;

const io = (env: Record<string, string | undefined> = {}) => ovhCliIo(server, root, env);

const adopt = createAdoptCommand({ apiOptions: { sleep: async () => undefined } });
const args = (...more: string[]) => adoptArgs(server, ...more);
// The zone of the adopt tests: apex MX and SPF, a DMARC pseudo-type, an OVH DKIM delegation.
const LIVE_ZONE = [
  { id: 1001, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
  { id: 1004, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 3600 },
  { id: 1006, subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com", ttl: 3600 },
  { id: 1007, subDomain: "ovhmo1234567-selector1._domainkey", fieldType: "CNAME", target: "ovhmo1234567-selector1._domainkey.1234567.ab.dkim.mail.ovh.net.", ttl: 3600 },
];
const adoptionFile = () => join(root, "stacks", "prod", "maildns-adoption.json");

beforeEach(async () => {
  root = adoptWorkspace("maildns-hostile-");
  server = await startOvhServer({ zones: { "example.com": LIVE_ZONE } });
});

afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("adopt against a wrong or hostile OVH API", () => {
  it("a record answered as another zone's stops adopt: its import id would name a record of that zone", async () => {
    // The adoption file keeps each live record's zone, and the Pulumi import id is `<id>.<zone>`: adopted as
    // victim.example's record 1006, `pulumi up` would import (and, its zone differing from the file's,
    // replace, so delete) a record of a zone no file names.
    server.fail({ status: 200, method: "GET", pathPrefix: "/domain/zone/example.com/record/1006", body: { id: 1006, zone: "victim.example", subDomain: "_dmarc", fieldType: "DMARC", target: "v=DMARC1; p=none", ttl: 3600 } });
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toBe(
      "maildns adopt: GET /domain/zone/example.com/record/1006 answered record 1006 as another zone's, not example.com's; is the endpoint OVH's API?\n",
    );
    expect(existsSync(adoptionFile())).toBe(false);
  });

  it("a listing of more record ids than the zone's export holds is refused before any of them is read", async () => {
    // 100,000 ids (or one id repeated past the zone's size) for one owner and type would be read one GET at a
    // time: hours against an API that answers slowly. The export holds every record of the zone.
    server.fail({ status: 200, method: "GET", pathPrefix: "/domain/zone/example.com/record", body: Array.from({ length: 100_000 }, (_, i) => i + 1) });
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.err).toBe(
      "maildns adopt: GET /domain/zone/example.com/record listed 100000 record ids at the owners maildns manages, more than the zone's export holds (6 records); is the endpoint OVH's API?\n",
    );
    expect(server.requests.filter((r) => /\/record\/\d+$/.test(r.url))).toEqual([]);
    expect(existsSync(adoptionFile())).toBe(false);
  });

  it("a record whose subDomain or fieldType holds terminal controls is refused: messages name a record by its type and owner", async () => {
    // Listed with the apex MX records, echoing a credential: adopt names it (type and owner) to say why the
    // file is not written, and `pulumi up` names records by type and owner too.
    const encoded = Buffer.from(server.credentials.consumerKey).toString("base64");
    server.zones.get("example.com")!.push({ id: 1010, subDomain: "x\u001b]0;owned\u0007", fieldType: "TXT\u001b[2J", target: `"${encoded}"`, ttl: 3600 });
    server.fail({ status: 200, method: "GET", pathPrefix: "/domain/zone/example.com/record", body: [1001, 1010] });
    const sink = io();
    expect(await adopt.run(args(), sink)).toBe(1);
    expect(sink.out + sink.err).not.toMatch(/[\u001b\u0007]/u);
    expect(sink.err).toBe(
      "maildns adopt: GET /domain/zone/example.com/record/1010 did not return record 1010 (its id, subDomain, fieldType, target and ttl); is the endpoint OVH's API?\n",
    );
  });

  it("never writes nor prints the OAuth2 Bearer token a record echoes back, in any encoding", async () => {
    // The token the fake API issued, as the requests carried it: known once the first call is made.
    const bearer = () => /^Bearer (.+)$/.exec(String(server.requests.find((r) => /^Bearer /.test(String(r.headers.authorization)))?.headers.authorization ?? ""))?.[1] ?? "no-token-yet";
    const echo = { id: 1010, subDomain: "_dmarc", fieldType: "TXT", ttl: 3600, get target() { return `"v=DMARC1; p=none; rua=mailto:${Buffer.from(bearer()).toString("base64")}@example.com"`; } };
    server.zones.get("example.com")!.push(echo);
    const sink = io({ OVH_APPLICATION_KEY: undefined, OVH_APPLICATION_SECRET: undefined, OVH_CONSUMER_KEY: undefined, OVH_CLIENT_ID: server.oauth.clientId, OVH_CLIENT_SECRET: server.oauth.clientSecret });
    expect(await adopt.run(args(), sink)).toBe(1);
    const token = bearer();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(existsSync(adoptionFile())).toBe(false);
    const shown = sink.out + sink.err;
    expect(shown).not.toContain(Buffer.from(token).toString("base64"));
    expect(shown).not.toContain(token);
    expect(sink.err).toContain("  example.com: TXT _dmarc (id 1010)\n");
  });
});

describe("a hostile answer to GET /auth/time", () => {
  const zoneGets = () => server.requests.filter((r) => r.url.startsWith("/1.0/domain/"));
  const ovh = () => new OvhClient({ endpoint: server.baseUrl, credentials: server.credentials, timeoutMs: 2_000, sleep: async () => undefined });

  for (const [label, skew, said] of [
    ["the year 3000", 1000 * 365 * 86_400, "365000 days ahead of"],
    ["two days behind", -2 * 86_400, "2 days behind"],
  ] as const) {
    it(`a server clock ${label} signs no request: it is refused, saying how far off it is`, async () => {
      server.clockSkew = skew;
      const error = await ovh().get("/domain/zone/example.com/record").then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(OvhApiError);
      expect((error as OvhApiError).message).toBe(
        `GET /auth/time says the server's clock is ${said} this machine's: no request is signed for a time that far off. Check this machine's clock, and that the endpoint is OVH's API.`,
      );
      expect(zoneGets()).toEqual([]);
    });
  }

  it("a negative time (before 1970) is not a time", async () => {
    server.clockSkew = -Math.floor(Date.now() / 1000) - 100;
    const error = await ovh().get("/domain/zone/example.com/record").then(() => null, (e: unknown) => e);
    expect((error as OvhApiError).message).toBe("GET /auth/time returned something that is not a time; is the endpoint an OVH API?");
    expect(zoneGets()).toEqual([]);
  });

  it("a clock error of hours is corrected, as before", async () => {
    server.clockSkew = 5 * 3600;
    expect(await ovh().get("/domain/zone/example.com/record")).toEqual([1001, 1004, 1006, 1007]);
  });
});

describe("what the client does not follow or send", () => {
  it("plain HTTP is an endpoint only on this machine: elsewhere the consumer key or the client secret would cross the network readable", async () => {
    for (const endpoint of ["http://eu.api.ovh.com/1.0", "http://192.0.2.7:8080/1.0", "http://127.0.0.1.example/1.0"]) {
      expect(() => resolveEndpoint(endpoint)).toThrow(`OVH endpoint "${endpoint}" is plain HTTP to another machine: the credentials would cross the network readable. Use https://, or ovh-eu, ovh-ca, ovh-us.`);
    }
    for (const endpoint of ["http://127.0.0.1:9/1.0", "http://[::1]:9/1.0", "http://localhost:9/1.0", "https://eu.api.ovh.com/1.0"]) expect(resolveEndpoint(endpoint)).toBe(endpoint);
    // And nothing is sent: the client is not made.
    const sink = io({ OVH_ENDPOINT: undefined });
    await expect(adopt.run(["--stack", "prod", "--endpoint", "http://192.0.2.7/1.0", "--state", "state.json", "--today", "2026-11-20"], sink)).rejects.toThrow("plain HTTP to another machine");
  });

  it("a redirect is not followed (the signed headers would go to the host it names) and is said as such", async () => {
    server.fail({ status: 302, headers: { Location: "http://127.0.0.1:9/1.0/domain/zone/example.com/record" } });
    const client = new OvhClient({ endpoint: server.baseUrl, credentials: server.credentials, timeoutMs: 2_000, sleep: async () => undefined });
    const error = (await client.get("/domain/zone/example.com/record").then(() => null, (e: unknown) => e)) as OvhApiError;
    expect(error.message).toBe(
      "GET /domain/zone/example.com/record failed with 302: the endpoint redirects elsewhere, which OVH's API does not do, and maildns follows no redirect (it would send the credentials there). Check the endpoint: ovh-eu, ovh-ca, ovh-us, or a URL ending in /1.0.",
    );
    expect(server.requests.filter((r) => r.url.startsWith("/1.0/domain/"))).toHaveLength(1);
  });

  it("an answer past 8 MiB (a 10 MB target) is refused as what it is, at once, not retried as a network failure", async () => {
    server.fail({ status: 200, method: "GET", pathPrefix: "/domain/zone/example.com/record/1006", times: 5, body: { id: 1006, zone: "example.com", subDomain: "_dmarc", fieldType: "TXT", target: "x".repeat(10 * 1024 * 1024), ttl: 3600 } });
    const client = new OvhClient({ endpoint: server.baseUrl, credentials: server.credentials, timeoutMs: 5_000, sleep: async () => undefined });
    const error = (await client.get("/domain/zone/example.com/record/1006").then(() => null, (e: unknown) => e)) as OvhApiError;
    expect(error.failure).toBe("bad-response");
    expect(error.message).toBe("GET /domain/zone/example.com/record/1006 answered more than 8 MiB, far more than any answer of OVH's API; is the endpoint OVH's API?");
    expect(server.requests.filter((r) => r.url.endsWith("/record/1006"))).toHaveLength(1);
  });

  it("a token that cannot go into a header is refused as the token endpoint's answer, not retried as a network failure", async () => {
    server.fail({ status: 200, pathPrefix: "/auth/oauth2/token", body: { access_token: "abc\r\nX-Injected: 1", token_type: "Bearer", expires_in: 3600 } });
    const client = new OvhClient({ endpoint: server.baseUrl, credentials: server.oauth, tokenUrl: server.tokenUrl, timeoutMs: 2_000, sleep: async () => undefined });
    const error = (await client.get("/domain/zone/example.com/record").then(() => null, (e: unknown) => e)) as OvhApiError;
    expect(error.failure).toBe("bad-response");
    expect(error.message).toBe("POST /auth/oauth2/token answered with a token that cannot be sent (not an OAuth2 bearer token, RFC 6750 §2.1); is the token URL OVH's?");
    expect(server.requests.filter((r) => r.url.startsWith("/1.0/domain/"))).toEqual([]);
  });
});
