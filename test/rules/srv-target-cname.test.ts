import rule from "../../src/rules/srv-target-cname.js";
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
  server = await startDnsServer({ zones: ZONES, faults: { "broken.live.example/CNAME": "refused" } });
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

const withSrv = (lines: string) => `domain: test.live.example\nmail: {provider: external}\nsrv:\n${lines}`;

ruleTester(rule, {
  valid: [
    { name: "targets with their own addresses", yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: host.live.example. }\n"), dns },
    { name: "\".\" means not offered and is not looked up", yaml: withSrv("  - { service: _pop3._tcp, priority: 0, weight: 0, port: 0, target: . }\n"), dns },
    { name: "static run: the rule needs live DNS", yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: alias.live.example. }\n") },
  ],
  invalid: [
    {
      name: "a target that is a CNAME",
      yaml: withSrv(
        "  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: host.live.example. }\n  - { service: _submission._tcp, priority: 0, weight: 0, port: 587, target: alias.live.example. }\n",
      ),
      dns,
      errors: [{ messageId: "alias", level: "warn", line: 5, column: 77, data: { service: "_submission._tcp", target: "alias.live.example", canonical: "host.live.example" } }],
    },
    {
      name: "REFUSED is a failed lookup",
      yaml: withSrv("  - { service: _imaps._tcp, priority: 0, weight: 0, port: 993, target: broken.live.example. }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "info", line: 4, column: 72, data: { target: "broken.live.example", reason: "refused" } }],
    },
  ],
});
