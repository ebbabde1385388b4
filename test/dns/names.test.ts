import { describe, expect, test } from "vitest";
import { canonicalName, isAtOrBelow, isAtOrBelowAny, nameProblem } from "../../src/dns/names.js";

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

  test("edge cases: escapes, trailing dots, case, IDNA, wildcards, underscore labels", () => {
    // A final "\." is an escaped dot inside the last label, not the root (RFC 4343 §2.1).
    expect(canonicalName("a\\.")).toBe("a\\.");
    expect(canonicalName("a\\\\.")).toBe("a\\\\");
    expect(canonicalName("A\\.B.Example.")).toBe("a\\.b.example");
    // Escapes are read (RFC 1035 §5.1) and written back as the zone-file parser writes names: "\065" is "a",
    // "\_" and "\095" are "_", and only the octets presentation form must escape stay escaped.
    expect(canonicalName("\\065.example")).toBe("a.example");
    expect(canonicalName("\\095DMARC.Example.com.")).toBe("_dmarc.example.com");
    expect(canonicalName("\\_dmarc.example.com")).toBe("_dmarc.example.com");
    expect(canonicalName("a\\032b\\.c.example")).toBe("a\\032b\\.c.example");
    expect(canonicalName("example.com..")).toBe("example.com.");
    expect(canonicalName("EXAMPLE")).toBe("example");
    expect(canonicalName("-a-.example")).toBe("-a-.example");
    expect(canonicalName("*.Example.COM.")).toBe("*.example.com");
    expect(canonicalName("a*b.example")).toBe("a*b.example");
    expect(canonicalName("_DMARC.Example.com")).toBe("_dmarc.example.com");
    expect(canonicalName("s1._domainkey.example.com.")).toBe("s1._domainkey.example.com");
    expect(canonicalName("Bücher.Example.")).toBe("xn--bcher-kva.example");
    expect(canonicalName("xn--bcher-kva.example")).toBe("xn--bcher-kva.example");
    expect(canonicalName("a..b")).toBe("a..b");
    expect(canonicalName(".example")).toBe(".example");
    expect(canonicalName("a b.example")).toBe("a b.example");
    expect(canonicalName("a.example\t")).toBe("a.example");
    // A name that is already canonical comes back as the same string.
    const plain = "mx0.mail.ovh.net";
    expect(canonicalName(plain)).toBe(plain);
  });
});

describe("isAtOrBelowAny", () => {
  test("answers as isAtOrBelow against each zone would, escapes and the root included", () => {
    const names = ["example.com", "a.example.com", "a.b.example.com", "example.org", "xexample.com", "com", "", "a\\.example.com", "a\\.b", "b", "x\\\\.b", "\\065.example.com", "_dmarc.example.com", "*.example.com"];
    const zoneSets = [[], ["example.com"], ["com"], ["b"], ["a.b"], [""], ["example.org", "b.example.com"], ["a\\.example.com"], ["\\065.example.com"]];
    for (const zones of zoneSets) {
      for (const name of names) {
        expect(isAtOrBelowAny(name, new Set(zones)), `${name} in [${zones.join(", ")}]`).toBe(zones.some((z) => isAtOrBelow(name, z)));
      }
    }
    expect(isAtOrBelowAny("a.b.example.com", new Set(["example.com"]))).toBe(true);
    expect(isAtOrBelowAny("xexample.com", new Set(["example.com"]))).toBe(false);
    expect(isAtOrBelowAny("a\\.b", new Set(["b"]))).toBe(false);
    expect(isAtOrBelowAny("anything", new Set([""]))).toBe(true);
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
