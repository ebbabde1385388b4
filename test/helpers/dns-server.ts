// An authoritative DNS server on loopback for tests and benchmarks: UDP and TCP on one ephemeral port,
// answers from zone data (AA bit, NXDOMAIN/NODATA with the SOA in the authority section), EDNS0 aware,
// and faults injected per name/type.
import dgram from "node:dgram";
import net from "node:net";
import * as packet from "dns-packet";
import type { Answer, DecodedPacket } from "dns-packet";
import { loadZones, formatZoneError } from "../../src/dns/zone-source.js";
import { parseZoneFile } from "../../src/dns/zone-file.js";
import { ZoneIndex } from "../../src/dns/zone-index.js";
import { canonicalName } from "../../src/dns/names.js";
import type { ServerAddress, ZoneRecord } from "../../src/dns/types.js";

/** "no-edns": answer FORMERR to queries that carry EDNS0, as servers from before RFC 6891 do. */
export type FaultKind = "timeout" | "servfail" | "refused" | "truncate" | "malformed" | "nxdomain" | "no-edns";

/**
 * What to do instead of answering. A kind alone applies to every query that matches; the object form can
 * delay, limit the number of times (then answer normally) and pick a transport.
 */
export type Fault =
  | FaultKind
  | { delayMs: number }
  | { fault?: FaultKind; delayMs?: number; times?: number; transport?: "udp" | "tcp" };

/**
 * Keys: "name" (any type), "name/TYPE", "*.suffix" or "*.suffix/TYPE" (names below suffix), "*" or "* /TYPE"
 * without the space (everything). Names are matched case-insensitively, without the trailing dot.
 */
export type FaultMap = Record<string, Fault>;

export interface DnsServerOptions {
  /** Zone records, or a zone file / directory of *.zone files. */
  zones?: readonly ZoneRecord[] | string;
  /** Extra zone apexes (records alone only declare the SOA owners; none at all means "answer everything"). */
  origins?: readonly string[];
  faults?: FaultMap;
  host?: "127.0.0.1" | "::1";
  /** Largest UDP answer the server sends to EDNS0 clients (default 4096). */
  maxUdpSize?: number;
  /** Keep at most this many entries in queries.log (default 100000); counts keep going. */
  maxLog?: number;
  /**
   * Follow CNAMEs into other zones held by this server (default false: like Knot, NSD or BIND as an
   * authoritative server, answer with the alias and let the client ask for the target).
   */
  followCnamesAcrossZones?: boolean;
  /**
   * Called with each query before it is answered, while the client waits for the answer: a test makes
   * something happen during a run there, in order, without waiting on time.
   */
  onQuery?: (query: QueryLogEntry) => void;
}

export interface QueryLogEntry {
  name: string;
  type: string;
  transport: "udp" | "tcp";
  /** The EDNS0 payload size the client offered, or null without EDNS0. */
  edns: number | null;
}

export interface DnsServer {
  host: string;
  port: number;
  /** {host, port}, ready for createDnsSource({ servers: [server.address] }). */
  address: ServerAddress;
  index: ZoneIndex;
  queries: { count: number; udp: number; tcp: number; log: QueryLogEntry[]; pending: number; maxPending: number };
  /** Add records (or zone-file text, relative names completed with `origin`). */
  add(records: readonly ZoneRecord[]): void;
  addZoneText(text: string, origin: string): void;
  setFault(pattern: string, fault: Fault | null): void;
  clearFaults(): void;
  resetQueries(): void;
  /** Resolves once no query is being handled (delayed answers included), or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface ActiveFault {
  kind: FaultKind | null;
  delayMs: number;
  remaining: number;
  transport: "udp" | "tcp" | null;
}

function toActive(fault: Fault): ActiveFault {
  if (typeof fault === "string") return { kind: fault, delayMs: 0, remaining: Infinity, transport: null };
  const f = fault as { fault?: FaultKind; delayMs?: number; times?: number; transport?: "udp" | "tcp" };
  return { kind: f.fault ?? null, delayMs: f.delayMs ?? 0, remaining: f.times ?? Infinity, transport: f.transport ?? null };
}

function patternMatches(pattern: string, name: string, type: string): boolean {
  const slash = pattern.lastIndexOf("/");
  const namePart = canonicalName(slash >= 0 ? pattern.slice(0, slash) : pattern);
  const typePart = slash >= 0 ? pattern.slice(slash + 1).toUpperCase() : null;
  if (typePart !== null && typePart !== type) return false;
  if (namePart === "*") return true;
  if (namePart.startsWith("*.")) return name.endsWith(namePart.slice(1));
  return namePart === name;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function hostData(value: string): string {
  return value === "." ? "." : value.replace(/\.$/, "");
}

/** The wire form of a zone record, or null for types the server does not serve. */
export function recordToAnswer(record: ZoneRecord, owner: string = record.name): Answer | null {
  const name = owner === "" ? "." : owner;
  const base = { name, ttl: record.ttl, class: "IN" as const };
  const fields = record.value.split(" ");
  switch (record.type) {
    case "A":
    case "AAAA":
      return { ...base, type: record.type, data: record.value };
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return { ...base, type: record.type, data: hostData(record.value) };
    case "MX":
      return { ...base, type: "MX", data: { preference: Number(fields[0]), exchange: hostData(fields[1] ?? ".") } };
    case "SRV":
      return {
        ...base,
        type: "SRV",
        data: { priority: Number(fields[0]), weight: Number(fields[1]), port: Number(fields[2]), target: hostData(fields[3] ?? ".") },
      };
    case "TXT":
      return { ...base, type: "TXT", data: (record.strings ?? [record.value]).map((s) => Buffer.from(s, "utf8")) };
    case "SPF": {
      // Type 99 has TXT's RDATA (RFC 7208 §3.1); dns-packet only carries it as raw octets.
      const rdata = Buffer.concat((record.strings ?? [record.value]).flatMap((s) => {
        const bytes = Buffer.from(s, "utf8");
        return [Buffer.from([bytes.length]), bytes];
      }));
      return { ...base, type: "SPF", data: rdata } as unknown as Answer;
    }
    case "SOA":
      return {
        ...base,
        type: "SOA",
        data: {
          mname: hostData(fields[0] ?? "."),
          rname: hostData(fields[1] ?? "."),
          serial: Number(fields[2]),
          refresh: Number(fields[3]),
          retry: Number(fields[4]),
          expire: Number(fields[5]),
          minimum: Number(fields[6]),
        },
      };
    default:
      return null;
  }
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5, FORMERR: 1 } as const;

export async function startDnsServer(options: DnsServerOptions = {}): Promise<DnsServer> {
  const host = options.host ?? "127.0.0.1";
  const maxUdpSize = options.maxUdpSize ?? 4096;
  const maxLog = options.maxLog ?? 100_000;
  const followOutOfZone = options.followCnamesAcrossZones ?? false;
  const index = new ZoneIndex([], options.origins ?? []);
  if (typeof options.zones === "string") {
    const loaded = await loadZones([options.zones]);
    if (loaded.errors.length > 0) throw new Error(`test zones have errors:\n${loaded.errors.map(formatZoneError).join("\n")}`);
    for (const origin of loaded.origins) index.addZone(origin);
    index.add(loaded.records);
  } else if (options.zones) {
    index.add(options.zones);
  }
  const faults = new Map<string, ActiveFault>();
  for (const [pattern, fault] of Object.entries(options.faults ?? {})) faults.set(pattern, toActive(fault));
  const queries: DnsServer["queries"] = { count: 0, udp: 0, tcp: 0, log: [], pending: 0, maxPending: 0 };

  function findFault(name: string, type: string, transport: "udp" | "tcp"): ActiveFault | null {
    if (faults.size === 0) return null;
    for (const [pattern, fault] of faults) {
      if (fault.remaining <= 0 || (fault.transport !== null && fault.transport !== transport)) continue;
      // Truncation is a UDP fault: over TCP the next matching fault, if any, applies.
      if (fault.kind === "truncate" && transport === "tcp") continue;
      if (!patternMatches(pattern, name, type)) continue;
      fault.remaining--;
      return fault;
    }
    return null;
  }

  function respond(request: DecodedPacket, rcode: number, body: { answers?: Answer[]; authorities?: Answer[]; aa?: boolean; tc?: boolean }): packet.Packet {
    const requestOpt = request.additionals?.find((a) => a.type === "OPT");
    let flags = rcode | (request.flags ?? 0) & packet.RECURSION_DESIRED;
    if (body.aa) flags |= packet.AUTHORITATIVE_ANSWER;
    if (body.tc) flags |= packet.TRUNCATED_RESPONSE;
    return {
      type: "response",
      id: request.id ?? 0,
      flags,
      questions: request.questions ?? [],
      answers: body.answers ?? [],
      authorities: body.authorities ?? [],
      additionals: requestOpt ? [{ type: "OPT", name: ".", udpPayloadSize: maxUdpSize, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : [],
    };
  }

  /** The message to send back, or null to stay silent. */
  async function handle(message: Buffer, transport: "udp" | "tcp"): Promise<Buffer | null> {
    let request: DecodedPacket;
    try {
      request = packet.decode(message);
    } catch {
      return null;
    }
    const question = request.questions?.[0];
    if (!question || request.type === "response") return null;
    const name = canonicalName(question.name);
    const type = question.type;
    const opt = request.additionals?.find((a) => a.type === "OPT") as { udpPayloadSize?: number } | undefined;
    const edns = opt ? (opt.udpPayloadSize ?? 512) : null;
    queries.count++;
    queries[transport]++;
    if (queries.log.length < maxLog) queries.log.push({ name, type, transport, edns });
    options.onQuery?.({ name, type, transport, edns });

    const fault = findFault(name, type, transport);
    if (fault?.delayMs) await sleep(fault.delayMs);
    switch (fault?.kind) {
      case "timeout":
        return null;
      case "servfail":
        return packet.encode(respond(request, RCODE.SERVFAIL, {}));
      case "refused":
        return packet.encode(respond(request, RCODE.REFUSED, {}));
      case "nxdomain":
        return packet.encode(respond(request, RCODE.NXDOMAIN, { aa: true }));
      case "no-edns":
        if (edns !== null) {
          const formerr = respond(request, RCODE.FORMERR, {});
          return packet.encode({ ...formerr, additionals: [] });
        }
        break;
      case "truncate":
        if (transport === "udp") return packet.encode(respond(request, RCODE.NOERROR, { aa: true, tc: true }));
        break;
      case "malformed": {
        // A header that promises one answer record, then bytes that cannot be a name.
        const valid = packet.encode(respond(request, RCODE.NOERROR, { aa: true }));
        const broken = Buffer.concat([valid.subarray(0, 12), valid.subarray(12, 12 + Buffer.byteLength(question.name) + 6), Buffer.from([0xff, 0xff, 0x00])]);
        broken.writeUInt16BE(1, 6);
        broken.writeUInt16BE(0, 10);
        return broken;
      }
      default:
        break;
    }

    const answer = index.query(name, type, { followOutOfZone });
    if (answer.rcode === "REFUSED") return packet.encode(respond(request, RCODE.REFUSED, {}));
    if (answer.rcode === "SERVFAIL") return packet.encode(respond(request, RCODE.SERVFAIL, {}));
    const answers = answer.answers.map(wireAnswer).filter((a): a is Answer => a !== null);
    const authorities: Answer[] = [];
    if (answer.soa && !answer.leftZones && answers.every((a) => a.type === "CNAME")) {
      const soa = recordToAnswer(answer.soa);
      // Negative answers are cached for min(SOA TTL, SOA minimum) (RFC 2308 §5).
      if (soa && soa.type === "SOA") authorities.push({ ...soa, ttl: Math.min(answer.soa.ttl, soa.data.minimum ?? answer.soa.ttl) });
    }
    const rcode = answer.rcode === "NXDOMAIN" ? RCODE.NXDOMAIN : RCODE.NOERROR;
    const full = packet.encode(respond(request, rcode, { aa: true, answers, authorities }));
    // Without EDNS0 a UDP answer is at most 512 octets (RFC 1035 §4.2.1); with it, what the client offered.
    const limit = transport === "tcp" ? 65535 : edns === null ? 512 : Math.min(Math.max(edns, 512), maxUdpSize);
    if (full.length <= limit) return full;
    return packet.encode(respond(request, rcode, { aa: true, tc: true }));
  }

  // Wire forms are built once per record: benchmarks ask for the same records many times.
  const wireCache = new WeakMap<ZoneRecord, Answer | null>();
  function wireAnswer(record: ZoneRecord): Answer | null {
    let wire = wireCache.get(record);
    if (wire === undefined) {
      wire = recordToAnswer(record);
      wireCache.set(record, wire);
    }
    return wire;
  }

  async function track<T>(work: Promise<T>): Promise<T> {
    queries.pending++;
    queries.maxPending = Math.max(queries.maxPending, queries.pending);
    try {
      return await work;
    } finally {
      queries.pending--;
    }
  }

  const createUdp = () => {
    const socket = dgram.createSocket({ type: host === "::1" ? "udp6" : "udp4", recvBufferSize: 1 << 21 });
    socket.on("message", (message, remote) => {
      void track(handle(message, "udp")).then((reply) => {
        if (reply) socket.send(reply, remote.port, remote.address);
      }, () => undefined);
    });
    return socket;
  };

  const connections = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
    socket.on("error", () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2) {
        const size = buffered.readUInt16BE(0);
        if (buffered.length < size + 2) break;
        const message = buffered.subarray(2, size + 2);
        buffered = buffered.subarray(size + 2);
        void track(handle(message, "tcp")).then((reply) => {
          if (!reply || socket.destroyed) return;
          const length = Buffer.alloc(2);
          length.writeUInt16BE(reply.length);
          socket.write(Buffer.concat([length, reply]));
        }, () => undefined);
      }
    });
  });

  // UDP and TCP share one port number: take an ephemeral UDP port, then try it for TCP (a few times).
  let udp = createUdp();
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    await new Promise<void>((resolve, reject) => {
      udp.once("error", reject);
      udp.bind(0, host, () => {
        udp.off("error", reject);
        resolve();
      });
    });
    port = udp.address().port;
    const listening = await new Promise<boolean>((resolve) => {
      const onError = () => resolve(false);
      tcp.once("error", onError);
      tcp.listen(port, host, () => {
        tcp.off("error", onError);
        resolve(true);
      });
    });
    if (listening) break;
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    if (attempt >= 10) throw new Error("cannot find a port free for both UDP and TCP on loopback");
    udp = createUdp();
  }

  return {
    host,
    port,
    address: { host, port },
    index,
    queries,
    add: (records) => index.add(records),
    addZoneText(text, origin) {
      const parsed = parseZoneFile(text, { origin });
      if (parsed.errors.length > 0) throw new Error(`zone text has errors: ${parsed.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join("; ")}`);
      index.addZone(canonicalName(origin));
      index.add(parsed.records);
    },
    setFault(pattern, fault) {
      if (fault === null) faults.delete(pattern);
      else faults.set(pattern, toActive(fault));
    },
    clearFaults() {
      faults.clear();
    },
    resetQueries() {
      queries.count = 0;
      queries.udp = 0;
      queries.tcp = 0;
      queries.log = [];
      queries.maxPending = queries.pending;
    },
    async idle(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (queries.pending > 0 && Date.now() < deadline) await sleep(10);
    },
    async close() {
      for (const socket of connections) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
  };
}
