import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  DEADLINE_DETAIL,
  MAX_CNAME_HOPS,
  buildQuery,
  decodeResponse,
  interpretResponse,
  interruptedDetail,
  messageId
} from "./chunk-BDWGXN4T.js";
import {
  failedRRset
} from "./chunk-YEOTCFHE.js";
import {
  canonicalName,
  droppedByIdna,
  nameProblem,
  parentName
} from "./chunk-53CTTIHG.js";
import {
  codePointName
} from "./chunk-G7NDWJJB.js";

// src/dns/types.ts
var RR_TYPES = ["MX", "TXT", "CNAME", "SRV", "A", "AAAA", "NS", "SOA", "SPF"];
function failureOf(rrset) {
  return rrset.failure ?? { reason: "network", detail: "lookup failed" };
}
function isRRType(type) {
  return RR_TYPES.includes(type);
}

// src/dns/resolver.ts
import { randomInt } from "node:crypto";
import { setMaxListeners } from "node:events";

// src/dns/server-address.ts
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
var DNS_PORT = 53;
var EXAMPLE = 'e.g. "127.0.0.1", "127.0.0.1:5353", "::1" or "[::1]:53"';
function parsePort(text, input) {
  if (!/^\d{1,5}$/.test(text)) throw new Error(`resolver "${input}": port "${text}" is not a number (${EXAMPLE})`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw new Error(`resolver "${input}": port ${port} is outside 1-65535 (${EXAMPLE})`);
  return port;
}
function requireIP(host, input) {
  const bare = host.split("%")[0] ?? host;
  if (isIP(bare) === 0) throw new Error(`resolver "${input}": "${host}" is not an IP address (${EXAMPLE})`);
  return host;
}
function parseServer(input) {
  const text = input.trim();
  if (text === "") throw new Error(`resolver is empty (${EXAMPLE})`);
  if (text.startsWith("[")) {
    const match = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
    if (!match) throw new Error(`resolver "${input}": expected "[IPv6]:PORT" (${EXAMPLE})`);
    const host = requireIP(match[1], input);
    if (isIP(host.split("%")[0]) !== 6) throw new Error(`resolver "${input}": brackets are for IPv6 addresses (${EXAMPLE})`);
    return { host, port: match[2] === void 0 ? DNS_PORT : parsePort(match[2], input) };
  }
  const colons = text.split(":").length - 1;
  if (colons === 1) {
    const [host, port] = text.split(":");
    requireIP(host, input);
    if (isIP(host) !== 4) throw new Error(`resolver "${input}": write IPv6 with a port as "[IPv6]:PORT" (${EXAMPLE})`);
    return { host, port: parsePort(port, input) };
  }
  return { host: requireIP(text, input), port: DNS_PORT };
}
function parseResolvConf(text) {
  const servers = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[#;].*$/, "").trim();
    const match = /^nameserver\s+(\S+)/.exec(line);
    if (!match) continue;
    const host = match[1];
    if (isIP(host.split("%")[0]) !== 0) servers.push({ host, port: DNS_PORT });
  }
  return servers;
}
function systemServers(path = "/etc/resolv.conf") {
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {
  }
  const servers = parseResolvConf(text);
  return servers.length > 0 ? servers : [{ host: "127.0.0.1", port: DNS_PORT }];
}
function formatServer(server) {
  return isIP(server.host.split("%")[0]) === 6 ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}

// src/dns/transport.ts
import { randomFillSync } from "node:crypto";
import dgram from "node:dgram";
import { lookup as dnsLookup } from "node:dns";
import net from "node:net";
var MAX_TCP_MESSAGE = 65535;
function asksAnotherQuestion(query, reply) {
  if (reply.length < 12 || reply.readUInt16BE(4) === 0) return false;
  if (reply.readUInt16BE(4) !== 1) return true;
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end] + 1;
  end += 5;
  if (reply.length < end) return false;
  for (let i = 12; i < end; i++) {
    const a = query[i];
    const b = reply[i];
    if (a !== b && (i >= end - 4 || (a | 32) !== (b | 32) || (a | 32) < 97 || (a | 32) > 122)) return true;
  }
  return false;
}
var RandomIds = class {
  ids = new Uint16Array(4096);
  next = this.ids.length;
  take() {
    if (this.next === this.ids.length) {
      randomFillSync(this.ids);
      this.next = 0;
    }
    return this.ids[this.next++];
  }
};
var UdpChannel = class {
  constructor(server, timeoutMs, ids, recvBufferSize) {
    this.timeoutMs = timeoutMs;
    this.ids = ids;
    const family = net.isIP(server.host.split("%")[0]) === 6 ? "udp6" : "udp4";
    const lookup = (host, options, callback) => {
      const ipFamily = net.isIP(host.split("%")[0]);
      if (ipFamily) callback(null, host, ipFamily);
      else dnsLookup(host, options, callback);
    };
    this.socket = dgram.createSocket({ type: family, recvBufferSize, lookup });
    this.socket.on("message", (message) => this.receive(message));
    this.socket.on(
      "error",
      (error) => this.fail(error.code === "ECONNREFUSED" ? "refused by the host: nothing listens on that port (ECONNREFUSED); check the --resolver address" : `socket error: ${error.message}`)
    );
    this.socket.unref();
    this.connected = new Promise((resolve) => {
      this.socket.connect(server.port, server.host, (error) => {
        this.isConnected = !error;
        resolve(error ? `cannot reach ${server.host}: ${error.message}` : null);
      });
    });
  }
  /** In sending order, which is deadline order: every query on a channel has the same timeout. */
  pending = /* @__PURE__ */ new Map();
  socket;
  connected;
  isConnected = false;
  broken = false;
  timer = null;
  /** Queries waiting for the next flush, as id, message pairs. */
  outbox = [];
  flushing = false;
  get usable() {
    return !this.broken;
  }
  send(build) {
    return new Promise((resolve) => {
      let id = this.ids.take();
      while (this.pending.has(id)) id = this.ids.take();
      const entry = { deadline: performance.now() + this.timeoutMs, settle: resolve, query: null };
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
  transmit(id, message) {
    this.outbox.push(id, message);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(this.flush);
    }
  }
  flush = () => {
    this.flushing = false;
    const outbox = this.outbox;
    this.outbox = [];
    for (let i = 0; i < outbox.length; i += 2) {
      const id = outbox[i];
      if (!this.pending.has(id)) continue;
      try {
        this.socket.send(outbox[i + 1]);
      } catch (error) {
        this.settle(id, { ok: false, reason: "network", detail: `cannot send: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  };
  settle(id, result) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.settle(result);
  }
  /** Times out the queries whose deadline has passed (the oldest first) and waits for the next one. */
  expire() {
    this.timer = null;
    const now = performance.now();
    for (const [id, entry] of this.pending) {
      if (entry.deadline > now) {
        this.timer = setTimeout(() => this.expire(), Math.ceil(entry.deadline - now));
        return;
      }
      this.settle(id, entry.stray ? { ok: true, message: entry.stray } : { ok: false, reason: "timeout", detail: `no answer within ${this.timeoutMs} ms` });
    }
  }
  receive(message) {
    const id = messageId(message);
    if (id === null) return;
    const entry = this.pending.get(id);
    if (!entry) return;
    if (entry.query && asksAnotherQuestion(entry.query, message)) {
      entry.stray = message;
      return;
    }
    this.settle(id, { ok: true, message });
  }
  fail(detail) {
    this.broken = true;
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason: "network", detail });
    this.close();
  }
  close(reason = "network", detail = "resolver closed") {
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason, detail });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      this.socket.close();
    } catch {
    }
  }
};
var UdpPool = class {
  constructor(socketsPerServer, timeoutMs, recvBufferSize = 1 << 20) {
    this.socketsPerServer = socketsPerServer;
    this.timeoutMs = timeoutMs;
    this.recvBufferSize = recvBufferSize;
  }
  channels = /* @__PURE__ */ new Map();
  ids = new RandomIds();
  next = 0;
  exchange(server, build) {
    const key = `${server.host}\0${server.port}`;
    let list = this.channels.get(key);
    if (!list) this.channels.set(key, list = []);
    for (let i = list.length - 1; i >= 0; i--) if (!list[i].usable) list.splice(i, 1);
    let channel;
    if (list.length < this.socketsPerServer) {
      channel = new UdpChannel(server, this.timeoutMs, this.ids, this.recvBufferSize);
      list.push(channel);
    } else {
      channel = list[this.next++ % list.length];
    }
    return channel.send(build);
  }
  close(reason = "network", detail = "resolver closed") {
    for (const list of this.channels.values()) for (const channel of list) channel.close(reason, detail);
    this.channels.clear();
  }
};
function tcpExchange(server, message, timeoutMs, signal) {
  return new Promise((resolve) => {
    let done = false;
    let received = Buffer.alloc(0);
    const socket = net.connect({ host: server.host, port: server.port });
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout", detail: `no answer over TCP within ${timeoutMs} ms` }), timeoutMs);
    const aborted = () => finish({ ok: false, reason: "timeout", detail: String(signal?.reason ?? "aborted") });
    if (signal?.aborted) aborted();
    signal?.addEventListener("abort", aborted, { once: true });
    socket.on("close", () => signal?.removeEventListener("abort", aborted));
    socket.on("connect", () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(message.length);
      socket.write(Buffer.concat([length, message]));
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length > MAX_TCP_MESSAGE + 2) return finish({ ok: false, reason: "network", detail: "TCP answer longer than 65535 octets" });
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length >= size + 2) finish({ ok: true, message: received.subarray(2, size + 2) });
    });
    socket.on("error", (error) => finish({ ok: false, reason: "network", detail: `TCP: ${error.code ?? error.message}` }));
    socket.on("close", () => finish({ ok: false, reason: "network", detail: "TCP connection closed before a full answer" }));
  });
}

// src/dns/resolver.ts
var Slots = class {
  constructor(limit, maxQueue) {
    this.limit = limit;
    this.maxQueue = maxQueue;
  }
  active = 0;
  waiting = [];
  head = 0;
  /** Resolves once a slot is held; false when the queue is full. */
  acquire() {
    if (this.active < this.limit) {
      this.active++;
      return true;
    }
    if (this.waiting.length - this.head >= this.maxQueue) return false;
    return new Promise((resolve) => this.waiting.push(() => resolve(true)));
  }
  release() {
    if (this.head < this.waiting.length) {
      const next = this.waiting[this.head];
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting = this.waiting.slice(this.head);
        this.head = 0;
      }
      next();
    } else {
      this.active--;
    }
  }
};
var RECENT_TARGETS = 256;
function positiveInt(value, fallback, label, min = 1) {
  if (value === void 0) return fallback;
  if (!Number.isInteger(value) || value < min) throw new Error(`${label} must be an integer ≥ ${min}, got ${value}`);
  return value;
}
function createDnsSource(options) {
  if (options.servers.length === 0) throw new Error("no DNS servers to ask: give at least one --resolver");
  const servers = options.servers.map((s) => ({ ...s }));
  const timeoutMs = positiveInt(options.timeoutMs, 2e3, "timeout (ms)");
  const attempts = positiveInt(options.retries, 2, "retries", 0) + 1;
  const setAsideMs = positiveInt(options.setAsideMs, 3e4, "set-aside time (ms)");
  const setAsideUntil = servers.map(() => 0);
  const now = options.now ?? (() => performance.now());
  const concurrency = positiveInt(options.concurrency, 64, "concurrency");
  const ednsSize = options.ednsSize === 0 ? null : positiveInt(options.ednsSize, 1232, "EDNS0 size", 512);
  const cacheAnswers = options.cache ?? true;
  const authoritative = options.authoritative ?? false;
  const maxCacheEntries = positiveInt(options.maxCacheEntries, 2e5, "cache size");
  const slots = new Slots(concurrency, positiveInt(options.maxQueue, 25e4, "queue limit"));
  const pool = new UdpPool(Math.min(16, Math.max(1, Math.ceil(concurrency / 16))), timeoutMs);
  const answers = /* @__PURE__ */ new Map();
  const recentTargets = /* @__PURE__ */ new Map();
  const waitingOn = /* @__PURE__ */ new Map();
  const stats = { udpQueries: 0, tcpQueries: 0, shared: 0, lookups: 0 };
  let closed = false;
  let expired = null;
  const aborter = new AbortController();
  setMaxListeners(0, aborter.signal);
  let deadlineTimer = null;
  const expire = (detail) => {
    if (expired !== null) return;
    expired = detail;
    aborter.abort(detail);
    pool.close("timeout", detail);
  };
  if (options.deadlineAt !== void 0) {
    const left = options.deadlineAt - Date.now();
    const detail = DEADLINE_DETAIL;
    if (left <= 0) expired = detail;
    else deadlineTimer = setTimeout(() => expire(detail), left).unref();
  }
  const interrupt = options.interrupt;
  const onInterrupt = () => expire(interruptedDetail(interrupt));
  if (interrupt?.aborted) onInterrupt();
  else interrupt?.addEventListener("abort", onInterrupt, { once: true });
  async function overTcp(server, name, type, edns) {
    stats.tcpQueries++;
    const id = randomInt(65536);
    if (expired !== null) return { ok: false, reason: "timeout", detail: expired };
    const result = await tcpExchange(server, buildQuery(id, name, type, edns), timeoutMs, aborter.signal);
    return { ...result, id };
  }
  function firstServer() {
    const at = now();
    for (let i = 0; i < servers.length; i++) if (setAsideUntil[i] <= at) return i;
    return 0;
  }
  async function ask(index, name, type, edns) {
    const server = servers[index];
    stats.udpQueries++;
    const udp = await pool.exchange(server, (id) => buildQuery(id, name, type, edns));
    if (expired === null) setAsideUntil[index] = udp.ok ? 0 : now() + setAsideMs;
    if (!udp.ok) return { kind: "fault", reason: udp.reason, detail: udp.detail };
    let decoded = decodeResponse(udp.message);
    if ("error" in decoded) return { kind: "fault", reason: "malformed", detail: decoded.error };
    if (decoded.packet.flag_tc) {
      const tcp = await overTcp(server, name, type, edns);
      if (!tcp.ok) return { kind: "fault", reason: tcp.reason === "timeout" ? "timeout" : "truncated", detail: `UDP answer truncated; ${tcp.detail}` };
      if (messageId(tcp.message) !== tcp.id) return { kind: "fault", reason: "malformed", detail: "TCP answer has another message id" };
      decoded = decodeResponse(tcp.message);
      if ("error" in decoded) return { kind: "fault", reason: "malformed", detail: decoded.error };
      if (decoded.packet.flag_tc) return { kind: "fault", reason: "truncated", detail: "answer truncated over TCP too" };
    }
    const verdict = interpretResponse(name, type, decoded.packet, authoritative);
    if (verdict.kind === "fault" && (verdict.rcode === "FORMERR" || verdict.rcode === "BADVERS") && edns !== null) return ask(index, name, type, null);
    return verdict;
  }
  async function resolve(name, type) {
    let fault = { reason: "network", detail: "not asked" };
    const first = firstServer();
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (closed) return { kind: "fault", reason: "network", detail: "resolver closed" };
      if (expired !== null) return { kind: "fault", reason: "timeout", detail: expired };
      const index = (first + attempt) % servers.length;
      const verdict = await ask(index, name, type, ednsSize);
      if (verdict.kind !== "fault") return verdict;
      fault = { reason: verdict.reason, detail: verdict.detail, server: formatServer(servers[index]) };
    }
    const detail = `${fault.detail} (after ${attempts} attempt${attempts === 1 ? "" : "s"})`;
    return { kind: "fault", reason: fault.reason, detail, ...fault.server ? { server: fault.server } : {} };
  }
  async function observe(name, type, hops, key) {
    let answer;
    try {
      return answer = await observeOnce(name, type, hops, key);
    } finally {
      if (!cacheAnswers) {
        answers.delete(key);
        if (hops > 0 && answer !== void 0 && answer.status !== "failed") {
          recentTargets.set(key, Promise.resolve(answer));
          if (recentTargets.size > RECENT_TARGETS) recentTargets.delete(recentTargets.keys().next().value);
        }
      }
    }
  }
  function closesCycle(target, key) {
    let at = target;
    for (let step = 0; at !== void 0; step++) {
      if (at === key || step > 2 * MAX_CNAME_HOPS) return true;
      at = waitingOn.get(at);
    }
    return false;
  }
  async function observeOnce(name, type, hops, key) {
    const acquired = slots.acquire();
    const slot = acquired === true ? true : await acquired;
    if (!slot) return failedRRset(name, type, { reason: "network", detail: "resolver queue is full" });
    if (expired !== null) {
      slots.release();
      return failedRRset(name, type, { reason: "timeout", detail: expired });
    }
    let verdict;
    try {
      verdict = await resolve(name, type);
    } finally {
      slots.release();
    }
    if (verdict.kind === "answer") return verdict.rrset;
    if (verdict.kind === "fault") {
      const failure2 = { reason: verdict.reason, detail: verdict.detail };
      if (verdict.server) failure2.server = verdict.server;
      return failedRRset(name, type, failure2);
    }
    const followed = hops + verdict.hops;
    if (followed > MAX_CNAME_HOPS) {
      return failedRRset(name, type, { reason: "malformed", detail: `CNAME chain longer than ${MAX_CNAME_HOPS} at ${verdict.target}` }, verdict.cname);
    }
    const targetKey = `${verdict.target}\0${type}`;
    if (closesCycle(targetKey, key)) {
      return failedRRset(name, type, { reason: "malformed", detail: `CNAME loop: ${verdict.target} leads back to ${name}` }, verdict.cname);
    }
    waitingOn.set(key, targetKey);
    let target;
    try {
      target = await shared(verdict.target, type, followed);
    } finally {
      waitingOn.delete(key);
    }
    const rrset = { ...target, name, cname: verdict.cname };
    if (verdict.cnameTtl === void 0) delete rrset.cnameTtl;
    else rrset.cnameTtl = verdict.cnameTtl;
    return rrset;
  }
  function shared(name, type, hops) {
    const key = `${name}\0${type}`;
    const known = answers.get(key) ?? (hops > 0 ? recentTargets.get(key) : void 0);
    if (known) {
      stats.shared++;
      return known;
    }
    const promise = observe(name, type, hops, key);
    answers.set(key, promise);
    if (cacheAnswers && answers.size > maxCacheEntries) {
      const oldest = answers.keys().next().value;
      if (oldest !== void 0) answers.delete(oldest);
    }
    return promise;
  }
  return {
    lookup(rawName, type) {
      stats.lookups++;
      const name = canonicalName(rawName);
      const dropped = droppedByIdna(rawName);
      if (dropped) return Promise.resolve(failedRRset(name, type, { reason: "malformed", detail: `cannot ask: it holds ${codePointName(dropped.char)}, an invisible character IDNA removes` }));
      if (closed) return Promise.resolve(failedRRset(name, type, { reason: "network", detail: "resolver closed" }));
      if (expired !== null) return Promise.resolve(failedRRset(name, type, { reason: "timeout", detail: expired }));
      const problem = nameProblem(name);
      if (problem) return Promise.resolve(failedRRset(name, type, { reason: "malformed", detail: `cannot ask: ${problem}` }));
      return shared(name, type, 0);
    },
    stats: () => ({ ...stats }),
    close() {
      closed = true;
      if (deadlineTimer) clearTimeout(deadlineTimer);
      interrupt?.removeEventListener("abort", onInterrupt);
      aborter.abort("resolver closed");
      pool.close();
    }
  };
}

// src/dns/authoritative.ts
async function authoritativeServers(source, zone, options = {}) {
  const port = options.port ?? 53;
  let name = canonicalName(zone);
  let hosts = [];
  let apex = "";
  while (name !== null && name !== "") {
    const ns = await source.lookup(name, "NS");
    if (ns.status === "failed") throw new Error(`cannot find the name servers of ${name}: NS lookup failed (${ns.failure?.reason}: ${ns.failure?.detail})`);
    if (ns.status === "ok") {
      hosts = ns.values;
      apex = name;
      break;
    }
    name = parentName(name);
  }
  if (hosts.length === 0) throw new Error(`no NS records found for ${zone} or any parent zone`);
  const servers = [];
  const problems = [];
  for (const host of hosts) {
    for (const type of ["A", "AAAA"]) {
      const addresses = await source.lookup(host, type);
      if (addresses.status === "ok") for (const address of addresses.values) servers.push({ host: address, port });
      else if (addresses.status === "failed") problems.push(`${host} ${type}: ${addresses.failure?.reason}`);
    }
  }
  if (servers.length === 0) {
    throw new Error(`the name servers of ${apex} (${hosts.join(", ")}) have no addresses${problems.length ? `: ${problems.join("; ")}` : ""}`);
  }
  const v4 = servers.filter((s) => !s.host.includes(":"));
  const v6 = servers.filter((s) => s.host.includes(":"));
  return [...v4, ...v6];
}

// src/dns/live-lookup.ts
function bareHost(host) {
  return host === "." ? "" : host.replace(/\.$/, "");
}
function failure(rrset) {
  const failure2 = failureOf(rrset);
  const reason = failure2.reason === "truncated" ? "network" : failure2.reason;
  const detail = failure2.server ? `${failure2.detail} [${failure2.server}]` : failure2.detail;
  return { status: "failed", reason, detail };
}
var converted = /* @__PURE__ */ new WeakMap();
function convert(rrset, records) {
  let result = converted.get(rrset);
  if (result === void 0) {
    result = convertOnce(rrset, records);
    converted.set(rrset, result);
  }
  return result;
}
function convertOnce(rrset, records) {
  switch (rrset.status) {
    case "ok":
      return { status: "ok", records: records(rrset.values), ttl: rrset.ttl ?? 0 };
    case "nxdomain":
    case "nodata":
      return { status: rrset.status };
    default:
      return failure(rrset);
  }
}
function parseMx(value) {
  const [priority, exchange] = value.split(" ");
  return { priority: Number(priority), exchange: bareHost(exchange ?? ".") };
}
function liveLookup(source) {
  return {
    txt: async (name) => convert(await source.lookup(name, "TXT"), (values) => values),
    mx: async (name) => convert(await source.lookup(name, "MX"), (values) => values.map(parseMx)),
    cname: async (name) => convert(await source.lookup(name, "CNAME"), (values) => values.map(bareHost)),
    spf: async (name) => convert(await source.lookup(name, "SPF"), (values) => values),
    async addresses(name) {
      const [a, aaaa] = await Promise.all([source.lookup(name, "A"), source.lookup(name, "AAAA")]);
      const known = addressesOf.get(a);
      if (known && known.aaaa === aaaa) return known.result;
      const result = combineAddresses(a, aaaa);
      addressesOf.set(a, { aaaa, result });
      return result;
    }
  };
}
var addressesOf = /* @__PURE__ */ new WeakMap();
function combineAddresses(a, aaaa) {
  const ok = [a, aaaa].filter((r) => r.status === "ok");
  if (ok.length > 0) {
    const result = { status: "ok", records: ok.flatMap((r) => r.values), ttl: Math.min(...ok.map((r) => r.ttl ?? 0)) };
    const failed2 = a.status === "failed" ? a : aaaa.status === "failed" ? aaaa : null;
    if (failed2) {
      const { reason, detail } = failure(failed2);
      result.unanswered = { type: failed2 === a ? "A" : "AAAA", reason, ...detail ? { detail } : {} };
    }
    return result;
  }
  const failed = [a, aaaa].find((r) => r.status === "failed");
  if (failed) return failure(failed);
  return { status: a.status === "nxdomain" || aaaa.status === "nxdomain" ? "nxdomain" : "nodata" };
}

export {
  RR_TYPES,
  failureOf,
  isRRType,
  liveLookup,
  parseServer,
  parseResolvConf,
  systemServers,
  formatServer,
  createDnsSource,
  authoritativeServers
};
