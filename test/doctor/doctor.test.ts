import { Resolver, type LookupAddress } from "node:dns";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { doctorExitCode, runDoctor, type ServicePlan } from "../../src/doctor/doctor.js";
import { sentForms } from "../../src/doctor/smtp.js";
import type { DoctorReport, Service } from "../../src/doctor/types.js";
import {
  refusedPort,
  startBlackHole,
  startImapServer,
  startSmtpServer,
  serve,
} from "./servers.js";
import { at, checkOf as check, doctorOptions as options, keepServers, ruleIds } from "./doctor-run.js";
import { stubDns } from "./stub-dns.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";

const keep = keepServers();

/** A host name lookup (as net.connect takes one) that asks `server` for A records and nothing else. */
function lookupAt(server: DnsServer): net.LookupFunction {
  const resolver = new Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`${server.host}:${server.port}`]);
  return (hostname, options, callback) => {
    const done = callback as (error: NodeJS.ErrnoException | null, address?: string | LookupAddress[], family?: number) => void;
    resolver.resolve4(hostname, (error, addresses) => {
      if (error) done(error);
      else if (options.all) done(null, addresses.map((address) => ({ address, family: 4 })));
      else done(null, addresses[0], 4);
    });
  };
}

async function healthyServers(): Promise<Record<Service, ServicePlan>> {
  const imap = await keep(startImapServer());
  const smtps = await keep(startSmtpServer({ mode: "implicit" }));
  const submission = await keep(startSmtpServer({ mode: "plain", starttls: true }));
  return { imap: at(imap), smtps: at(smtps), submission: at(submission) };
}

describe("runDoctor: a healthy setup", () => {
  it("passes every step in the guide's order", async () => {
    const report = await runDoctor(options(await healthyServers()));
    expect(report.findings).toEqual([]);
    expect(doctorExitCode(report)).toBe(0);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      "dns:ok",
      "imap-connect:ok",
      "imap-tls:ok",
      "imap-greeting:ok",
      "imap-capability:ok",
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
      "dnsbl:skipped",
    ]);
    expect(check(report, "smtps-tls")!.detail).toContain("issued by CN=maildns test CA, O=maildns tests");
    expect(check(report, "submission-auth")!.detail).toBe("AUTH PLAIN LOGIN");
    expect(check(report, "imap-capability")!.detail).toBe("IMAP4REV1 AUTH=PLAIN AUTH=LOGIN");
  });
});

describe("runDoctor: reachability", () => {
  it("tells a refused port (port-unreachable) from a silent one (port-timeout)", async () => {
    const { port } = await keep(refusedPort());
    const hole = await keep(startBlackHole());
    const report = await runDoctor(
      options({ imap: { target: { host: "127.0.0.1", port } }, smtps: at(hole), submission: at(hole) }, { timeoutMs: 300 }),
    );
    expect(report.findings.map((f) => `${f.ruleId}@${f.data.target}`)).toEqual([
      `port-unreachable@127.0.0.1:${port}`,
      `port-timeout@127.0.0.1:${hole.port}`,
      `port-timeout@127.0.0.1:${hole.port}`,
    ]);
    expect(check(report, "imap-connect")!.status).toBe("problem");
    // The black hole accepts, so the silence shows at the first read: the TLS answer (465) or the banner (587).
    expect(check(report, "smtps-tls")!.detail).toMatch(/^connection accepted, then no TLS answer within \d+ ms$/);
    expect(check(report, "submission-banner")!.detail).toMatch(/^connection accepted, then no reply within \d+ ms$/);
    expect(doctorExitCode(report)).toBe(1);
  });

  it("reports an unknown host name as host-not-found", async () => {
    // Looked up over real sockets, at a loopback server that answers NXDOMAIN: through the machine's own
    // resolver the verdict was the network's (no DNS server reachable: EAI_AGAIN, host-lookup-failed; one
    // lost packet: the system resolver waits 5 s, past the step's 2 s, port-timeout).
    const dns = await startDnsServer({ faults: { "*": "nxdomain" } });
    try {
      const report = await runDoctor(options({ imap: { target: { host: "no-such-host.invalid", port: 993 } } }, { lookup: lookupAt(dns) }));
      expect(ruleIds(report)).toEqual(["host-not-found"]);
      expect(report.findings[0]!.data.reason).toBe("ENOTFOUND");
      expect(dns.queries.log.map((q) => `${q.name} ${q.type}`)).toContain("no-such-host.invalid A");
    } finally {
      await dns.close();
    }
  });

  it("finishes within its timeouts when nothing answers, and says so", async () => {
    const hole = await keep(startBlackHole());
    const started = Date.now();
    const report = await runDoctor(
      options({ imap: at(hole), smtps: at(hole), submission: at(hole) }, { timeoutMs: 200, dns: stubDns({ "example.test MX": "failed", "example.test TXT": "failed", "_dmarc.example.test TXT": "failed" }) }),
    );
    // Bounded by construction: three silent reads of 200 ms each and no retry of a read.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ruleIds(report)).toEqual(["dns-lookup-failed", "dns-lookup-failed", "dns-lookup-failed", "port-timeout", "port-timeout", "port-timeout"]);
    expect(report.checks.filter((c) => c.status === "problem").map((c) => c.id)).toEqual(["dns", "imap-tls", "smtps-tls", "submission-banner"]);
  });

  it("skips the remaining steps once the overall deadline has passed", async () => {
    const hole = await keep(startBlackHole());
    // The deadline must fall in the TLS wait, after the DNS step and the connection (made at once, on this
    // worker's thread): 1.5 s, not the 300 ms it once was, so that a stalled worker does not pass it before
    // the connection and skip imap-connect instead.
    const report = await runDoctor(options({ imap: at(hole), smtps: at(hole), submission: at(hole) }, { timeoutMs: 5000, deadlineMs: 1500 }));
    const skippedSteps = report.checks.filter((c) => c.status === "skipped" && c.detail.includes("overall deadline"));
    expect(skippedSteps.map((c) => c.id)).toEqual(["imap-tls", "smtps-connect", "submission-connect"]);
    // The silent server got what was left of 1.5 s, not the 5 s step timeout: the deadline, not the server,
    // ended the wait, so no port-timeout is claimed; the run is reported incomplete instead.
    expect(check(report, "imap-tls")!.detail).toMatch(/^the overall deadline passed during this step and cut its wait short \(connection accepted, then no TLS answer within \d+ ms\)$/);
    expect(ruleIds(report)).toEqual([]);
    expect(report.incomplete).toEqual({ reason: "the overall deadline passed", steps: 3 });
    expect(doctorExitCode(report)).toBe(1);
  });

  it("a DNS step that never resolves is cut by the deadline", async () => {
    const report = await runDoctor(options({}, { deadlineMs: 200, dnsChecks: () => new Promise(() => undefined) }));
    expect(check(report, "dns")).toMatchObject({ status: "problem", detail: "DNS checks did not finish before the overall deadline" });
    expect(doctorExitCode(report)).toBe(1);
  });
});

describe("runDoctor: TLS", () => {
  const cases = [
    { cert: "expired", ruleId: "tls-certificate-expired" },
    { cert: "not-yet-valid", ruleId: "tls-certificate-not-yet-valid" },
    { cert: "wrong-host", ruleId: "tls-certificate-hostname" },
  ] as const;
  for (const { cert, ruleId } of cases) {
    it(`${cert} certificate → ${ruleId} (on 993, 465 and after STARTTLS on 587)`, async () => {
      const imap = await keep(startImapServer({ cert }));
      const smtps = await keep(startSmtpServer({ mode: "implicit", cert }));
      const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, cert }));
      const report = await runDoctor(options({ imap: at(imap), smtps: at(smtps), submission: at(submission) }));
      expect(ruleIds(report)).toEqual([ruleId, ruleId, ruleId]);
      expect(report.checks.filter((c) => c.status === "problem").map((c) => c.id)).toEqual(["imap-tls", "smtps-tls", "submission-tls"]);
    });
  }

  it("names the issuer and the clock in expiry findings", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", cert: "expired" }));
    const report = await runDoctor(options({ smtps: at(smtps) }));
    expect(report.findings[0]!.data).toMatchObject({ notAfter: "2001-01-01T00:00:00.000Z", issuer: "CN=maildns test CA, O=maildns tests" });
  });

  it("judges dates against the injected clock", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", cert: "valid" }));
    const report = await runDoctor(options({ smtps: at(smtps) }, { now: () => new Date("2099-06-01T00:00:00Z") }));
    expect(ruleIds(report)).toEqual(["tls-certificate-expired"]);
  });

  it("a certificate from an unknown authority → tls-certificate-untrusted", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit" }));
    const report = await runDoctor(options({ smtps: at(smtps) }, { ca: null }));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data.reason).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
  });

  it("TLS 1.0 only → tls-version-too-old", async () => {
    const imap = await keep(startImapServer({ version: "TLSv1" }));
    const smtps = await keep(startSmtpServer({ mode: "implicit", version: "TLSv1" }));
    const report = await runDoctor(options({ imap: at(imap), smtps: at(smtps) }));
    expect(report.findings.map((f) => `${f.ruleId}:${f.data.version}`)).toEqual(["tls-version-too-old:TLSv1", "tls-version-too-old:TLSv1"]);
  });

  it("TLS 1.2 is accepted", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", version: "TLSv1.2" }));
    const report = await runDoctor(options({ smtps: at(smtps) }));
    expect(report.findings).toEqual([]);
    expect(check(report, "smtps-tls")!.detail).toMatch(/^TLSv1\.2, /);
  });

  it("a server greeting in clear, tried with TLS from the first byte (465 set up against 587) → implicit-tls-on-starttls-port", async () => {
    const plain = await keep(startSmtpServer({ mode: "plain", starttls: true }));
    const report = await runDoctor(options({ smtps: at(plain) }));
    expect(ruleIds(report)).toEqual(["implicit-tls-on-starttls-port"]);
    expect(report.findings[0]!.message).toBe(
      `127.0.0.1:${plain.port} greets in clear (220 mail.test.invalid ESMTP ready) and expects STARTTLS, but was set up as SMTP, SSL/TLS: the TLS handshake fails`,
    );
    expect(check(report, "smtps-tls")!.detail).toBe("the server does not speak TLS on this port; on a new connection the server greets in clear: 220 mail.test.invalid ESMTP ready");
  });

  it("an IMAP server greeting in clear (143), tried as 993 → implicit-tls-on-starttls-port", async () => {
    const server = net.createServer((socket) => {
      socket.on("error", () => undefined);
      socket.write("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n");
    });
    const plain = await keep(serve(server));
    const report = await runDoctor(options({ imap: at(plain) }));
    expect(ruleIds(report)).toEqual(["implicit-tls-on-starttls-port"]);
    expect(report.findings[0]!.data.greeting).toBe("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready");
  });

  it("a server that is neither TLS nor a mail greeting keeps tls-handshake-failed", async () => {
    const server = net.createServer((socket) => {
      socket.on("error", () => undefined);
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    });
    const web = await keep(serve(server));
    const report = await runDoctor(options({ smtps: at(web) }));
    expect(ruleIds(report)).toEqual(["tls-handshake-failed"]);
  });
});

describe("runDoctor: STARTTLS spoken to a port that speaks TLS from the first byte", () => {
  // The probe's TLS handshake must finish within the step timeout, with the server on this worker's own
  // thread: 500 ms, as these tests once gave, left a loaded machine (or a long garbage collection) little
  // room, and a late handshake read as a port silent to both (port-timeout).
  const PROBE_MS = 1500;

  it("587 set up against an implicit-TLS SMTP port (465) → starttls-on-implicit-tls-port, not a firewall timeout", async () => {
    const implicit = await keep(startSmtpServer({ mode: "implicit" }));
    const report = await runDoctor(options({ submission: at(implicit) }, { timeoutMs: PROBE_MS }));
    expect(ruleIds(report)).toEqual(["starttls-on-implicit-tls-port"]);
    expect(report.findings[0]!.message).toBe(
      `127.0.0.1:${implicit.port} speaks TLS from the first byte (implicit TLS), but was set up as SMTP, STARTTLS: the client waits for a greeting in clear that never comes`,
    );
    expect(check(report, "submission-banner")).toMatchObject({ status: "problem" });
    expect(check(report, "submission-banner")!.detail).toMatch(/^connection accepted, then no reply within \d+ ms; on a new connection the server completes a TLS handshake from the first byte$/);
  });

  it("STARTTLS against an implicit-TLS IMAP port (993) → starttls-on-implicit-tls-port", async () => {
    const imap = await keep(startImapServer());
    const report = await runDoctor(options({ submission: at(imap) }, { timeoutMs: PROBE_MS }));
    expect(ruleIds(report)).toEqual(["starttls-on-implicit-tls-port"]);
  });

  it("a port that is silent to both stays port-timeout", async () => {
    const hole = await keep(startBlackHole());
    const report = await runDoctor(options({ submission: at(hole) }, { timeoutMs: 300 }));
    expect(ruleIds(report)).toEqual(["port-timeout"]);
  });
});

describe("runDoctor: SMTP dialogue", () => {
  it("no STARTTLS on 587 → smtp-starttls-missing, and no credentials are sent", async () => {
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: false }));
    const report = await runDoctor(options({ submission: at(submission) }, { credentials: { user: "u@example.test", password: "s3cret" } }));
    expect(ruleIds(report)).toEqual(["smtp-starttls-missing"]);
    expect(submission.received.some((line) => line.startsWith("AUTH"))).toBe(false);
  });

  it("no AUTH after STARTTLS → smtp-auth-missing", async () => {
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, auth: [] }));
    const report = await runDoctor(options({ submission: at(submission) }));
    expect(ruleIds(report)).toEqual(["smtp-auth-missing"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${submission.port} advertises no AUTH mechanism after STARTTLS`);
  });

  it("no AUTH on 465 → smtp-auth-missing", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", auth: [] }));
    const report = await runDoctor(options({ smtps: at(smtps) }));
    expect(ruleIds(report)).toEqual(["smtp-auth-missing"]);
  });

  it("a 554 greeting → smtp-banner-missing", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", banner: "554 5.7.1 no service for you" }));
    const report = await runDoctor(options({ smtps: at(smtps) }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    expect(report.findings[0]!.data.reason).toBe("554 5.7.1 no service for you");
  });

  it("EHLO sent twice around STARTTLS, then AUTH read from the second answer", async () => {
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: true }));
    await runDoctor(options({ submission: at(submission) }));
    expect(submission.received.map((line) => line.split(" ")[0])).toEqual(["EHLO", "STARTTLS", "EHLO", "QUIT"]);
    expect(submission.received[0]).toBe("EHLO [127.0.0.1]");
  });
});

describe("runDoctor: --login", () => {
  const accounts = { "user@example.test": "correct horse" };

  it("accepted credentials pass (AUTH PLAIN)", async () => {
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, accounts }));
    const report = await runDoctor(options({ submission: at(submission) }, { credentials: { user: "user@example.test", password: "correct horse" } }));
    expect(report.findings).toEqual([]);
    expect(check(report, "submission-login")!.detail).toMatch(/^AUTH PLAIN: 235 /);
  });

  it("rejected credentials → smtp-auth-failed with 535, the secrets never in the report", async () => {
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, accounts, auth: ["LOGIN"] }));
    const report = await runDoctor(options({ submission: at(submission) }, { credentials: { user: "user@example.test", password: "wrong battery" } }));
    expect(ruleIds(report)).toEqual(["smtp-auth-failed"]);
    expect(report.findings[0]!.data.code).toBe(535);
    expect(check(report, "submission-login")!.detail).toContain("AUTH LOGIN: 535");
    expect(JSON.stringify(report)).not.toContain("wrong battery");
    expect(JSON.stringify(report)).not.toContain(Buffer.from("wrong battery").toString("base64"));
  });

  describe("a server that echoes what it was sent, encoded and decoded, in every reply after a credential", () => {
    const credentials = { user: "user@example.test", password: "s3cret-Pa55" };
    const leaks = (report: DoctorReport) => {
      const text = JSON.stringify(report);
      return [...sentForms(credentials), credentials.password, Buffer.from(credentials.password).toString("base64").slice(0, 8)].filter((form) => text.includes(form));
    };

    it.each([
      ["PLAIN, rejected", ["PLAIN"], {}, "AUTH PLAIN: 535 5.7.8 ("],
      ["LOGIN, rejected", ["LOGIN"], {}, "AUTH LOGIN: 535 5.7.8 ("],
      ["PLAIN, accepted", ["PLAIN"], { [credentials.user]: credentials.password }, "AUTH PLAIN: 235 2.7.0 ("],
      ["LOGIN, accepted", ["LOGIN"], { [credentials.user]: credentials.password }, "AUTH LOGIN: 235 2.7.0 ("],
    ])("%s: only the status codes are shown, no encoding of the secrets anywhere", async (_, auth, accounts, detail) => {
      const submission = await keep(startSmtpServer({ mode: "plain", starttls: true, accounts, auth, echo: true }));
      const report = await runDoctor(options({ submission: at(submission) }, { credentials }));
      expect(check(report, "submission-login")!.detail.startsWith(detail)).toBe(true);
      expect(leaks(report)).toEqual([]);
    });
  });

  it("logs in on 465 when 587 is not probed", async () => {
    const smtps = await keep(startSmtpServer({ mode: "implicit", accounts }));
    const report = await runDoctor(options({ smtps: at(smtps) }, { credentials: { user: "user@example.test", password: "correct horse" } }));
    expect(check(report, "smtps-login")!.status).toBe("ok");
  });
});

describe("runDoctor: --login on IMAP (OVH's guide: test the account as the mail client would read it)", () => {
  const credentials = { user: "user@example.test", password: 'c0rrect "horse" \\ battery' };
  const accounts = { [credentials.user]: credentials.password };
  const imapOnly = (imap: Awaited<ReturnType<typeof startImapServer>>, overrides = {}) => options({ imap: at(imap) }, { credentials, ...overrides });
  const logins = (imap: { received: string[] }) => imap.received.filter((line) => /^A\d+ (AUTHENTICATE|LOGIN)\b/i.test(line));

  it("AUTHENTICATE PLAIN with SASL-IR: one line, logged in", async () => {
    const imap = await keep(startImapServer({ accounts, capabilities: ["IMAP4rev1", "AUTH=PLAIN", "SASL-IR"] }));
    const report = await runDoctor(imapOnly(imap));
    expect(report.findings).toEqual([]);
    expect(check(report, "imap-login")).toMatchObject({ status: "ok", detail: "AUTHENTICATE PLAIN: OK (logged in)" });
    expect(logins(imap)).toEqual([`A2 AUTHENTICATE PLAIN ${Buffer.from(`\0${credentials.user}\0${credentials.password}`).toString("base64")}`]);
  });

  it("AUTHENTICATE PLAIN without SASL-IR: the credential only after the server's continuation request", async () => {
    const imap = await keep(startImapServer({ accounts }));
    const report = await runDoctor(imapOnly(imap));
    expect(check(report, "imap-login")).toMatchObject({ status: "ok", detail: "AUTHENTICATE PLAIN: OK (logged in)" });
    expect(logins(imap)).toEqual(["A2 AUTHENTICATE PLAIN"]);
    expect(doctorExitCode(report)).toBe(0);
  });

  it("LOGIN when no AUTH=PLAIN is offered, with the password's quotes and backslashes escaped (RFC 9051 §4.3)", async () => {
    const imap = await keep(startImapServer({ accounts, capabilities: ["IMAP4rev1"] }));
    const report = await runDoctor(imapOnly(imap));
    expect(check(report, "imap-login")).toMatchObject({ status: "ok", detail: "LOGIN: OK (logged in)" });
    expect(logins(imap)).toEqual(['A2 LOGIN "user@example.test" "c0rrect \\"horse\\" \\\\ battery"']);
  });

  it("LOGIN only and a password a quoted string cannot carry: skipped, nothing sent", async () => {
    const imap = await keep(startImapServer({ capabilities: ["IMAP4rev1"] }));
    const report = await runDoctor(imapOnly(imap, { credentials: { user: credentials.user, password: "mot-de-passe-é" } }));
    expect(check(report, "imap-login")).toMatchObject({ status: "skipped" });
    expect(check(report, "imap-login")!.detail).toContain("quoted string");
    expect(logins(imap)).toEqual([]);
  });

  it("a refused login: imap-login-failed with the status and response code only, no form of the secrets in the report", async () => {
    const imap = await keep(startImapServer({ echo: true }));
    const report = await runDoctor(imapOnly(imap));
    expect(ruleIds(report)).toEqual(["imap-login-failed"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${imap.port} refused the IMAP login: NO [AUTHENTICATIONFAILED]`);
    expect(doctorExitCode(report)).toBe(1);
    const text = JSON.stringify(report);
    expect([...sentForms(credentials), credentials.password].filter((form) => text.includes(form))).toEqual([]);
  });

  it("NO [UNAVAILABLE] (RFC 5530): imap-login-temporary, never 'check the password'", async () => {
    const imap = await keep(startImapServer({ refusal: "NO [UNAVAILABLE] Temporary authentication failure" }));
    const report = await runDoctor(imapOnly(imap));
    expect(ruleIds(report)).toEqual(["imap-login-temporary"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${imap.port} could not check the IMAP login for now: NO [UNAVAILABLE]`);
  });

  it("NO [SERVERBUG] (RFC 5530: a bug of the server's own) is the server's fault, not the password's: imap-login-temporary", async () => {
    const imap = await keep(startImapServer({ refusal: "NO [SERVERBUG] Internal error occurred" }));
    const report = await runDoctor(imapOnly(imap));
    expect(ruleIds(report)).toEqual(["imap-login-temporary"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${imap.port} could not check the IMAP login for now: NO [SERVERBUG]`);
  });

  it("a certificate that fails verification: the password is not sent", async () => {
    const imap = await keep(startImapServer({ accounts, cert: "self-signed" }));
    const report = await runDoctor(imapOnly(imap));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(check(report, "imap-login")).toMatchObject({ status: "skipped", detail: "password not sent: the TLS session failed verification (see the TLS check)" });
    expect(logins(imap)).toEqual([]);
  });

  it("credentials the IMAP server refused are not tried again on SMTP: one failed login, not two towards a lockout", async () => {
    const imap = await keep(startImapServer());
    const submission = await keep(startSmtpServer({ mode: "plain", starttls: true }));
    const report = await runDoctor(options({ imap: at(imap), submission: at(submission) }, { credentials }));
    expect(ruleIds(report)).toEqual(["imap-login-failed"]);
    expect(check(report, "submission-login")).toMatchObject({
      status: "skipped",
      detail: `not tried: 127.0.0.1:${imap.port} refused the same credentials over IMAP, and each failed login counts towards locking the account`,
    });
    expect(submission.received.some((line) => line.startsWith("AUTH"))).toBe(false);
  });

  it("without --login nothing is sent", async () => {
    const imap = await keep(startImapServer({ accounts }));
    const report = await runDoctor(imapOnly(imap, { credentials: null }));
    expect(check(report, "imap-login")).toBeUndefined();
    expect(logins(imap)).toEqual([]);
  });
});

describe("runDoctor: IMAP", () => {
  it("a BYE greeting → imap-greeting-missing", async () => {
    const imap = await keep(startImapServer({ greeting: "* BYE too many connections" }));
    const report = await runDoctor(options({ imap: at(imap) }));
    expect(ruleIds(report)).toEqual(["imap-greeting-missing"]);
    expect(report.findings[0]!.data.reason).toBe("* BYE too many connections");
  });

  it("LOGINDISABLED without AUTH= → imap-login-disabled", async () => {
    const imap = await keep(startImapServer({ capabilities: ["IMAP4rev1", "LOGINDISABLED"] }));
    const report = await runDoctor(options({ imap: at(imap) }));
    expect(ruleIds(report)).toEqual(["imap-login-disabled"]);
  });
});
