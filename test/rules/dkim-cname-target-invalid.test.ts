import rule from "../../src/rules/dkim-cname-target-invalid.js";
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
  server = await startDnsServer({ zones: ZONES, faults: { "slow._domainkey.live.example": "timeout" } });
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

// The cname value is on line 5, at column 26 (after "    - { name: s1, cname: ").
const withTarget = (target: string, extra = "") => `domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, cname: ${target}${extra} }\n`;

ruleTester(rule, {
  valid: [
    { name: "target holds a 2048-bit RSA key", yaml: withTarget("good._domainkey.live.example."), dns },
    { name: "target is itself an alias of a good key", yaml: withTarget("alias._domainkey.live.example."), dns },
    { name: "a revoked key on an inactive selector is the rotation's last step", yaml: withTarget("revoked._domainkey.live.example.", ", active: false"), dns },
    { name: "selectors published as TXT are not looked up", yaml: "domain: test.live.example\nmail: {provider: external}\ndkim:\n  selectors:\n    - { name: s1, record: \"v=DKIM1; p=\" }\n", dns },
    { name: "static run: the rule needs live DNS", yaml: withTarget("gone._domainkey.live.example.") },
  ],
  invalid: [
    {
      name: "target does not exist",
      yaml: withTarget("gone._domainkey.live.example."),
      dns,
      errors: [{ messageId: "targetMissing", level: "error", line: 5, column: 26, endColumn: 26 + 29, data: { selector: "s1", target: "gone._domainkey.live.example" } }],
    },
    {
      name: "target exists without TXT",
      yaml: withTarget("empty._domainkey.live.example."),
      dns,
      errors: [{ messageId: "noKey", level: "error", line: 5, column: 26, data: { target: "empty._domainkey.live.example" } }],
    },
    {
      name: "target's p= is not base64",
      yaml: withTarget("bad._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "its p= is not valid base64" } }],
    },
    {
      name: "target's record has no p=",
      yaml: withTarget("nokey._domainkey.live.example."),
      dns,
      errors: [{ messageId: "invalidKey", level: "error", line: 5, column: 26, data: { problem: "it has no p= tag" } }],
    },
    {
      name: "an active selector whose key is revoked",
      yaml: withTarget("revoked._domainkey.live.example."),
      dns,
      errors: [{ messageId: "revoked", level: "warn", line: 5, column: 26, data: { selector: "s1" } }],
    },
    {
      name: "a timeout is a failed lookup, not a missing key",
      yaml: withTarget("slow._domainkey.live.example."),
      dns,
      errors: [{ messageId: "lookupFailed", level: "warn", line: 5, column: 26, data: { target: "slow._domainkey.live.example", reason: "timeout" } }],
    },
  ],
});
