import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatServer, parseResolvConf, parseServer, systemServers } from "../../src/dns/index.js";

describe("parseServer", () => {
  test.each([
    ["127.0.0.1", { host: "127.0.0.1", port: 53 }],
    ["127.0.0.1:5353", { host: "127.0.0.1", port: 5353 }],
    [" 192.0.2.1:53 ", { host: "192.0.2.1", port: 53 }],
    ["::1", { host: "::1", port: 53 }],
    ["[::1]:53", { host: "::1", port: 53 }],
    ["[2001:db8::53]:5300", { host: "2001:db8::53", port: 5300 }],
    ["[::1]", { host: "::1", port: 53 }],
    ["2001:db8::1", { host: "2001:db8::1", port: 53 }],
  ])("%s", (input, expected) => {
    expect(parseServer(input)).toEqual(expected);
  });

  test.each([
    ["", /resolver is empty/],
    ["dns.example", /"dns.example" is not an IP address/],
    ["127.0.0.1:abc", /port "abc" is not a number/],
    ["127.0.0.1:0", /port 0 is outside 1-65535/],
    ["127.0.0.1:70000", /port 70000 is outside 1-65535/],
    ["[127.0.0.1]:53", /brackets are for IPv6 addresses/],
    ["[::1", /expected "\[IPv6\]:PORT"/],
    ["300.1.1.1", /is not an IP address/],
  ])("rejects %j with a message that shows valid forms", (input, message) => {
    expect(() => parseServer(input)).toThrow(message);
    expect(() => parseServer(input)).toThrow(/"127.0.0.1:5353"/);
  });

  test("formatServer brackets IPv6", () => {
    expect(formatServer({ host: "::1", port: 53 })).toBe("[::1]:53");
    expect(formatServer({ host: "127.0.0.1", port: 5353 })).toBe("127.0.0.1:5353");
  });
});

describe("system resolvers", () => {
  test("resolv.conf nameserver lines, in order, comments and other options ignored", () => {
    const text = "# generated\nsearch example.com\nnameserver 192.0.2.53\nnameserver  2001:db8::53 ; v6\n;nameserver 192.0.2.99\noptions edns0\nnameserver not-an-ip\n";
    expect(parseResolvConf(text)).toEqual([
      { host: "192.0.2.53", port: 53 },
      { host: "2001:db8::53", port: 53 },
    ]);
  });

  test("falls back to 127.0.0.1:53 when none is configured or the file is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "maildns-resolv-"));
    try {
      const empty = join(dir, "resolv.conf");
      await writeFile(empty, "search example.com\n");
      expect(systemServers(empty)).toEqual([{ host: "127.0.0.1", port: 53 }]);
      expect(systemServers(join(dir, "missing"))).toEqual([{ host: "127.0.0.1", port: 53 }]);
      await writeFile(empty, "nameserver 192.0.2.1\n");
      expect(systemServers(empty)).toEqual([{ host: "192.0.2.1", port: 53 }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
