import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OvhClient, resolveEndpoint, retryAfterSeconds, signRequest } from "../../../src/providers/ovh/client.js";
import { explainStatus, OvhApiError } from "../../../src/providers/ovh/errors.js";
import { OvhZoneApi } from "../../../src/providers/ovh/zone-api.js";
import { startOvhServer, type FakeOvhServer } from "../../helpers/ovh-server.js";

let server: FakeOvhServer;
let sleeps: number[];

function client(overrides: Partial<ConstructorParameters<typeof OvhClient>[0]> = {}): OvhZoneApi {
  return new OvhZoneApi(new OvhClient({
    endpoint: server.baseUrl,
    credentials: server.credentials,
    timeoutMs: 2_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  }));
}

/** A token page builder as the client's: `page` granting each method asked on /domain/zone/*. */
function pageFor(page: string): (methods: readonly string[]) => string {
  return (methods) => `${page}?${methods.map((m) => `${m}=/domain/zone/*`).join("&")}`;
}

async function failure(promise: Promise<unknown>): Promise<OvhApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OvhApiError);
    return error as OvhApiError;
  }
  throw new Error("expected the call to fail");
}

function assertNoSecret(error: unknown): void {
  const texts = [String(error), JSON.stringify(error), inspect(error, { depth: 5, showHidden: true }), (error as Error).stack ?? ""];
  for (const text of texts) {
    expect(text).not.toContain(server.credentials.applicationSecret);
    expect(text).not.toContain(server.credentials.consumerKey);
  }
}

beforeEach(async () => {
  sleeps = [];
  server = await startOvhServer({
    clockSkew: 120,
    zones: {
      "example.com": [
        { id: 11, subDomain: "", fieldType: "MX", target: "1 mx0.mail.ovh.net.", ttl: 3600 },
        { id: 12, subDomain: "", fieldType: "MX", target: "5 mx1.mail.ovh.net.", ttl: 3600 },
        { id: 13, subDomain: "", fieldType: "TXT", target: '"v=spf1 include:mx.ovh.com ~all"', ttl: 600 },
      ],
    },
  });
});

afterEach(async () => {
  await server.close();
});

/** Runs `use` against the endpoint of a loopback HTTP server that accepts requests and never answers, then closes it. */
async function withSilentServer(use: (endpoint: string) => Promise<void>): Promise<void> {
  const http = await import("node:http");
  const silent = http.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const port = (silent.address() as { port: number }).port;
  try {
    await use(`http://127.0.0.1:${port}/1.0`);
  } finally {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
}

describe("signature", () => {
  it("matches OVH's $1$ + sha1 form (OVH-APISIG)", () => {
    // sha1("AS+CK+GET+https://eu.api.ovh.com/1.0/auth/details++1700000000")
    const signature = signRequest("AS", "CK", "GET", "https://eu.api.ovh.com/1.0/auth/details", "", 1700000000);
    expect(signature).toBe("$1$2258ffe00f7b89754bb0c9e59b15bc08742f4693");
    expect(signRequest("AS", "CK", "GET", "https://eu.api.ovh.com/1.0/auth/details", "", 1700000001)).not.toBe(signature);
  });

  it("knows OVH's endpoints and accepts a base URL", () => {
    expect(resolveEndpoint("ovh-eu")).toBe("https://eu.api.ovh.com/1.0");
    expect(resolveEndpoint("ovh-ca")).toBe("https://ca.api.ovh.com/1.0");
    expect(resolveEndpoint("ovh-us")).toBe("https://api.us.ovhcloud.com/1.0");
    expect(resolveEndpoint("http://127.0.0.1:9/1.0/")).toBe("http://127.0.0.1:9/1.0");
    expect(() => resolveEndpoint("ovh-moon")).toThrow(/Unknown OVH endpoint "ovh-moon"/);
    // Not a URL at all: said before any request (it once surfaced as node's bare "Invalid URL").
    expect(() => resolveEndpoint("http://[bad/1.0")).toThrow('Unknown OVH endpoint "http://[bad/1.0": use ovh-eu, ovh-ca, ovh-us or a URL ending in /1.0.');
    // A user and password in it are not repeated.
    expect(() => resolveEndpoint("https://me:pa55-SECRET@eu.api.ovh.com/1.0")).toThrow("Unknown OVH endpoint with a user or password in it: use ovh-eu, ovh-ca, ovh-us or a URL ending in /1.0.");
  });
});

describe("OvhClient against the local OVH server", () => {
  it("corrects its clock with /auth/time and lists records with signed requests", async () => {
    const ovh = client();
    expect(await ovh.client.clockOffset()).toBeGreaterThanOrEqual(119);
    expect(await ovh.listRecordIds("example.com", { fieldType: "MX", subDomain: "" })).toEqual([11, 12]);
    expect(await ovh.getRecord("example.com", 13)).toEqual({
      id: 13,
      zone: "example.com",
      subDomain: "",
      fieldType: "TXT",
      target: '"v=spf1 include:mx.ovh.com ~all"',
      ttl: 600,
    });
    const listing = server.requests.find((r) => r.url.startsWith("/1.0/domain/zone/example.com/record?"));
    expect(listing?.url).toBe("/1.0/domain/zone/example.com/record?fieldType=MX&subDomain=");
    expect(listing?.headers["x-ovh-signature"]).toMatch(/^\$1\$[0-9a-f]{40}$/);
    expect(server.requests.filter((r) => r.url === "/1.0/auth/time")).toHaveLength(1);
  });

  it("is refused with 401 when the clock is not corrected (the server checks the timestamp)", async () => {
    const ovh = client({ now: () => Date.now() - 3_600_000 });
    // A client whose clock is an hour behind still signs with the server's time after /auth/time ...
    expect(await ovh.listRecordIds("example.com")).toEqual([11, 12, 13]);
    // ... and a wrong secret gives OVH's 401 "Invalid signature" as a clear message.
    const wrong = client({ credentials: { ...server.credentials, applicationSecret: "as-WRONG-secret-value" } });
    const error = await failure(wrong.listRecordIds("example.com"));
    expect(error.failure).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.message).toContain("GET /domain/zone/example.com/record failed with 401 (Client::Unauthorized): OVH did not accept the credentials");
    expect(error.message).toContain("OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY");
    expect(String(error)).not.toContain("as-WRONG-secret-value");
  });

  it("says a record that is gone as such, not as a zone that does not exist", async () => {
    const error = await failure(client().getRecord("example.com", 999));
    expect(error.failure).toBe("not-found");
    expect(error.message).toMatch(/^GET \/domain\/zone\/example\.com\/record\/999 failed with 404 \(Client::NotFound\): zone example\.com no longer has this record; record ids change when the zone is edited in text mode in the Control Panel: run maildns adopt again\.$/);
  });

  const cases: { status: number; failure: string; text: RegExp; retried: number }[] = [
    { status: 401, failure: "unauthorized", text: /did not accept the credentials/, retried: 0 },
    { status: 403, failure: "forbidden", text: /lacks the rights for this call on zone example\.com \(its rules may cover other zones only, or none of \/domain\/zone\/\*\)\. Create one with GET\/POST\/PUT\/DELETE on \/domain\/zone\/\*/, retried: 0 },
    { status: 404, failure: "not-found", text: /zone example\.com is not a DNS zone of this OVH account\. Check the domain name and the endpoint \(ovh-eu, ovh-ca, ovh-us\)\. If example\.com is a subdomain whose records OVH holds in its parent's zone, its domain file cannot be applied/, retried: 0 },
    { status: 409, failure: "conflict", text: /zone is busy .* Wait for it to finish, then retry/, retried: 0 },
    { status: 429, failure: "rate-limited", text: /rate limiting this key; gave up after 3 attempts/, retried: 2 },
    { status: 500, failure: "server", text: /failed on its side; gave up after 3 attempts/, retried: 2 },
    { status: 503, failure: "server", text: /failed with 503: .*gave up after 3 attempts/, retried: 2 },
  ];
  for (const { status, failure: kind, text, retried } of cases) {
    it(`turns ${status} into a clear message`, async () => {
      server.fail({ status, times: 10, body: { message: `OVH said ${status}` } });
      const error = await failure(client({ maxRetries: 2 }).listRecordIds("example.com"));
      expect(error.failure).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.call).toBe("GET /domain/zone/example.com/record");
      expect(error.message).toMatch(text);
      // OVH's own words answer a request that carried our credentials: never repeated.
      expect(error.message).not.toContain(`OVH said`);
      expect(sleeps).toHaveLength(retried);
      assertNoSecret(error);
    });
  }

  it("honours Retry-After on 429 and succeeds when OVH lets it through", async () => {
    server.fail({ status: 429, times: 2, headers: { "Retry-After": "7" } });
    expect(await client().listRecordIds("example.com", { fieldType: "TXT" })).toEqual([13]);
    expect(sleeps).toEqual([7000, 7000]);
  });

  it("gives up at once when Retry-After is longer than it may wait", async () => {
    server.fail({ status: 429, headers: { "Retry-After": "3600" } });
    const error = await failure(client({ maxRetryAfterSeconds: 60 }).listRecordIds("example.com"));
    expect(error.failure).toBe("rate-limited");
    expect(sleeps).toEqual([]);
  });

  it("honours Retry-After on 503 (how long the service is expected to be unavailable, RFC 9110 §10.2.3)", async () => {
    server.fail({ status: 503, times: 2, headers: { "Retry-After": "7" } });
    expect(await client().listRecordIds("example.com", { fieldType: "TXT" })).toEqual([13]);
    expect(sleeps).toEqual([7000, 7000]);
    // An HTTP date is read against the local clock, as for a 429.
    sleeps = [];
    // The local clock is set to a whole second near the server's: /auth/time's answer is taken as a clock
    // error only within a day of it.
    const local = Math.floor(Date.now() / 1000) * 1000;
    server.fail({ status: 503, times: 1, headers: { "Retry-After": new Date(local + 12_000).toUTCString() } });
    expect(await client({ now: () => local }).listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(sleeps).toEqual([12000]);
  });

  it("gives up at once on a 503 whose Retry-After is longer than it may wait, and says OVH failed on its side", async () => {
    server.fail({ status: 503, headers: { "Retry-After": "3600" } });
    const error = await failure(client({ maxRetryAfterSeconds: 60 }).listRecordIds("example.com"));
    expect(error.failure).toBe("server");
    expect(error.status).toBe(503);
    expect(error.message).toBe("GET /domain/zone/example.com/record failed with 503: OVH's API failed on its side; gave up after 1 attempts. Retry later.");
    expect(sleeps).toEqual([]);
  });

  it("retries a 5xx with bounded backoff", async () => {
    server.fail({ status: 502, times: 1 });
    expect(await client().listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(sleeps).toEqual([500]);
  });

  it("times out a silent server and says so", async () => {
    await withSilentServer(async (endpoint) => {
      const ovh = new OvhZoneApi(new OvhClient({ endpoint, credentials: server.credentials, timeoutMs: 200, maxRetries: 1, sleep: async () => undefined }));
      const error = await failure(ovh.listRecordIds("example.com"));
      expect(error.failure).toBe("timeout");
      expect(error.message).toBe("GET /auth/time failed: no answer within 0.2 s; gave up after 2 attempts. Check the network and the endpoint.");
    });
  });

  it("times out a server that answers a byte at a time: the limit is on the whole answer, not between bytes", async () => {
    const http = await import("node:http");
    const timers = new Set<NodeJS.Timeout>();
    const trickle = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write("1");
      // One digit every 50 ms, forever: each resets a socket's idle timeout.
      const timer = setInterval(() => res.write("0"), 50);
      timers.add(timer);
      res.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => trickle.listen(0, "127.0.0.1", resolve));
    const port = (trickle.address() as { port: number }).port;
    const started = Date.now();
    try {
      const ovh = new OvhZoneApi(new OvhClient({ endpoint: `http://127.0.0.1:${port}/1.0`, credentials: server.credentials, timeoutMs: 300, maxRetries: 0 }));
      const error = await failure(ovh.listRecordIds("example.com"));
      expect(error.failure).toBe("timeout");
      expect(error.message).toBe("GET /auth/time failed: no answer within 0.3 s; gave up after 1 attempts. Check the network and the endpoint.");
      // It once waited as long as the server kept sending (here, until the test's own time limit).
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const timer of timers) clearInterval(timer);
      trickle.closeAllConnections();
      await new Promise<void>((resolve) => trickle.close(() => resolve()));
    }
  });

  it("reports a refused connection", async () => {
    const closed = await startOvhServer();
    const url = closed.baseUrl;
    await closed.close();
    const error = await failure(new OvhZoneApi(new OvhClient({ endpoint: url, credentials: server.credentials, maxRetries: 0 })).listRecordIds("example.com"));
    expect(error.failure).toBe("network");
    expect(error.message).toMatch(/cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it("never shows a secret: not in the client, its errors, nor an echoed error body", async () => {
    const ovh = client();
    server.fail({ status: 403, body: { message: `key ${server.credentials.consumerKey} lacks rights`, class: server.credentials.consumerKey } });
    const error = await failure(ovh.listRecordIds("example.com"));
    expect(error.message).toMatch(/^GET \/domain\/zone\/example\.com\/record failed with 403: the consumer key lacks the rights for this call on zone example\.com/);
    assertNoSecret(error);
    const shown = [JSON.stringify(ovh), inspect(ovh, { depth: 5, showHidden: true })].join("\n");
    expect(shown).not.toContain(server.credentials.applicationSecret);
    expect(shown).not.toContain(server.credentials.consumerKey);
  });

  it("points at the endpoint's token page with the needed rights", () => {
    const ovh = new OvhClient({ endpoint: "ovh-eu", credentials: server.credentials });
    expect(ovh.tokenUrl(["GET", "POST", "PUT", "DELETE"])).toBe(
      "https://eu.api.ovh.com/createToken/?GET=/domain/zone/*&POST=/domain/zone/*&PUT=/domain/zone/*&DELETE=/domain/zone/*",
    );
    expect(ovh.tokenUrl(["GET", "POST"])).toBe("https://eu.api.ovh.com/createToken/?GET=/domain/zone/*&POST=/domain/zone/*");
  });

  it("a 403 during rollback names what rollback needs, as its help does: GET and POST, on any call it makes", async () => {
    server.fail({ status: 403, times: 10 });
    const rollback = client({ purpose: "rollback" });
    const restore = await failure(rollback.restoreZone("example.com", "2026-01-01T00:00:00+00:00"));
    expect(restore.failure).toBe("forbidden");
    expect(restore.message).toBe(
      "POST /domain/zone/example.com/history/2026-01-01T00%3A00%3A00%2B00%3A00/restore failed with 403: the consumer key lacks the rights rollback needs on zone example.com: GET and POST on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history). Create one with them.",
    );
    const history = await failure(rollback.zoneHistory("example.com"));
    expect(history.message).toContain("the consumer key lacks the rights rollback needs on zone example.com: GET and POST on /domain/zone/*");
    // The export is rollback's first call: refused, it is rollback's rights that are missing, not an apply's.
    const exported = await failure(rollback.exportZone("example.com"));
    expect(exported.message).toBe(
      "GET /domain/zone/example.com/export failed with 403: the consumer key lacks the rights rollback needs on zone example.com: GET and POST on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history). Create one with them.",
    );
    // The same calls made by an apply (it saves the export and the version in force before it writes) name
    // the rights an apply needs: the URL does not say which command asked.
    const apply = client();
    for (const call of [apply.exportZone("example.com"), apply.zoneHistory("example.com"), apply.listRecordIds("example.com")]) {
      expect((await failure(call)).message).toContain("Create one with GET/POST/PUT/DELETE on /domain/zone/*");
    }
  });

  it("explainStatus: an adopt's 403 names only GET (adopt only reads), on the zone's records and on OVH's mail routes, for both schemes", () => {
    const page = "https://eu.api.ovh.com/createToken/";
    // One page builder, asked for the methods the purpose needs (as the client passes its own).
    const tokenUrls = { tokenUrl: pageFor(page) };
    const zoneRights = "GET on /domain/zone/* (it only reads the zone's records)";
    for (const call of ["GET /domain/zone/example.com/record", "GET /domain/zone/example.com/record/12"]) {
      expect(explainStatus({ call, status: 403, ...tokenUrls, attempts: 1, zone: "example.com", scheme: "application", purpose: "adopt" })).toEqual({
        failure: "forbidden",
        message: `${call} failed with 403: the consumer key lacks the rights adopt needs on zone example.com: ${zoneRights}. Create one with them at ${page}?GET=/domain/zone/*.`,
      });
      expect(explainStatus({ call, status: 403, tokenUrl: null, attempts: 1, zone: "example.com", scheme: "oauth2", purpose: "adopt" }).message).toBe(
        `${call} failed with 403: the service account's IAM policy does not allow this call on zone example.com. Grant it what adopt needs: ${zoneRights}.`,
      );
    }
    // OVH's DKIM is read on the mail routes, which the token page's /domain/zone/* rights do not cover: no page is named.
    const mail = "GET /email/domain/example.com/dkim";
    expect(explainStatus({ call: mail, status: 403, ...tokenUrls, attempts: 1, zone: null, scheme: "application", purpose: "adopt" }).message).toBe(
      `${mail} failed with 403: the consumer key lacks the rights adopt needs: GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM). Create one with them.`,
    );
    for (const message of [mail, "GET /domain/zone/example.com/record"].map((call) => explainStatus({ call, status: 403, ...tokenUrls, attempts: 1, zone: null, purpose: "adopt" }).message)) {
      expect(message).not.toMatch(/PUT|POST|DELETE/);
    }
  });

  it("a 403 during plan names what plan needs, GET alone, on OVH's DKIM and on the zone; an apply's the same calls name an apply's", async () => {
    server.fail({ status: 403, times: 10 });
    const plan = client({ purpose: "plan" });
    const dkim = await failure(plan.dkim("example.com", null));
    expect(dkim.failure).toBe("forbidden");
    expect(dkim.message).toBe(
      "GET /email/domain/example.com/dkim failed with 403: the consumer key lacks the rights plan needs: GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM). Create one with them.",
    );
    const records = await failure(plan.listRecordIds("example.com"));
    expect(records.message).toBe(
      "GET /domain/zone/example.com/record failed with 403: the consumer key lacks the rights plan needs on zone example.com: GET on /domain/zone/* (it only reads the zone's records). Create one with them.",
    );
    assertNoSecret(dkim);
    expect((await failure(client().dkim("example.com", null))).message).toContain("Create one with GET/POST/PUT/DELETE on /domain/zone/* and GET, PUT and POST on /email/domain/*");
    expect(server.requests.every((r) => r.method === "GET")).toBe(true);
  });

  it("explainStatus: every command that only reads names itself and the same rights, GET alone, with the token page for GET", () => {
    const page = "https://eu.api.ovh.com/createToken/";
    for (const purpose of ["adopt", "plan", "audit", "import", "doctor", "pulumi preview"] as const) {
      const call = "GET /domain/zone/example.com/record";
      expect(explainStatus({ call, status: 403, tokenUrl: pageFor(page), attempts: 1, zone: "example.com", scheme: "application", purpose })).toEqual({
        failure: "forbidden",
        message: `${call} failed with 403: the consumer key lacks the rights ${purpose} needs on zone example.com: GET on /domain/zone/* (it only reads the zone's records). Create one with them at ${page}?GET=/domain/zone/*.`,
      });
      expect(explainStatus({ call, status: 403, tokenUrl: pageFor(page), attempts: 1, zone: "example.com", scheme: "oauth2", purpose }).message).toBe(
        `${call} failed with 403: the service account's IAM policy does not allow this call on zone example.com. Grant it what ${purpose} needs: GET on /domain/zone/* (it only reads the zone's records).`,
      );
    }
  });

  it("explainStatus: a rollback's 403 names rollback's rights and the zone, for both schemes, on every call rollback makes", () => {
    const page = "https://eu.api.ovh.com/createToken/";
    const tokenUrls = { tokenUrl: pageFor(page) };
    const applyPage = `${page}?GET=/domain/zone/*&POST=/domain/zone/*&PUT=/domain/zone/*&DELETE=/domain/zone/*`;
    const rights = "GET and POST on /domain/zone/* (it reads the zone's export and history, and restores with a POST on the history)";
    const calls = ["GET /domain/zone/example.com/export", "GET /domain/zone/example.com/history", "POST /domain/zone/example.com/history/2026-01-01/restore"];
    for (const call of calls) {
      const keys = explainStatus({ call, status: 403, ...tokenUrls, attempts: 1, zone: "example.com", scheme: "application", purpose: "rollback" });
      expect(keys).toEqual({
        failure: "forbidden",
        message: `${call} failed with 403: the consumer key lacks the rights rollback needs on zone example.com: ${rights}. Create one with them at ${page}?GET=/domain/zone/*&POST=/domain/zone/*.`,
      });
      const oauth = explainStatus({ call, status: 403, tokenUrl: null, attempts: 1, zone: "example.com", scheme: "oauth2", purpose: "rollback" });
      expect(oauth).toEqual({
        failure: "forbidden",
        message: `${call} failed with 403: the service account's IAM policy does not allow this call on zone example.com. Grant it what rollback needs: ${rights}.`,
      });
    }
    // An apply's 403 on the export (and on the history it reads before it writes) keeps naming an apply's rights.
    for (const call of calls.slice(0, 2)) {
      expect(explainStatus({ call, status: 403, ...tokenUrls, attempts: 1, zone: "example.com" }).message).toBe(
        `${call} failed with 403: the consumer key lacks the rights for this call on zone example.com (its rules may cover other zones only, or none of /domain/zone/*). Create one with GET/POST/PUT/DELETE on /domain/zone/* at ${applyPage}.`,
      );
      expect(explainStatus({ call, status: 403, tokenUrl: null, attempts: 1, zone: "example.com", scheme: "oauth2" }).message).toBe(
        `${call} failed with 403: the service account's IAM policy does not allow this call. Grant it GET/POST/PUT/DELETE on /domain/zone/* (and /email/* for DKIM).`,
      );
    }
  });
});

describe("a deadline (doctor's --deadline): no request and no wait goes past it", () => {
  // The local clock stands still at a whole second near the server's (its /auth/time is taken as a clock
  // error only within a day), so the time left is exactly what the test gives.
  const local = Math.floor(Date.now() / 1000) * 1000;
  const until = (ms: number) => ({ now: () => local, deadlineAt: local + ms });

  it("a 429 whose Retry-After ends past the deadline: not waited for, said as not finished in time, the status kept", async () => {
    server.fail({ status: 429, times: 2, pathPrefix: "/domain/", headers: { "Retry-After": "60" } });
    const error = await failure(client({ maxRetries: 1, ...until(5_000) }).listRecordIds("example.com"));
    expect(sleeps).toEqual([]);
    expect(error.failure).toBe("rate-limited");
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      "GET /domain/zone/example.com/record failed with 429 (Retry-After: 60 s): OVH is rate limiting this key, and the call did not finish in time: not tried again: the wait of 60 s before the next attempt would end past the run's deadline (5 s left). Retry later.",
    );
  });

  it("a Retry-After that ends before the deadline is waited for, as without one", async () => {
    server.fail({ status: 429, times: 1, pathPrefix: "/domain/", headers: { "Retry-After": "3" } });
    expect(await client({ maxRetries: 1, ...until(5_000) }).listRecordIds("example.com", { fieldType: "TXT" })).toEqual([13]);
    expect(sleeps).toEqual([3000]);
  });

  it("a 5xx backoff longer than the time left: not waited for", async () => {
    server.fail({ status: 502, times: 1, pathPrefix: "/domain/" });
    const error = await failure(client({ maxRetries: 1, ...until(400) }).listRecordIds("example.com"));
    expect(sleeps).toEqual([]);
    expect(error).toMatchObject({ failure: "server", status: 502 });
    expect(error.message).toBe(
      "GET /domain/zone/example.com/record failed with 502: OVH's API failed on its side, and the call did not finish in time: not tried again: the wait of 0.5 s before the next attempt would end past the run's deadline (0.4 s left). Retry later.",
    );
  });

  it("a request to a silent server ends at the deadline, not at its own longer timeout, and says so", async () => {
    await withSilentServer(async (endpoint) => {
      const ovh = new OvhZoneApi(
        new OvhClient({ endpoint, credentials: server.credentials, timeoutMs: 60_000, maxRetries: 1, sleep: async () => undefined, deadlineAt: Date.now() + 300 }),
      );
      const error = await failure(ovh.listRecordIds("example.com"));
      expect(error.failure).toBe("timeout");
      expect(error.message).toBe("GET /auth/time did not finish in time: the run's deadline came first; gave up after 1 attempts.");
    });
  });
});

describe("OAuth2 service accounts", () => {
  function oauthClient(overrides: Partial<ConstructorParameters<typeof OvhClient>[0]> = {}): OvhZoneApi {
    return new OvhZoneApi(new OvhClient({ endpoint: server.baseUrl, credentials: server.oauth, sleep: async () => undefined, ...overrides }));
  }

  it("waits out a rate limit or a server error at the token endpoint, and never calls it a credentials problem", async () => {
    const sleeps: number[] = [];
    server.fail({ status: 429, pathPrefix: "/auth/oauth2/token", headers: { "Retry-After": "4" } });
    server.fail({ status: 503, pathPrefix: "/auth/oauth2/token" });
    // Once told to check OVH_CLIENT_ID and OVH_CLIENT_SECRET at the first 429, with no retry.
    expect(await oauthClient({ sleep: async (ms) => void sleeps.push(ms) }).listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(sleeps).toEqual([4000, 1000]);
    expect(server.tokensIssued).toBe(1);
    // A 503 at the token endpoint that says when to come back is waited out for that long.
    sleeps.length = 0;
    server.fail({ status: 503, pathPrefix: "/auth/oauth2/token", headers: { "Retry-After": "9" } });
    expect(await oauthClient({ sleep: async (ms) => void sleeps.push(ms) }).listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(sleeps).toEqual([9000]);
    server.fail({ status: 429, pathPrefix: "/auth/oauth2/token", times: 5 });
    const error = await failure(oauthClient({ maxRetries: 1 }).listRecordIds("example.com"));
    expect(error.failure).toBe("rate-limited");
    expect(error.message).toBe("POST /auth/oauth2/token failed with 429: OVH is rate limiting this key; gave up after 2 attempts. Wait a few minutes and retry.");
  });

  it("a 403 during plan names what plan needs, GET alone, on OVH's DKIM and on the zone, in the service account's terms", async () => {
    server.fail({ status: 403, times: 10 });
    const plan = oauthClient({ purpose: "plan" });
    const dkim = await failure(plan.dkim("example.com", null));
    expect(dkim.failure).toBe("forbidden");
    expect(dkim.message).toBe(
      "GET /email/domain/example.com/dkim failed with 403: the service account's IAM policy does not allow this call. Grant it what plan needs: GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM).",
    );
    expect((await failure(plan.listRecordIds("example.com"))).message).toBe(
      "GET /domain/zone/example.com/record failed with 403: the service account's IAM policy does not allow this call on zone example.com. Grant it what plan needs: GET on /domain/zone/* (it only reads the zone's records).",
    );
    expect(dkim.message).not.toContain(server.oauth.clientSecret);
    expect(server.requests.every((r) => r.method === "GET" || r.url === "/auth/oauth2/token")).toBe(true);
  });

  it("gets a token with the client credentials grant and sends it as a Bearer token, once", async () => {
    const ovh = oauthClient();
    expect(await ovh.listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(await ovh.listRecordIds("example.com", { fieldType: "TXT" })).toEqual([13]);
    expect(server.tokensIssued).toBe(1);
    const token = server.requests.find((r) => r.url === "/auth/oauth2/token")!;
    expect(token.method).toBe("POST");
    expect(new URLSearchParams(token.body).get("grant_type")).toBe("client_credentials");
    expect(new URLSearchParams(token.body).get("scope")).toBe("all");
    expect(token.headers.authorization).toMatch(/^Basic /);
    const listing = server.requests.find((r) => r.url.startsWith("/1.0/domain/zone/example.com/record?"))!;
    expect(listing.headers.authorization).toMatch(/^Bearer [0-9a-f]{32}$/);
    expect(listing.headers["x-ovh-signature"]).toBeUndefined();
    // No clock to correct: tokens are not timestamped.
    expect(server.requests.some((r) => r.url === "/1.0/auth/time")).toBe(false);
  });

  it("says which variables to check when the service account is refused, and shows no secret", async () => {
    const ovh = oauthClient({ credentials: { clientId: server.oauth.clientId, clientSecret: "oauth-WRONG-secret-1234" } });
    const error = await failure(ovh.listRecordIds("example.com"));
    expect(error.failure).toBe("unauthorized");
    expect(error.message).toBe(
      "POST /auth/oauth2/token failed with 401 (invalid_client): OVH did not issue a token for this service account. Check OVH_CLIENT_ID and OVH_CLIENT_SECRET (or the stack's ovh:clientId and ovh:clientSecret) and that the account's IAM policy allows /domain/zone/*.",
    );
    // The server's error_description repeated the client id; it is not shown.
    expect(error.message).not.toContain(server.oauth.clientId);
    expect(error.message).not.toContain("oauth-WRONG-secret-1234");
  });

  it("fetches a new token once when the API says the old one is no longer valid", async () => {
    const ovh = oauthClient();
    await ovh.listRecordIds("example.com");
    server.fail({ status: 401, pathPrefix: "/domain/zone", body: { message: "expired" } });
    expect(await ovh.listRecordIds("example.com", { fieldType: "MX" })).toEqual([11, 12]);
    expect(server.tokensIssued).toBe(2);
  });
});

describe("writes", () => {
  it("signs the JSON body: deletes, refreshes and exports a zone, and keeps its history", async () => {
    const ovh = client();
    await ovh.deleteRecord("example.com", "12");
    expect(server.zones.get("example.com")!.map((r) => r.id)).toEqual([11, 13]);
    // Not published until the zone is refreshed.
    expect(server.published.get("example.com")!.map((r) => r.id)).toEqual([11, 12, 13]);
    await ovh.refreshZone("example.com");
    expect(server.published.get("example.com")!.map((r) => r.id)).toEqual([11, 13]);
    // Deleting what is already gone is what was asked.
    await ovh.deleteRecord("example.com", "12");
    expect(await ovh.exportZone("example.com")).toContain('@\t600 IN TXT "v=spf1 include:mx.ovh.com ~all"');
    const versions = await ovh.zoneHistory("example.com");
    expect(versions).toHaveLength(2);
    await ovh.restoreZone("example.com", versions[0]!);
    expect(server.zones.get("example.com")!.map((r) => r.target).sort()).toEqual(['"v=spf1 include:mx.ovh.com ~all"', "1 mx0.mail.ovh.net.", "5 mx1.mail.ovh.net."]);
  });

  it("never retries a create that may have been applied, but does retry a 429", async () => {
    const ovh = client({ maxRetries: 3 });
    server.fail({ status: 503, method: "POST", pathPrefix: "/domain/zone/example.com/record", headers: { "Retry-After": "1" } });
    const error = await failure(ovh.client.post("/domain/zone/example.com/record", { fieldType: "TXT", subDomain: "x", target: '"a"', ttl: 0 }));
    expect(error.status).toBe(503);
    expect(sleeps).toEqual([]);
    server.fail({ status: 429, method: "POST", headers: { "Retry-After": "1" } });
    await ovh.client.post("/domain/zone/example.com/record", { fieldType: "TXT", subDomain: "x", target: '"a"', ttl: 0 });
    expect(sleeps).toEqual([1000]);
    expect(server.zones.get("example.com")!.filter((r) => r.subDomain === "x")).toHaveLength(1);
  });
});

describe("a saved version's zone file (rollback)", () => {
  it("is downloaded from the zoneFileUrl OVH names, with no credential, and a failure never shows that URL (its token)", async () => {
    const ovh = client();
    const [version] = await ovh.zoneHistory("example.com");
    expect(await ovh.zoneVersionFile("example.com", version!)).toContain("@\t600 IN TXT \"v=spf1 include:mx.ovh.com ~all\"");
    const download = server.requests.filter((r) => r.url.startsWith("/zonefile/"));
    expect(download).toHaveLength(1);
    expect(Object.keys(download[0]!.headers).filter((h) => /^(authorization|x-ovh-)/i.test(h))).toEqual([]);
    // Plain HTTP to another machine, or a URL with a user in it: not fetched, and not repeated.
    for (const url of [`http://192.0.2.1/zonefile?token=${server.downloadToken}`, `https://user:${server.downloadToken}@files.example/x`, "not a url"]) {
      const error = await failure(ovh.client.download(url, "the zone file of example.com's version of X"));
      expect(error.message).toBe("the zone file of example.com's version of X: OVH named no https URL to download it from; is the endpoint OVH's API?");
    }
    // OVH's history dates in other offsets are taken; a "date" that carries text (which Date.parse reads as a
    // comment) is not OVH's: it would be printed, and written into the saved export's header.
    server.history.get("example.com")!.push({ creationDate: "2026-11-20T10:00:00+01:00", records: [] });
    expect(await ovh.zoneHistory("example.com")).toContain("2026-11-20T10:00:00+01:00");
    server.history.get("example.com")!.push({ creationDate: "Jan 1 2026 (\u001b]0;owned\u0007\n)", records: [] });
    expect((await failure(ovh.zoneHistory("example.com"))).message).toBe("GET /domain/zone/example.com/history did not return a list of dates.");
    // A refused download names the file, not its URL.
    const refused = await failure(ovh.client.download(`${server.baseUrl.replace("/1.0", "")}/zonefile/example.com/0?token=wrong-${server.downloadToken}`, "the zone file of example.com's version of X"));
    expect(refused.message).toBe("the zone file of example.com's version of X failed with 403.");
  });
});

describe("credentials echoed back transformed", () => {
  const { consumerKey, applicationSecret } = { consumerKey: "ck-SECRET-consumer-5b8a0", applicationSecret: "as-SECRET-do-not-print-91d2e" };
  const forms = [
    consumerKey.toUpperCase(),
    [...consumerKey].join(" "),
    Buffer.from(consumerKey).toString("base64"),
    Buffer.from(applicationSecret).toString("base64url"),
    Buffer.from(applicationSecret).toString("hex"),
    encodeURIComponent(applicationSecret),
  ];
  for (const form of forms) {
    it(`scrubs ${form.slice(0, 12)}… from server text and never puts it in an error`, async () => {
      const ovh = client();
      expect(ovh.scrub(`record says ${form} here`)).toBe("record says *** here");
      server.fail({ status: 400, body: { message: `bad value ${form}`, class: form } });
      const error = await failure(ovh.listRecordIds("example.com"));
      expect(error.message).not.toContain(form);
      expect(error.message.toLowerCase()).not.toContain(consumerKey.toLowerCase());
    });
  }
});

describe("retryAfterSeconds", () => {
  it("reads delay-seconds and HTTP dates (RFC 9110 §10.2.3)", () => {
    expect(retryAfterSeconds("12", 0)).toBe(12);
    expect(retryAfterSeconds("Thu, 01 Jan 1970 00:00:30 GMT", 0)).toBe(30);
    expect(retryAfterSeconds(undefined, 0)).toBeNull();
    expect(retryAfterSeconds("soon", 0)).toBeNull();
  });
});
