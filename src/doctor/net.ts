// Sockets with a timeout on every step. The doctor talks to servers that may be down, filtered or
// hostile; no call here waits without a deadline, and every socket is destroyed on the way out.
import net from "node:net";
import tls from "node:tls";
import type { Target } from "./types.js";

export type ConnectFailure =
  /** RST: nothing listens, or a firewall rejects. */
  | { kind: "refused"; detail: string }
  /** No answer at all: traffic dropped. */
  | { kind: "timeout"; detail: string }
  | { kind: "host-not-found"; detail: string }
  /** The resolver failed or did not answer (EAI_AGAIN, EAI_FAIL): whether the name exists is unknown. */
  | { kind: "lookup-failed"; detail: string }
  /**
   * The connection never reached the server: no route to it (EHOSTUNREACH, ENETUNREACH: the ICMP
   * unreachable a router or firewall sends, or no route on this computer), no local address to send from
   * (EADDRNOTAVAIL), or a firewall on this computer forbade it (EACCES, EPERM); and any other failure of the
   * connect call itself. Nothing is known about the server.
   */
  | { kind: "unreachable"; detail: string };

export type ConnectResult = { ok: true; socket: net.Socket; attempts: number } | { ok: false; failure: ConnectFailure; attempts: number };

/**
 * Opens a TCP connection. A timeout is retried (a lost SYN happens) up to `attempts` times; a refusal or
 * an unknown host is final at once, since asking again gives the same answer.
 */
export async function connectTcp(target: Target, timeoutMs: number, attempts: number, lookup?: net.LookupFunction): Promise<ConnectResult> {
  let last: ConnectFailure = { kind: "timeout", detail: "no attempt made" };
  const tries = Math.max(1, attempts);
  for (let attempt = 1; attempt <= tries; attempt++) {
    const outcome = await connectOnce(target, timeoutMs, lookup);
    if (outcome instanceof net.Socket) return { ok: true, socket: outcome, attempts: attempt };
    last = outcome;
    if (outcome.kind !== "timeout") return { ok: false, failure: outcome, attempts: attempt };
  }
  return { ok: false, failure: last, attempts: tries };
}

function connectOnce(target: Target, timeoutMs: number, lookup?: net.LookupFunction): Promise<net.Socket | ConnectFailure> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: target.host, port: target.port, ...(lookup ? { lookup } : {}) });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ kind: "timeout", detail: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.removeAllListeners("error");
      socket.on("error", () => undefined);
      resolve(socket);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(classifyError(error));
    });
  });
}

function classifyError(error: NodeJS.ErrnoException): ConnectFailure {
  const code = error.code ?? "";
  if (code === "ECONNREFUSED") return { kind: "refused", detail: "connection refused" };
  if (code === "ETIMEDOUT") return { kind: "timeout", detail: "connection timed out" };
  if (code === "ENOTFOUND" || code === "EAI_NODATA" || code === "EAI_NONAME") return { kind: "host-not-found", detail: code };
  // getaddrinfo's "try again" and "non-recoverable failure": a DNS failure, never "no such name".
  if (code === "EAI_AGAIN" || code === "EAI_FAIL") return { kind: "lookup-failed", detail: `${code}: the DNS did not answer` };
  const reason = UNREACHABLE_REASONS[code];
  if (reason) return { kind: "unreachable", detail: `${reason} (${code})` };
  return { kind: "unreachable", detail: `the connection failed: ${code || error.message}` };
}

/** What each "never reached the server" error of connect(2) means for the person at the keyboard. */
const UNREACHABLE_REASONS: Readonly<Record<string, string>> = {
  EHOSTUNREACH: "no route to the host: a router or firewall on the way rejects the connection, or the host is down",
  ENETUNREACH: "the network is unreachable: this computer has no route to it (not connected, or no IPv6 route)",
  EADDRNOTAVAIL: "no local address to connect from: this computer's network connection is down or not configured",
  EACCES: "a firewall on this computer forbade the connection",
  EPERM: "a firewall on this computer forbade the connection",
};

export interface TlsOptions {
  /** Name sent as SNI and checked against the certificate (omitted for IP literals, RFC 6066 §3). */
  servername: string | null;
  /** PEM of the CAs to trust instead of Node's store. */
  ca: string | null;
  timeoutMs: number;
}

/**
 * `silent`: the handshake timed out and the server never sent a byte in answer to our ClientHello. `kind`:
 * the connection closed or was reset; what came back was not TLS at all; or TLS that failed (an alert, no
 * version or cipher in common, a timeout).
 */
export type TlsResult = { ok: true; socket: tls.TLSSocket } | { ok: false; reason: string; silent: boolean; kind: "closed" | "not-tls" | "tls-error" };

/**
 * Runs a TLS handshake over an open socket. Verification is done afterwards by the caller (see tls.ts),
 * so the handshake accepts old versions and weak ciphers: we want to see them to report them, not fail
 * with an opaque alert.
 */
export function startTls(socket: net.Socket, options: TlsOptions): Promise<TlsResult> {
  return new Promise((resolve) => {
    // After STARTTLS the connection has already carried the clear dialogue: only what comes after counts.
    const readBefore = socket.bytesRead;
    const secure = tls.connect({
      socket,
      ...(options.servername ? { servername: options.servername } : {}),
      ...(options.ca ? { ca: options.ca } : {}),
      rejectUnauthorized: false,
      minVersion: "TLSv1",
      ciphers: "DEFAULT@SECLEVEL=0",
    });
    const timer = setTimeout(() => {
      secure.destroy();
      // Bytes from the server mean it answered and then stopped: not a silent port.
      if (socket.bytesRead > readBefore) resolve({ ok: false, reason: `the TLS handshake started, then stalled: nothing more within ${options.timeoutMs} ms`, silent: false, kind: "tls-error" });
      else resolve({ ok: false, reason: `no TLS answer within ${options.timeoutMs} ms`, silent: true, kind: "tls-error" });
    }, options.timeoutMs);
    secure.once("secureConnect", () => {
      clearTimeout(timer);
      secure.removeAllListeners("error");
      secure.on("error", () => undefined);
      resolve({ ok: true, socket: secure });
    });
    secure.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      secure.destroy();
      resolve({ ok: false, reason: tlsErrorText(error), silent: false, kind: error.code === "ECONNRESET" ? "closed" : NOT_TLS.has(error.code ?? "") ? "not-tls" : "tls-error" });
    });
    secure.once("close", () => {
      clearTimeout(timer);
      resolve({ ok: false, reason: "connection closed during the TLS handshake", silent: false, kind: "closed" });
    });
  });
}

/** OpenSSL's errors for an answer that is no TLS record at all (clear text where TLS was expected). */
const NOT_TLS = new Set(["ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);

function tlsErrorText(error: NodeJS.ErrnoException): string {
  if (NOT_TLS.has(error.code ?? "")) return "the server does not speak TLS on this port";
  if (error.code === "ECONNRESET") return "connection reset during the TLS handshake";
  return error.code ? `${error.code}` : error.message.split("\n")[0]!;
}

/**
 * Reads CRLF-terminated lines from a socket, each read bounded by a timeout. Lines are capped in
 * length and count so a hostile server cannot make us buffer without end.
 */
export class LineReader {
  private buffer = "";
  private lines: string[] = [];
  private waiter: (() => void) | null = null;
  private ended = false;
  private readonly onData = (chunk: Buffer): void => {
    this.buffer += chunk.toString("latin1");
    let index: number;
    while ((index = this.buffer.indexOf("\n")) >= 0) {
      this.lines.push(this.buffer.slice(0, index).replace(/\r$/, ""));
      this.buffer = this.buffer.slice(index + 1);
    }
    // A line with no end is handed over as it stands, so the caller sees garbage rather than waiting for more.
    if (this.buffer.length > LineReader.MAX_LINE) {
      this.lines.push(this.buffer.slice(0, LineReader.MAX_LINE));
      this.buffer = "";
    }
    if (this.lines.length > LineReader.MAX_QUEUED) {
      // Nobody reads that much unasked: stop listening to this server.
      this.lines.length = LineReader.MAX_QUEUED;
      this.socket.destroy();
    }
    this.wake();
  };
  private readonly onEnd = (): void => {
    this.ended = true;
    this.wake();
  };

  static readonly MAX_LINE = 8192;
  static readonly MAX_QUEUED = 1000;

  constructor(readonly socket: net.Socket) {
    socket.on("data", this.onData);
    socket.on("end", this.onEnd);
    socket.on("close", this.onEnd);
  }

  /**
   * Next whole line, or null on timeout or end of stream (told apart by `closed`). Data that arrives
   * without completing a line does not end the wait: a reply may come in several TCP segments.
   */
  async readLine(timeoutMs: number): Promise<string | null> {
    const endsAt = Date.now() + timeoutMs;
    while (this.lines.length === 0 && !this.ended) {
      const remaining = endsAt - Date.now();
      if (remaining <= 0) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.waiter = null;
          resolve();
        }, remaining);
        this.waiter = () => {
          clearTimeout(timer);
          this.waiter = null;
          resolve();
        };
      });
    }
    return this.lines.length > 0 ? this.lines.shift()! : null;
  }

  /** What arrived after the last line end: a line still being sent, or one that will never be finished. */
  get partial(): string {
    return this.buffer;
  }

  get closed(): boolean {
    return this.ended && this.lines.length === 0;
  }

  write(text: string): void {
    if (!this.socket.destroyed) this.socket.write(text, "latin1");
  }

  /** Stops reading so the socket can be handed to TLS (STARTTLS); returns whatever was read ahead. */
  detach(): string[] {
    this.socket.off("data", this.onData);
    this.socket.off("end", this.onEnd);
    this.socket.off("close", this.onEnd);
    const pending = this.lines;
    this.lines = [];
    return pending;
  }

  private wake(): void {
    this.waiter?.();
  }
}

/** The longest wait a Node timer holds (2^31 - 1 ms, about 24.8 days): a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Resolves to `fallback` if `promise` has not settled within `ms` (the promise keeps running; its result is dropped). */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback()), Math.min(MAX_TIMER_MS, Math.max(0, ms)));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
