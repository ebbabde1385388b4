import { describe, expect, it } from "vitest";
import {
  daysBetween,
  effectivePolicy,
  findTag,
  headRange,
  policyRange,
  isTesting,
  isValidMailbox,
  isValidReportSize,
  parseDmarc,
  policyOf,
  rampStages,
  tagKind,
} from "../../src/mail/dmarc.js";
import type { DmarcDecl } from "../../src/model/types.js";

/** The characters a [start, end) range covers. */
const slice = (text: string, start: number, end: number) => text.slice(start, end);

describe("parseDmarc tag-list", () => {
  it("parses names, values and offsets, with whitespace around tags and `=`", () => {
    const text = "v=DMARC1;  p = quarantine ;rua=mailto:d@example.com;";
    const record = parseDmarc(text);
    expect(record.versionFirst).toBe(true);
    expect(record.tags.map((t) => [t.name, t.value, t.index])).toEqual([
      ["v", "DMARC1", 0],
      ["p", "quarantine", 1],
      ["rua", "mailto:d@example.com", 2],
    ]);
    const p = record.tags[1]!;
    expect(slice(text, p.start, p.end)).toBe("p = quarantine");
    expect(slice(text, p.nameStart, p.nameEnd)).toBe("p");
    expect(slice(text, p.valueStart, p.valueEnd)).toBe("quarantine");
    expect(p.start).toBe(11);
  });

  it("trims what JavaScript's \\s calls whitespace, ASCII or not, and nothing else", () => {
    // Every code unit: trimmed around a tag exactly when /\s/ matches it (the parser tests ASCII by its code).
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (c === ";" || c === "=" || c === ",") continue;
      const record = parseDmarc(`v=DMARC1;${c}p=none${c}`);
      const p = record.tags[1]!;
      expect([p.name, p.value], `U+${code.toString(16)}`).toEqual(/\s/.test(c) ? ["p", "none"] : [`${c}p`, `none${c}`]);
    }
  });

  it("keeps duplicate tags in order (OVH's example repeats adkim=r)", () => {
    const record = parseDmarc("v=DMARC1; p=none; adkim=r; aspf=s; adkim=r");
    const adkim = record.tags.filter((t) => t.key === "adkim");
    expect(adkim.map((t) => t.index)).toEqual([2, 4]);
    expect(findTag(record, "adkim")).toBe(adkim[0]);
  });

  it("keeps a tag-spec without `=` as malformed, skips empty specs", () => {
    const text = "v=DMARC1;; p=none; oops ;";
    const record = parseDmarc(text);
    expect(record.tags).toHaveLength(3);
    const oops = record.tags[2]!;
    expect(oops.hasEquals).toBe(false);
    expect(oops.name).toBe("oops");
    expect(oops.value).toBe("");
    expect(slice(text, oops.start, oops.end)).toBe("oops");
    expect(findTag(record, "oops")).toBeUndefined();
  });

  it("lower-cases keys but keeps names as written", () => {
    const record = parseDmarc("v=DMARC1; P=Reject");
    expect(record.tags[1]!.name).toBe("P");
    expect(record.tags[1]!.key).toBe("p");
    expect(effectivePolicy(record).policy).toBe("reject");
  });

  it("checks that v=DMARC1 comes first, exactly", () => {
    expect(parseDmarc("p=none; v=DMARC1").versionFirst).toBe(false);
    expect(parseDmarc("v=dmarc1; p=none").versionFirst).toBe(false);
    expect(parseDmarc("V=DMARC1; p=none").versionFirst).toBe(true);
    expect(parseDmarc("v DMARC1; p=none").versionFirst).toBe(false);
    expect(parseDmarc("v = DMARC1 ; p=none").versionFirst).toBe(true);
    // RFC 7489 §6.6.3: a record that does not start with "v=" is discarded, so a blank before it voids it.
    expect(parseDmarc(" v=DMARC1; p=reject").versionFirst).toBe(false);
    expect(effectivePolicy(parseDmarc(" v=DMARC1; p=reject")).policy).toBe("none");
    expect(parseDmarc("").versionFirst).toBe(false);
    expect(parseDmarc("").tags).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const text of [";;;", "=", "==;=", "v=", "\u0000\u200b;x", "rua=,", "rua=mailto:!", "a".repeat(10_000)]) {
      expect(() => parseDmarc(text)).not.toThrow();
    }
    expect(() => parseDmarc(undefined as unknown as string)).not.toThrow();
  });

  it("parses many tags and many URIs in one pass", () => {
    const tags = parseDmarc("v=DMARC1;" + "x;".repeat(50_000)).tags;
    expect(tags).toHaveLength(50_001);
    expect(tags[50_000]!.hasEquals).toBe(false);
    const rua = findTag(parseDmarc(`v=DMARC1; rua=mailto:a@x.com${" mailto:b@x.com".repeat(20_000)}`), "rua")!.uris!;
    expect(rua.uris).toHaveLength(20_001);
    expect(rua.badSeparators).toHaveLength(20_000);
  });

  it("classifies tags by generation", () => {
    expect(["v", "p", "sp", "adkim", "aspf", "rua", "ruf", "fo"].map(tagKind)).toEqual(Array(8).fill("standard"));
    expect(["pct", "rf", "ri"].map(tagKind)).toEqual(["historic", "historic", "historic"]);
    expect(["np", "t", "psd"].map(tagKind)).toEqual(["dmarcbis", "dmarcbis", "dmarcbis"]);
    expect(tagKind("rue")).toBe("unknown");
    expect(parseDmarc("v=DMARC1; pct=50").tags[1]!.kind).toBe("historic");
  });
});

describe("report URI lists", () => {
  it("splits on commas with per-URI offsets and `!size`", () => {
    const text = "v=DMARC1; p=none; rua=mailto:a@example.com , mailto:b@example.net!10m";
    const rua = parseDmarc(text).tags[2]!.uris!;
    expect(rua.badSeparators).toEqual([]);
    expect(rua.uris.map((u) => [u.scheme, u.address, u.size])).toEqual([
      ["mailto", "a@example.com", null],
      ["mailto", "b@example.net", "10m"],
    ]);
    const [a, b] = rua.uris;
    expect(slice(text, a!.start, a!.end)).toBe("mailto:a@example.com");
    expect(slice(text, a!.addressStart, a!.addressEnd)).toBe("a@example.com");
    expect(slice(text, b!.start, b!.end)).toBe("mailto:b@example.net!10m");
    expect(slice(text, b!.sizeStart, b!.sizeEnd)).toBe("!10m");
  });

  it("finds a space used as separator between two URIs", () => {
    const text = "v=DMARC1; p=none; ruf=mailto:a@x.com mailto:b@x.com";
    const ruf = parseDmarc(text).tags[2]!.uris!;
    expect(ruf.uris.map((u) => u.text)).toEqual(["mailto:a@x.com", "mailto:b@x.com"]);
    expect(ruf.badSeparators).toEqual([{ start: 36, end: 37 }]);
  });

  it("keeps a mangled address with a space as one URI", () => {
    const text = "v=DMARC1; p=quarantine; rua=mailto:[email protected]";
    const rua = findTag(parseDmarc(text), "rua")!.uris!;
    expect(rua.badSeparators).toEqual([]);
    expect(rua.uris).toHaveLength(1);
    expect(rua.uris[0]!.address).toBe("[email protected]");
    expect(isValidMailbox(rua.uris[0]!.address)).toBe(false);
  });

  it("reports a missing scheme and empty entries", () => {
    const text = "v=DMARC1; p=none; rua=dmarc@example.com,,";
    const rua = findTag(parseDmarc(text), "rua")!.uris!;
    expect(rua.uris[0]!.scheme).toBeNull();
    expect(rua.uris[0]!.address).toBe("dmarc@example.com");
    expect(rua.emptyEntries).toHaveLength(2);
    expect(findTag(parseDmarc("v=DMARC1; rua="), "rua")!.uris!.emptyEntries).toEqual([{ start: 14, end: 14 }]);
  });

  it("only parses URI lists for rua and ruf", () => {
    const record = parseDmarc("v=DMARC1; p=none; fo=1; ruf=mailto:f@example.com");
    expect(findTag(record, "fo")!.uris).toBeNull();
    expect(findTag(record, "ruf")!.uris!.uris).toHaveLength(1);
  });
});

describe("address and size checks", () => {
  it("accepts ordinary mailboxes and rejects leftovers", () => {
    expect(isValidMailbox("dmarc@example.com")).toBe(true);
    expect(isValidMailbox("dmarc+reports@sub.example.co.uk")).toBe(true);
    expect(isValidMailbox("d%2Bx@example.com")).toBe(true);
    // A comma inside an address is percent-encoded in a mailto: URI (RFC 6068 §2); receivers deliver there.
    expect(isValidMailbox("a%2Cb@example.com")).toBe(true);
    expect(isValidMailbox("<dmarc@example.com>")).toBe(false);
    expect(isValidMailbox("dmarc@example.com?subject=x")).toBe(true);
    expect(isValidMailbox("dmarc@localhost")).toBe(false);
    expect(isValidMailbox("@example.com")).toBe(false);
    expect(isValidMailbox("dmarc@")).toBe(false);
    expect(isValidMailbox("dm arc@example.com")).toBe(false);
    expect(isValidMailbox("a..b@example.com")).toBe(false);
    expect(isValidMailbox("a@-bad.example")).toBe(false);
    expect(isValidMailbox("a@example.123")).toBe(false);
    expect(isValidMailbox("a%zz@example.com")).toBe(false);
  });

  it("checks `!size` units", () => {
    expect(["10", "10k", "5M", "1g", "2t"].every(isValidReportSize)).toBe(true);
    expect(["", "k", "10x", "1.5m"].some(isValidReportSize)).toBe(false);
  });
});

describe("anchors for missing tags", () => {
  it("points at the first tag, or the whole text", () => {
    const record = parseDmarc("  v=DMARC1 ; rua=mailto:d@example.com");
    expect(headRange(record)).toEqual([2, 10]);
    expect(policyRange(record)).toEqual([2, 10]);
    expect(policyRange(parseDmarc("v=DMARC1; p=none"))).toEqual([12, 16]);
    expect(headRange(parseDmarc("   "))).toEqual([0, 3]);
  });
});

describe("effective policy", () => {
  it("falls back np → sp → p over absent tags", () => {
    const record = parseDmarc("v=DMARC1; p=reject; sp=quarantine");
    expect(effectivePolicy(record, "domain").policy).toBe("reject");
    expect(effectivePolicy(record, "subdomain").policy).toBe("quarantine");
    expect(effectivePolicy(record, "nonexistent")).toMatchObject({ policy: "quarantine", tag: { key: "sp" } });
    expect(effectivePolicy(parseDmarc("v=DMARC1; p=none; np=reject"), "nonexistent").policy).toBe("reject");
  });

  // RFC 7489 §6.6.3 step 6, RFC 9989 §4.10.1: an invalid sp= or np= makes receivers read the whole record as
  // p=none (with a valid rua=) or apply no DMARC at all: no tag falls back to another, the domain's p included.
  it("reads a record with an invalid sp or np as enforcing nothing, for the domain too", () => {
    for (const text of ["v=DMARC1; p=reject; sp=quarantine; np=bogus", "v=DMARC1; p=reject; sp=rejected; rua=mailto:d@example.com"]) {
      for (const target of ["domain", "subdomain", "nonexistent"] as const) {
        expect(effectivePolicy(parseDmarc(text), target), `${text} (${target})`).toEqual({ policy: "none", tag: null });
      }
    }
    expect(effectivePolicy(parseDmarc("v=DMARC1; p=block; sp=reject"), "subdomain")).toEqual({ policy: "none", tag: null });
  });

  // RFC 9989 §4.7 (v=): a record whose first tag is not exactly v=DMARC1 MUST be ignored.
  it("reads a record that does not start with v=DMARC1 as enforcing nothing", () => {
    for (const text of ["v=dmarc1; p=reject", "p=reject; v=DMARC1", "v=DMARC1 p=reject"]) {
      expect(effectivePolicy(parseDmarc(text)), text).toEqual({ policy: "none", tag: null });
    }
  });

  it("treats a missing or invalid p as none (RFC 9989 §4.7)", () => {
    expect(effectivePolicy(parseDmarc("v=DMARC1; rua=mailto:d@example.com"))).toEqual({ policy: "none", tag: null });
    expect(effectivePolicy(parseDmarc("v=DMARC1; p=block"))).toEqual({ policy: "none", tag: null });
  });

  it("reads policies case-insensitively and t=y", () => {
    expect(policyOf(" Quarantine ")).toBe("quarantine");
    expect(policyOf("quarantined")).toBeNull();
    expect(isTesting(parseDmarc("v=DMARC1; p=reject; t=Y"))).toBe(true);
    expect(isTesting(parseDmarc("v=DMARC1; p=reject; t=n"))).toBe(false);
  });
});

describe("ramp helpers", () => {
  it("counts days between ISO dates", () => {
    expect(daysBetween("2026-01-01", "2026-01-08")).toBe(7);
    expect(daysBetween("2026-03-01", "2026-02-27")).toBe(-2);
    expect(Number.isNaN(daysBetween("soon", "2026-01-01"))).toBe(true);
  });

  it("lists history stages, then the current record", () => {
    const decl: DmarcDecl = {
      text: { value: "v=DMARC1; p=reject", path: ["dmarc", "record"] },
      structured: false,
      since: "2026-10-01",
      history: [
        { p: "none", pct: null, t: null, since: "2026-08-01", path: ["dmarc", "history", 0] },
        { p: "Quarantine", pct: 25, t: null, since: "2026-09-01", path: ["dmarc", "history", 1] },
        { p: "block", pct: null, t: null, since: "2026-09-15", path: ["dmarc", "history", 2] },
      ],
      ttl: 3600,
      path: ["dmarc"],
    };
    expect(rampStages(decl)).toEqual([
      { policy: "none", since: "2026-08-01", historyIndex: 0 },
      { policy: "quarantine", since: "2026-09-01", historyIndex: 1 },
      { policy: null, since: "2026-09-15", historyIndex: 2 },
      { policy: "reject", since: "2026-10-01", historyIndex: null },
    ]);
  });
});
