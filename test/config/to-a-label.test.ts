// toALabel skips domainToASCII for plain letter-digit-hyphen names: over names at the edges of that fast
// path it must give exactly what domainToASCII gives.
import { domainToASCII } from "node:url";
import { describe, expect, it } from "vitest";
import { isPlainAsciiName, toALabel } from "../../src/config/domain.js";

function throughUrl(name: string): string | null {
  const trimmed = name.trim().replace(/\.$/, "");
  if (trimmed === "" || /\s/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed);
  return ascii === "" ? null : ascii.toLowerCase();
}

const NAMES = [
  "example.com", "Example.COM", "d1.example", "mail.d42.example.", "-lead.example", "trail-.example", "ab--cd.example",
  "a".repeat(63) + ".example", "a".repeat(64) + ".example", `${"a".repeat(60)}.`.repeat(5) + "example",
  "xn--nxasmq6b.com", "XN--NXASMQ6B.COM", "xn--invalid-.example", "xn--.example", "a.xn--zz", "xn--a.example",
  "example.123", "1.2.3.4", "0x7f.1", "a.0x1f", "a.0X", "a.0xg", "a.09", "a.1e5", "a.1a", "123", "0x10",
  "a..b", ".a", "a_b.example", "a b.example", "straße.de", "bücher.example", "EXAMPLE", "localhost", "-", "a-",
];

describe("toALabel's fast path", () => {
  it("gives what domainToASCII gives for every name", () => {
    for (const name of NAMES) expect(toALabel(name), name).toBe(throughUrl(name));
  });

  it("takes the fast path only for plain names", () => {
    expect(isPlainAsciiName("d1.example")).toBe(true);
    expect(isPlainAsciiName("Mail.Example.COM")).toBe(true);
    for (const name of ["xn--nxasmq6b.com", "a.XN--zz", "example.123", "a.0x1f", "a..b", "a_b.example", "straße.de"]) expect(isPlainAsciiName(name), name).toBe(false);
  });
});
