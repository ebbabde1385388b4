// The live record source: stub queries over UDP with EDNS0, TCP when truncated, retries across servers,
// bounded concurrency, and one shared answer per name/type for the whole run.
import { randomInt } from "node:crypto";
import { setMaxListeners } from "node:events";
import { canonicalName, nameProblem } from "./names.js";
import { droppedByIdna } from "../model/idna-dropped.js";
import { codePointName } from "../model/show.js";
import { failedRRset } from "./presentation.js";
import { formatServer } from "./server-address.js";
import { tcpExchange, UdpPool, type TransportResult } from "./transport.js";
import { buildQuery, decodeResponse, interpretResponse, MAX_CNAME_HOPS, messageId, type Verdict } from "./wire.js";
import type { FailureReason, ObservedRRset, RecordSource, RRType, ServerAddress } from "./types.js";
import { DEADLINE_DETAIL, interruptedDetail, type RunEnd } from "./run-end.js";

/** `deadlineAt` and `interrupt` (RunEnd): from then on every unfinished and every new lookup is a failure. */
export interface DnsSourceOptions extends RunEnd {
  servers: ServerAddress[];
  /** Per attempt, UDP or TCP (default 2000). */
  timeoutMs?: number;
  /** Attempts after the first, each to the next server in turn (default 2). */
  retries?: number;
  /**
   * How long a server that gave no answer over UDP (a timeout, a closed port) is asked only after the
   * others (default 30000 ms): questions start at the first server in the list not set aside.
   */
  setAsideMs?: number;
  /** The clock that times `setAsideMs`, in milliseconds (default performance.now; tests give their own). */
  now?: () => number;
  /**
   * The servers are the zone's own (`--authoritative`): only answers with AA set are read, never one a
   * name server that does not serve the zone gives from its cache (default false).
   */
  authoritative?: boolean;
  /** Questions in flight at once (default 64). */
  concurrency?: number;
  /** EDNS0 UDP payload size advertised; 0 disables EDNS0 (default 1232, the DNS Flag Day 2020 value). */
  ednsSize?: number;
  /**
   * Keep answers for the life of the source (default true); in-flight questions are always shared. Without
   * it, the last RECENT_TARGETS answers reached through an alias are still kept (see below).
   */
  cache?: boolean;
  /** Questions allowed to wait for a slot; beyond it lookups fail at once (default 250000). */
  maxQueue?: number;
  /** Answers kept; the oldest are dropped past it (default 200000). */
  maxCacheEntries?: number;
}

export interface ResolverStats {
  /** Messages sent, UDP and TCP. */
  udpQueries: number;
  tcpQueries: number;
  /** Lookups answered from the cache or joined to one already in flight. */
  shared: number;
  lookups: number;
}

export interface DnsSource extends RecordSource {
  stats(): ResolverStats;
  close(): void;
}

type Fault = { reason: FailureReason; detail: string; server?: string };

/** A counting semaphore with a bounded FIFO wait queue (a head index, so a long queue costs O(1) per turn). */
class Slots {
  private active = 0;
  private waiting: (() => void)[] = [];
  private head = 0;

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
  ) {}

  /** Resolves once a slot is held; false when the queue is full. */
  acquire(): Promise<boolean> | boolean {
    if (this.active < this.limit) {
      this.active++;
      return true;
    }
    if (this.waiting.length - this.head >= this.maxQueue) return false;
    return new Promise((resolve) => this.waiting.push(() => resolve(true)));
  }

  release(): void {
    if (this.head < this.waiting.length) {
      const next = this.waiting[this.head]!;
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
}

/**
 * Without a cache, alias targets answered lately are kept, up to this many: a provider's host that many
 * names alias to (each customer's `mail.<domain>` CNAME to one exchanger) is asked once per run rather
 * than once per domain whose check did not overlap another's. The names are asked by the resolver itself,
 * not by its caller, so the caller's own sharing never sees them; a bound this small keeps the answers
 * of one-off targets (each domain's DKIM key in its provider's zone) from piling up.
 */
const RECENT_TARGETS = 256;

function positiveInt(value: number | undefined, fallback: number, label: string, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new Error(`${label} must be an integer ≥ ${min}, got ${value}`);
  return value;
}

export function createDnsSource(options: DnsSourceOptions): DnsSource {
  if (options.servers.length === 0) throw new Error("no DNS servers to ask: give at least one --resolver");
  const servers = options.servers.map((s) => ({ ...s }));
  const timeoutMs = positiveInt(options.timeoutMs, 2000, "timeout (ms)");
  const attempts = positiveInt(options.retries, 2, "retries", 0) + 1;
  const setAsideMs = positiveInt(options.setAsideMs, 30_000, "set-aside time (ms)");
  /**
   * Per server, the time (by `now`) until which it is set aside (0: not). A question starts at the first
   * server in the list not set aside and goes on in list order (RFC 1035 §7.2: prefer the servers that
   * answer). Always starting at the first, a dead first server cost every question its whole timeout:
   * 1,000 domains behind a dead first resolver took minutes, and with --retries 0 every lookup failed
   * though the next server answered. Once the time is over the server is asked first again, and stays
   * first as long as it answers.
   */
  const setAsideUntil = servers.map(() => 0);
  const now = options.now ?? (() => performance.now());
  const concurrency = positiveInt(options.concurrency, 64, "concurrency");
  const ednsSize = options.ednsSize === 0 ? null : positiveInt(options.ednsSize, 1232, "EDNS0 size", 512);
  const cacheAnswers = options.cache ?? true;
  const authoritative = options.authoritative ?? false;
  const maxCacheEntries = positiveInt(options.maxCacheEntries, 200_000, "cache size");
  const slots = new Slots(concurrency, positiveInt(options.maxQueue, 250_000, "queue limit"));
  // Several ports spread the replies of many parallel queries over several kernel receive buffers.
  const pool = new UdpPool(Math.min(16, Math.max(1, Math.ceil(concurrency / 16))), timeoutMs);
  const answers = new Map<string, Promise<ObservedRRset>>();
  /** Without a cache: alias targets' settled answers, oldest first (RECENT_TARGETS). */
  const recentTargets = new Map<string, Promise<ObservedRRset>>();
  /**
   * The question each in-flight question is waiting on while it chases an alias into another answer. A
   * question joins one already in flight, so without this `a → b → a` (each hop in its own answer, as two
   * zones pointing at each other answer) would wait on itself forever: with the sockets unref'd, nothing
   * would be left on the event loop and the process would end with no report. Each question waits on at
   * most one other, so following this map from a target finds any cycle the new wait would close.
   */
  const waitingOn = new Map<string, string>();
  const stats: ResolverStats = { udpQueries: 0, tcpQueries: 0, shared: 0, lookups: 0 };
  let closed = false;
  /** Set at the deadline: why every lookup from then on fails. */
  let expired: string | null = null;
  const aborter = new AbortController();
  // Every TCP query in flight listens on this signal (and stops listening when its connection closes): at
  // the concurrency a run allows, more than Node's default of ten at once is normal, not a leak to warn of.
  setMaxListeners(0, aborter.signal);
  let deadlineTimer: NodeJS.Timeout | null = null;
  const expire = (detail: string) => {
    if (expired !== null) return;
    expired = detail;
    aborter.abort(detail);
    pool.close("timeout", detail);
  };
  if (options.deadlineAt !== undefined) {
    const left = options.deadlineAt - Date.now();
    const detail = DEADLINE_DETAIL;
    // Unref'd: the deadline alone must not keep a finished run alive.
    if (left <= 0) expired = detail;
    else deadlineTimer = setTimeout(() => expire(detail), left).unref();
  }
  const interrupt = options.interrupt;
  const onInterrupt = () => expire(interruptedDetail(interrupt!));
  if (interrupt?.aborted) onInterrupt();
  else interrupt?.addEventListener("abort", onInterrupt, { once: true });

  /** `edns`: as the UDP query that was truncated had it, so a server that rejects EDNS0 is asked without it here too. */
  async function overTcp(server: ServerAddress, name: string, type: RRType, edns: number | null): Promise<TransportResult & { id?: number }> {
    stats.tcpQueries++;
    const id = randomInt(65536);
    if (expired !== null) return { ok: false, reason: "timeout", detail: expired };
    const result = await tcpExchange(server, buildQuery(id, name, type, edns), timeoutMs, aborter.signal);
    return { ...result, id };
  }

  /** The first server in the list not set aside, or the first of all when every one is. */
  function firstServer(): number {
    const at = now();
    for (let i = 0; i < servers.length; i++) if (setAsideUntil[i]! <= at) return i;
    return 0;
  }

  /** One question to one server: UDP, then TCP if the answer was truncated (RFC 7766 §5). */
  async function ask(index: number, name: string, type: RRType, edns: number | null): Promise<Verdict> {
    const server = servers[index]!;
    stats.udpQueries++;
    const udp = await pool.exchange(server, (id) => buildQuery(id, name, type, edns));
    // At the run's deadline every query ends as a timeout: that says nothing about the server.
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
    // A server that rejects EDNS0 answers FORMERR (RFC 6891 §7), or BADVERS when it takes the OPT record
    // but not its version (§6.1.3): ask it again without.
    if (verdict.kind === "fault" && (verdict.rcode === "FORMERR" || verdict.rcode === "BADVERS") && edns !== null) return ask(index, name, type, null);
    return verdict;
  }

  /** Every attempt, rotating through the servers, until one gives an answer. */
  async function resolve(name: string, type: RRType): Promise<Verdict> {
    let fault: Fault = { reason: "network", detail: "not asked" };
    const first = firstServer();
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (closed) return { kind: "fault", reason: "network", detail: "resolver closed" };
      if (expired !== null) return { kind: "fault", reason: "timeout", detail: expired };
      const index = (first + attempt) % servers.length;
      const verdict = await ask(index, name, type, ednsSize);
      if (verdict.kind !== "fault") return verdict;
      fault = { reason: verdict.reason, detail: verdict.detail, server: formatServer(servers[index]!) };
    }
    const detail = `${fault.detail} (after ${attempts} attempt${attempts === 1 ? "" : "s"})`;
    return { kind: "fault", reason: fault.reason, detail, ...(fault.server ? { server: fault.server } : {}) };
  }

  async function observe(name: string, type: RRType, hops: number, key: string): Promise<ObservedRRset> {
    let answer: ObservedRRset | undefined;
    try {
      return (answer = await observeOnce(name, type, hops, key));
    } finally {
      // Without a cache, an answer is shared only while its question is in flight, but for an alias
      // target's answer (never a failure: that one is asked again).
      if (!cacheAnswers) {
        answers.delete(key);
        if (hops > 0 && answer !== undefined && answer.status !== "failed") {
          recentTargets.set(key, Promise.resolve(answer));
          if (recentTargets.size > RECENT_TARGETS) recentTargets.delete(recentTargets.keys().next().value!);
        }
      }
    }
  }

  /** Whether waiting on `target` from `key` would wait on `key` itself, or on a chain too long to be an answer. */
  function closesCycle(target: string, key: string): boolean {
    let at: string | undefined = target;
    for (let step = 0; at !== undefined; step++) {
      if (at === key || step > 2 * MAX_CNAME_HOPS) return true;
      at = waitingOn.get(at);
    }
    return false;
  }

  async function observeOnce(name: string, type: RRType, hops: number, key: string): Promise<ObservedRRset> {
    // A free slot is taken at once: waiting on it would cost a turn of the event loop per question.
    const acquired = slots.acquire();
    const slot = acquired === true ? true : await acquired;
    if (!slot) return failedRRset(name, type, { reason: "network", detail: "resolver queue is full" });
    if (expired !== null) {
      slots.release();
      return failedRRset(name, type, { reason: "timeout", detail: expired });
    }
    let verdict: Verdict;
    try {
      verdict = await resolve(name, type);
    } finally {
      slots.release();
    }
    if (verdict.kind === "answer") return verdict.rrset;
    if (verdict.kind === "fault") {
      const failure: NonNullable<ObservedRRset["failure"]> = { reason: verdict.reason, detail: verdict.detail };
      if (verdict.server) failure.server = verdict.server;
      return failedRRset(name, type, failure);
    }
    // The answer stopped at an alias: look the target up as its own question (shared and cached too). The
    // hop limit counts the aliases of every answer on the way, not the questions.
    const followed = hops + verdict.hops;
    if (followed > MAX_CNAME_HOPS) {
      return failedRRset(name, type, { reason: "malformed", detail: `CNAME chain longer than ${MAX_CNAME_HOPS} at ${verdict.target}` }, verdict.cname);
    }
    const targetKey = `${verdict.target}\u0000${type}`;
    if (closesCycle(targetKey, key)) {
      return failedRRset(name, type, { reason: "malformed", detail: `CNAME loop: ${verdict.target} leads back to ${name}` }, verdict.cname);
    }
    waitingOn.set(key, targetKey);
    let target: ObservedRRset;
    try {
      target = await shared(verdict.target, type, followed);
    } finally {
      waitingOn.delete(key);
    }
    const rrset: ObservedRRset = { ...target, name, cname: verdict.cname };
    if (verdict.cnameTtl === undefined) delete rrset.cnameTtl;
    else rrset.cnameTtl = verdict.cnameTtl;
    return rrset;
  }

  function shared(name: string, type: RRType, hops: number): Promise<ObservedRRset> {
    const key = `${name}\u0000${type}`;
    const known = answers.get(key) ?? (hops > 0 ? recentTargets.get(key) : undefined);
    if (known) {
      stats.shared++;
      return known;
    }
    const promise = observe(name, type, hops, key);
    answers.set(key, promise);
    if (cacheAnswers && answers.size > maxCacheEntries) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
    return promise;
  }

  return {
    lookup(rawName: string, type: RRType): Promise<ObservedRRset> {
      stats.lookups++;
      const name = canonicalName(rawName);
      // A name holding a character IDNA removes without a word (U+200B, U+00AD…) would be asked as another
      // name than the one written: refused without a query (RFC 5891 §5.4; model/idna-dropped.ts).
      const dropped = droppedByIdna(rawName);
      if (dropped) return Promise.resolve(failedRRset(name, type, { reason: "malformed", detail: `cannot ask: it holds ${codePointName(dropped.char)}, an invisible character IDNA removes` }));
      if (closed) return Promise.resolve(failedRRset(name, type, { reason: "network", detail: "resolver closed" }));
      if (expired !== null) return Promise.resolve(failedRRset(name, type, { reason: "timeout", detail: expired }));
      const problem = nameProblem(name);
      if (problem) return Promise.resolve(failedRRset(name, type, { reason: "malformed", detail: `cannot ask: ${problem}` }));
      return shared(name, type, 0);
    },
    stats: () => ({ ...stats }),
    close(): void {
      closed = true;
      if (deadlineTimer) clearTimeout(deadlineTimer);
      interrupt?.removeEventListener("abort", onInterrupt);
      aborter.abort("resolver closed");
      pool.close();
    },
  };
}
