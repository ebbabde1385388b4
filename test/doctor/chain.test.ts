// Certificates with more than one thing wrong. OpenSSL keeps only its last verification error, and its date
// check comes after its chain check: an expired certificate that no trusted authority vouches for came out
// as CERT_HAS_EXPIRED alone. Renewing it would still leave an untrusted certificate, so both are said.
import { describe, expect, it } from "vitest";
import { runDoctor } from "../../src/doctor/doctor.js";
import { TEST_CA, startSmtpServer, startImapServer, type CertName } from "./servers.js";
import { at, checkOf, doctorOptions, keepServers, ruleIds } from "./doctor-run.js";

const keep = keepServers();

const TEST_CA_ISSUER = "CN=maildns test CA, O=maildns tests";
const OTHER_CA_ISSUER = "CN=maildns other CA, O=maildns tests";

async function verdict(cert: CertName, ca: string | null = TEST_CA()) {
  const server = await keep(startSmtpServer({ mode: "implicit", cert }));
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
      `The certificate of ${where} is not trusted: it is self-signed, vouched for by no authority (DEPTH_ZERO_SELF_SIGNED_CERT); issuer: CN=localhost`,
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
