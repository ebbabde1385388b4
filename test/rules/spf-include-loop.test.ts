import rule from "../../src/rules/spf-include-loop.js";
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
  server = await startDnsServer({ zones: ZONES, faults: {} });
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

// The record is on line 3 inside double quotes: offset n of the record is column 7 + n.
const withSpf = (spf: string, domain = "test.live.example") => `domain: ${domain}\nmail: {provider: external}\nspf: "${spf}"\n`;

ruleTester(rule, {
  valid: [
    { name: "a tree that ends", yaml: withSpf("v=spf1 include:deep.live.example -all"), dns },
    { name: "the same include twice is a repeat, not a loop", yaml: withSpf("v=spf1 include:two.live.example include:two.live.example -all"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSpf("v=spf1 include:loop-a.live.example -all") },
  ],
  invalid: [
    {
      name: "include into a two-record cycle",
      yaml: withSpf("v=spf1 include:loop-a.live.example -all"),
      dns,
      errors: [
        {
          messageId: "loop",
          level: "error",
          line: 3,
          column: 14,
          endColumn: 14 + 27,
          data: { term: "redirect=loop-a.live.example", loop: "test.live.example → loop-a.live.example → loop-b.live.example → loop-a.live.example" },
        },
      ],
    },
    {
      name: "a domain whose include comes back to itself",
      yaml: withSpf("v=spf1 ip4:192.0.2.1 include:loop-b.live.example -all", "loop-a.live.example"),
      dns,
      errors: [{ messageId: "loop", level: "error", line: 3, column: 7 + 21, data: { loop: "loop-a.live.example → loop-b.live.example → loop-a.live.example" } }],
    },
  ],
});
