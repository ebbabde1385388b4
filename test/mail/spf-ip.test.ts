import { describe, expect, it } from "vitest";
import { ipInNetwork, ipToBigInt } from "../../src/mail/spf-ip.js";

describe("ipToBigInt", () => {
  it("reads IPv4 and IPv6, including compressed and embedded IPv4 forms", () => {
    expect(ipToBigInt("192.0.2.1")).toEqual({ value: 0xc0000201n, bits: 32 });
    expect(ipToBigInt("::1")).toEqual({ value: 1n, bits: 128 });
    expect(ipToBigInt("2001:db8::")).toEqual({ value: 0x20010db8n << 96n, bits: 128 });
    expect(ipToBigInt("::ffff:192.0.2.1")).toEqual({ value: 0xffffc0000201n, bits: 128 });
    expect(ipToBigInt("2001:db8:0:0:0:0:0:10")?.value).toBe(ipToBigInt("2001:db8::10")?.value);
  });

  it("rejects what is not an address", () => {
    expect(ipToBigInt("mail.example.com")).toBeNull();
    expect(ipToBigInt("192.0.2")).toBeNull();
    expect(ipToBigInt("fe80::1%eth0")).toBeNull();
  });
});

describe("ipInNetwork", () => {
  it.each([
    ["203.0.113.10", "203.0.113.0", 24, true],
    ["203.0.113.10", "203.0.113.0", 30, false],
    ["203.0.113.10", "203.0.113.10", null, true],
    ["203.0.113.11", "203.0.113.10", null, false],
    ["203.0.113.10", "0.0.0.0", 0, true],
    ["2001:db8::10", "2001:db8::", 32, true],
    ["2001:db9::10", "2001:db8::", 32, false],
    ["2001:db8::10", "203.0.113.0", 24, false],
    ["203.0.113.0/25", "203.0.113.0", 24, true],
    ["203.0.113.0/23", "203.0.113.0", 24, false],
    ["not-an-ip", "203.0.113.0", 24, false],
  ] as const)("%s in %s/%s → %s", (address, network, prefix, expected) => {
    expect(ipInNetwork(address, network, prefix)).toBe(expected);
  });
});
