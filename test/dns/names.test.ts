import { describe, expect, test } from "vitest";
import { canonicalName, nameProblem } from "../../src/dns/names.js";

describe("canonicalName", () => {
  test("lower case, no trailing dot, A-labels; canonical names come back unchanged", () => {
    expect(canonicalName("Example.COM.")).toBe("example.com");
    expect(canonicalName(" mx.ovh.com ")).toBe("mx.ovh.com");
    expect(canonicalName("bücher.example")).toBe("xn--bcher-kva.example");
    expect(canonicalName("_dmarc.example.com")).toBe("_dmarc.example.com");
    expect(canonicalName("*.example.com")).toBe("*.example.com");
    expect(canonicalName(".")).toBe("");
    expect(canonicalName("")).toBe("");
  });
});

describe("nameProblem", () => {
  test("labels of 1–63 octets and at most 255 octets on the wire (RFC 1035 §2.3.4)", () => {
    const label63 = "a".repeat(63);
    expect(nameProblem("example.com")).toBeNull();
    expect(nameProblem(`${label63}.example`)).toBeNull();
    expect(nameProblem(`${label63}a.example`)).toMatch(/label longer than 63 octets/);
    expect(nameProblem("a..example")).toMatch(/empty label/);
    // 4 labels of 63 plus 3 dots = 255 characters: 257 octets on the wire.
    const long = [label63, label63, label63, label63].join(".");
    expect(nameProblem(long)).toMatch(/name longer than 255 octets/);
    // 253 characters is 255 octets: the most a name may have.
    const longest = [label63, label63, label63, "a".repeat(61)].join(".");
    expect(longest).toHaveLength(253);
    expect(nameProblem(longest)).toBeNull();
    expect(nameProblem(`${longest}a`)).toMatch(/name longer than 255 octets/);
    // Non-ASCII counts in UTF-8 octets.
    expect(nameProblem(`${"é".repeat(32)}.example`)).toMatch(/label longer than 63 octets/);
  });
});
