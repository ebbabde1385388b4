// Connect and (implicit or STARTTLS) TLS steps shared by the IMAP and SMTP probes, in the guide's order:
// is the port reachable, then is the TLS session sound.
import type net from "node:net";
import { LineReader, connectTcp, startTls } from "./net.js";
import type { Session, StepOutcome } from "./session.js";
import { formatTarget } from "./target.js";
import { assessTls, describeTls, observeTls, serverNameFor } from "./tls.js";
import type { Service, Target } from "./types.js";

export const SERVICE_LABEL: Record<Service, string> = {
  imap: "IMAP, SSL/TLS",
  smtps: "SMTP, SSL/TLS",
  submission: "SMTP, STARTTLS",
};

/** TCP connection, told apart as refused / silent / unknown host. Null when the service cannot go on. */
export async function connectStep(session: Session, service: Service, target: Target): Promise<net.Socket | null> {
  const where = formatTarget(target);
  let socket: net.Socket | null = null;
  await session.step(`${service}-connect`, where, async () => {
    const timeoutMs = session.stepTimeout();
    // Retries only while the overall deadline leaves room for a whole attempt.
    const attempts = Math.max(1, Math.min(session.options.attempts, Math.floor(session.remainingMs() / timeoutMs)));
    const result = await connectTcp(target, timeoutMs, attempts);
    if (result.ok) {
      socket = result.socket;
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
      case "host-not-found":
        return { detail: `host name does not resolve (${failure.detail})`, findings: [session.finding("host-not-found", target.host, { host: target.host, reason: failure.detail })] };
      case "network":
        return {
          detail: `network error ${failure.detail}`,
          findings: [session.finding("port-unreachable", target.host, { target: where, service: `${SERVICE_LABEL[service]}: ${failure.detail}` })],
        };
    }
  });
  return socket;
}

/** TLS handshake and certificate judgement. Returns a reader on the secure socket, or null if no session. */
export async function tlsStep(session: Session, service: Service, target: Target, socket: net.Socket): Promise<LineReader | null> {
  const where = formatTarget(target);
  let reader: LineReader | null = null;
  await session.step(`${service}-tls`, where, async () => {
    const result = await startTls(socket, { servername: serverNameFor(target.host), ca: session.options.ca, timeoutMs: session.stepTimeout() });
    if (!result.ok) {
      socket.destroy();
      if (result.silent) return silentAfterAccept(session, service, target, result.reason);
      return { detail: result.reason, findings: [session.finding("tls-handshake-failed", target.host, { target: where, reason: result.reason })] };
    }
    reader = new LineReader(result.socket);
    const observation = observeTls(result.socket, target.host.replace(/\.$/, ""));
    const problems = assessTls(observation, where, target.host, session.options.now());
    return { detail: describeTls(observation), findings: problems.map((p) => session.finding(p.ruleId, target.host, p.data)) };
  });
  return reader;
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
