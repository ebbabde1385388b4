// Live rules are tested over real sockets: a loopback DNS server holding test/fixtures/zones/live-rules
// (what each name holds is noted there), with the faults a test file asks for.
import { afterAll, beforeAll } from "vitest";
import { createDnsSource, liveLookup, type DnsSource } from "../../src/dns/index.js";
import type { LiveLookup } from "../../src/engine/types.js";
import { startDnsServer, type DnsServer, type FaultMap } from "./dns-server.js";

const ZONES = new URL("../fixtures/zones/live-rules/", import.meta.url).pathname;

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
    source = createDnsSource({ servers: [server.address], timeoutMs: 300, retries: 0 });
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
