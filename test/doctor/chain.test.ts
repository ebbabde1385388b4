// Certificates with more than one thing wrong. OpenSSL keeps only its last verification error, and its date
// check comes after its chain check: an expired certificate that no trusted authority vouches for came out
// as CERT_HAS_EXPIRED alone. Renewing it would still leave an untrusted certificate, so both are said.
import type net from "node:net";
import { describe, expect, it } from "vitest";
import { runDoctor } from "../../src/doctor/doctor.js";
import { formatDoctorText } from "../../src/doctor/format.js";
import { INTERMEDIATES, TEST_CA, readFixture, startSmtpServer, startImapServer, type CertName } from "./servers.js";
import { at, checkOf, doctorOptions, keepServers, ruleIds } from "./doctor-run.js";

const keep = keepServers();

const TEST_CA_ISSUER = "CN=maildns test CA, O=maildns tests";
const OTHER_CA_ISSUER = "CN=maildns other CA, O=maildns tests";

async function verdict(cert: CertName, ca: string | null = TEST_CA(), chain = "") {
  const server = await keep(startSmtpServer({ mode: "implicit", cert, chain }));
  const report = await runDoctor(doctorOptions({ smtps: at(server) }, { ca }));
  return { report, where: `127.0.0.1:${server.port}` };
}

describe("a date error no longer hides an untrusted chain", () => {
  it("an expired certificate from a trusted authority: only the date", async () => {
    const { report } = await verdict("expired");
    expect(ruleIds(report)).toEqual(["tls-certificate-expired"]);
  });

  it("an expired self-signed certificate: the date and the trust, self-signed named", async () => {
    const { report, where } = await verdict("expired-self-signed");
    expect(ruleIds(report)).toEqual(["tls-certificate-expired", "tls-certificate-untrusted"]);
    expect(report.findings[1]!.data.reason).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    expect(report.findings[1]!.message).toBe(
      `The certificate of ${where} is not trusted: it is self-signed, vouched for by no authority: a self-hosted server's own certificate, or one made up by an antivirus or proxy that intercepts TLS (DEPTH_ZERO_SELF_SIGNED_CERT); issuer: CN=localhost`,
    );
    expect(checkOf(report, "smtps-tls")?.status).toBe("problem");
  });

  it("an expired certificate from an authority that is not trusted: the date and the trust", async () => {
    const { report } = await verdict("other-ca-expired");
    expect(ruleIds(report)).toEqual(["tls-certificate-expired", "tls-certificate-untrusted"]);
    expect(report.findings[1]!.data).toMatchObject({ reason: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", issuer: OTHER_CA_ISSUER });
  });

  it("the expired certificate of the test CA without --ca: the store does not know the CA, both said", async () => {
    const { report } = await verdict("expired", null);
    expect(ruleIds(report)).toEqual(["tls-certificate-expired", "tls-certificate-untrusted"]);
    expect(report.findings[1]!.data).toMatchObject({ reason: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", issuer: TEST_CA_ISSUER });
  });

  it("a certificate not valid yet from an authority that is not trusted: both (CERT_NOT_YET_VALID is a date error too)", async () => {
    const { report } = await verdict("not-yet-valid", null);
    expect(ruleIds(report)).toEqual(["tls-certificate-not-yet-valid", "tls-certificate-untrusted"]);
  });

  it("a valid certificate from an authority that is not trusted: untrusted only, as before", async () => {
    const { report } = await verdict("other-ca-valid");
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data).toMatchObject({ reason: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", issuer: OTHER_CA_ISSUER });
  });

  it("over IMAP as over SMTP", async () => {
    const server = await keep(startImapServer({ cert: "expired-self-signed" }));
    const report = await runDoctor(doctorOptions({ imap: at(server) }));
    expect(ruleIds(report)).toEqual(["tls-certificate-expired", "tls-certificate-untrusted"]);
  });
});

describe("tls-certificate-untrusted names the likely cause from OpenSSL's reason", () => {
  const [int1, int2] = INTERMEDIATES();
  const intermediateMissing = "most often the server does not send its intermediate certificate";

  it("a certificate sent without its intermediates (the commonest real cause): the intermediate named, and the fix says how", async () => {
    const { report, where } = await verdict("short-leaf");
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.message).toBe(
      `The certificate of ${where} is not trusted: its issuer is not a trusted authority and the server sent no certificate linking it to one: ${intermediateMissing}; else the issuer is unknown (a private authority, or an interception) (UNABLE_TO_VERIFY_LEAF_SIGNATURE); issuer: CN=maildns intermediate 2, O=maildns tests`,
    );
    const fix = formatDoctorText(report).split("\n").find((line) => line.includes("fix (tls-certificate-untrusted)"))!;
    expect(fix).toContain("the server's administrator must install the whole chain the authority delivered (the certificate followed by its intermediates, e.g. Let's Encrypt's fullchain.pem, not cert.pem)");
    expect(fix).toContain("Self-signed (DEPTH_ZERO_SELF_SIGNED_CERT): replace it with a certificate from a public authority");
    expect(fix).toContain("An issuer named after an antivirus, a firewall or a proxy means it intercepts TLS");
  });

  it("the same server sending its whole chain is trusted", async () => {
    const { report } = await verdict("short-leaf", TEST_CA(), `${int2}${int1}`);
    expect(ruleIds(report)).toEqual([]);
  });

  it("a chain that stops short of the trusted authority (one intermediate of two sent) → UNABLE_TO_GET_ISSUER_CERT_LOCALLY, the intermediate named", async () => {
    const { report } = await verdict("short-leaf", TEST_CA(), int2);
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data.reason).toBe("UNABLE_TO_GET_ISSUER_CERT_LOCALLY");
    expect(report.findings[0]!.data.why).toContain(intermediateMissing);
  });

  it("a chain ending at an authority of its own that is not trusted → a private authority or an interception", async () => {
    const { report } = await verdict("other-ca-valid", TEST_CA(), readFixture("other-ca.pem"));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data).toMatchObject({
      reason: "SELF_SIGNED_CERT_IN_CHAIN",
      why: "its chain ends at an authority that is not trusted here: a private one (a company's, a self-hosted server's), or an antivirus or proxy that intercepts TLS",
    });
  });
});

describe("a certificate that names its host only in its Common Name", () => {
  /** "localhost" looked up as 127.0.0.1 only, where the test servers listen. */
  const lookup = ((_host: string, options: { all?: boolean }, callback: (error: null, address: unknown, family?: number) => void) => {
    if (options?.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
    else callback(null, "127.0.0.1", 4);
  }) as unknown as net.LookupFunction;

  it("CN=localhost and no subjectAltName, reached as localhost: a warning (clients that no longer read the CN refuse it), never a silent ok", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "cn-only" }));
    const report = await runDoctor(doctorOptions({ smtps: { target: { host: "localhost", port: server.port } } }, { lookup }));
    expect(ruleIds(report)).toEqual(["tls-certificate-cn-only"]);
    expect(report.findings[0]!.level).toBe("warn");
    expect(report.findings[0]!.message).toBe(
      `The certificate of localhost:${server.port} names localhost only in its subject's Common Name (CN=localhost), with no subjectAltName: Apple Mail (iOS 13, macOS 10.15 and later) and other clients that no longer read the Common Name refuse it`,
    );
    expect(checkOf(report, "smtps-tls")?.status).toBe("problem");
  });

  it("the same warning does not keep --login from a session every client's own checks pass otherwise", async () => {
    const credentials = { user: "user@example.test", password: "secret-pass" };
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "cn-only", accounts: { [credentials.user]: credentials.password } }));
    const report = await runDoctor(doctorOptions({ smtps: { target: { host: "localhost", port: server.port } } }, { lookup, credentials }));
    expect(ruleIds(report)).toEqual(["tls-certificate-cn-only"]);
    expect(checkOf(report, "smtps-login")?.status).toBe("ok");
  });

  it("reached by its IP address, the CN is never read (an address is matched only against the subjectAltName's, RFC 5280 §4.2.1.6): the name does not match", async () => {
    const { report, where } = await verdict("cn-only");
    expect(ruleIds(report)).toEqual(["tls-certificate-hostname"]);
    expect(report.findings[0]!.message).toBe(`The certificate of ${where} is for localhost, not 127.0.0.1`);
  });

  it("a certificate with a subjectAltName, reached by name: no warning", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "valid" }));
    const report = await runDoctor(doctorOptions({ smtps: { target: { host: "localhost", port: server.port } } }, { lookup }));
    expect(ruleIds(report)).toEqual([]);
  });
});

describe("chains as servers send them", () => {
  const [int1, int2] = INTERMEDIATES();
  it("intermediates sent in the wrong order: trusted (OpenSSL orders them itself, as mail clients do)", async () => {
    const { report } = await verdict("short-leaf", TEST_CA(), `${int1}${int2}`);
    expect(ruleIds(report)).toEqual([]);
  });

  it("a chain of 30 certificates that leads to the trusted authority: trusted", async () => {
    const { report } = await verdict("deep-leaf", TEST_CA(), INTERMEDIATES().reverse().join(""));
    expect(ruleIds(report)).toEqual([]);
  });
});

describe("an authority of the chain out of date under a server certificate that is not", () => {
  it("an expired intermediate, the server's own certificate valid: never ok (OpenSSL says CERT_HAS_EXPIRED of the intermediate)", async () => {
    const { report, where } = await verdict("under-expired", TEST_CA(), readFixture("int-expired.pem"));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data.reason).toBe("CERT_HAS_EXPIRED");
    expect(report.findings[0]!.message).toBe(
      `The certificate of ${where} is not trusted: the authority CN=maildns expired intermediate of its chain expired on 2001-01-01T00:00:00.000Z: if this computer's clock is right, the server must send a current intermediate certificate (CERT_HAS_EXPIRED); issuer: CN=maildns expired intermediate`,
    );
    expect(checkOf(report, "smtps-tls")?.status).toBe("problem");
  });

  it("the same chain judged on 2000-06-01, when the intermediate was valid: no date problem", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "under-expired", chain: readFixture("int-expired.pem") }));
    // OpenSSL judges by the real clock; the doctor's dates by its own: only the server certificate's window is said then.
    const report = await runDoctor(doctorOptions({ smtps: at(server) }, { now: () => new Date("2000-06-01T00:00:00Z") }));
    expect(ruleIds(report)).toEqual(["tls-certificate-not-yet-valid"]);
  });
});
