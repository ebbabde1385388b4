import rule from "../../src/rules/mx-target-cname.js";
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
  server = await startDnsServer({ zones: ZONES, faults: { "broken.live.example/CNAME": "servfail" } });
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
    { name: "exchanges with their own addresses", yaml: withMx("  - { host: host.live.example., priority: 10 }\n  - { host: ns1.live.example., priority: 20 }\n"), dns },
    { name: "a name that does not exist is not an alias (mx-target-unresolvable's)", yaml: withMx("  - { host: gone.live.example., priority: 10 }\n"), dns },
    { name: "null MX is not looked up", yaml: "domain: test.live.example\nmail: {provider: none}\nmx: none\n", dns },
    { name: "a malformed exchange is left to the static rules", yaml: withMx("  - { host: \"https://alias.live.example\", priority: 10 }\n"), dns },
    { name: "static run: the rule needs live DNS", yaml: withMx("  - { host: alias.live.example., priority: 10 }\n") },
  ],
  invalid: [
    {
      name: "an exchange that is a CNAME, among good ones",
      yaml: withMx("  - { host: host.live.example., priority: 5 }\n  - { host: alias.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "alias", level: "error", line: 5, column: 13, endColumn: 32, data: { host: "alias.live.example", target: "host.live.example" } }],
    },
    {
      name: "case and a missing trailing dot do not hide the alias",
      yaml: withMx("  - { host: Alias.Live.Example, priority: 10 }\n"),
      dns,
      errors: [{ messageId: "alias", level: "error", line: 4, column: 13, data: { host: "alias.live.example" } }],
    },
    {
      name: "SERVFAIL is reported as a failed lookup",
      yaml: withMx("  - { host: broken.live.example., priority: 10 }\n"),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 4, column: 13, data: { host: "broken.live.example", reason: "servfail" } }],
    },
  ],
});
