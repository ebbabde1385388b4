// `maildns doctor` as a subprocess against real Dovecot (IMAP) and Postfix (submission, SASL through
// Dovecot) on loopback, started by `.ci/services.sh start dovecot postfix`: the test CA, an expired
// certificate, a real login with the test account, and the two port/security mix-ups clients make (STARTTLS
// on a port that speaks TLS from the first byte, TLS from the first byte on a port that greets in clear).
// The DNS step asks a loopback DNS server holding a healthy example.test zone.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseZoneFile } from "../../src/dns/index.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { requireService } from "../helpers/services.js";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

const IMAPS = requireService("MAILDNS_TEST_IMAPS", "Dovecot (`.ci/services.sh start dovecot`)");
const IMAP_STARTTLS = requireService("MAILDNS_TEST_IMAP_STARTTLS", "Dovecot (`.ci/services.sh start dovecot`)");
const SMTPS = requireService("MAILDNS_TEST_SMTPS", "Postfix (`.ci/services.sh start dovecot postfix`)");
const SMTPS_EXPIRED = requireService("MAILDNS_TEST_SMTPS_EXPIRED", "Postfix (`.ci/services.sh start dovecot postfix`)");
const SUBMISSION = requireService("MAILDNS_TEST_SUBMISSION", "Postfix (`.ci/services.sh start dovecot postfix`)");
const USER = requireService("MAILDNS_TEST_MAIL_USER", "Dovecot's test account");
const PASSWORD = requireService("MAILDNS_TEST_MAIL_PASSWORD", "Dovecot's test account");
const CA = requireService("MAILDNS_TEST_CA", "the test CA (test/fixtures/tls/ca.pem)");

const dkimKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "der", type: "spki" }).toString("base64");
const ZONE = `$TTL 300
@ SOA ns.example.test. hostmaster.example.test. 1 3600 600 86400 300
@ NS ns.example.test.
@ MX 1 mx.example.test.
@ TXT "v=spf1 ip4:192.0.2.10 -all"
default._domainkey TXT "v=DKIM1; k=rsa; p=${dkimKey.slice(0, 200)}" "${dkimKey.slice(200)}"
_dmarc TXT "v=DMARC1; p=quarantine; np=reject; rua=mailto:dmarc@example.test"
mx A 192.0.2.25
`;

let dns: DnsServer;
beforeAll(async () => {
  const parsed = parseZoneFile(ZONE, { origin: "example.test" });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  dns = await startDnsServer({ zones: parsed.records, origins: ["example.test"] });
});
afterAll(async () => {
  await dns.close();
});

interface Check {
  id: string;
  status: string;
  detail: string;
}
interface Finding {
  ruleId: string;
  level: string;
  message: string;
}

async function doctor(flags: string[], env: Record<string, string> = {}) {
  // A single-value flag is given once (a second --timeout is refused): a test that needs another passes its own.
  const timeout = flags.includes("--timeout") ? [] : ["--timeout", "3000"];
  const run = await runCliAsync(["doctor", "example.test", "--resolver", `${dns.host}:${dns.port}`, ...timeout, "-f", "json", ...flags], { env, timeoutMs: 60_000 });
  const json = JSON.parse(run.stdout) as { checks: Check[]; findings: Finding[] };
  return { ...run, json, verdicts: json.checks.map((c) => `${c.id}:${c.status}`) };
}

/** The password in every form it could leak in: as is, base64 (standard and URL-safe, padded or not), the AUTH PLAIN blob, hex, percent-encoded, JSON-escaped. */
function encodings(password: string, user: string): string[] {
  const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const forms = [
    password,
    b64(password),
    b64(password).replace(/=+$/, ""),
    Buffer.from(password).toString("base64url"),
    b64(`\0${user}\0${password}`),
    b64(`${user}\0${password}`),
    Buffer.from(password).toString("hex"),
    Buffer.from(password).toString("hex").toUpperCase(),
    encodeURIComponent(password),
    JSON.stringify(password).slice(1, -1),
  ];
  return [...new Set(forms)];
}

function expectNoPassword(output: string, password: string): void {
  for (const form of encodings(password, USER)) expect(output.includes(form), `the password leaked as ${JSON.stringify(form)}`).toBe(false);
}

describe("doctor against Dovecot and Postfix on loopback", () => {
  test("the test CA, a real login: every check passes in the guide's order, and the password is nowhere in the output", async () => {
    const run = await doctor(["--imap", IMAPS, "--smtps", SMTPS, "--submission", SUBMISSION, "--ca", CA, "--login"], { MAILDNS_LOGIN_USER: USER, MAILDNS_LOGIN_PASSWORD: PASSWORD });
    expect(run.stderr).toBe("");
    expect(run.json.findings).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.verdicts).toEqual([
      "dns:ok",
      "imap-connect:ok",
      "imap-tls:ok",
      "imap-greeting:ok",
      "imap-capability:ok",
      "imap-login:ok",
      "smtps-connect:ok",
      "smtps-tls:ok",
      "smtps-banner:ok",
      "smtps-ehlo:ok",
      "smtps-auth:ok",
      "submission-connect:ok",
      "submission-banner:ok",
      "submission-ehlo:ok",
      "submission-starttls:ok",
      "submission-tls:ok",
      "submission-ehlo-tls:ok",
      "submission-auth:ok",
      "submission-login:ok",
      "dnsbl:skipped",
    ]);
    const detail = (id: string) => run.json.checks.find((c) => c.id === id)!.detail;
    expect(detail("imap-tls")).toMatch(/^TLSv1\.[23], certificate CN=localhost issued by CN=maildns test CA, O=maildns tests, valid until /);
    expect(detail("imap-greeting")).toMatch(/^\* OK /);
    expect(detail("imap-capability")).toContain("AUTH=PLAIN AUTH=LOGIN");
    expect(detail("smtps-banner")).toBe("220 localhost ESMTP maildns test");
    expect(detail("submission-ehlo")).toContain("STARTTLS");
    // After a credential only the status codes are shown: the server's text may echo what it was sent.
    expect(detail("submission-login")).toBe("AUTH PLAIN: 235 2.7.0 (accepted)");
    expect(detail("imap-login")).toBe("AUTHENTICATE PLAIN: OK (logged in)");
    expectNoPassword(run.stdout + run.stderr, PASSWORD);
  });


  test("a wrong password: smtp-auth-failed with Postfix's 535, and neither password is printed in any encoding", async () => {
    const wrong = `${PASSWORD}-wrong`;
    const run = await doctor(["--imap", "none", "--smtps", "none", "--submission", SUBMISSION, "--ca", CA, "--login"], { MAILDNS_LOGIN_USER: USER, MAILDNS_LOGIN_PASSWORD: wrong });
    expect(run.status).toBe(1);
    expect(run.json.findings.map((f) => f.ruleId)).toEqual(["smtp-auth-failed"]);
    expect(run.json.findings[0]!.message).toMatch(new RegExp(`^${SUBMISSION} rejected the login: 535 5\\.7\\.8 `));
    expect(run.verdicts).toContain("submission-login:problem");
    const text = await runCliAsync(["doctor", "example.test", "--resolver", `${dns.host}:${dns.port}`, "--imap", "none", "--smtps", "none", "--submission", SUBMISSION, "--ca", CA, "--login"], {
      env: { MAILDNS_LOGIN_USER: USER, MAILDNS_LOGIN_PASSWORD: wrong },
      timeoutMs: 60_000,
    });
    for (const output of [run.stdout + run.stderr, text.stdout + text.stderr]) {
      expectNoPassword(output, wrong);
      expectNoPassword(output, PASSWORD);
    }
  });

  test("an expired certificate on 465 → tls-certificate-expired; without the test CA → tls-certificate-untrusted", async () => {
    const expired = await doctor(["--imap", "none", "--smtps", SMTPS_EXPIRED, "--submission", "none", "--ca", CA]);
    expect(expired.status).toBe(1);
    expect(expired.json.findings.map((f) => f.ruleId)).toEqual(["tls-certificate-expired"]);
    expect(expired.json.findings[0]!.message).toBe(`The certificate of ${SMTPS_EXPIRED} expired on 2001-01-01T00:00:00.000Z (issuer: CN=maildns test CA, O=maildns tests)`);
    expect(expired.verdicts.slice(0, 3)).toEqual(["dns:ok", "imap-connect:skipped", "smtps-connect:ok"]);
    expect(expired.verdicts).toContain("smtps-tls:problem");

    const untrusted = await doctor(["--imap", IMAPS, "--smtps", "none", "--submission", "none"]);
    expect(untrusted.json.findings.map((f) => f.ruleId)).toEqual(["tls-certificate-untrusted"]);
    expect(untrusted.verdicts).toContain("imap-tls:problem");
  });

  test("STARTTLS set up against ports that speak TLS from the first byte (Postfix 465, Dovecot 993) → starttls-on-implicit-tls-port, not a firewall timeout", async () => {
    for (const port of [SMTPS, IMAPS]) {
      const run = await doctor(["--imap", "none", "--smtps", "none", "--submission", port, "--ca", CA]);
      expect(run.status, port).toBe(1);
      expect(run.json.findings.map((f) => f.ruleId), port).toEqual(["starttls-on-implicit-tls-port"]);
      expect(run.json.findings[0]!.message).toBe(`${port} speaks TLS from the first byte (implicit TLS), but was set up as SMTP, STARTTLS: the client waits for a greeting in clear that never comes`);
      expect(run.verdicts).toContain("submission-banner:problem");
    }
  });

  test("TLS from the first byte set up against ports that greet in clear (Postfix 587, Dovecot 143) → implicit-tls-on-starttls-port with the greeting", async () => {
    const smtp = await doctor(["--imap", "none", "--smtps", SUBMISSION, "--submission", "none", "--ca", CA]);
    expect(smtp.json.findings.map((f) => f.ruleId)).toEqual(["implicit-tls-on-starttls-port"]);
    expect(smtp.json.findings[0]!.message).toBe(
      `${SUBMISSION} greets in clear (220 localhost ESMTP maildns test) and expects STARTTLS, but was set up as SMTP, SSL/TLS: the TLS handshake fails`,
    );
    expect(smtp.verdicts).toContain("smtps-tls:problem");

    const imap = await doctor(["--imap", IMAP_STARTTLS, "--smtps", "none", "--submission", "none", "--ca", CA]);
    expect(imap.json.findings.map((f) => f.ruleId)).toEqual(["implicit-tls-on-starttls-port"]);
    expect(imap.json.findings[0]!.message).toMatch(new RegExp(`^${IMAP_STARTTLS} greets in clear \\(\\* OK \\[CAPABILITY IMAP4rev1 .*\\) and expects STARTTLS, but was set up as IMAP, SSL/TLS`));
    expect(imap.verdicts).toContain("imap-tls:problem");
  });

  test("--password-file: the real login passes with the password read from a file, printed nowhere", async () => {
    const dir = tempTree({ password: `${PASSWORD}\n` });
    const run = await doctor(["--imap", "none", "--smtps", "none", "--submission", SUBMISSION, "--ca", CA, "--login", "--password-file", `${dir}/password`], { MAILDNS_LOGIN_USER: USER });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.json.checks.find((c) => c.id === "submission-login")).toMatchObject({ status: "ok", detail: "AUTH PLAIN: 235 2.7.0 (accepted)" });
    expectNoPassword(run.stdout + run.stderr, PASSWORD);
  });

  test("--login over a certificate that fails (Postfix's expired one on 465; 587 without the test CA): the password is not sent", async () => {
    const env = { MAILDNS_LOGIN_USER: USER, MAILDNS_LOGIN_PASSWORD: PASSWORD };
    const expired = await doctor(["--imap", "none", "--smtps", SMTPS_EXPIRED, "--submission", "none", "--ca", CA, "--login"], env);
    expect(expired.json.findings.map((f) => f.ruleId)).toEqual(["tls-certificate-expired"]);
    expect(expired.json.checks.find((c) => c.id === "smtps-login")).toMatchObject({ status: "skipped", detail: "password not sent: the TLS session failed verification (see the TLS check)" });
    const untrusted = await doctor(["--imap", "none", "--smtps", "none", "--submission", SUBMISSION, "--login"], env);
    expect(untrusted.json.findings.map((f) => f.ruleId)).toEqual(["tls-certificate-untrusted"]);
    expect(untrusted.json.checks.find((c) => c.id === "submission-login")).toMatchObject({ status: "skipped" });
    for (const run of [expired, untrusted]) expectNoPassword(run.stdout + run.stderr, PASSWORD);
  });

  // Last of the file, with a long step timeout: Dovecot delays every login from an address after its failed
  // ones (auth_penalty, up to 15 s), and the wrong SMTP password above is one.
  test("a wrong password on Dovecot's IMAP: imap-login-failed with its response code only, the password printed nowhere", async () => {
    const wrong = `${PASSWORD}-wrong`;
    const run = await doctor(["--imap", IMAPS, "--smtps", "none", "--submission", "none", "--ca", CA, "--login", "--timeout", "20000"], { MAILDNS_LOGIN_USER: USER, MAILDNS_LOGIN_PASSWORD: wrong });
    expect(run.status).toBe(1);
    expect(run.json.findings.map((f) => f.ruleId)).toEqual(["imap-login-failed"]);
    expect(run.json.findings[0]!.message).toBe(`${IMAPS} refused the IMAP login: NO [AUTHENTICATIONFAILED]`);
    expectNoPassword(run.stdout + run.stderr, wrong);
  });
});
