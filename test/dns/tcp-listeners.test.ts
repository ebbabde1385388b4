// Many lookups falling back to TCP at once share the run's abort signal (the deadline ends a slow drip at
// once). Each adds a listener and removes it when its connection closes; more than ten at a time is normal
// at the default concurrency, and must not make Node print a "possible memory leak" warning on stderr.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createDnsSource, type DnsSource } from "../../src/dns/index.js";
import type { ZoneRecord } from "../../src/dns/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";

const NAMES = Array.from({ length: 24 }, (_, i) => `n${i}.wide.example`);
let server: DnsServer;
let source: DnsSource;

beforeAll(async () => {
  const zones: ZoneRecord[] = NAMES.map((name) => ({ name, type: "TXT", ttl: 300, value: '"v=spf1 -all"' }));
  // Every answer is truncated over UDP, and comes over TCP after a pause, so all the TCP queries are in flight together.
  const faults = Object.fromEntries(NAMES.flatMap((name) => [[`${name}/TXT`, "truncate"], [name, { delayMs: 300, transport: "tcp" }]]));
  server = await startDnsServer({ zones, faults });
  source = createDnsSource({ servers: [server.address], timeoutMs: 5000, retries: 0, concurrency: 64 });
});
afterAll(async () => {
  source?.close();
  await server?.close();
});

test("two dozen TCP fallbacks in flight at once: every answer, and no listener warning", async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", onWarning);
  try {
    const answers = await Promise.all(NAMES.map((name) => source.lookup(name, "TXT")));
    expect(answers.map((a) => a.status)).toEqual(NAMES.map(() => "ok"));
    expect(server.queries.tcp).toBeGreaterThanOrEqual(NAMES.length);
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off("warning", onWarning);
  }
  expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
});
