import { domainToUnicode } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseHost, isCleanHostname, plainHostName, type HostProblemCode } from "../../src/mail/host.js";
import { mulberry32 } from "../helpers/random.js";

const codes = (text: string): HostProblemCode[] => analyseHost(text).problems.map((p) => p.code);
const spans = (text: string): [HostProblemCode, number, number, string][] =>
  analyseHost(text).problems.map((p) => [p.code, p.start, p.end, p.text]);

describe("analyseHost: valid host names", () => {
  it("accepts an absolute LDH name and reports its labels", () => {
    const a = analyseHost("mx1.mail.ovh.net.");
    expect(a.kind).toBe("hostname");
    expect(a.problems).toEqual([]);
    expect(a.trailingDot).toBe(true);
    expect(a.ascii).toBe("mx1.mail.ovh.net");
    expect(a.labels.map((l) => [l.text, l.start, l.end])).toEqual([
      ["mx1", 0, 3],
      ["mail", 4, 8],
      ["ovh", 9, 12],
      ["net", 13, 16],
    ]);
    expect(a.suggestion).toBe("mx1.mail.ovh.net.");
    expect(isCleanHostname(a)).toBe(true);
  });

  it("accepts a relative name and lower-cases the A-label form", () => {
    const a = analyseHost("MX0.Mail.OVH.net");
    expect(a.kind).toBe("hostname");
    expect(a.trailingDot).toBe(false);
    expect(a.ascii).toBe("mx0.mail.ovh.net");
    expect(a.problems).toEqual([]);
    expect(a.suggestion).toBe("mx0.mail.ovh.net.");
  });

  it("accepts a 63-character label and a 253-character name", () => {
    expect(codes(`${"a".repeat(63)}.example.com`)).toEqual([]);
    const name = [..."abcd"].map((c) => c.repeat(63)).join(".").slice(0, 253);
    expect(name.length).toBe(253);
    expect(codes(name)).toEqual([]);
    expect(codes(`${name}.`)).toEqual([]);
  });
});

describe("analyseHost: IDN", () => {
  it("reports Unicode and A-label forms", () => {
    const a = analyseHost("mail.bücher.example.");
    expect(a.kind).toBe("hostname");
    expect(a.idn).toBe(true);
    expect(a.ascii).toBe("mail.xn--bcher-kva.example");
    expect(a.unicode).toBe("mail.bücher.example");
    expect(a.problems).toEqual([]);
    expect(a.suggestion).toBe("mail.xn--bcher-kva.example.");
    expect(a.labels[1]).toEqual({ text: "bücher", ascii: "xn--bcher-kva", start: 5, end: 11 });
  });

  it("decodes an A-label written directly", () => {
    const a = analyseHost("xn--bcher-kva.example");
    expect(a.idn).toBe(true);
    expect(a.unicode).toBe("bücher.example");
    expect(a.problems).toEqual([]);
  });

  it("flags an A-label that is not valid Punycode", () => {
    expect(spans("xn--zz.example")).toEqual([["idn-invalid", 0, 6, "xn--zz"]]);
  });

  it("flags a label holding a character the conversion removes (U+00AD, U+200B): it would name another host", () => {
    // domainToASCII makes mx.exa\u00admple.net mx.example.net without a word; IDNA2008 disallows the character.
    const soft = analyseHost("mx.exa\u00admple.net.");
    expect(soft.problems.map((p) => [p.code, p.start, p.end])).toEqual([["idn-invalid", 3, 11]]);
    expect(soft.ascii).not.toBe("mx.example.net");
    expect(spans("mx.exa\u200bmple.net")).toEqual([["idn-invalid", 3, 11, "exa\u200bmple"]]);
    // Beside a letter the conversion keeps, the same.
    expect(spans("m\u00fcnchen\ufe0f.example")).toEqual([["idn-invalid", 0, 8, "m\u00fcnchen\ufe0f"]]);
  });

  it("a run of presentation-form escapes (a name read from DNS or a zone file) is one problem, not one per backslash", () => {
    // U+200B arrives from DNS as its three UTF-8 octets, escaped (RFC 1035 §5.1).
    expect(spans("mx.exa\\226\\128\\139mple.com")).toEqual([["bad-character", 6, 18, "\\226\\128\\139"]]);
    // Two runs, two problems; a single escaped character (\-) and a three-digit escape beside it, one run.
    expect(spans("a\\226\\128\\139b\\-\\065c.example").map(([code, start, end]) => [code, start, end])).toEqual([
      ["bad-character", 1, 13],
      ["bad-character", 14, 20],
    ]);
  });

  it("measures label length on the A-label form", () => {
    const label = `ü${"a".repeat(60)}`; // 61 characters, 68 as an A-label
    expect(spans(`${label}.example`)).toEqual([["label-too-long", 0, 61, label]]);
  });
});

describe("analyseHost: the Unicode form's fast path", () => {
  // Plain names skip domainToUnicode: over names at the edges of that path (A-labels, numeric and hex last
  // labels, underscores, empty labels, upper case) the Unicode form must be what domainToUnicode gives.
  const throughUrl = (ascii: string | null) => (ascii === null || ascii === "" ? ascii : domainToUnicode(ascii) || ascii);
  const EDGES = [
    "mx0.mail.ovh.net.", "ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net.", "Mail.Example.COM", "-a.example", "a-.example",
    "xn--bcher-kva.example", "XN--BCHER-KVA.example", "a.xn--zz", "xn--.example", "1.2.3.010", "a.b.1", "foo.0x10", "a.0X",
    "a.0xg", "a.1e5", "a..b", "a_b.example", "a%b.example", "localhost", "123", "mail.bücher.example",
  ];
  const FRAGMENTS = ["a", "Z", "0", "9", "-", "_", ".", "xn--", "0x", "1", "f", "ü", "%"];

  it("gives domainToUnicode's answer for edge names and generated ones", () => {
    const random = mulberry32(14);
    const generated = Array.from({ length: 2000 }, () => {
      const length = 1 + Math.floor(random() * 12);
      return Array.from({ length }, () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!).join("");
    });
    for (const name of [...EDGES, ...generated]) {
      const a = analyseHost(name);
      if (a.kind !== "hostname") continue;
      expect(a.unicode, name).toBe(throughUrl(a.ascii));
    }
  });

  it("keeps a plain name as its lower-case form", () => {
    expect(analyseHost("OVHmo1-Selector1._domainkey.1.ab.dkim.mail.ovh.net.").unicode).toBe("ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net");
  });
});

describe("analyseHost: IP literals", () => {
  it("classifies IPv4, with or without trailing dot", () => {
    const a = analyseHost("192.0.2.25");
    expect(a.kind).toBe("ipv4");
    expect(a.ascii).toBe("192.0.2.25");
    expect(spans("192.0.2.25")).toEqual([["ip-literal", 0, 10, "192.0.2.25"]]);
    expect(analyseHost("192.0.2.25.").kind).toBe("ipv4");
    expect(a.suggestion).toBeNull();
  });

  it("classifies IPv6, bare and bracketed", () => {
    expect(analyseHost("2001:db8::25").kind).toBe("ipv6");
    expect(spans("2001:db8::25")).toEqual([["ip-literal", 0, 12, "2001:db8::25"]]);
    const bracketed = analyseHost("[2001:DB8::25]:25");
    expect(bracketed.kind).toBe("ipv6");
    expect(bracketed.ascii).toBe("2001:db8::25");
    expect(bracketed.problems.map((p) => [p.code, p.start, p.end])).toEqual([
      ["ip-literal", 0, 14],
      ["port", 14, 17],
    ]);
  });

  it("tells IPv6 literals from names with one colon (a port) or several (no address)", () => {
    expect(analyseHost("::1").kind).toBe("ipv6");
    expect(spans("fe80::1%eth0")).toEqual([["ip-literal", 0, 12, "fe80::1%eth0"]]);
    expect(analyseHost("1:2").problems.map((p) => [p.code, p.start, p.end])).toEqual([["port", 1, 3]]);
    const twoColons = analyseHost("mx.example:25:26");
    expect(twoColons.kind).not.toBe("ipv6");
    expect(twoColons.problems.map((p) => p.code)).not.toContain("port");
    expect(twoColons.problems.map((p) => p.code)).not.toContain("ip-literal");
  });

  it("classifies an IPv4 literal with a port", () => {
    expect(spans("192.0.2.1:25")).toEqual([
      ["ip-literal", 0, 9, "192.0.2.1"],
      ["port", 9, 12, ":25"],
    ]);
  });
});

describe("analyseHost: decorations around the host", () => {
  it("flags the https:// of a pasted URL and suggests the host with a trailing dot", () => {
    const a = analyseHost("https://mx1.mail.ovh.net");
    expect(a.kind).toBe("hostname");
    expect(spans("https://mx1.mail.ovh.net")).toEqual([["scheme", 0, 8, "https://"]]);
    expect(a.host).toBe("mx1.mail.ovh.net");
    expect([a.hostStart, a.hostEnd]).toEqual([8, 24]);
    expect(a.suggestion).toBe("mx1.mail.ovh.net.");
  });

  it("flags scheme, user, port and path of a full URL", () => {
    const a = analyseHost("smtp://user:secret@ssl0.ovh.net:465/inbox?x=1");
    expect(a.problems.map((p) => [p.code, p.text])).toEqual([
      ["scheme", "smtp://"],
      ["at-sign", "user:secret@"],
      ["port", ":465"],
      ["path", "/inbox?x=1"],
    ]);
    expect(a.host).toBe("ssl0.ovh.net");
    expect(a.suggestion).toBe("ssl0.ovh.net.");
  });

  it("flags a trailing slash as a path", () => {
    expect(spans("mx1.mail.ovh.net/")).toEqual([["path", 16, 17, "/"]]);
  });

  it("flags a port", () => {
    const a = analyseHost("mx1.mail.ovh.net:25");
    expect(a.problems.map((p) => [p.code, p.start, p.end])).toEqual([["port", 16, 19]]);
    expect(a.suggestion).toBe("mx1.mail.ovh.net.");
  });

  it("reads `smtp:25` as a host with a port, not a scheme", () => {
    expect(codes("smtp:25")).toEqual(["port"]);
    expect(analyseHost("smtp:25").host).toBe("smtp");
  });

  it("flags an e-mail address and a mailto: URL", () => {
    expect(spans("postmaster@example.com")).toEqual([["at-sign", 0, 11, "postmaster@"]]);
    expect(analyseHost("postmaster@example.com").host).toBe("example.com");
    expect(codes("mailto:postmaster@example.com")).toEqual(["scheme", "at-sign"]);
  });

  it("flags every run of whitespace, and gives no suggestion when the core has some", () => {
    expect(spans(" mx1.mail.ovh.net. ")).toEqual([
      ["whitespace", 0, 1, " "],
      ["whitespace", 18, 19, " "],
    ]);
    expect(analyseHost(" mx1.mail.ovh.net. ").suggestion).toBe("mx1.mail.ovh.net.");
    const inner = analyseHost("10 mx1.mail.ovh.net");
    expect(inner.problems.map((p) => [p.code, p.start, p.end])).toEqual([["whitespace", 2, 3]]);
    expect(inner.suggestion).toBeNull();
  });
});

describe("analyseHost: broken names", () => {
  it("flags underscores (fine for SRV owners, not for host names)", () => {
    const a = analyseHost("_imaps._tcp.example.com");
    expect(spans("_imaps._tcp.example.com")).toEqual([
      ["underscore", 0, 1, "_"],
      ["underscore", 7, 8, "_"],
    ]);
    expect(isCleanHostname(a)).toBe(false);
    expect(isCleanHostname(a, ["underscore"])).toBe(true);
    expect(a.suggestion).toBeNull();
  });

  it("flags other characters, hyphens at label edges and empty labels", () => {
    expect(spans("mx*1.example")).toEqual([["bad-character", 2, 3, "*"]]);
    expect(spans("-mx.example-.com")).toEqual([
      ["hyphen-edge", 0, 1, "-"],
      ["hyphen-edge", 11, 12, "-"],
    ]);
    expect(spans("mx..example")).toEqual([["empty-label", 2, 4, ".."]]);
    expect(spans(".example.com")).toEqual([["empty-label", 0, 1, "."]]);
    expect(spans("example.com..")).toEqual([["empty-label", 11, 13, ".."]]);
    expect(spans("..")).toEqual([["empty-label", 0, 2, ".."]]);
    expect(spans("mx...example")).toEqual([["empty-label", 2, 5, "..."]]);
  });

  it("flags labels over 63 and names over 253 characters", () => {
    const long = "a".repeat(64);
    expect(spans(`${long}.example`)).toEqual([["label-too-long", 0, 64, long]]);
    const name = [..."abcd"].map((c) => c.repeat(63)).join(".").slice(0, 254);
    expect(codes(name)).toEqual(["name-too-long"]);
  });

  it("flags a colon that is not a port", () => {
    expect(spans("mx1:mail.example")).toEqual([["bad-character", 3, 4, ":"]]);
  });
});

describe("analyseHost: each character inside a label", () => {
  it("classifies every ASCII character, Unicode spaces and letters", () => {
    const problemsOf = (ch: string) => analyseHost(`m${ch}x.example`).problems.map((p) => `${p.code}@${p.start}-${p.end}`).join(",");
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    const expected = (ch: string): string => {
      if (/^[A-Za-z0-9.-]$/.test(ch)) return "";
      if ("\t\n\v\f\r ".includes(ch)) return "whitespace@1-2";
      if ("#/?".includes(ch)) return "path@1-11";
      if (ch === "@") return "at-sign@0-2";
      if (ch === "_") return "underscore@1-2";
      // A backslash escapes the character after it (RFC 1035 §5.1): "\\x" is one problem.
      if (ch === "\\") return "bad-character@1-3";
      return "bad-character@1-2";
    };
    for (const ch of ascii) expect(problemsOf(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(expected(ch));
    for (const ch of ["A", "Z", "a", "z", "0", "9", "-"]) expect(analyseHost(`m${ch}x.example`).ascii).toBe(`m${ch.toLowerCase()}x.example`);
    for (const ch of ["\u00a0", "\u2003", "\u3000", "\ufeff"]) expect(problemsOf(ch)).toBe("whitespace@1-2");
    const idn = (ch: string) => {
      const a = analyseHost(`m${ch}x.example`);
      return [a.ascii, a.idn, a.problems.length];
    };
    expect(idn("é")).toEqual(["xn--mx-bja.example", true, 0]);
    expect(idn("Ж")).toEqual(["xn--mx-qlc.example", true, 0]);
    expect(idn("\u{1f600}")).toEqual(["xn--mx-no82a.example", true, 0]);
  });
});

describe("plainHostName: a plain name without the analysis", () => {
  // dkim-cname-target-invalid reads a plain lower-case target as it is and analyses any other: whenever
  // plainHostName gives a name, analyseHost must find the same name with no problem but underscores.
  const cleanAscii = (text: string) => {
    const a = analyseHost(text);
    return isCleanHostname(a, ["underscore"]) ? a.ascii : null;
  };
  // Mostly what plain names are made of, with a little of everything that makes a name not plain.
  const FRAGMENTS = ["a", "z", "m", "0", "9", "-", "_", ".", ".", ".", "ab", "xn--", "0x", "1", "a".repeat(62), "Q", "..", "é", " ", ":", "/", "@", "["];

  it("gives analyseHost's name, or leaves the text to it, over edge names and generated ones", () => {
    const EDGES = [
      "ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net.", "mx0.mail.ovh.net", "a", "a.", ".", "", "-a.example", "a-.example",
      "a_.example", "_a.example", "xn--bcher-kva.example", "xn--.example", "192.0.2.1", "192.0.2.1.", "a.b.1", "foo.0x10",
      "a..b", "A.example", `${"a".repeat(63)}.example`, `${"a".repeat(64)}.example`, `${"a.".repeat(126)}ab`, `${"a.".repeat(126)}ab.`,
      `${"a.".repeat(127)}a`, `${"a.".repeat(127)}a.`,
    ];
    const random = mulberry32(20);
    const generated = Array.from({ length: 4000 }, () => {
      const length = 1 + Math.floor(random() * 8);
      // Half the names from the first fifteen fragments only (plain material), half from all of them.
      const from = random() < 0.5 ? 15 : FRAGMENTS.length;
      return Array.from({ length }, () => FRAGMENTS[Math.floor(random() * from)]!).join("");
    });
    let plain = 0;
    for (const name of [...EDGES, ...generated]) {
      const fast = plainHostName(name);
      if (fast === null) continue;
      plain++;
      expect(fast, name).toBe(cleanAscii(name));
    }
    expect(plain).toBeGreaterThan(500);
  });

  it("reads OVH's DKIM targets without the analysis, and leaves the others to it", () => {
    expect(plainHostName("ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net.")).toBe("ovhmo1-selector1._domainkey.1.ab.dkim.mail.ovh.net");
    for (const name of ["Mail.example.", "xn--bcher-kva.example", "192.0.2.1", "mail.example:25", "a..b", `${"a".repeat(64)}.example`]) {
      expect(plainHostName(name), name).toBeNull();
    }
  });
});

describe("analyseHost: null and empty", () => {
  it("classifies '.' as the null target", () => {
    const a = analyseHost(".");
    expect(a.kind).toBe("null");
    expect(a.problems).toEqual([]);
    expect(a.suggestion).toBeNull();
  });

  it("classifies empty and blank text", () => {
    expect(analyseHost("").kind).toBe("empty");
    expect(spans("")).toEqual([["empty", 0, 0, ""]]);
    expect(analyseHost("   ").kind).toBe("empty");
    expect(codes("   ")).toEqual(["whitespace", "empty"]);
    expect(analyseHost("https://").kind).toBe("empty");
    expect(codes("https://")).toEqual(["scheme", "empty"]);
  });

  it("never throws on hostile input", () => {
    const inputs = ["\u0000", "[", "[]", "]:", "@@@", "::::", "\u202e.com", "a".repeat(100_000), "xn--", "%", "😀.example"];
    for (const input of inputs) expect(() => analyseHost(input)).not.toThrow();
    expect(analyseHost("😀.example").ascii).toBe("xn--e28h.example");
  });
});
