// `audit`, `import` and `doctor` ask OVH's API for the DKIM selector names when OVH credentials are in the
// environment. A call OVH refuses (a key without the rights, an expired one) or never answers used to be
// swallowed: the run went on with its DNS probes and said nothing. It is now said on stderr and in the JSON
// report (the call, its status, what to do, no secret) and fails the run; the first failure stops the asking.
import { existsSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CliIO } from "../../src/cli/command.js";
import { auditCommand } from "../../src/cli/commands/audit.js";
import { createDoctorCommand } from "../../src/cli/commands/doctor.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { startOvhServer, type FakeOvhServer } from "../helpers/ovh-server.js";
import { tempTree } from "../helpers/tmp.js";
import { FIXTURE_ZONES } from "../plan/helpers.js";

let ovh: FakeOvhServer;
beforeEach(async () => {
  ovh = await startOvhServer({ zones: {} });
});
afterEach(async () => {
  await ovh.close();
});

const ovhEnv = () => ({
  OVH_ENDPOINT: ovh.baseUrl,
  OVH_APPLICATION_KEY: ovh.credentials.applicationKey,
  OVH_APPLICATION_SECRET: ovh.credentials.applicationSecret,
  OVH_CONSUMER_KEY: ovh.credentials.consumerKey,
});

const zones = ["clean.example", "chain.example", "export.example"].flatMap((zone) => ["--zone", `${FIXTURE_ZONES}${zone}.zone`]);

/** A refusal whose body echoes the credentials, as a hostile or careless server may. */
function refuse(status: number, times = 10): void {
  const { applicationSecret, consumerKey } = ovh.credentials;
  ovh.fail({ status, times, pathPrefix: "/email/", body: { message: `denied for ${consumerKey} ${Buffer.from(applicationSecret).toString("base64")}`, class: "Client::Forbidden" } });
}

function expectNoSecret(text: string): void {
  for (const secret of [ovh.credentials.applicationSecret, ovh.credentials.consumerKey]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString("base64"));
  }
  expect(text).not.toContain("denied for");
}

const FORBIDDEN =
  "GET /email/domain/clean.example/dkim failed with 403 (Client::Forbidden): the consumer key lacks the rights audit needs: GET on /email/domain/*, /email/pro/* and /email/exchange/* (it only reads OVH's DKIM). Create one with them.";

describe("OVH's DKIM selector names not read", () => {
  test("audit says a 403 on stderr and in the JSON report, and exits 1", async () => {
    refuse(403);
    const run = await runCliInProcess(["audit", "clean.example", ...zones, "--today", "2026-11-01", "-f", "json"], { env: ovhEnv() });
    expect(run.stderr).toBe(
      `maildns audit: OVH's DKIM selector names were not read for clean.example: ${FORBIDDEN} Their DKIM was checked only for the selectors known otherwise. Fix the credentials, or run without them in the environment to go without OVH's names.\n`,
    );
    const json = JSON.parse(run.stdout);
    expect(json.hostApiFailure).toEqual({ host: "OVH", call: "GET /email/domain/clean.example/dkim", status: 403, domains: ["clean.example"], message: FORBIDDEN });
    expect(run.status).toBe(1);
    expectNoSecret(run.stdout + run.stderr);
  });

  test("audit: without the failure the report has no hostApiFailure, and the same run exits 0", async () => {
    const run = await runCliInProcess(["audit", "clean.example", ...zones, "--today", "2026-11-01", "-f", "json"], { env: ovhEnv() });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).hostApiFailure).toBeUndefined();
    expect(run.status).toBe(0);
  });

  test("the first failure stops the asking: the other domains are named as not asked, not asked one by one", async () => {
    refuse(401);
    const run = await runCliInProcess(["audit", "clean.example", "chain.example", "export.example", ...zones, "--today", "2026-11-01", "-f", "json"], { env: ovhEnv() });
    expect(ovh.requests.filter((r) => r.url.startsWith("/1.0/email/")).map((r) => r.url)).toEqual(["/1.0/email/domain/clean.example/dkim"]);
    const json = JSON.parse(run.stdout);
    expect(json.hostApiFailure.domains).toEqual(["clean.example", "chain.example", "export.example"]);
    expect(json.hostApiFailure.status).toBe(401);
    expect(run.stderr).toMatch(
      /^maildns audit: OVH's DKIM selector names were not read for clean\.example, chain\.example and 1 more \(asked no further after the first\): GET \/email\/domain\/clean\.example\/dkim failed with 401 \(Client::Forbidden\): OVH did not accept the credentials\. /,
    );
    expect(run.status).toBe(1);
    expectNoSecret(run.stdout + run.stderr);
  });

  test("import writes no file for a domain whose OVH selector names could not be read, and says why", async () => {
    refuse(403);
    const out = tempTree({});
    const run = await runCliInProcess(["import", "clean.example", "--zone", `${FIXTURE_ZONES}clean.example.zone`, "--out", out, "--today", "2026-11-01", "-q"], { env: ovhEnv() });
    expect(run.stderr).toBe(
      `maildns import: OVH's DKIM selector names were not read for clean.example: ${FORBIDDEN.replace("audit needs", "import needs")} That domain is not written. Fix the credentials, or run without them in the environment to go without OVH's names.\n` +
        "maildns import: clean.example: error: OVH's DKIM selector names could not be read (said above)\n" +
        "maildns import: clean.example not written\n",
    );
    expect(existsSync(join(out, "clean.example.yaml"))).toBe(false);
    expect(run.status).toBe(1);
    expectNoSecret(run.stdout + run.stderr);
  });

  test("doctor says it on stderr, in its JSON and its summary line, and exits 1", async () => {
    refuse(403);
    const doctor = createDoctorCommand({
      dnsChecks: () => async () => [],
      dnsSource: () => ({ lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) }),
    });
    const sink = { out: "", err: "" };
    const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: tempTree({}), env: ovhEnv(), isTTY: false };
    const flags = ["--imap", "none", "--smtps", "none", "--submission", "none", "--timeout", "200", "--deadline", "2000"];
    expect(await doctor.run(["clean.example", ...flags, "-f", "json"], io)).toBe(1);
    const message = FORBIDDEN.replace("audit needs", "doctor needs");
    expect(sink.err).toBe(
      `maildns doctor: OVH's DKIM selector names were not read for clean.example: ${message} Its DKIM was checked only for the selectors known otherwise. Fix the credentials, or run without them in the environment to go without OVH's names.\n`,
    );
    expect(JSON.parse(sink.out).hostApiFailure).toEqual({ host: "OVH", call: "GET /email/domain/clean.example/dkim", status: 403, domains: ["clean.example"], message });
    refuse(403);
    sink.out = "";
    expect(await doctor.run(["clean.example", ...flags], io)).toBe(1);
    expect(sink.out).toMatch(/\nIncomplete: OVH's DKIM selector names not read \(GET \/email\/domain\/clean\.example\/dkim failed with 403\); 0 check\(s\) with a problem/);
    expectNoSecret(sink.out + sink.err);
  });
});

describe("an OVH API that asks doctor to wait past its --deadline", () => {
  test("a 429 with Retry-After: 60 is not waited for: the run ends with its checks and its report, saying the call did not finish in time", async () => {
    ovh.fail({ status: 429, times: 2, pathPrefix: "/email/", headers: { "Retry-After": "60" } });
    const doctor = createDoctorCommand({
      dnsChecks: () => async () => [],
      dnsSource: () => ({ lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) }),
    });
    const sink = { out: "", err: "" };
    const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: tempTree({}), env: ovhEnv(), isTTY: false };
    const flags = ["--imap", "none", "--smtps", "none", "--submission", "none", "--timeout", "200", "--deadline", "10000", "-f", "json"];
    expect(await doctor.run(["clean.example", ...flags], io)).toBe(1);
    const json = JSON.parse(sink.out);
    // Asked once: the retry OVH asked for would have come after the run's end.
    expect(ovh.requests.filter((r) => r.url.startsWith("/1.0/email/")).map((r) => r.status)).toEqual([429]);
    expect(json.hostApiFailure).toMatchObject({ host: "OVH", call: "GET /email/domain/clean.example/dkim", status: 429, domains: ["clean.example"] });
    expect(json.hostApiFailure.message).toMatch(
      /^GET \/email\/domain\/clean\.example\/dkim failed with 429 \(Retry-After: 60 s\): OVH is rate limiting this key, and the call did not finish in time: not tried again: the wait of 60 s before the next attempt would end past the run's deadline \((\d|10)(\.\d)? s left\)\. Retry later\.$/,
    );
    // The checks still ran, within the time the API left them.
    expect(json.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual(["dns:ok", "imap-connect:skipped", "smtps-connect:skipped", "submission-connect:skipped", "dnsbl:skipped"]);
    expect(json.incomplete).toBeUndefined();
    expect(sink.err).toContain("did not finish in time");
  });
});

describe("an OVH API that never answers", () => {
  test("an interrupted audit does not wait for it: the asking ends at once, and the report is written", async () => {
    const interrupt = new AbortController();
    // Accepts the connection and never answers; the user presses Ctrl-C once the call is under way.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket.on("data", () => undefined));
      interrupt.abort("SIGINT");
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const sink = { out: "", err: "" };
      const env = { ...ovhEnv(), OVH_ENDPOINT: `http://127.0.0.1:${port}/1.0` };
      const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: tempTree({}), env, isTTY: false, interrupt: interrupt.signal };
      expect(await auditCommand.run(["clean.example", "chain.example", ...zones, "--today", "2026-11-01", "-f", "json"], io)).toBe(1);
      const message = "interrupted (SIGINT) before the host answered.";
      expect(JSON.parse(sink.out).hostApiFailure).toEqual({ host: "OVH", call: null, status: null, domains: ["clean.example", "chain.example"], message });
      expect(sink.err).toContain(`maildns audit: OVH's DKIM selector names were not read for clean.example, chain.example (asked no further after the first): ${message} `);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  test("doctor gives it --timeout per call and its attempts, so the run ends with its report, saying so", async () => {
    // Accepts the connection, reads the request, never answers.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket.on("data", () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const doctor = createDoctorCommand({
        dnsChecks: () => async () => [],
        dnsSource: () => ({ lookup: async (name, type) => ({ name, type, status: "nxdomain", ttl: null, values: [] }) }),
      });
      const sink = { out: "", err: "" };
      const env = { ...ovhEnv(), OVH_ENDPOINT: `http://127.0.0.1:${port}/1.0` };
      const io: CliIO = { stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t), cwd: tempTree({}), env, isTTY: false };
      const flags = ["--imap", "none", "--smtps", "none", "--submission", "none", "--timeout", "200", "--deadline", "3000", "-f", "json"];
      expect(await doctor.run(["clean.example", ...flags], io)).toBe(1);
      // Its clock first (/auth/time), tried twice, as a silent connection is: the default would have been
      // 15 s four times, a minute before the checks began, past any --deadline.
      const message = "GET /auth/time failed: no answer within 0.2 s; gave up after 2 attempts. Check the network and the endpoint.";
      expect(JSON.parse(sink.out).hostApiFailure).toEqual({ host: "OVH", call: "GET /auth/time", status: null, domains: ["clean.example"], message });
      expect(sink.err).toContain(message);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
