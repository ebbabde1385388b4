// Property-based: `doctor --login` against SMTP servers that echo what they were sent, encoded and decoded,
// in every reply after a credential (PLAIN and LOGIN, accepted and rejected). Property: no form of the
// canary password or of the PLAIN message (as typed, base64, URL-safe base64, hex, URL-encoded) appears in
// the report, the rendered text or JSON.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDoctor, type DoctorOptions } from "../../src/doctor/doctor.js";
import { formatDoctorJson, formatDoctorText } from "../../src/doctor/format.js";
import { sentForms } from "../../src/doctor/smtp.js";
import { startSmtpServer, TEST_CA, type RunningServer } from "../doctor/servers.js";
import { HEALTHY_ZONE, stubDns } from "../doctor/stub-dns.js";
import { hostileText, params, Tally, TEST_TIMEOUT, within } from "./harness.js";

const servers: RunningServer[] = [];
let accepted: Record<string, RunningServer> = {};
beforeAll(async () => {
  for (const auth of ["PLAIN", "LOGIN"]) {
    const server = await startSmtpServer({ mode: "plain", starttls: true, auth: [auth], echo: true, accounts: { "known@example.test": "the-known-password" } });
    servers.push(server);
    accepted[auth] = server;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  accepted = {};
});

function options(server: RunningServer, credentials: { user: string; password: string }): DoctorOptions {
  return {
    domain: "example.test",
    services: { imap: { skip: "not under test" }, smtps: { skip: "not under test" }, submission: { target: { host: server.host, port: server.port } } },
    dns: stubDns(HEALTHY_ZONE),
    dnsblZones: [],
    ca: TEST_CA(),
    timeoutMs: 2000,
    attempts: 1,
    deadlineMs: 10_000,
    credentials,
  };
}

describe("doctor --login against servers that echo credentials", { timeout: TEST_TIMEOUT }, () => {
  it("no encoding of the password or the PLAIN message reaches the report", async () => {
    const t = new Tally("doctor login echo");
    const inTime = within(6000);
    const credential = fc.tuple(fc.constantFrom("PLAIN", "LOGIN"), fc.boolean(), hostileText(24), hostileText(24)).map(([auth, known, user, secret]) => ({
      auth,
      credentials: known ? { user: "known@example.test", password: "the-known-password" } : { user: `u${user}@example.test`, password: `Pw-${secret}-9z` },
    }));
    await fc.assert(
      fc.asyncProperty(credential, async ({ auth, credentials }) => {
        if (!inTime()) return true;
        t.input();
        const report = await runDoctor(options(accepted[auth]!, credentials));
        const shown = [JSON.stringify(report), formatDoctorText(report), formatDoctorJson(report)].join("\n");
        const leaked = [...sentForms(credentials), credentials.password].filter((form) => form.length >= 6 && shown.includes(form));
        if (leaked.length > 0) return t.fail("leak", `${auth}: ${leaked.map((l) => JSON.stringify(l)).join(", ")} in the report`);
        return true;
      }),
      params(40, 0.0005),
    );
    t.report();
    expect(t.violations.leak).toBe(0);
  });
});
