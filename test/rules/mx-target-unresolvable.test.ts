import rule from "../../src/rules/mx-target-unresolvable.js";
import { afterAll, beforeAll } from "vitest";
import { createDnsSource, liveLookup, type DnsSource } from "../../src/dns/index.js";
import type { LiveLookup } from "../../src/engine/types.js";
import { startDnsServer, type DnsServer } from "../helpers/dns-server.js";
import { ruleTester } from "../helpers/rule-tester.js";

// Cases ask a loopback DNS server holding test/fixtures/zones/live-rules (what each name holds is noted there).
const ZONES = new URL("../fixtures/zones/live-rules/", import.meta.url).pathname;
let server: DnsServer | undefined;
let source: DnsSource | undefined;
let real: LiveLookup | undefined;
beforeAll(async () => {
  server = await startDnsServer({ zones: ZONES, faults: { "slow.live.example": "timeout" } });
  source = createDnsSource({ servers: [server.address], timeoutMs: 300, retries: 0 });
  real = liveLookup(source);
});
afterAll(async () => {
  source?.close();
  await server?.close();
});
// The tester builds its suite synchronously, before the server is up: cases get this forwarding proxy.
const dns: LiveLookup = {
  txt: (name) => real!.txt(name),
  mx: (name) => real!.mx(name),
  addresses: (name) => real!.addresses(name),
  cname: (name) => real!.cname(name),
};

const withMx = (lines: string) => `domain: test.live.example\nmail: {provider: external}\nmx:\n${lines}`;

ruleTester(rule, {
  valid: [
    { name: "exchanges with addresses", yaml: withMx("  - { host: host.live.example., priority: 10 }\n  - { host: ns1.live.example., priority: 20 }\n"), dns },
    { name: "an alias resolves through its target (mx-target-cname's finding)", yaml: withMx("  - { host: alias.live.example., priority: 10 }\n"), dns },
    { name: "null MX is not looked up", yaml: "domain: test.live.example\nmail: {provider: none}\nmx: none\n", dns },
    { name: "static run: the rule needs live DNS", yaml: withMx("  - { host: gone.live.example., priority: 10 }\n") },
  ],
  invalid: [
    {
      name: "an exchange that does not exist",
      yaml: withMx("  - { host: host.live.example., priority: 5 }\n  - { host: gone.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "noSuchHost", level: "error", line: 5, column: 13, endColumn: 31, data: { host: "gone.live.example" } }],
    },
    {
      name: "an exchange with other records but no address",
      yaml: withMx("  - { host: noaddr.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "noAddress", level: "error", line: 4, column: 13, data: { host: "noaddr.live.example" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing host",
      yaml: withMx("  - { host: slow.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 4, column: 13, data: { host: "slow.live.example", reason: "timeout" } }],
    },
  ],
});
