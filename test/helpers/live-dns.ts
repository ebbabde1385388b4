// Live rules are tested over real sockets: a loopback DNS server holding test/fixtures/zones/live-rules
// (what each name holds is noted there), with the faults a test file asks for.
import { afterAll, beforeAll } from "vitest";
import { createDnsSource, liveLookup, type DnsSource } from "../../src/dns/index.js";
import type { LiveLookup } from "../../src/engine/types.js";
import { startDnsServer, type DnsServer, type FaultMap } from "./dns-server.js";

const ZONES = new URL("../fixtures/zones/live-rules/", import.meta.url).pathname;

/**
 * The per-lookup timeout of these tests (no retry). The server runs on the worker's own thread, so a worker
 * stalled while an answer is on its way (a loaded machine, a long garbage collection) delays the answer:
 * 300 ms, as it once was, failed a lookup the test expected to be answered when the worker stalled for
 * 400 ms. A name set to time out still costs this long.
 */
export const LIVE_ANSWER_WITHIN_MS = 1000;

/**
 * Starts the server before the file's tests and stops it after. The rule tester builds its suite
 * synchronously, before the server is up, so cases get a proxy that forwards to the real lookup.
 */
export function liveRulesDns(faults: FaultMap = {}): LiveLookup {
  let server: DnsServer | undefined;
  let source: DnsSource | undefined;
  let real: LiveLookup | undefined;
  beforeAll(async () => {
    server = await startDnsServer({ zones: ZONES, faults });
    source = createDnsSource({ servers: [server.address], timeoutMs: LIVE_ANSWER_WITHIN_MS, retries: 0 });
    real = liveLookup(source);
  });
  afterAll(async () => {
    source?.close();
    await server?.close();
  });
  return {
    txt: (name) => real!.txt(name),
    mx: (name) => real!.mx(name),
    addresses: (name) => real!.addresses(name),
    cname: (name) => real!.cname(name),
    spf: (name) => real!.spf(name),
  };
}
