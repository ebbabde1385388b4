// Sockets: UDP through a few connected sockets per server, each matching replies to pending queries by
// message id, and one TCP connection per query for truncated answers.
import { randomFillSync } from "node:crypto";
import dgram from "node:dgram";
import { lookup as dnsLookup } from "node:dns";
import net from "node:net";
import { messageId } from "./wire.js";
import type { ServerAddress } from "./types.js";

export type TransportResult =
  | { ok: true; message: Buffer }
  | { ok: false; reason: "timeout" | "network"; detail: string };

/** Largest DNS message over TCP (RFC 1035 §4.2.2: two-octet length prefix). */
const MAX_TCP_MESSAGE = 65535;

interface Pending {
  /** performance.now() after which the query has timed out. */
  deadline: number;
  settle(result: TransportResult): void;
  /** The query as sent (null until built), to match replies' question sections against. */
  query: Buffer | null;
  /** The last reply with this id that asked another question: what the query ends with if none better comes. */
  stray?: Buffer;
}

/**
 * Whether a reply repeats another question than the query's (RFC 5452 §9.1: a reply matches a query by id,
 * address, port and question). The question is the first thing after the header and cannot be compressed
 * (a pointer only points backwards), so its octets are compared, the name's letters in either case (RFC
 * 4343 §3; RFC 5452 §9.3). A reply with no question section (FORMERR may have none), or one too short to
 * hold a question, is not told apart here: the decoder and interpretResponse say what it is.
 */
function asksAnotherQuestion(query: Buffer, reply: Buffer): boolean {
  if (reply.length < 12 || reply.readUInt16BE(4) === 0) return false;
  if (reply.readUInt16BE(4) !== 1) return true;
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end]! + 1;
  end += 5; // the root label, QTYPE, QCLASS
  if (reply.length < end) return false;
  for (let i = 12; i < end; i++) {
    const a = query[i]!;
    const b = reply[i]!;
    if (a !== b && (i >= end - 4 || (a | 0x20) !== (b | 0x20) || (a | 0x20) < 0x61 || (a | 0x20) > 0x7a)) return true;
  }
  return false;
}

/**
 * Message ids drawn from the system's CSPRNG (RFC 5452 §9.2: ids must not be guessable), a batch at a
 * time: one call per 4,096 queries instead of one per query.
 */
class RandomIds {
  private readonly ids = new Uint16Array(4096);
  private next = this.ids.length;

  take(): number {
    if (this.next === this.ids.length) {
      randomFillSync(this.ids);
      this.next = 0;
    }
    return this.ids[this.next++]!;
  }
}

/**
 * One UDP socket connected to one server, and the queries in flight on it keyed by message id. A connected
 * socket hears from that server's address and port only (the kernel drops anything else, as a stub
 * resolver must, RFC 5452 §9.1), sends without a per-datagram address lookup, and is told at once when
 * the server's port is closed (ICMP port unreachable) instead of waiting for the timeout.
 */
class UdpChannel {
  /** In sending order, which is deadline order: every query on a channel has the same timeout. */
  private readonly pending = new Map<number, Pending>();
  private readonly socket: dgram.Socket;
  private readonly connected: Promise<string | null>;
  private isConnected = false;
  private broken = false;
  private timer: NodeJS.Timeout | null = null;
  /** Queries waiting for the next flush, as id, message pairs. */
  private outbox: (number | Buffer)[] = [];
  private flushing = false;

  constructor(
    server: ServerAddress,
    private readonly timeoutMs: number,
    private readonly ids: RandomIds,
    recvBufferSize: number,
  ) {
    const family = net.isIP(server.host.split("%")[0]!) === 6 ? "udp6" : "udp4";
    // A larger receive buffer keeps bursts of replies from being dropped by the kernel when many queries
    // are in flight (the problem node:dns has with one shared socket).
    // Servers are IP addresses: answer dgram's name lookup at once instead of going through dns.lookup.
    const lookup = (host: string, options: unknown, callback: (error: Error | null, address: string, family: number) => void) => {
      const ipFamily = net.isIP(host.split("%")[0]!);
      if (ipFamily) callback(null, host, ipFamily);
      else dnsLookup(host, options as object, callback as never);
    };
    this.socket = dgram.createSocket({ type: family, recvBufferSize, lookup: lookup as never });
    this.socket.on("message", (message) => this.receive(message));
    this.socket.on("error", (error: NodeJS.ErrnoException) =>
      this.fail(error.code === "ECONNREFUSED" ? "refused by the host: nothing listens on that port (ECONNREFUSED); check the --resolver address" : `socket error: ${error.message}`),
    );
    this.socket.unref();
    this.connected = new Promise((resolve) => {
      this.socket.connect(server.port, server.host, (error?: Error) => {
        this.isConnected = !error;
        resolve(error ? `cannot reach ${server.host}: ${error.message}` : null);
      });
    });
  }

  get usable(): boolean {
    return !this.broken;
  }

  send(build: (id: number) => Buffer): Promise<TransportResult> {
    return new Promise((resolve) => {
      let id = this.ids.take();
      // The pending map is far smaller than the id space, so this ends quickly.
      while (this.pending.has(id)) id = this.ids.take();
      const entry: Pending = { deadline: performance.now() + this.timeoutMs, settle: resolve, query: null };
      this.pending.set(id, entry);
      this.timer ??= setTimeout(() => this.expire(), this.timeoutMs);
      const message = build(id);
      entry.query = message;
      if (this.isConnected) this.transmit(id, message);
      else
        void this.connected.then((problem) => {
          if (problem) this.settle(id, { ok: false, reason: "network", detail: problem });
          else this.transmit(id, message);
        });
    });
  }

  /**
   * Queues a query for the next flush. Queries asked while a turn of the event loop handles a burst of
   * replies are sent back to back at its end rather than one between each reply's work: on loopback a
   * send also delivers to the server and, when its thread sleeps, wakes it, and a burst wakes it once.
   */
  private transmit(id: number, message: Buffer): void {
    this.outbox.push(id, message);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.flushing = false;
    const outbox = this.outbox;
    this.outbox = [];
    for (let i = 0; i < outbox.length; i += 2) {
      const id = outbox[i] as number;
      // Settled meanwhile (the socket failed, the resolver closed): nothing to send.
      if (!this.pending.has(id)) continue;
      try {
        // No callback: dgram then sends synchronously when it can; a failure shows up on the socket's
        // "error" event (fail() below) or as a timeout.
        this.socket.send(outbox[i + 1] as Buffer);
      } catch (error) {
        this.settle(id, { ok: false, reason: "network", detail: `cannot send: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  };

  private settle(id: number, result: TransportResult): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.settle(result);
  }

  /** Times out the queries whose deadline has passed (the oldest first) and waits for the next one. */
  private expire(): void {
    this.timer = null;
    const now = performance.now();
    for (const [id, entry] of this.pending) {
      if (entry.deadline > now) {
        this.timer = setTimeout(() => this.expire(), Math.ceil(entry.deadline - now));
        return;
      }
      // A reply to another question, set aside while waiting, says more than "no answer" (it is read, and
      // named, as the malformed reply it is).
      this.settle(id, entry.stray ? { ok: true, message: entry.stray } : { ok: false, reason: "timeout", detail: `no answer within ${this.timeoutMs} ms` });
    }
  }

  private receive(message: Buffer): void {
    const id = messageId(message);
    if (id === null) return;
    const entry = this.pending.get(id);
    if (!entry) return;
    // A late reply to an earlier query that drew the same id, or a forged one, must not end this query:
    // it goes on waiting for its own reply (RFC 5452 §9.1).
    if (entry.query && asksAnotherQuestion(entry.query, message)) {
      entry.stray = message;
      return;
    }
    this.settle(id, { ok: true, message });
  }

  private fail(detail: string): void {
    this.broken = true;
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason: "network", detail });
    this.close();
  }

  close(reason: "network" | "timeout" = "network", detail = "resolver closed"): void {
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason, detail });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      this.socket.close();
    } catch {
      // Already closed.
    }
  }
}

/** A few connected UDP sockets per server, used in turn. */
export class UdpPool {
  private readonly channels = new Map<string, UdpChannel[]>();
  private readonly ids = new RandomIds();
  private next = 0;

  constructor(
    private readonly socketsPerServer: number,
    private readonly timeoutMs: number,
    private readonly recvBufferSize = 1 << 20,
  ) {}

  exchange(server: ServerAddress, build: (id: number) => Buffer): Promise<TransportResult> {
    const key = `${server.host}\u0000${server.port}`;
    let list = this.channels.get(key);
    if (!list) this.channels.set(key, (list = []));
    for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.usable) list.splice(i, 1);
    let channel: UdpChannel;
    if (list.length < this.socketsPerServer) {
      channel = new UdpChannel(server, this.timeoutMs, this.ids, this.recvBufferSize);
      list.push(channel);
    } else {
      channel = list[this.next++ % list.length]!;
    }
    return channel.send(build);
  }

  close(reason: "network" | "timeout" = "network", detail = "resolver closed"): void {
    for (const list of this.channels.values()) for (const channel of list) channel.close(reason, detail);
    this.channels.clear();
  }
}

/** One query over a fresh TCP connection (RFC 7766 §8: two-octet length framing). */
export function tcpExchange(server: ServerAddress, message: Buffer, timeoutMs: number, signal?: AbortSignal): Promise<TransportResult> {
  return new Promise((resolve) => {
    let done = false;
    let received = Buffer.alloc(0);
    const socket = net.connect({ host: server.host, port: server.port });
    const finish = (result: TransportResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout", detail: `no answer over TCP within ${timeoutMs} ms` }), timeoutMs);
    // The run's deadline ends a slow drip at once rather than at this query's own timeout.
    const aborted = () => finish({ ok: false, reason: "timeout", detail: String(signal?.reason ?? "aborted") });
    if (signal?.aborted) aborted();
    signal?.addEventListener("abort", aborted, { once: true });
    socket.on("close", () => signal?.removeEventListener("abort", aborted));
    socket.on("connect", () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(message.length);
      socket.write(Buffer.concat([length, message]));
    });
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length > MAX_TCP_MESSAGE + 2) return finish({ ok: false, reason: "network", detail: "TCP answer longer than 65535 octets" });
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length >= size + 2) finish({ ok: true, message: received.subarray(2, size + 2) });
    });
    socket.on("error", (error: NodeJS.ErrnoException) => finish({ ok: false, reason: "network", detail: `TCP: ${error.code ?? error.message}` }));
    socket.on("close", () => finish({ ok: false, reason: "network", detail: "TCP connection closed before a full answer" }));
  });
}
