// Connect and (implicit or STARTTLS) TLS steps shared by the IMAP and SMTP probes, in the guide's order:
// is the port reachable, then is the TLS session sound.
import type net from "node:net";
import { LineReader, connectTcp, startTls } from "./net.js";
import type { Session, StepOutcome } from "./session.js";
import { DOCTOR_RULES } from "./checks.js";
import { formatTarget } from "./target.js";
import { assessTls, describeTls, observeTls, serverNameFor } from "./tls.js";
import type { Service, Target } from "./types.js";

export const SERVICE_LABEL: Record<Service, string> = {
  imap: "IMAP, SSL/TLS",
  smtps: "SMTP, SSL/TLS",
  submission: "SMTP, STARTTLS",
};

/** TCP connection, told apart as refused / silent / not reached / unknown host. Null when the service cannot go on. */
export async function connectStep(session: Session, service: Service, target: Target): Promise<net.Socket | null> {
  const where = formatTarget(target);
  let socket: net.Socket | null = null;
  await session.step(`${service}-connect`, where, async () => {
    const timeoutMs = session.stepTimeout();
    // Retries only while the overall deadline leaves room for a whole attempt.
    const attempts = Math.max(1, Math.min(session.options.attempts, Math.floor(session.remainingMs() / timeoutMs)));
    const result = await connectTcp(target, timeoutMs, attempts, session.options.lookup);
    if (result.ok) {
      socket = session.track(result.socket);
      return { detail: `connected (${SERVICE_LABEL[service]})` };
    }
    const tries = result.attempts > 1 ? ` after ${result.attempts} attempts` : "";
    const { failure } = result;
    switch (failure.kind) {
      case "refused":
        return { detail: `refused${tries}`, findings: [session.finding("port-unreachable", target.host, { target: where, service: SERVICE_LABEL[service] })] };
      case "timeout":
        return {
          detail: `no answer${tries} (${timeoutMs} ms each)`,
          findings: [session.finding("port-timeout", target.host, { target: where, service: SERVICE_LABEL[service], timeoutMs })],
        };
      case "lookup-failed":
        return {
          detail: `host name could not be looked up (${failure.detail})`,
          findings: [session.finding("host-lookup-failed", target.host, { host: target.host, reason: failure.detail })],
        };
      case "host-not-found":
        return { detail: `host name does not resolve (${failure.detail})`, findings: [session.finding("host-not-found", target.host, { host: target.host, reason: failure.detail })] };
      case "unreachable":
        // Not a refusal: nothing came back from the server's port, so nothing is known about the server.
        return {
          detail: `not reached: ${failure.detail}`,
          findings: [session.finding("network-unreachable", target.host, { target: where, service: SERVICE_LABEL[service], reason: failure.detail })],
        };
    }
  });
  return socket;
}

/** A TLS session: a reader on it, and whether it passed verification (chain, name, dates, version). */
export interface SecureChannel {
  reader: LineReader;
  verified: boolean;
}

/**
 * TLS handshake and certificate judgement. Returns the secure channel, or null if no session.
 * `afterStarttls`: the handshake follows a STARTTLS (not TLS from the first byte), so a failure there says
 * nothing about which mode the port speaks.
 */
export async function tlsStep(session: Session, service: Service, target: Target, socket: net.Socket, afterStarttls = false): Promise<SecureChannel | null> {
  const where = formatTarget(target);
  let channel: SecureChannel | null = null;
  await session.step(`${service}-tls`, where, async () => {
    const result = await startTls(socket, { servername: serverNameFor(target.host), ca: session.options.ca, timeoutMs: session.stepTimeout() });
    if (!result.ok) {
      socket.destroy();
      // After STARTTLS the server has been talking: silence now is a dialogue that stopped, not a silent port.
      if (result.silent && afterStarttls) return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: result.reason, kind: "timeout" }, "a TLS answer");
      if (result.silent) return silentAfterAccept(session, service, target, result.reason);
      // After STARTTLS the port and its setting are right (the server offered TLS and said "go ahead"): a
      // handshake that then ends or gets no TLS back is the server's fault or something's on the way, never
      // the client's security setting.
      if (afterStarttls && result.kind === "closed") return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: "connection closed", kind: "closed" }, "a TLS answer");
      if (afterStarttls && result.kind === "not-tls") {
        return dialogueFailure(session, target, "the TLS handshake after STARTTLS", { reason: result.reason, kind: "malformed", received: result.reason }, "a TLS answer");
      }
      // The commonest cause of a failed handshake on 465 or 993: the port speaks in clear first and expects STARTTLS.
      const greeting = afterStarttls ? null : await clearGreeting(session, target);
      if (greeting !== null) {
        return {
          detail: `${result.reason}; on a new connection the server greets in clear: ${greeting}`,
          findings: [session.finding("implicit-tls-on-starttls-port", target.host, { target: where, greeting, service: SERVICE_LABEL[service] })],
        };
      }
      return { detail: result.reason, findings: [session.finding("tls-handshake-failed", target.host, { target: where, reason: result.reason })] };
    }
    session.track(result.socket);
    const observation = observeTls(result.socket, target.host.replace(/\.$/, ""), session.options.ca);
    const problems = assessTls(observation, where, target.host, session.options.now());
    // A warning (a CN-only certificate, which most clients still accept) does not fail verification.
    channel = { reader: new LineReader(result.socket), verified: problems.every((p) => DOCTOR_RULES.get(p.ruleId)?.level !== "error") };
    return { detail: describeTls(observation), findings: problems.map((p) => session.finding(p.ruleId, target.host, p.data)) };
  });
  return channel;
}

/**
 * A reply that did not come, or came broken, in the middle of a dialogue the server had started: a network
 * or server fault that stops the check, never a verdict about the mailbox. `step` is the command as the
 * protocol names it (EHLO, STARTTLS, CAPABILITY); `expected` what should have come ("an SMTP reply").
 */
export function dialogueFailure(
  session: Session,
  target: Target,
  step: string,
  failure: { reason: string; kind: "closed" | "timeout" | "malformed"; received?: string },
  expected: string,
): StepOutcome {
  const where = formatTarget(target);
  if (failure.kind === "malformed") {
    return { detail: failure.reason, findings: [session.finding("server-reply-malformed", target.host, { target: where, step, expected, reply: failure.received ?? failure.reason })] };
  }
  return { detail: failure.reason, findings: [session.finding("connection-lost", target.host, { target: where, step, reason: failure.reason })] };
}

/** Server text shown in a finding: printable ASCII, at most 80 characters. */
function shown(line: string): string {
  const clean = line.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/**
 * On a new connection, the greeting a server sends in clear before any TLS: an SMTP 220 (RFC 5321 §4.2) or
 * an IMAP "* OK" (RFC 9051 §7.1); null when it sends none within the step timeout.
 */
async function clearGreeting(session: Session, target: Target): Promise<string | null> {
  if (session.remainingMs() <= 0) return null;
  const connected = await connectTcp(target, session.stepTimeout(), 1, session.options.lookup);
  if (!connected.ok) return null;
  session.track(connected.socket);
  const reader = new LineReader(connected.socket);
  try {
    const line = await reader.readLine(session.stepTimeout());
    return line !== null && (/^220[ -]/.test(line) || /^\* (OK|PREAUTH)\b/i.test(line)) ? shown(line) : null;
  } finally {
    connected.socket.destroy();
  }
}

/** On a new connection, whether the port completes a TLS handshake from the first byte (implicit TLS, RFC 8314 §3). */
async function speaksImplicitTls(session: Session, target: Target): Promise<boolean> {
  if (session.remainingMs() <= 0) return false;
  const connected = await connectTcp(target, session.stepTimeout(), 1, session.options.lookup);
  if (!connected.ok) return false;
  session.track(connected.socket);
  const result = await startTls(connected.socket, { servername: serverNameFor(target.host), ca: session.options.ca, timeoutMs: session.stepTimeout() });
  // The TLS socket first, then the connection under it (the other order leaves the TLS socket over a freed handle).
  if (result.ok) result.socket.destroy();
  connected.socket.destroy();
  return result.ok;
}

/**
 * A greeting that never comes on a port probed in clear (587 with STARTTLS). Before calling it a silent
 * port, try TLS from the first byte on a new connection: a server on 465 or 993 waits for the client's TLS
 * hello just as the client waits for its greeting, the commonest client mistake, which the client shows as
 * "connection timed out".
 */
export async function silentGreeting(session: Session, service: Service, target: Target, reason: string): Promise<StepOutcome> {
  if (await speaksImplicitTls(session, target)) {
    return {
      detail: `connection accepted, then ${reason}; on a new connection the server completes a TLS handshake from the first byte`,
      findings: [session.finding("starttls-on-implicit-tls-port", target.host, { target: formatTarget(target), service: SERVICE_LABEL[service] })],
    };
  }
  return silentAfterAccept(session, service, target, reason);
}

export function closeQuietly(reader: LineReader | null, socket?: net.Socket | null): void {
  reader?.socket.destroy();
  socket?.destroy();
}

/**
 * A server that accepts the connection and then says nothing looks, from the mail client, exactly like a
 * port that does not answer ("connection timed out"): a filter swallowing traffic. Same id, so
 * `maildns explain "timed out"` points at it.
 */
export function silentAfterAccept(session: Session, service: Service, target: Target, reason: string): StepOutcome {
  return {
    detail: `connection accepted, then ${reason}`,
    findings: [session.finding("port-timeout", target.host, { target: formatTarget(target), service: SERVICE_LABEL[service], timeoutMs: session.stepTimeout() })],
  };
}
