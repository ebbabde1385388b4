// Sockets: UDP through a small pool of ephemeral ports, each matching replies to pending queries by
// message id and source address, and one TCP connection per query for truncated answers.
import { randomInt } from "node:crypto";
import dgram from "node:dgram";
import { lookup as dnsLookup } from "node:dns";
import net from "node:net";
import { canonicalIPv6 } from "./presentation.js";
import { messageId } from "./wire.js";
import type { ServerAddress } from "./types.js";

export type TransportResult =
  | { ok: true; message: Buffer }
  | { ok: false; reason: "timeout" | "network"; detail: string };

/** Largest DNS message over TCP (RFC 1035 §4.2.2: two-octet length prefix). */
const MAX_TCP_MESSAGE = 65535;

function sameHost(a: string, b: string): boolean {
  const bare = (h: string) => canonicalIPv6(h.split("%")[0]!.replace(/^::ffff:/i, ""));
  return a === b || bare(a) === bare(b);
}

interface Pending {
  server: ServerAddress;
  timer: NodeJS.Timeout;
  settle(result: TransportResult): void;
}

/** One UDP socket and the queries in flight on it, keyed by message id. */
class UdpChannel {
  readonly pending = new Map<number, Pending>();
  private readonly socket: dgram.Socket;
  private broken = false;

  constructor(family: "udp4" | "udp6", recvBufferSize: number) {
    // A larger receive buffer keeps bursts of replies from being dropped by the kernel when many queries
    // are in flight (the problem node:dns has with one shared socket).
    // Servers are IP addresses: answer dgram's per-send name lookup at once instead of going through
    // dns.lookup's machinery for every datagram (measurable at hundreds of thousands of queries).
    const lookup = (host: string, options: unknown, callback: (error: Error | null, address: string, family: number) => void) => {
      const ipFamily = net.isIP(host);
      if (ipFamily) callback(null, host, ipFamily);
      else dnsLookup(host, options as object, callback as never);
    };
    this.socket = dgram.createSocket({ type: family, recvBufferSize, lookup: lookup as never });
    this.socket.on("message", (message, remote) => this.receive(message, remote));
    this.socket.on("error", (error) => this.fail(`socket error: ${error.message}`));
    this.socket.unref();
  }

  get usable(): boolean {
    return !this.broken;
  }

  send(server: ServerAddress, build: (id: number) => Buffer, timeoutMs: number): Promise<TransportResult> {
    return new Promise((resolve) => {
      let id = randomInt(65536);
      // The pending map is far smaller than the id space, so this ends quickly.
      while (this.pending.has(id)) id = randomInt(65536);
      const settle = (result: TransportResult) => {
        const entry = this.pending.get(id);
        if (entry?.settle !== settle) return;
        clearTimeout(entry.timer);
        this.pending.delete(id);
        resolve(result);
      };
      const timer = setTimeout(() => settle({ ok: false, reason: "timeout", detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
      this.pending.set(id, { server, timer, settle });
      try {
        this.socket.send(build(id), server.port, server.host, (error) => {
          if (error) settle({ ok: false, reason: "network", detail: `cannot send: ${error.message}` });
        });
      } catch (error) {
        settle({ ok: false, reason: "network", detail: `cannot send: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }

  private receive(message: Buffer, remote: dgram.RemoteInfo): void {
    const id = messageId(message);
    if (id === null) return;
    const entry = this.pending.get(id);
    // Replies from anyone but the server asked are ignored, as a stub resolver must (RFC 5452 §9.1).
    if (!entry || entry.server.port !== remote.port || !sameHost(entry.server.host, remote.address)) return;
    entry.settle({ ok: true, message });
  }

  private fail(detail: string): void {
    this.broken = true;
    for (const entry of [...this.pending.values()]) entry.settle({ ok: false, reason: "network", detail });
    this.close();
  }

  close(): void {
    for (const entry of [...this.pending.values()]) entry.settle({ ok: false, reason: "network", detail: "resolver closed" });
    try {
      this.socket.close();
    } catch {
      // Already closed.
    }
  }
}

export class UdpPool {
  private readonly channels: { udp4: UdpChannel[]; udp6: UdpChannel[] } = { udp4: [], udp6: [] };
  private next = 0;

  constructor(
    private readonly socketsPerFamily: number,
    private readonly recvBufferSize = 1 << 20,
  ) {}

  exchange(server: ServerAddress, build: (id: number) => Buffer, timeoutMs: number): Promise<TransportResult> {
    const family = net.isIP(server.host.split("%")[0]!) === 6 ? "udp6" : "udp4";
    const list = this.channels[family];
    for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.usable) list.splice(i, 1);
    let channel: UdpChannel;
    if (list.length < this.socketsPerFamily) {
      channel = new UdpChannel(family, this.recvBufferSize);
      list.push(channel);
    } else {
      channel = list[this.next++ % list.length]!;
    }
    return channel.send(server, build, timeoutMs);
  }

  close(): void {
    for (const channel of [...this.channels.udp4, ...this.channels.udp6]) channel.close();
    this.channels.udp4 = [];
    this.channels.udp6 = [];
  }
}

/** One query over a fresh TCP connection (RFC 7766 §8: two-octet length framing). */
export function tcpExchange(server: ServerAddress, message: Buffer, timeoutMs: number): Promise<TransportResult> {
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
