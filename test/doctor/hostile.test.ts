// The doctor against hostile and broken servers on 127.0.0.1: each fault gets its own finding naming the
// host, port and step; a network fault is never read as a verdict about the mailbox; every read is bounded
// in time and size; and the password is never sent over a TLS session that failed verification.
import net from "node:net";
import tls from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { doctorExitCode, runDoctor, type DoctorOptions, type ServicePlan } from "../../src/doctor/doctor.js";
import { formatDoctorJson, formatDoctorText } from "../../src/doctor/format.js";
import type { Service } from "../../src/doctor/types.js";
import { TEST_CA, lines, readFixture, refusedPort, serve, startImapServer, startSmtpServer, type RunningServer } from "./servers.js";
import { at, checkOf as check, doctorOptions, keepServers, ruleIds } from "./doctor-run.js";
import { HEALTHY_ZONE, stubDns } from "./stub-dns.js";

const keep = keepServers();
const timers = new Set<NodeJS.Timeout>();
afterEach(() => {
  for (const timer of timers) clearInterval(timer);
  timers.clear();
});

/**
 * The step timeout of the tests whose server falls silent at some step: the steps before it must be
 * answered within it, by a server on this worker's own thread, so a worker stalled while an answer is on
 * its way (a loaded machine, a long garbage collection) misses it. 400 ms, as these tests once gave,
 * was not enough for a 500 ms stall. The silence itself costs this long.
 */
const SILENCE_MS = 1000;

/** A short step timeout: each hostile server's fault shows within a second. */
const options = (services: Partial<Record<Service, ServicePlan>>, overrides: Partial<DoctorOptions> = {}): DoctorOptions => doctorOptions(services, { timeoutMs: 1000, ...overrides });

/** A cleartext server (the 587 case) run by `script`, which gets the socket and every line received. */
function scripted(script: (socket: net.Socket, received: string[]) => void): Promise<RunningServer> {
  return keep(
    serve(
      net.createServer((socket) => {
        socket.on("error", () => undefined);
        script(socket, []);
      }),
    ),
  );
}

/** An implicit-TLS server (the 465 case) with the test CA's valid certificate. */
function scriptedTls(script: (socket: tls.TLSSocket) => void): Promise<RunningServer> {
  const server = tls.createServer({ key: readFixture("valid.key"), cert: readFixture("valid.pem") }, (socket) => {
    socket.on("error", () => undefined);
    script(socket);
  });
  server.on("tlsClientError", () => undefined);
  return keep(serve(server));
}

/**
 * Answers the doctor's polite end as a real server does (QUIT: RFC 5321 §4.1.1.10; LOGOUT: RFC 9051
 * §6.1.3) and closes, for the tests whose verdict comes before it: otherwise the doctor waits up to 1 s
 * for an answer that never comes (the tests of silent servers still go through that wait).
 */
function endsPolitely(socket: net.Socket, line: string): boolean {
  if (line === "QUIT") socket.end("221 2.0.0 Bye\r\n");
  else if (/^A\d+ LOGOUT$/.test(line)) socket.end(`* BYE logging out\r\n${line.split(" ")[0]} OK LOGOUT completed\r\n`);
  else return false;
  return true;
}

function every(ms: number, tick: () => void): void {
  const timer = setInterval(tick, ms);
  timers.add(timer);
}

describe("replies that arrive in pieces, or never end", () => {
  it("a greeting split over two TCP segments is one reply, not a silent port", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test");
      setTimeout(() => socket.write(" ESMTP ready\r\n"), 100);
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250 mail.test\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(check(report, "submission-banner")).toMatchObject({ status: "ok", detail: "220 mail.test ESMTP ready" });
    // The dialogue went on: this server offers no STARTTLS, which is the one finding.
    expect(ruleIds(report)).toEqual(["smtp-starttls-missing"]);
  });

  it("a greeting without its CRLF, then silence: an incomplete line, not a firewall dropping the port", async () => {
    const server = await scripted((socket) => socket.write("220 mail.test ESMTP ready"));
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} sent no SMTP 220 greeting (no line ended by CRLF within ${SILENCE_MS} ms, only an incomplete one: 220 mail.test ESMTP ready)`);
  });

  it("a greeting dripped a byte at a time, never ended: the incomplete line is named, not 'then nothing'", async () => {
    // The bytes keep coming, so "then nothing" would be false: the finding says what is true, no line ended.
    const greeting = "220 mail.test ESMTP ready and ready and ready";
    let sent = 0;
    const server = await scripted((socket) => every(50, () => sent < greeting.length && socket.write(greeting[sent++]!)));
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    expect(report.findings[0]!.data.reason).toMatch(new RegExp(`^no line ended by CRLF within ${SILENCE_MS} ms, only an incomplete one: 220 mail`));
  }, 60_000);

  it("a multi-line greeting dripped forever ends within the step's timeout, not 200 timeouts", async () => {
    const server = await scripted((socket) => every(100, () => socket.write("220-still greeting\r\n")));
    const started = Date.now();
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(Date.now() - started).toBeLessThan(8000);
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    expect(report.findings[0]!.data.reason).toMatch(new RegExp(`^reply not finished within ${SILENCE_MS} ms \\(\\d+ lines\\)$`));
  }, 60_000);

  it("an EHLO answer dripped forever is cut by the overall deadline", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) every(50, () => socket.write("250-X\r\n"));
      });
    });
    const started = Date.now();
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: 5000, deadlineMs: 1500 }));
    expect(Date.now() - started).toBeLessThan(6000);
    // The deadline, not the server, ended the wait: no verdict, and the run says it is incomplete.
    expect(ruleIds(report)).toEqual([]);
    expect(check(report, "submission-ehlo")).toMatchObject({ status: "skipped" });
    expect(check(report, "submission-ehlo")!.detail).toMatch(/^the overall deadline passed during this step and cut its wait short \(reply not finished within \d+ ms \(\d+ lines\)\)$/);
    expect(report.incomplete).toEqual({ reason: "the overall deadline passed", steps: 1 });
    expect(doctorExitCode(report)).toBe(1);
  }, 60_000);

  it("a 100 KB greeting line is a broken greeting, not read as the answer to EHLO", async () => {
    const server = await scripted((socket) => {
      socket.write(`220 ${"x".repeat(100_000)}\r\n`);
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    expect(report.findings[0]!.data.reason).toBe("a reply line longer than 8192 bytes");
  });

  it("a 100 KB IMAP greeting line is a broken greeting, its tail not read as the answer to CAPABILITY", async () => {
    const server = await scriptedTls((socket) => {
      socket.write(`* OK ${"x".repeat(100_000)}\r\n`);
      lines(socket, (line) => {
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("A1 ")) socket.write("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK done\r\n");
      });
    });
    const report = await runDoctor(options({ imap: at(server) }));
    expect(ruleIds(report)).toEqual(["imap-greeting-missing"]);
    expect(report.findings[0]!.data.reason).toBe("a greeting line longer than 8192 bytes");
  });

  it("a server's banner holding a CI log command (##[error], ##vso[) is printed with its [ defanged", async () => {
    const server = await scripted((socket) => socket.end("554 ##[error]forged ##vso[task.complete result=Failed]x\r\n"));
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    const text = formatDoctorText(report);
    expect(text).toContain("##?error]forged ##vso?task.complete");
    expect(text).not.toMatch(/##(vso)?\[/i);
  });

  it("terminal escapes and non-UTF-8 bytes from a server never reach the report raw", async () => {
    const server = await scripted((socket) => {
      socket.write(Buffer.concat([Buffer.from("554 \x1b]0;pwned\x07\x1b[2J\x9b31m"), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(" go away\r\n")]));
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-banner-missing"]);
    for (const output of [formatDoctorText(report), formatDoctorJson(report)]) {
      expect(output).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(output).toContain("go away");
    }
  });
});

describe("a server name the DNS could not look up is not a name that does not exist", () => {
  const failing = (code: string): NonNullable<DoctorOptions["lookup"]> => (hostname, _options, callback) => {
    const error = Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, hostname, syscall: "getaddrinfo" });
    process.nextTick(() => (callback as (error: NodeJS.ErrnoException) => void)(error));
  };

  it("EAI_AGAIN (the resolver failed or timed out) → host-lookup-failed, never host-not-found", async () => {
    const report = await runDoctor(options({ imap: { target: { host: "ssl0.ovh.net", port: 993 } } }, { lookup: failing("EAI_AGAIN") }));
    expect(ruleIds(report)).toEqual(["host-lookup-failed"]);
    expect(report.findings[0]!.message).toBe("ssl0.ovh.net could not be looked up (EAI_AGAIN: the DNS did not answer); whether the name exists is unknown");
  });

  it("ENOTFOUND (the name does not exist) stays host-not-found", async () => {
    const report = await runDoctor(options({ imap: { target: { host: "ssl0.ovh.net", port: 993 } } }, { lookup: failing("ENOTFOUND") }));
    expect(ruleIds(report)).toEqual(["host-not-found"]);
  });
});

describe("a server never reached is not a server that refused", () => {
  // No address on a loopback-only machine fails connect(2) with these codes, and no test may send traffic
  // off 127.0.0.1/::1: the error is injected at the lookup seam, which hands it to the socket as the
  // connect call would (same code, same path through the classifier).
  const unreachable = (code: string): NonNullable<DoctorOptions["lookup"]> => (_hostname, _options, callback) => {
    const error = Object.assign(new Error(`connect ${code} 192.0.2.1:587`), { code, syscall: "connect", address: "192.0.2.1", port: 587 });
    process.nextTick(() => (callback as (error: NodeJS.ErrnoException) => void)(error));
  };
  const cases = [
    ["EHOSTUNREACH", "no route to the host: a router or firewall on the way rejects the connection, or the host is down (EHOSTUNREACH)"],
    ["ENETUNREACH", "the network is unreachable: this computer has no route to it (not connected, or no IPv6 route) (ENETUNREACH)"],
    ["EADDRNOTAVAIL", "no local address to connect from: this computer's network connection is down or not configured (EADDRNOTAVAIL)"],
    ["EACCES", "a firewall on this computer forbade the connection (EACCES)"],
    ["EPERM", "a firewall on this computer forbade the connection (EPERM)"],
  ] as const;
  for (const [code, reason] of cases) {
    it(`${code} → network-unreachable with its reason, never 'refused the connection' (port-unreachable)`, async () => {
      const report = await runDoctor(options({ submission: { target: { host: "ssl0.ovh.net", port: 587 } } }, { lookup: unreachable(code), attempts: 3 }));
      expect(ruleIds(report)).toEqual(["network-unreachable"]);
      expect(report.findings[0]!.message).toBe(`ssl0.ovh.net:587 could not be reached (SMTP, STARTTLS): ${reason}`);
      // Asked once: the same route gives the same answer.
      expect(check(report, "submission-connect")).toMatchObject({ status: "problem", detail: `not reached: ${reason}` });
      expect(formatDoctorText(report)).not.toContain("refused");
      expect(doctorExitCode(report)).toBe(1);
    });
  }

  it("a port nothing listens on (a real ECONNREFUSED on loopback) stays port-unreachable, 'refused the connection'", async () => {
    const { port } = await keep(refusedPort());
    const report = await runDoctor(options({ submission: { target: { host: "127.0.0.1", port } } }));
    expect(ruleIds(report)).toEqual(["port-unreachable"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${port} refused the connection (SMTP, STARTTLS)`);
  });
});

describe("a TLS handshake that starts, then stalls", () => {
  it("on 465: tls-handshake-failed saying it stalled, not a silent port", async () => {
    // The header of a TLS handshake record announcing 80 bytes that never come.
    const server = await scripted((socket) => socket.write(Buffer.from([0x16, 0x03, 0x03, 0x00, 0x50])));
    const report = await runDoctor(options({ smtps: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["tls-handshake-failed"]);
    expect(report.findings[0]!.data.reason).toBe(`the TLS handshake started, then stalled: nothing more within ${SILENCE_MS} ms`);
  });
});

describe("a run the deadline cut short never says 'all checks passed'", () => {
  it("steps skipped for the deadline make the report incomplete: exit 1, and the summary says how many were not run", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit" }));
    // The DNS step ends cleanly just as the deadline passes: every later step is skipped, none failed. Both
    // times count from `start`, taken just before runDoctor, whose deadline starts later than it (in the
    // same synchronous stretch): the answer's timer expires 10 ms before the deadline's however late the
    // DNS step starts on a loaded machine (Node runs expired timers in order of expiry, and the answer's
    // microtasks before the next timer), then holds the thread until the deadline is past, so that no later
    // step can start in between. A step's deadline is judged before it starts.
    let start = 0;
    const dnsChecks = () =>
      new Promise<[]>((resolve) =>
        setTimeout(() => {
          while (performance.now() <= start + 320) {
            // Wait out the deadline on the clock without yielding (at most about 30 ms).
          }
          resolve([]);
        }, Math.max(0, start + 290 - performance.now())),
      );
    start = performance.now();
    const report = await runDoctor(options({ smtps: at(server), submission: at(server) }, { deadlineMs: 300, dnsChecks }));
    expect(report.findings).toEqual([]);
    expect(check(report, "dns")!.status).toBe("ok");
    // What ran passed; what the deadline left no time for was skipped, never judged.
    expect(report.checks.filter((c) => c.status === "problem")).toEqual([]);
    expect(check(report, "submission-connect")).toMatchObject({ status: "skipped", detail: "overall deadline reached before this step" });
    const steps = report.incomplete!.steps;
    expect(report.incomplete).toEqual({ reason: "the overall deadline passed", steps: expect.any(Number) });
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(doctorExitCode(report)).toBe(1);
    const text = formatDoctorText(report);
    expect(text).not.toContain("All checks passed");
    expect(text.trimEnd().split("\n").at(-1)).toBe(`Incomplete: ${steps} step(s) not run (the overall deadline passed); 0 check(s) with a problem: 0 error(s), 0 warning(s), 0 info.`);
    expect(JSON.parse(formatDoctorJson(report)).incomplete).toEqual({ reason: "the overall deadline passed", steps });
  });
});

describe("timeouts beyond what a timer can wait", () => {
  it("a step timeout and a deadline over 2^31 - 1 ms are held at that, not fired at once (which read every server as silent)", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit" }));
    const report = await runDoctor(options({ smtps: at(server) }, { timeoutMs: 3_000_000_000, deadlineMs: 9_000_000_000 }));
    expect(report.findings).toEqual([]);
    expect(check(report, "smtps-banner")).toMatchObject({ status: "ok" });
  });
});

describe("a server that stops answering mid-dialogue: connection-lost naming the step, never a verdict", () => {
  it("greets, then is silent to EHLO: not 'did not accept EHLO'", async () => {
    const server = await scripted((socket) => socket.write("220 mail.test ESMTP\r\n"));
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} stopped answering during EHLO: no reply within ${SILENCE_MS} ms`);
    expect(check(report, "submission-ehlo")!.status).toBe("problem");
  });

  it("closes the connection when asked EHLO", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, () => socket.destroy());
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "EHLO", reason: "connection closed" });
  });

  it("resets the connection (RST) when asked EHLO", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, () => socket.resetAndDestroy());
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "EHLO", reason: "connection closed" });
  });

  it("answers EHLO with something that is not SMTP → server-reply-malformed", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, () => socket.write("HTTP/1.1 400 Bad Request\r\n"));
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} answered EHLO with something that is not an SMTP reply: HTTP/1.1 400 Bad Request`);
  });

  it("STARTTLS advertised, then refused → smtp-starttls-refused, not 'does not offer STARTTLS'", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
        if (line === "STARTTLS") socket.write("454 4.7.0 TLS not available due to local problem\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-starttls-refused"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} advertises STARTTLS but refused it: 454 4.7.0 TLS not available due to local problem`);
  });

  it("STARTTLS accepted (220), then no answer to the TLS hello → connection-lost at the handshake, not a silent port", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
        if (line === "STARTTLS") socket.write("220 2.0.0 go ahead\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} stopped answering during the TLS handshake after STARTTLS: no TLS answer within ${SILENCE_MS} ms`);
  });

  // The port and its security setting are right (the server offered STARTTLS and accepted it): a handshake that
  // then fails is the server's fault, or something's on the way, never "match the security setting to the port".
  it("STARTTLS accepted (220), then the connection closed → connection-lost at the handshake, not tls-handshake-failed", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
        if (line === "STARTTLS") socket.end("220 2.0.0 go ahead\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "the TLS handshake after STARTTLS", reason: "connection closed" });
    expect(check(report, "submission-tls")).toMatchObject({ status: "problem" });
  });

  it("STARTTLS accepted (220), then an answer that is not TLS → server-reply-malformed at the handshake, not tls-handshake-failed", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
        if (line === "STARTTLS") socket.write("220 2.0.0 go ahead\r\n");
        // What the server says to the client's TLS hello (read as garbage lines): an SMTP error, in clear.
        else if (!line.startsWith("EHLO")) socket.write("500 5.5.2 unrecognized command\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.message).toBe(
      `127.0.0.1:${server.port} answered the TLS handshake after STARTTLS with something that is not a TLS answer: the server does not speak TLS on this port`,
    );
  });

  it("replies pipelined in clear after STARTTLS's 220 are discarded, never read as answers over TLS (RFC 3207 §4.2)", async () => {
    const overTls: string[] = [];
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      const stop = lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
        if (line !== "STARTTLS") return;
        // An injector's answer to the EHLO the client will send over TLS, offering AUTH, in one segment with the 220.
        socket.write("220 2.0.0 go ahead\r\n250-mail.test\r\n250 AUTH PLAIN\r\n");
        stop();
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: tls.createSecureContext({ key: readFixture("valid.key"), cert: readFixture("valid.pem") }) });
        secure.on("error", () => undefined);
        lines(secure, (inner) => {
          overTls.push(inner);
          if (inner.startsWith("EHLO")) secure.write("250-mail.test\r\n250 SIZE 1000\r\n");
          else endsPolitely(secure, inner);
        });
      });
    });
    const report = await runDoctor(options({ submission: at(server) }, { credentials: { user: "user@example.test", password: "not-for-injectors" } }));
    expect(ruleIds(report)).toEqual(["smtp-auth-missing"]);
    expect(check(report, "submission-ehlo-tls")!.detail).toBe("250, 1 extensions: SIZE");
    expect(overTls.filter((line) => !line.startsWith("EHLO") && line !== "QUIT")).toEqual([]);
  });

  it("STARTTLS advertised, then silence → connection-lost at STARTTLS", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 STARTTLS\r\n");
      });
    });
    const report = await runDoctor(options({ submission: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "STARTTLS", reason: `no reply within ${SILENCE_MS} ms` });
  });

  it("silent after the credential: connection-lost, not 'rejected the login', and nothing of the secret shown", async () => {
    const password = "s1lent-Pa55word";
    const server = await scriptedTls((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 AUTH PLAIN\r\n");
      });
    });
    const report = await runDoctor(options({ smtps: at(server) }, { timeoutMs: SILENCE_MS, credentials: { user: "user@example.test", password } }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "AUTH PLAIN", reason: `no reply within ${SILENCE_MS} ms` });
    expect(JSON.stringify(report)).not.toContain(password);
  });

  it("an IMAP server that closes after its greeting: connection-lost at CAPABILITY, a finding and not only a status", async () => {
    const server = await scriptedTls((socket) => {
      socket.write("* OK ready\r\n");
      lines(socket, () => socket.destroy());
    });
    const report = await runDoctor(options({ imap: at(server) }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} stopped answering during CAPABILITY: connection closed`);
    expect(doctorExitCode(report)).toBe(1);
  });

  it("an IMAP CAPABILITY answer dripped forever ends within the step's timeout", async () => {
    const server = await scriptedTls((socket) => {
      socket.write("* OK ready\r\n");
      lines(socket, () => every(100, () => socket.write("* OK still here\r\n")));
    });
    const started = Date.now();
    const report = await runDoctor(options({ imap: at(server) }, { timeoutMs: SILENCE_MS }));
    expect(Date.now() - started).toBeLessThan(8000);
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data.reason).toMatch(new RegExp(`^reply not finished within ${SILENCE_MS} ms`));
  }, 60_000);
});

describe("an answer that is not what the step needs is a finding naming host, port and step, never a bare status", () => {
  for (const [answer, reply] of [
    ["A1 NO not now", "A1 NO not now"],
    ["A1 BAD command unknown", "A1 BAD command unknown"],
    ["A1 OK done", "an OK without any CAPABILITY line"],
  ] as const) {
    it(`an IMAP server answering CAPABILITY with "${answer}": server-reply-malformed naming host, port and step, not only a status`, async () => {
      const server = await scriptedTls((socket) => {
        socket.write("* OK ready\r\n");
        lines(socket, (line) => {
          if (endsPolitely(socket, line)) return;
          if (line.startsWith("A1 ")) socket.write(`${answer}\r\n`);
        });
      });
      const report = await runDoctor(options({ imap: at(server) }));
      expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
      expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} answered CAPABILITY with something that is not a capability list and OK (RFC 9051 §6.1.1): ${reply}`);
      expect(check(report, "imap-capability")!.status).toBe("problem");
      expect(doctorExitCode(report)).toBe(1);
    });
  }

  it("an IMAP server answering CAPABILITY with another command's tag: server-reply-malformed, never a pass", async () => {
    const server = await scriptedTls((socket) => {
      socket.write("* OK ready\r\n");
      lines(socket, (line) => {
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("A1 ")) socket.write("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nB7 OK done\r\n");
      });
    });
    const report = await runDoctor(options({ imap: at(server) }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.data).toMatchObject({ target: `127.0.0.1:${server.port}`, step: "CAPABILITY", reply: "B7 OK done" });
  });

  it("EHLO answered 4xx: smtp-temporary-failure, 'temporary', never 'did not accept EHLO'", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, () => socket.write("421 4.7.0 Too many connections, try again later\r\n"));
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-temporary-failure"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} answered EHLO with a temporary failure: 421 4.7.0 Too many connections, try again later`);
    expect(check(report, "submission-ehlo")).toMatchObject({ status: "problem", detail: "temporary failure: 421 4.7.0 Too many connections, try again later" });
  });

  it("EHLO answered 5xx stays smtp-ehlo-rejected", async () => {
    const server = await scripted((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, () => socket.write("550 5.7.1 Access denied\r\n"));
    });
    const report = await runDoctor(options({ submission: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-ehlo-rejected"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} did not accept EHLO: 550 5.7.1 Access denied`);
  });

  it("a 421 instead of the greeting: smtp-temporary-failure, not 'sent no SMTP 220 greeting'", async () => {
    const server = await scriptedTls((socket) => socket.end("421 4.3.2 Service shutting down\r\n"));
    const report = await runDoctor(options({ smtps: at(server) }));
    expect(ruleIds(report)).toEqual(["smtp-temporary-failure"]);
    expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} answered the connection with a temporary failure: 421 4.3.2 Service shutting down`);
  });
});

describe("a 4xx to AUTH is 'try later', never 'check or reset the password' (RFC 4954 §6)", () => {
  const credentials = { user: "user@example.test", password: "w0rking-Pa55word" };
  /** An implicit-TLS server that offers AUTH PLAIN and answers it with `reply` (whose text must never be shown). */
  const answeringAuth = (reply: string): Promise<RunningServer> =>
    scriptedTls((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 AUTH PLAIN\r\n");
        else if (line.startsWith("AUTH")) socket.write(`${reply}\r\n`);
      });
    });

  for (const [reply, shown] of [
    ["454 4.7.0 Temporary authentication failure SERVER-TEXT", "454 4.7.0 (temporary authentication failure, retry later)"],
    ["421 4.3.2 Service shutting down SERVER-TEXT", "421 4.3.2 (the server is closing the connection for now, retry later)"],
    ["451 local error SERVER-TEXT", "451 (unexpected reply)"],
  ] as const) {
    it(`AUTH answered "${reply.slice(0, 3)}": smtp-temporary-failure at AUTH PLAIN, not smtp-auth-failed, the server's text unshown`, async () => {
      const server = await answeringAuth(reply);
      const report = await runDoctor(options({ smtps: at(server) }, { credentials }));
      expect(ruleIds(report)).toEqual(["smtp-temporary-failure"]);
      expect(report.findings[0]!.message).toBe(`127.0.0.1:${server.port} answered AUTH PLAIN with a temporary failure: ${shown}`);
      expect(check(report, "smtps-login")).toMatchObject({ status: "problem", detail: `AUTH PLAIN: temporary failure: ${shown}` });
      expect(doctorExitCode(report)).toBe(1);
      const everything = JSON.stringify(report) + formatDoctorText(report);
      expect(everything).not.toContain("SERVER-TEXT");
      expect(everything).not.toContain(credentials.password);
    });
  }

  it("AUTH answered 432 (a password transition is needed) stays a refused login, saying why", async () => {
    const server = await answeringAuth("432 4.7.12 A password transition is needed");
    const report = await runDoctor(options({ smtps: at(server) }, { credentials }));
    expect(ruleIds(report)).toEqual(["smtp-auth-failed"]);
    expect(report.findings[0]!.message).toBe(
      `127.0.0.1:${server.port} rejected the login: 432 4.7.12 (a password change is required before this account can log in)`,
    );
  });
});

describe("an IMAP login the server never finishes is a broken dialogue, never a verdict on the password", () => {
  const credentials = { user: "user@example.test", password: "imap-Pa55word" };
  /** An implicit-TLS IMAP server offering AUTH=PLAIN; `onCredential` answers the line that carries it. */
  const imapAnswering = (onCredential: (socket: tls.TLSSocket) => void, received: string[] = []): Promise<RunningServer> =>
    scriptedTls((socket) => {
      socket.write("* OK ready\r\n");
      lines(socket, (line) => {
        received.push(line);
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("A1 ")) socket.write("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK done\r\n");
        else if (line === "A2 AUTHENTICATE PLAIN") socket.write("+ \r\n");
        else if (!/^A\d+ /.test(line)) onCredential(socket);
      });
    });

  it("silent after the credential: connection-lost at AUTHENTICATE PLAIN, not imap-login-failed", async () => {
    const server = await imapAnswering(() => undefined);
    const report = await runDoctor(options({ imap: at(server) }, { timeoutMs: SILENCE_MS, credentials }));
    expect(ruleIds(report)).toEqual(["connection-lost"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "AUTHENTICATE PLAIN", reason: `no tagged reply within ${SILENCE_MS} ms` });
    expect(JSON.stringify(report)).not.toContain(credentials.password);
  });

  it("a second continuation request after the credential: the exchange is cancelled with '*' (RFC 9051 §6.2.2) and the reply called malformed", async () => {
    const received: string[] = [];
    const server = await imapAnswering((socket) => socket.write(`+ ${Buffer.from(credentials.password).toString("base64")}\r\n`), received);
    const report = await runDoctor(options({ imap: at(server) }, { credentials }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "AUTHENTICATE PLAIN", reply: "(not shown: it follows a credential)" });
    expect(received).toContain("*");
    expect(JSON.stringify(report)).not.toContain(Buffer.from(credentials.password).toString("base64"));
  });
});

describe("a login 'accepted' before the password was sent checked nothing: never 'logged in'", () => {
  const credentials = { user: "user@example.test", password: "unasked-Pa55word" };

  it("SMTP AUTH LOGIN answered 235 at once: server-reply-malformed at AUTH LOGIN, no password on the wire", async () => {
    const received: string[] = [];
    const server = await scriptedTls((socket) => {
      socket.write("220 mail.test ESMTP\r\n");
      lines(socket, (line) => {
        received.push(line);
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("EHLO")) socket.write("250-mail.test\r\n250 AUTH LOGIN\r\n");
        else if (line === "AUTH LOGIN") socket.write("235 2.7.0 Authentication successful\r\n");
      });
    });
    const report = await runDoctor(options({ smtps: at(server) }, { credentials }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.message).toBe(
      `127.0.0.1:${server.port} answered AUTH LOGIN with something that is not a request for the password (334): (not shown: it follows a credential)`,
    );
    expect(check(report, "smtps-login")).toMatchObject({ status: "problem", detail: "AUTH LOGIN: 235 (accepted) before the password was sent" });
    expect(received).not.toContain(Buffer.from(credentials.password).toString("base64"));
  });

  it("IMAP AUTHENTICATE PLAIN answered OK before the continuation: server-reply-malformed, no credential on the wire", async () => {
    const received: string[] = [];
    const server = await scriptedTls((socket) => {
      socket.write("* OK ready\r\n");
      lines(socket, (line) => {
        received.push(line);
        if (endsPolitely(socket, line)) return;
        if (line.startsWith("A1 ")) socket.write("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA1 OK done\r\n");
        else if (line === "A2 AUTHENTICATE PLAIN") socket.write("A2 OK logged in\r\n");
      });
    });
    const report = await runDoctor(options({ imap: at(server) }, { credentials }));
    expect(ruleIds(report)).toEqual(["server-reply-malformed"]);
    expect(report.findings[0]!.data).toMatchObject({ step: "AUTHENTICATE PLAIN", expected: "a continuation request (+) for the credential" });
    expect(check(report, "imap-login")).toMatchObject({ status: "problem", detail: "AUTHENTICATE PLAIN: OK before the credential was sent" });
    expect(received.filter((line) => !/^A\d /.test(line))).toEqual([]);
  });
});

describe("certificates that fail say why in words, not only OpenSSL's code", () => {
  it("a self-signed certificate → tls-certificate-untrusted, 'self-signed' said in the message", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "self-signed" }));
    const report = await runDoctor(options({ smtps: at(server) }));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.data.reason).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    expect(report.findings[0]!.message).toBe(
      `The certificate of 127.0.0.1:${server.port} is not trusted: it is self-signed, vouched for by no authority: a self-hosted server's own certificate, or one made up by an antivirus or proxy that intercepts TLS (DEPTH_ZERO_SELF_SIGNED_CERT); issuer: CN=localhost`,
    );
  });

  it("a certificate its authority signed with SHA-1 is not trusted, though OpenSSL at security level 0 passes it", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit", cert: "sha1-signed" }));
    const report = await runDoctor(options({ smtps: at(server) }));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.message).toBe(
      `The certificate of 127.0.0.1:${server.port} is not trusted: the server's certificate is signed with SHA-1, a hash whose signatures can be forged (CA_MD_TOO_WEAK); issuer: CN=maildns test CA, O=maildns tests`,
    );
  });

  it("a 512-bit RSA key is not trusted, though OpenSSL at security level 0 passes it", async () => {
    const server = await keep(startImapServer({ cert: "weak-key" }));
    const report = await runDoctor(options({ imap: at(server) }));
    expect(ruleIds(report)).toEqual(["tls-certificate-untrusted"]);
    expect(report.findings[0]!.message).toBe(
      `The certificate of 127.0.0.1:${server.port} is not trusted: the server's certificate has a 512-bit RSA or DSA key, small enough to be broken (EE_KEY_TOO_SMALL); issuer: CN=maildns test CA, O=maildns tests`,
    );
  });

  it("a certificate from an authority not in the store says so", async () => {
    const server = await keep(startSmtpServer({ mode: "implicit" }));
    const report = await runDoctor(options({ smtps: at(server) }, { ca: null }));
    expect(report.findings[0]!.message).toBe(
      `The certificate of 127.0.0.1:${server.port} is not trusted: its issuer is not a trusted authority and the server sent no certificate linking it to one: most often the server does not send its intermediate certificate; else the issuer is unknown (a private authority, or an interception) (UNABLE_TO_VERIFY_LEAF_SIGNATURE); issuer: CN=maildns test CA, O=maildns tests`,
    );
  });
});

describe("--login never sends the password over a TLS session that failed verification", () => {
  const credentials = { user: "user@example.test", password: "never-to-a-stranger" };
  const accounts = { [credentials.user]: credentials.password };
  const cases = [
    { label: "a certificate for another name (465)", mode: "implicit", cert: "wrong-host", ca: true, ruleId: "tls-certificate-hostname", service: "smtps" },
    { label: "an untrusted certificate (465)", mode: "implicit", cert: "valid", ca: false, ruleId: "tls-certificate-untrusted", service: "smtps" },
    { label: "a self-signed certificate (465)", mode: "implicit", cert: "self-signed", ca: true, ruleId: "tls-certificate-untrusted", service: "smtps" },
    { label: "an expired certificate after STARTTLS (587)", mode: "plain", cert: "expired", ca: true, ruleId: "tls-certificate-expired", service: "submission" },
    { label: "TLS 1.0 (465)", mode: "implicit", cert: "valid", ca: true, ruleId: "tls-version-too-old", service: "smtps", version: "TLSv1" },
    { label: "a certificate signed with SHA-1 (465)", mode: "implicit", cert: "sha1-signed", ca: true, ruleId: "tls-certificate-untrusted", service: "smtps" },
    { label: "a certificate signed with SHA-1 after STARTTLS (587)", mode: "plain", cert: "sha1-signed", ca: true, ruleId: "tls-certificate-untrusted", service: "submission" },
    { label: "a 512-bit RSA key (465)", mode: "implicit", cert: "weak-key", ca: true, ruleId: "tls-certificate-untrusted", service: "smtps" },
  ] as const;
  for (const c of cases) {
    it(`${c.label}: ${c.ruleId}, the login skipped, no AUTH on the wire`, async () => {
      const server = await keep(
        startSmtpServer({ mode: c.mode, starttls: true, cert: c.cert, accounts, ...("version" in c ? { version: c.version } : {}) }),
      );
      const report = await runDoctor(options({ [c.service]: at(server) }, { credentials, ca: c.ca ? TEST_CA() : null }));
      expect(ruleIds(report)).toEqual([c.ruleId]);
      expect(server.received.filter((line) => line.startsWith("AUTH"))).toEqual([]);
      expect(check(report, `${c.service}-login`)).toMatchObject({
        status: "skipped",
        detail: "password not sent: the TLS session failed verification (see the TLS check)",
      });
    });
  }
});

describe("text from the network never drives the terminal", () => {
  // C0 and C1 controls (ESC, CSI U+009B, OSC U+009D), DEL, and the bidirectional overrides that reorder
  // what a terminal shows (U+202A–U+202E, U+2066–U+2069, and the Arabic letter mark U+061C).
  const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const hostileText = "\x1b]0;pwned\x07\x1b[2J\u009b31m\u009d0;title\u009c\u202eevil\u2066\u061c bulk sender";

  it("a block list's TXT reason with escapes: the text report shows it defanged, the JSON escapes it losslessly", async () => {
    const dns = stubDns({ ...HEALTHY_ZONE, "10.2.0.192.bl.test A": ["127.0.0.2"], "10.2.0.192.bl.test TXT": [hostileText] });
    const report = await runDoctor(options({}, { dns, dnsblZones: ["bl.test"] }));
    expect(ruleIds(report)).toEqual(["dnsbl-listed"]);
    const text = formatDoctorText(report);
    const json = formatDoctorJson(report);
    expect(text).not.toMatch(UNSAFE);
    expect(json).not.toMatch(UNSAFE);
    expect(text).toContain("bulk sender");
    // Escaped, not dropped: a program reading the JSON gets the list's answer as it was.
    expect(JSON.parse(json).findings[0].message).toBe(`192.0.2.10 (SPF ip4) is listed on bl.test: 127.0.0.2 (${hostileText})`);
  });
});
