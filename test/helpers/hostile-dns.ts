// A DNS server on loopback that answers whatever the test says, down to the byte: random bytes, truncated
// messages, another message id, no question or another one, compression loops, TC then a hostile TCP
// answer, a slow drip, SERVFAIL/REFUSED. UDP and TCP on one port. For the question-matching tests and the
// fuzzing suite (test/fuzz); the well-behaved server is dns-server.ts. `hostileDnsSuite` is the set-up a test
// file shares: one server for the file, what it answers swapped per test, resolvers closed after the file.
import dgram from "node:dgram";
import net from "node:net";
import * as packet from "dns-packet";
import type { Answer } from "dns-packet";
import { afterAll, beforeAll } from "vitest";
import { createDnsSource, type DnsSource, type DnsSourceOptions } from "../../src/dns/index.js";
import type { ServerAddress } from "../../src/dns/types.js";

export interface HostileQuery {
  id: number;
  /** Lower case, no trailing dot, as asked. */
  name: string;
  type: string;
  transport: "udp" | "tcp";
  /** The query as received. */
  raw: Buffer;
}

export type HostileReply =
  /** Say nothing. */
  | { kind: "silent" }
  /** Send these bytes as the message (framed with its length over TCP), after `delayMs`. */
  | { kind: "bytes"; bytes: Buffer; delayMs?: number }
  /** Send each of these messages after its own delay (from the query): duplicate, forged or late replies. */
  | { kind: "several"; messages: { bytes: Buffer; delayMs?: number }[] }
  /** TCP only: write these raw bytes (framing included, or not) `intervalMs` apart, then close or stay open. */
  | { kind: "drip"; bytes: Buffer; chunk: number; intervalMs: number; close: boolean };

export interface HostileServer {
  port: number;
  address: ServerAddress;
  /** Questions received, UDP and TCP. */
  queries: HostileQuery[];
  close(): Promise<void>;
}

/** Flags and sections of a reply built with dns-packet; anything left out mirrors the query. */
export interface ReplyParts {
  id?: number;
  rcode?: "NOERROR" | "FORMERR" | "SERVFAIL" | "NXDOMAIN" | "NOTIMP" | "REFUSED";
  aa?: boolean;
  /** RA: the server recurses (default clear). */
  ra?: boolean;
  tc?: boolean;
  qr?: boolean;
  questions?: { name: string; type: string; class?: string }[];
  answers?: Answer[];
  authorities?: Answer[];
  /** An OPT record in the additional section carrying these upper eight bits of the RCODE (RFC 6891 §6.1.3). */
  extendedRcode?: number;
}

const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

/** A reply to `query` built from `parts` (dns-packet's encoder). */
export function replyTo(query: HostileQuery, parts: ReplyParts = {}): Buffer {
  let flags = RCODES[parts.rcode ?? "NOERROR"] | packet.RECURSION_DESIRED;
  if (parts.aa ?? true) flags |= packet.AUTHORITATIVE_ANSWER;
  if (parts.tc) flags |= packet.TRUNCATED_RESPONSE;
  if (parts.ra) flags |= packet.RECURSION_AVAILABLE;
  const encoded = packet.encode({
    type: "response",
    id: parts.id ?? query.id,
    flags,
    questions: (parts.questions ?? [{ name: query.name, type: query.type }]).map((q) => ({ name: q.name, type: q.type as packet.RecordType, class: (q.class ?? "IN") as "IN" })),
    answers: parts.answers ?? [],
    authorities: parts.authorities ?? [],
    additionals:
      parts.extendedRcode === undefined
        ? []
        : [{ type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode: parts.extendedRcode, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
  // dns-packet always sets QR on a response: clear it by hand when asked.
  if (parts.qr === false) encoded.writeUInt16BE(encoded.readUInt16BE(2) & 0x7fff, 2);
  return encoded;
}

/** An SOA for negative answers at `zone`. */
export function soaOf(zone: string): Answer {
  return { name: zone, type: "SOA", ttl: 60, class: "IN", data: { mname: `ns.${zone}`, rname: `hostmaster.${zone}`, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 } };
}

function parseQuery(raw: Buffer, transport: "udp" | "tcp"): HostileQuery | null {
  try {
    const decoded = packet.decode(raw);
    const question = decoded.questions?.[0];
    if (!question || decoded.type === "response") return null;
    return { id: decoded.id ?? 0, name: question.name.toLowerCase().replace(/\.$/, ""), type: question.type, transport, raw };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startHostileDns(handler: (query: HostileQuery) => HostileReply | Promise<HostileReply>, attempt = 0): Promise<HostileServer> {
  const queries: HostileQuery[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const udp = dgram.createSocket({ type: "udp4", recvBufferSize: 1 << 21 });
  udp.on("error", () => undefined);
  udp.on("message", (message, remote) => {
    const query = parseQuery(message, "udp");
    if (!query) return;
    queries.push(query);
    void Promise.resolve(handler(query)).then((reply) => {
      const messages = reply.kind === "bytes" ? [reply] : reply.kind === "several" ? reply.messages : [];
      for (const { bytes, delayMs } of messages) {
        const send = () => udp.send(bytes, remote.port, remote.address, () => undefined);
        if (delayMs) later(delayMs, send);
        else send();
      }
    }, () => undefined);
  });

  const connections = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
    socket.on("error", () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 2) return;
      const size = buffered.readUInt16BE(0);
      if (buffered.length < size + 2) return;
      const query = parseQuery(buffered.subarray(2, size + 2), "tcp");
      buffered = buffered.subarray(size + 2);
      if (!query) return socket.destroy();
      queries.push(query);
      void Promise.resolve(handler(query)).then(async (reply) => {
        if (socket.destroyed) return;
        if (reply.kind === "bytes" || reply.kind === "several") {
          let waited = 0;
          for (const { bytes, delayMs = 0 } of reply.kind === "bytes" ? [reply] : reply.messages) {
            if (delayMs > waited) await sleep(delayMs - waited);
            waited = Math.max(waited, delayMs);
            const length = Buffer.alloc(2);
            length.writeUInt16BE(Math.min(bytes.length, 65535));
            if (!socket.destroyed) socket.write(Buffer.concat([length, bytes]));
          }
        } else if (reply.kind === "drip") {
          for (let at = 0; at < reply.bytes.length && !socket.destroyed; at += reply.chunk) {
            socket.write(reply.bytes.subarray(at, at + reply.chunk));
            await sleep(reply.intervalMs);
          }
          if (reply.close) socket.end();
        }
      }, () => socket.destroy());
    });
  });

  // UDP and TCP share one port number: take an ephemeral UDP port, then try it for TCP (else start over).
  await new Promise<void>((resolve) => udp.bind(0, "127.0.0.1", resolve));
  const port = udp.address().port;
  const listening = await new Promise<boolean>((resolve) => {
    tcp.once("error", () => resolve(false));
    tcp.listen(port, "127.0.0.1", () => resolve(true));
  });
  if (!listening) {
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    if (attempt >= 10) throw new Error("cannot find a port free for both UDP and TCP on loopback");
    return startHostileDns(handler, attempt + 1);
  }

  return {
    port,
    address: { host: "127.0.0.1", port },
    queries,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of connections) socket.destroy();
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
    },
  };
}

/**
 * The per-attempt timeout of the suite's resolvers and of the CLI runs against its server. The server runs
 * on the worker's own thread, so a worker stalled while a reply is on its way (a loaded CI runner, a long
 * garbage collection) delays it: 500 ms, as it once was, turned a reply the test reads into a timeout
 * when the worker stalled for 600 ms. A query the server leaves unanswered costs this long.
 */
export const ANSWER_WITHIN_MS = 1000;

export interface HostileDnsSuite {
  /** The file's server: usable once its tests run (it starts before the first). */
  readonly server: HostileServer;
  /** How the server answers every question in the current test; silent until a test sets it. */
  answer: (query: HostileQuery) => HostileReply;
  /** A resolver asking only the server (ANSWER_WITHIN_MS per attempt, no retry unless `options` say), closed after the file. */
  resolver(options?: Partial<Omit<DnsSourceOptions, "servers">>): DnsSource;
}

/** Starts a hostile server before the file's tests and stops it, and every resolver made on it, after them. */
export function hostileDnsSuite(): HostileDnsSuite {
  let server: HostileServer | undefined;
  const sources: DnsSource[] = [];
  const suite: HostileDnsSuite = {
    get server() {
      if (!server) throw new Error("the hostile DNS server starts before the file's tests: use it inside one");
      return server;
    },
    answer: () => ({ kind: "silent" }),
    resolver(options = {}) {
      const source = createDnsSource({ timeoutMs: ANSWER_WITHIN_MS, retries: 0, ...options, servers: [suite.server.address] });
      sources.push(source);
      return source;
    },
  };
  beforeAll(async () => {
    server = await startHostileDns((query) => suite.answer(query));
  });
  afterAll(async () => {
    for (const source of sources.splice(0)) source.close();
    await server?.close();
  });
  return suite;
}
