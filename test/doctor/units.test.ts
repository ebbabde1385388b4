import { X509Certificate } from "node:crypto";
import net from "node:net";
import type tls from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { signatureAlgorithmOid, weakLinkInChain } from "../../src/doctor/cert-signature.js";
import { certificatesOfPem, chainDistrust } from "../../src/doctor/chain-trust.js";
import { DOCTOR_RULES, doctorFinding, fillTemplate } from "../../src/doctor/checks.js";
import { basicDnsChecks } from "../../src/doctor/dns-basic.js";
import { checkZone, dnsblQueryName, expandIpv6, sendingAddresses, spfAddresses } from "../../src/doctor/dnsbl.js";
import { runDoctor } from "../../src/doctor/doctor.js";
import { parseCapabilities } from "../../src/doctor/imap.js";
import { LineReader } from "../../src/doctor/net.js";
import { Session } from "../../src/doctor/session.js";
import { authMechanisms, ehloKeywords, explainAuthReply, readReply } from "../../src/doctor/smtp.js";
import { formatTarget, parseTarget } from "../../src/doctor/target.js";
import { assessTls, certificateDate, describeTls, type TlsObservation } from "../../src/doctor/tls.js";
import { readFixture } from "./servers.js";
import { HEALTHY_ZONE, stubDns } from "./stub-dns.js";

describe("parseTarget", () => {
  it.each([
    ["ssl0.ovh.net", 993, { host: "ssl0.ovh.net", port: 993 }],
    ["SSL0.OVH.NET:465", 993, { host: "ssl0.ovh.net", port: 465 }],
    ["127.0.0.1:2525", 587, { host: "127.0.0.1", port: 2525 }],
    ["[2001:db8::1]:993", 587, { host: "2001:db8::1", port: 993 }],
    ["[::1]", 587, { host: "::1", port: 587 }],
    ["2001:db8::1", 465, { host: "2001:db8::1", port: 465 }],
  ])("%s → %o", (text, port, expected) => {
    expect(parseTarget(text, port)).toEqual(expected);
  });

  it.each(["", "host:", "host:0", "host:65536", "host:12x", "https://ssl0.ovh.net", "[ssl0.ovh.net]:993", "a b", "-bad.example", "x:1:2"])("rejects %j", (text) => {
    expect(parseTarget(text, 993)).toBeNull();
  });

  it("formats IPv6 in brackets", () => {
    expect(formatTarget({ host: "::1", port: 993 })).toBe("[::1]:993");
    expect(formatTarget({ host: "ssl0.ovh.net", port: 993 })).toBe("ssl0.ovh.net:993");
  });
});

describe("DNSBL names (RFC 5782 §2.1, §2.4)", () => {
  it("reverses IPv4 octets", () => {
    expect(dnsblQueryName("192.0.2.99", "zen.example.")).toBe("99.2.0.192.zen.example");
  });
  it("reverses IPv6 nibbles", () => {
    expect(dnsblQueryName("2001:db8:1::2", "bl.example")).toBe("2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.bl.example");
  });
  it("expands IPv6 forms", () => {
    expect(expandIpv6("::1")).toBe(`${"0".repeat(31)}1`);
    expect(expandIpv6("2001:db8::")).toBe(`20010db8${"0".repeat(24)}`);
    expect(expandIpv6("::ffff:192.0.2.1")).toBe(`${"0".repeat(20)}ffffc0000201`);
  });
  it("refuses non-addresses", () => {
    expect(dnsblQueryName("mx0.mail.ovh.net", "bl.example")).toBeNull();
  });
});

describe("spfAddresses", () => {
  it("keeps single addresses, skips ranges and other terms", () => {
    expect(spfAddresses("v=spf1 ip4:192.0.2.1 +ip4:192.0.2.2/32 ip4:198.51.100.0/24 IP6:2001:db8::1 ip6:2001:db8::/64 -ip4:203.0.113.9 include:mx.ovh.com ip4:300.1.1.1 ~all")).toEqual({
      addresses: [
        { ip: "192.0.2.1", source: "SPF ip4" },
        { ip: "192.0.2.2", source: "SPF ip4" },
        { ip: "2001:db8::1", source: "SPF ip6" },
        { ip: "203.0.113.9", source: "SPF ip4" },
      ],
      skippedRanges: ["198.51.100.0/24", "2001:db8::/64"],
    });
  });
});

describe("block list verdicts", () => {
  const addresses = [{ ip: "192.0.2.10", source: "SPF ip4" }];
  it("127.0.0.x is listed (with the list's TXT reason)", async () => {
    const dns = stubDns({ "10.2.0.192.bl.test A": ["127.0.0.4"], "10.2.0.192.bl.test TXT": ["spam source"] });
    const verdict = await checkZone(dns, "example.test", "bl.test", addresses);
    expect(verdict.findings.map((f) => [f.ruleId, f.data.answer])).toEqual([["dnsbl-listed", "127.0.0.4 (spam source)"]]);
  });
  it("NXDOMAIN is clean", async () => {
    const verdict = await checkZone(stubDns({}), "example.test", "bl.test", addresses);
    expect(verdict).toEqual({ listed: [], findings: [], clean: 1 });
  });
  it("an answer outside 127.0.0.x (a refused query) is not a listing", async () => {
    const verdict = await checkZone(stubDns({ "10.2.0.192.bl.test A": ["127.255.255.254"] }), "example.test", "bl.test", addresses);
    expect(verdict.findings.map((f) => f.ruleId)).toEqual(["dns-lookup-failed"]);
    expect(verdict.listed).toEqual([]);
  });
  it("a failed lookup is dns-lookup-failed, not clean", async () => {
    const verdict = await checkZone(stubDns({ "10.2.0.192.bl.test A": "failed" }), "example.test", "bl.test", addresses);
    expect(verdict.findings.map((f) => f.ruleId)).toEqual(["dns-lookup-failed"]);
    expect(verdict.clean).toBe(0);
  });
  it("sending addresses come from SPF and the MX hosts, without duplicates", async () => {
    const dns = stubDns({ ...HEALTHY_ZONE, "mx0.example.test AAAA": ["2001:db8::25"], "example.test TXT": ["v=spf1 ip4:192.0.2.25 ip4:192.0.2.10 ~all"] });
    const found = await sendingAddresses(dns, "example.test");
    expect(found.addresses).toEqual([
      { ip: "192.0.2.25", source: "SPF ip4" },
      { ip: "192.0.2.10", source: "SPF ip4" },
      { ip: "2001:db8::25", source: "MX mx0.example.test" },
    ]);
  });
  it("the doctor run: one dnsbl check per zone", async () => {
    const dns = stubDns({ ...HEALTHY_ZONE, "10.2.0.192.bl-one.test A": ["127.0.0.2"] });
    const report = await runDoctor({
      domain: "example.test",
      services: { imap: { skip: "-" }, smtps: { skip: "-" }, submission: { skip: "-" } },
      dns,
      dnsblZones: ["bl-one.test", "bl-two.test"],
      ca: null,
      timeoutMs: 1000,
      attempts: 1,
      deadlineMs: 5000,
      credentials: null,
    });
    expect(report.checks.filter((c) => c.id === "dnsbl").map((c) => `${c.target}:${c.status}`)).toEqual(["bl-one.test:problem", "bl-two.test:ok"]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["dnsbl-listed"]);
  });
});

describe("basicDnsChecks", () => {
  it("a healthy zone has no finding", async () => {
    expect(await basicDnsChecks(stubDns(HEALTHY_ZONE))("example.test")).toEqual([]);
  });
  it("nothing published: mx-missing, spf-missing, dmarc-missing", async () => {
    const findings = await basicDnsChecks(stubDns({}))("example.test");
    expect(findings.map((f) => [f.ruleId, f.level, f.name])).toEqual([
      ["mx-missing", "error", "example.test"],
      ["spf-missing", "error", "example.test"],
      ["dmarc-missing", "warn", "_dmarc.example.test"],
    ]);
  });
  it("SPF version is case-insensitive and must stand alone (RFC 7208 §4.5)", async () => {
    const upper = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "example.test TXT": ["V=SPF1 -all"] }))("example.test");
    expect(upper).toEqual([]);
    const glued = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "example.test TXT": ["v=spf10 -all", "google-site-verification=x"] }))("example.test");
    expect(glued.map((f) => f.ruleId)).toEqual(["spf-missing"]);
  });
  it("a tab after v=spf1 is no SPF record: receivers discard it (RFC 7208 §4.5: the version ends at SP)", async () => {
    const tab = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "example.test TXT": ["v=spf1\tinclude:mx.ovh.com -all"] }))("example.test");
    expect(tab.map((f) => [f.ruleId, f.level, f.name])).toEqual([["spf-missing", "error", "example.test"]]);
  });
  it("the DMARC tag name is case-insensitive, the value DMARC1 exact (RFC 7489 §6.4)", async () => {
    const upper = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "_dmarc.example.test TXT": ["V=DMARC1; p=reject"] }))("example.test");
    expect(upper).toEqual([]);
    const lower = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "_dmarc.example.test TXT": ["v=dmarc1; p=reject"] }))("example.test");
    expect(lower.map((f) => [f.ruleId, f.name])).toEqual([["dmarc-missing", "_dmarc.example.test"]]);
  });
  it("a DMARC record must start with v=DMARC1", async () => {
    const findings = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "_dmarc.example.test TXT": ["p=reject; v=DMARC1"] }))("example.test");
    expect(findings.map((f) => f.ruleId)).toEqual(["dmarc-missing"]);
  });
  it("a failed lookup is reported as such, not as a missing record", async () => {
    const findings = await basicDnsChecks(stubDns({ ...HEALTHY_ZONE, "example.test MX": "failed" }))("example.test");
    expect(findings.map((f) => [f.ruleId, f.data.type, f.data.reason])).toEqual([["dns-lookup-failed", "MX", "timeout (no answer from the test stub)"]]);
  });
});

describe("assessTls", () => {
  const base: TlsObservation = {
    protocol: "TLSv1.3",
    authorizationError: null,
    subject: "CN=ssl0.ovh.net",
    issuer: "CN=Some CA",
    names: ["ssl0.ovh.net"],
    notBefore: new Date("2026-01-01T00:00:00Z"),
    notAfter: new Date("2027-01-01T00:00:00Z"),
    hostnameError: null,
    weakLink: null,
    hiddenDistrust: null,
    commonNameOnly: null,
    authorities: [],
  };
  const now = new Date("2026-06-01T00:00:00Z");
  const ids = (o: Partial<TlsObservation>, at = now) => assessTls({ ...base, ...o }, "ssl0.ovh.net:993", "ssl0.ovh.net", at).map((p) => p.ruleId);

  it("a sound session has no problem", () => expect(ids({})).toEqual([]));
  it("dates are judged against the given clock", () => {
    expect(ids({}, new Date("2025-12-31T23:59:59Z"))).toEqual(["tls-certificate-not-yet-valid"]);
    expect(ids({}, new Date("2027-01-01T00:00:01Z"))).toEqual(["tls-certificate-expired"]);
  });
  it("OpenSSL's date and host-name verdicts are not chain verdicts", () => {
    expect(ids({ authorizationError: "CERT_HAS_EXPIRED" })).toEqual([]);
    expect(ids({ authorizationError: "ERR_TLS_CERT_ALTNAME_INVALID" })).toEqual([]);
    expect(ids({ authorizationError: "SELF_SIGNED_CERT_IN_CHAIN" })).toEqual(["tls-certificate-untrusted"]);
  });
  it("TLS 1.2 passes, 1.1 and 1.0 do not", () => {
    expect(ids({ protocol: "TLSv1.2" })).toEqual([]);
    expect(ids({ protocol: "TLSv1.1" })).toEqual(["tls-version-too-old"]);
    expect(ids({ protocol: "TLSv1" })).toEqual(["tls-version-too-old"]);
  });
  it("a validity date that does not read as a date is no date: no verdict on it, and the description leaves it out", () => {
    // Node prints OpenSSL's "Bad time value" for a malformed ASN.1 time.
    expect(certificateDate("Bad time value")).toBeNull();
    expect(certificateDate(undefined)).toBeNull();
    expect(certificateDate("Mar  1 00:00:00 2027 GMT")?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    const observation = { ...base, notAfter: certificateDate("Bad time value") };
    expect(describeTls(observation)).toBe("TLSv1.3, certificate CN=ssl0.ovh.net issued by CN=Some CA");
    expect(ids(observation)).toEqual([]);
  });
  it("a name mismatch lists the certificate's names", () => {
    const [problem] = assessTls({ ...base, hostnameError: "mismatch" }, "mail.example.com:993", "mail.example.com", now);
    expect(problem).toEqual({ ruleId: "tls-certificate-hostname", data: { target: "mail.example.com:993", host: "mail.example.com", names: "ssl0.ovh.net" } });
  });
});

describe("SMTP and IMAP parsing", () => {
  it("EHLO keywords and AUTH mechanisms, including the old AUTH= form", () => {
    const reply = { code: 250, lines: ["mail.example hello", "STARTTLS", "auth PLAIN LOGIN", "AUTH=LOGIN XOAUTH2", "SIZE 100"] };
    expect(ehloKeywords(reply)).toEqual(["STARTTLS", "AUTH PLAIN LOGIN", "AUTH=LOGIN XOAUTH2", "SIZE 100"]);
    expect(authMechanisms(ehloKeywords(reply))).toEqual(["PLAIN", "LOGIN", "XOAUTH2"]);
    expect(authMechanisms(["STARTTLS", "AUTHX"])).toEqual([]);
  });
  it("AUTH replies are explained by code (RFC 4954 §6)", () => {
    expect(explainAuthReply(535)).toBe("user name or password rejected");
    expect(explainAuthReply(454)).toBe("temporary authentication failure, retry later");
    expect(explainAuthReply(599)).toBe("unexpected reply");
  });
  it("IMAP capabilities from a CAPABILITY line or a greeting code", () => {
    expect(parseCapabilities("* CAPABILITY IMAP4rev1 auth=plain")).toEqual(["IMAP4REV1", "AUTH=PLAIN"]);
    expect(parseCapabilities("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready")).toEqual(["IMAP4REV1", "STARTTLS"]);
    expect(parseCapabilities("* OK ready")).toBeNull();
  });
});

describe("hostile servers are bounded", () => {
  const servers: net.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
  });
  function serve(onConnection: (socket: net.Socket) => void): Promise<number> {
    const server = net.createServer((socket) => {
      socket.on("error", () => undefined);
      onConnection(socket);
    });
    servers.push(server);
    return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
  }
  async function reader(port: number): Promise<LineReader> {
    const socket = net.connect({ host: "127.0.0.1", port });
    await new Promise((resolve) => socket.once("connect", resolve));
    return new LineReader(socket);
  }

  it("an endless multi-line reply stops after 200 lines", async () => {
    const port = await serve((socket) => socket.end("250-x\r\n".repeat(5000)));
    const r = await reader(port);
    const result = await readReply(r, 2000);
    r.socket.destroy();
    expect(result).toEqual({ ok: false, reason: "reply longer than 200 lines", silent: false, kind: "malformed", received: "a reply longer than 200 lines" });
  });

  it("a line with no end is handed over cut, not awaited", async () => {
    const port = await serve((socket) => socket.write("2".repeat(20_000)));
    const r = await reader(port);
    const line = await r.readLine(2000);
    r.socket.destroy();
    expect(line).toHaveLength(LineReader.MAX_LINE);
  });

  it("a reply that is not SMTP is reported as such", async () => {
    const port = await serve((socket) => socket.write("* OK IMAP here\r\n"));
    const r = await reader(port);
    const result = await readReply(r, 2000);
    r.socket.destroy();
    expect(result).toEqual({ ok: false, reason: "not an SMTP reply: * OK IMAP here", silent: false, kind: "malformed", received: "* OK IMAP here" });
  });
});

describe("catalogue", () => {
  it("every rule has a description, a fix and a filled message", () => {
    for (const [id, rule] of DOCTOR_RULES) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.length, id).toBeGreaterThan(20);
      expect(rule.fix.length, id).toBeGreaterThan(20);
      const placeholders = [...rule.message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
      const data = Object.fromEntries(placeholders.map((p) => [p, `<${p}>`]));
      expect(doctorFinding(id, "example.test", null, data).message, id).not.toMatch(/\{\{/);
    }
  });
  it("fillTemplate leaves unknown placeholders visible", () => {
    expect(fillTemplate("{{a}} and {{b}}", { a: 1 })).toBe("1 and {{b}}");
  });
});

describe("a wait the deadline cut short is never a verdict", () => {
  it("even when its timer fired a moment before the deadline by the session's clock", async () => {
    let now = 0;
    const session = new Session({ domain: "example.test", timeoutMs: 1000, attempts: 1, deadlineMs: 2, ca: null, now: () => new Date(0), clock: () => now });
    // 2 ms left: the wait is cut to 2 ms, and the timer fires when the session's clock says 1.6 ms.
    expect(session.stepTimeout()).toBe(2);
    const outcome = await session.step("submission-ehlo", "127.0.0.1:25", async () => {
      now = 1.6;
      return { detail: "no reply within 2 ms", findings: [session.finding("connection-lost", "127.0.0.1", { target: "127.0.0.1:25", step: "EHLO", reason: "no reply within 2 ms" })] };
    });
    expect(outcome).toBeNull();
    expect(session.findings).toEqual([]);
    expect(session.checks).toEqual([
      { id: "submission-ehlo", target: "127.0.0.1:25", status: "skipped", elapsedMs: 2, detail: "the overall deadline passed during this step and cut its wait short (no reply within 2 ms)", findings: [] },
    ]);
    expect(session.incomplete()).toEqual({ reason: "the overall deadline passed", steps: 1 });
  });

  it("a step that began with a whole timeout left keeps its verdict", async () => {
    let now = 0;
    const session = new Session({ domain: "example.test", timeoutMs: 100, attempts: 1, deadlineMs: 150, ca: null, now: () => new Date(0), clock: () => now });
    await session.step("submission-ehlo", "127.0.0.1:25", async () => {
      now = 100;
      return { detail: "no reply within 100 ms", findings: [session.finding("connection-lost", "127.0.0.1", { target: "127.0.0.1:25", step: "EHLO", reason: "no reply within 100 ms" })] };
    });
    expect(session.findings.map((f) => f.ruleId)).toEqual(["connection-lost"]);
    expect(session.incomplete()).toBeNull();
  });
});

describe("certificate signature hashes (RFC 5280 §4.1.1.2)", () => {
  const der = (file: string) => new X509Certificate(readFixture(file)).raw;
  const sha1 = der("sha1-signed.pem");
  const sha256 = der("valid.pem");
  type Cert = tls.DetailedPeerCertificate;
  const cert = (raw: Cert["raw"], fingerprint256: string, cn: string): Cert => ({ raw, fingerprint256, subject: { CN: cn } }) as unknown as Cert;

  it("reads the signature algorithm's OID from the DER, and refuses what is not a certificate", () => {
    expect(signatureAlgorithmOid(sha1)).toBe("1.2.840.113549.1.1.5");
    expect(signatureAlgorithmOid(sha256)).toBe("1.2.840.113549.1.1.11");
    expect(signatureAlgorithmOid(sha1.subarray(0, 40))).toBeNull();
    expect(signatureAlgorithmOid(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
  });

  it("a SHA-1 signature anywhere below the trust anchor is weak; the anchor's own signature is not judged", () => {
    const root = cert(sha1, "R", "Old Root");
    root.issuerCertificate = root;
    const intermediate = cert(sha1, "I", "Old Intermediate");
    intermediate.issuerCertificate = root;
    const leaf = cert(sha256, "L", "localhost");
    leaf.issuerCertificate = intermediate;
    expect(weakLinkInChain(leaf)).toEqual({ reason: "CA_MD_TOO_WEAK", why: "the authority CN=Old Intermediate is signed with SHA-1, a hash whose signatures can be forged" });
    intermediate.raw = leaf.raw;
    expect(weakLinkInChain(leaf)).toBeNull();
  });

  it("a key under 1024 bits anywhere in the chain, the trust anchor's too, is weak", () => {
    const root = cert(sha256, "R", "Root");
    root.issuerCertificate = root;
    const leaf = cert(sha256, "L", "localhost");
    leaf.issuerCertificate = root;
    expect(weakLinkInChain(leaf)).toBeNull();
    root.raw = der("weak-key.pem");
    expect(weakLinkInChain(leaf)).toEqual({ reason: "CA_KEY_TOO_SMALL", why: "the authority CN=Root has a 512-bit RSA or DSA key, small enough to be broken" });
  });
});

describe("a chain's trust, dates left aside (chainDistrust)", () => {
  const cert = (name: string) => new X509Certificate(readFixture(`${name}.pem`));
  const [ca, other] = [cert("ca"), cert("other-ca")];

  it.each([
    ["a certificate of a trusted authority", ["valid"], ["ca"], null],
    ["an expired one of a trusted authority (dates are not its business)", ["expired"], ["ca"], null],
    ["the server also sends the trusted root", ["valid", "ca"], ["ca"], null],
    ["an authority that is not trusted, not sent", ["other-ca-valid"], ["ca"], "UNABLE_TO_VERIFY_LEAF_SIGNATURE"],
    ["an authority that is not trusted, sent", ["other-ca-valid", "other-ca"], ["ca"], "SELF_SIGNED_CERT_IN_CHAIN"],
    ["sent in the wrong order: the order does not matter", ["other-ca-valid", "ca", "other-ca"], ["other-ca"], null],
    ["self-signed", ["expired-self-signed"], ["ca"], "DEPTH_ZERO_SELF_SIGNED_CERT"],
    ["self-signed and given with --ca", ["expired-self-signed"], ["expired-self-signed"], null],
    ["a certificate sent twice is used once (a loop ends)", ["other-ca-valid", "other-ca-valid"], [], "UNABLE_TO_VERIFY_LEAF_SIGNATURE"],
    ["no trusted authority at all", ["valid"], [], "UNABLE_TO_VERIFY_LEAF_SIGNATURE"],
  ])("%s", (_label, chain, trusted, expected) => {
    expect(chainDistrust(chain.map(cert), trusted.map(cert))).toBe(expected);
  });

  it("the trusted set from a PEM bundle: every certificate in it, garbage left out", () => {
    const pem = `${readFixture("ca.pem")}\n-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n${readFixture("other-ca.pem")}`;
    expect(certificatesOfPem(pem).map((c) => c.fingerprint256)).toEqual([ca.fingerprint256, other.fingerprint256]);
  });
});
