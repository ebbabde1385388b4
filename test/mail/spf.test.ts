import { describe, expect, it } from "vitest";
import {
  countLookups,
  editDistance,
  firstAll,
  lookupTerms,
  parseMacroString,
  parseSpf,
  suggestMechanism,
  type SpfMechanism,
  type SpfModifier,
  type SpfRecord,
} from "../../src/mail/spf.js";

function errorsOf(record: SpfRecord) {
  return record.errors.map((error) => ({ code: error.code, at: record.text.slice(error.start, error.end) }));
}

function mechanismAt(record: SpfRecord, index: number): SpfMechanism {
  const term = record.terms[index];
  if (term?.kind !== "mechanism") throw new Error(`term ${index} is ${term?.kind}`);
  return term;
}

describe("parseSpf: valid records", () => {
  it("parses OVH's documented record with exact offsets", () => {
    const text = "v=spf1 include:mx.ovh.com ~all";
    const record = parseSpf(text);
    expect(record.errors).toEqual([]);
    expect(record.version).toEqual({ valid: true, start: 0, end: 6 });
    expect(record.terms.map((t) => [t.kind, t.name, t.start, t.end, t.text])).toEqual([
      ["mechanism", "include", 7, 25, "include:mx.ovh.com"],
      ["mechanism", "all", 26, 30, "~all"],
    ]);
    const include = mechanismAt(record, 0);
    expect(include).toMatchObject({ qualifier: "+", qualifierWritten: false, known: true, domainSpec: "mx.ovh.com", value: "mx.ovh.com", valueStart: 15 });
    expect(mechanismAt(record, 1)).toMatchObject({ qualifier: "~", qualifierWritten: true, value: null });
  });

  it("accepts runs of spaces and trailing spaces, keeping offsets exact", () => {
    const text = "v=spf1   mx    -all  ";
    const record = parseSpf(text);
    expect(record.errors).toEqual([]);
    expect(record.terms.map((t) => [t.start, t.end])).toEqual([[9, 11], [15, 19]]);
    for (const term of record.terms) expect(text.slice(term.start, term.end)).toBe(term.text);
  });

  it("accepts the bare version (v=spf1 followed by end) and any case", () => {
    expect(parseSpf("v=spf1").errors).toEqual([]);
    expect(parseSpf("v=spf1").terms).toEqual([]);
    const record = parseSpf("V=SPF1 INCLUDE:MX.OVH.COM -ALL");
    expect(record.errors).toEqual([]);
    expect(record.terms.map((t) => t.name)).toEqual(["include", "all"]);
  });

  it("reads every qualifier", () => {
    const record = parseSpf("v=spf1 +a -mx ~ptr ?all");
    expect(record.terms.map((t) => (t as SpfMechanism).qualifier)).toEqual(["+", "-", "~", "?"]);
    expect(record.errors).toEqual([]);
  });

  it("reads ip4/ip6 addresses and CIDR lengths", () => {
    const record = parseSpf("v=spf1 ip4:192.0.2.0/24 ip4:203.0.113.10 ip6:2001:db8::/32 ip6:::1 ip4:0.0.0.0/0 ip6:2001:db8::1/128 -all");
    expect(record.errors).toEqual([]);
    expect(record.terms.slice(0, 6).map((t) => [(t as SpfMechanism).ip, (t as SpfMechanism).cidr4, (t as SpfMechanism).cidr6])).toEqual([
      ["192.0.2.0", 24, null],
      ["203.0.113.10", null, null],
      ["2001:db8::", null, 32],
      ["::1", null, null],
      ["0.0.0.0", 0, null],
      ["2001:db8::1", null, 128],
    ]);
  });

  it("reads a/mx domain-specs and dual CIDR lengths", () => {
    const record = parseSpf("v=spf1 a/24//64 mx:mail.example.com/24 a//48 mx:example.com a -all");
    expect(record.errors).toEqual([]);
    expect(record.terms.slice(0, 5).map((t) => [(t as SpfMechanism).domainSpec, (t as SpfMechanism).cidr4, (t as SpfMechanism).cidr6])).toEqual([
      [null, 24, 64],
      ["mail.example.com", 24, null],
      [null, null, 48],
      ["example.com", null, null],
      [null, null, null],
    ]);
  });

  it("reads modifiers, known and unknown, with value offsets", () => {
    const text = "v=spf1 redirect=_spf.example.com exp=explain.example.com moo=cow v3.x-y_z=";
    const record = parseSpf(text);
    expect(record.errors).toEqual([]);
    const [redirect, exp, moo, odd] = record.terms as SpfModifier[];
    expect(redirect).toMatchObject({ kind: "modifier", name: "redirect", known: true, value: "_spf.example.com", valueStart: 16 });
    expect(exp).toMatchObject({ name: "exp", known: true });
    expect(moo).toMatchObject({ name: "moo", known: false, value: "cow" });
    expect(odd).toMatchObject({ name: "v3.x-y_z", known: false, value: "" });
  });

  it("accepts domain-specs with macros, escapes and trailing dots", () => {
    const record = parseSpf("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} include:%{d2}.example.com. a:%%-%_.example.com exists:%{I}.%{V}._spf.example.com -all");
    expect(record.errors).toEqual([]);
    const macros = mechanismAt(record, 0).macros;
    expect(macros.map((m) => [m.letter, m.digits, m.reverse, m.delimiters, m.start, m.end])).toEqual([
      ["i", null, true, "", 14, 19],
      ["l", 1, true, "+-", 20, 28],
      ["d", null, false, "", 34, 38],
    ]);
    expect(mechanismAt(record, 3).macros.map((m) => [m.letter, m.urlEscape])).toEqual([["i", true], ["v", true]]);
  });

  it("accepts underscores and hyphens in labels and numeric inner labels", () => {
    expect(parseSpf("v=spf1 include:_spf.google.com include:spf-1.example.co.uk a:192-0-2.example.net -all").errors).toEqual([]);
    expect(parseSpf("v=spf1 include:mx.example.123-abc -all").errors).toEqual([]);
  });
});

describe("parseSpf: version errors", () => {
  it.each([
    ["v=spf1include:mx.ovh.com ~all", "v=spf1include:mx.ovh.com"],
    ["spf2.0/pra -all", "spf2.0/pra"],
    ["v=spf2 -all", "v=spf2"],
    ["include:mx.ovh.com ~all", "include:mx.ovh.com"],
    [" v=spf1 -all", " "],
  ])("%j reports a version error at %j", (text, at) => {
    const record = parseSpf(text);
    expect(errorsOf(record)).toEqual([{ code: "version", at }]);
    expect(record.version.valid).toBe(false);
  });

  it("still reads the glued term after v=spf1 so other checks see it", () => {
    const record = parseSpf("v=spf1include:mx.ovh.com ~all");
    expect(record.version).toEqual({ valid: false, start: 0, end: 6 });
    expect(record.terms.map((t) => [t.name, t.start, t.end])).toEqual([["include", 6, 24], ["all", 25, 29]]);
  });

  it("says a tab or other white space after v=spf1 once, and reads the term after it as written", () => {
    const tab = parseSpf("v=spf1\t-all");
    expect(tab.errors.map((e) => [e.code, e.message])).toEqual([["version", "v=spf1 must be followed by a space, not U+0009"]]);
    expect(tab.terms.map((t) => [t.kind, t.name, t.start, t.end])).toEqual([["mechanism", "all", 7, 11]]);
    const lines = parseSpf("v=spf1\r\ninclude:mx.ovh.com -all");
    expect(lines.errors.map((e) => e.message)).toEqual(["v=spf1 must be followed by a space, not U+000D U+000A"]);
    expect(lines.terms.map((t) => t.name)).toEqual(["include", "all"]);
    // Nothing after the white space: the version error alone, no empty term.
    const bare = parseSpf("v=spf1\t");
    expect(bare.errors.map((e) => e.code)).toEqual(["version"]);
    expect(bare.terms).toEqual([]);
  });

  it("says a tab or other white space after a term's separating space once, and reads the term after it", () => {
    // RFC 7208 §4.5: "v=spf1 " is a version; §12: only SP separates the terms after it.
    const tab = parseSpf("v=spf1 \t-all");
    expect(tab.version.valid).toBe(true);
    expect(tab.errors.map((e) => [e.code, e.message, e.start, e.end])).toEqual([["invalid-character", "terms must be separated by spaces, not U+0009 (RFC 7208 §12)", 7, 12]]);
    expect(tab.terms.map((t) => [t.kind, t.name, t.kind === "mechanism" ? t.qualifier : null, t.start, t.end])).toEqual([["mechanism", "all", "-", 8, 12]]);
    const mixed = parseSpf("v=spf1 include:mx.ovh.com \t\u00a0\t~all");
    expect(mixed.errors.map((e) => e.message)).toEqual(["terms must be separated by spaces, not U+0009 U+00A0 (RFC 7208 §12)"]);
    expect(mixed.terms.map((t) => t.name)).toEqual(["include", "all"]);
    // Nothing after the white space: the error alone, no empty term.
    const bare = parseSpf("v=spf1 -all \t");
    expect(bare.errors.map((e) => e.code)).toEqual(["invalid-character"]);
    expect(bare.terms.map((t) => t.name)).toEqual(["all"]);
    // A second version after it is still a version out of place.
    expect(parseSpf("v=spf1 -all \tv=spf1").errors.map((e) => e.code)).toEqual(["invalid-character", "version"]);
  });

  it("says white space glued to a term (after it, or between two terms) once, at the white space, and reads the terms on both sides", () => {
    const trailing = parseSpf("v=spf1 -all\t");
    expect(trailing.errors.map((e) => [e.code, e.message, e.start, e.end])).toEqual([["invalid-character", "terms must be separated by spaces, not U+0009 (RFC 7208 §12)", 11, 12]]);
    expect(trailing.terms.map((t) => [t.kind, t.name, t.start, t.end])).toEqual([["mechanism", "all", 7, 11]]);
    const between = parseSpf("v=spf1 include:mx.ovh.com\r\n~all");
    expect(between.errors.map((e) => [e.message, e.start, e.end])).toEqual([["terms must be separated by spaces, not U+000D U+000A (RFC 7208 §12)", 25, 27]]);
    expect(between.terms.map((t) => t.name)).toEqual(["include", "all"]);
    // After "v=spf1\t" (the version's own error) a second tab is a second mistake.
    expect(parseSpf("v=spf1\t-all\t").errors.map((e) => e.code)).toEqual(["version", "invalid-character"]);
    // White space right after ":" or "=" is inside the term: the term's own character error, as before.
    const inside = parseSpf("v=spf1 a:\u00a0example.com -all");
    expect(inside.errors.map((e) => [e.message, e.start])).toEqual([["character U+00A0 is not allowed in an SPF record (visible ASCII only; write IDNs as xn-- A-labels)", 9]]);
    expect(inside.terms.map((t) => t.name)).toEqual(["a", "all"]);
    // A byte-order mark is an invisible character inside a term, not a separator: one term, as before.
    const bom = parseSpf("v=spf1 a\ufeffb -all");
    expect(bom.terms.map((t) => t.text)).toEqual(["a\ufeffb", "-all"]);
    expect(bom.errors.map((e) => e.code)).toEqual(["unexpected-argument", "invalid-character"]);
  });

  it("does not read a foreign first word as a term", () => {
    const record = parseSpf("spf2.0/pra -all");
    expect(record.terms.map((t) => t.name)).toEqual(["all"]);
  });

  it("reports an empty record and a version that is not first", () => {
    expect(errorsOf(parseSpf(""))).toEqual([{ code: "version", at: "" }]);
    expect(errorsOf(parseSpf("   "))).toEqual([{ code: "version", at: "   " }]);
    const late = parseSpf("v=spf1 -all v=spf1");
    expect(errorsOf(late)).toEqual([{ code: "version", at: "v=spf1" }]);
    expect(late.errors[0]).toMatchObject({ start: 12, end: 18 });
  });
});

describe("parseSpf: term errors", () => {
  it.each([
    ["v=spf1 !all", "bad-qualifier", "!"],
    ["v=spf1 ++all", "bad-qualifier", "++"],
    ["v=spf1 -~mx", "bad-qualifier", "-~"],
    ["v=spf1 -redirect=_spf.example.com", "bad-term", "-redirect=_spf.example.com"],
    ["v=spf1 ~exp=x.example.com", "bad-term", "~exp=x.example.com"],
    ["v=spf1 +", "bad-term", "+"],
    ["v=spf1 :mx.ovh.com", "bad-term", ":mx.ovh.com"],
    ["v=spf1 -/24", "bad-term", "-/24"],
    ["v=spf1 a://48", "missing-domain", "a://48"],
    ["v=spf1 ip:192.0.2.1", "unknown-mechanism", "ip:192.0.2.1"],
    ["v=spf1 inlcude:mx.ovh.com", "unknown-mechanism", "inlcude:mx.ovh.com"],
    ["v=spf1 mx.ovh.com", "unknown-mechanism", "mx.ovh.com"],
    ["v=spf1 include", "missing-domain", "include"],
    ["v=spf1 include:", "missing-domain", "include:"],
    ["v=spf1 exists:", "missing-domain", "exists:"],
    ["v=spf1 a:", "missing-domain", "a:"],
    ["v=spf1 mx:/24", "missing-domain", "mx:/24"],
    ["v=spf1 ptr:", "missing-domain", "ptr:"],
    ["v=spf1 redirect=", "missing-domain", "redirect="],
    ["v=spf1 exp=", "missing-domain", "exp="],
    ["v=spf1 all:example.com", "unexpected-argument", "all:example.com"],
    ["v=spf1 -all/24", "unexpected-argument", "-all/24"],
    ["v=spf1 ptr/24", "unexpected-argument", "ptr/24"],
    ["v=spf1 mx!", "unexpected-argument", "mx!"],
    ["v=spf1 include:localhost", "bad-domain", "localhost"],
    ["v=spf1 include:mx..ovh.com", "bad-domain", "mx..ovh.com"],
    ["v=spf1 include:.mx.ovh.com", "bad-domain", ".mx.ovh.com"],
    ["v=spf1 a:192.0.2.1", "bad-domain", "192.0.2.1"],
    ["v=spf1 include:mx.ovh.com/24", "bad-domain", "mx.ovh.com/24"],
    ["v=spf1 include:mx.ovh.-com", "bad-domain", "mx.ovh.-com"],
    [`v=spf1 include:${"a".repeat(64)}.example.com`, "bad-domain", `${"a".repeat(64)}.example.com`],
    ["v=spf1 redirect=192.0.2.1", "bad-domain", "192.0.2.1"],
    ["v=spf1 exists:%{i}x", "bad-domain", "%{i}x"],
    ["v=spf1 exists:%{i}.com1-", "bad-domain", "%{i}.com1-"],
    ["v=spf1 ip4:192.0.2.0/33", "invalid-cidr", "/33"],
    ["v=spf1 ip6:2001:db8::/129", "invalid-cidr", "/129"],
    ["v=spf1 ip4:192.0.2.0/024", "invalid-cidr", "/024"],
    ["v=spf1 ip4:192.0.2.0/", "invalid-cidr", "/"],
    ["v=spf1 ip6:2001:db8::/64/1", "invalid-cidr", "/64/1"],
    ["v=spf1 a/33", "invalid-cidr", "/33"],
    ["v=spf1 mx//129", "invalid-cidr", "//129"],
    ["v=spf1 a/24/64", "invalid-cidr", "/24/64"],
    ["v=spf1 mx:example.com/", "invalid-cidr", "/"],
    ["v=spf1 ip4:192.0.2.256", "invalid-ip", "192.0.2.256"],
    ["v=spf1 ip4:2001:db8::1", "invalid-ip", "2001:db8::1"],
    ["v=spf1 ip6:192.0.2.1", "invalid-ip", "192.0.2.1"],
    ["v=spf1 ip6:fe80::1%eth0", "invalid-ip", "fe80::1%eth0"],
    ["v=spf1 ip4:010.0.0.1", "invalid-ip", "010.0.0.1"],
    ["v=spf1 ip4", "invalid-ip", "ip4"],
    ["v=spf1 ip6:", "invalid-ip", "ip6:"],
    ["v=spf1 redirect=a.example.com redirect=b.example.com", "duplicate-modifier", "redirect=b.example.com"],
    ["v=spf1 exp=a.example.com EXP=b.example.com", "duplicate-modifier", "EXP=b.example.com"],
    ["v=spf1 include:mx.ovh.com\t~all", "invalid-character", "\t"],
    ["v=spf1 include:exämple.com", "invalid-character", "ä"],
    ["v=spf1 a:\u00a0example.com", "invalid-character", "\u00a0"],
  ])("%j → %s at %j", (text, code, at) => {
    const record = parseSpf(text);
    expect(errorsOf(record)).toEqual([{ code, at }]);
  });

  it("reports an emoji with its full UTF-16 width", () => {
    const record = parseSpf("v=spf1 a:😀.example.com");
    expect(record.errors[0]).toMatchObject({ code: "invalid-character", start: 9, end: 11 });
  });

  it("keeps unknown mechanisms as mechanisms with their value", () => {
    const record = parseSpf("v=spf1 ip:192.0.2.1 -all");
    expect(mechanismAt(record, 0)).toMatchObject({ name: "ip", known: false, value: "192.0.2.1", valueStart: 10 });
  });

  it("does not flag duplicate unknown modifiers (only redirect and exp are limited, §6)", () => {
    expect(parseSpf("v=spf1 moo=a moo=b -all").errors).toEqual([]);
  });

  it("collects every error in text order instead of stopping at the first", () => {
    const record = parseSpf("v=spf1 ip4:1.2.3.4/40 inlcude:x.example.com exists:%{x}.example.com !all");
    expect(record.errors.map((e) => e.code)).toEqual(["invalid-cidr", "unknown-mechanism", "macro-syntax", "bad-qualifier"]);
    expect(record.terms).toHaveLength(4);
  });
});

describe("domain-spec exactly per RFC 7208 §7.1 (macro-string, then \".\" toplabel or a macro)", () => {
  it.each(["v=spf1 a:foo:bar/baz.example.com -all", "v=spf1 mx:foo:bar/baz.example.com -all"])(
    "%j: any visible character but %% is a macro-literal, \":\" and \"/\" included: no error, only a warning that it is no host name",
    (text) => {
      const record = parseSpf(text);
      expect(record.errors).toEqual([]);
      expect(record.warnings.map((w) => w.code)).toEqual(["odd-domain"]);
    },
  );

  it.each([
    // A top label with hyphens (IDN TLDs, suite a-dash-in-toplabel), a trailing dot, underscores, a CIDR.
    "v=spf1 a:foo.example.xn--zckzah -all",
    "v=spf1 include:o.spf.example.com. ~all",
    "v=spf1 include:_spf.example.com ~all",
    "v=spf1 mx:foo.example.com/24 a:bar.example.com/24//64 -all",
    // Macros: the domain-end may be a macro (a:%{H}) or follow one.
    "v=spf1 a:%{H} exists:%{i}.%{l2r-}.user.%{d2} -all",
    "v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all",
  ])("%j has no error and no warning", (text) => {
    const record = parseSpf(text);
    expect(record.errors).toEqual([]);
    expect(record.warnings).toEqual([]);
  });

  it.each([
    ["v=spf1 a:museum", "museum"],
    ["v=spf1 a:museum.", "museum."],
    ["v=spf1 a:foo-bar -all", "foo-bar"],
    ["v=spf1 a:abc.123", "abc.123"],
    ["v=spf1 a:example.-com", "example.-com"],
    ["v=spf1 a:example.com:8080", "example.com:8080"],
    ["v=spf1 include:ip5.example.com/24 -all", "ip5.example.com/24"],
    ["v=spf1 exists:mail.example.com/24", "mail.example.com/24"],
    ["v=spf1 redirect=-all ?all", "-all"],
    ["v=spf1 exp=-all", "-all"],
  ])("%j breaks domain-end: a permerror", (text, at) => {
    expect(errorsOf(parseSpf(text))).toEqual([{ code: "bad-domain", at }]);
  });

  it("a name DNS cannot hold: permerror for include and redirect (no record there), a warning for a, mx, exists, exp", () => {
    expect(errorsOf(parseSpf("v=spf1 include:mx..ovh.com ~all"))).toEqual([{ code: "bad-domain", at: "mx..ovh.com" }]);
    expect(errorsOf(parseSpf(`v=spf1 redirect=${"a".repeat(64)}.example.com`))).toEqual([{ code: "bad-domain", at: `${"a".repeat(64)}.example.com` }]);
    const record = parseSpf(`v=spf1 a:mail.example...com a:${"a".repeat(64)}.example.com exp=x..example.com -all`);
    expect(record.errors).toEqual([]);
    expect(record.warnings.map((w) => w.code)).toEqual(["odd-domain", "odd-domain", "odd-domain"]);
  });

  it("a URL where a host belongs is valid syntax, so a warning only (live DNS then finds no record)", () => {
    const record = parseSpf("v=spf1 include:https://mx.ovh.com ~all");
    expect(record.errors).toEqual([]);
    expect(record.warnings).toMatchObject([{ code: "odd-domain", message: expect.stringContaining("a URL?") }]);
  });
});

describe("macros (§7.1)", () => {
  it.each([
    ["v=spf1 exists:%{x}.example.com", "macro-syntax", "%{x}"],
    ["v=spf1 exists:%{}.example.com", "macro-syntax", "%{}"],
    ["v=spf1 exists:%{d0}.example.com", "macro-syntax", "%{d0}"],
    ["v=spf1 exists:%{dr1}.example.com", "macro-syntax", "%{dr1}"],
    ["v=spf1 exists:%{d*}.example.com", "macro-syntax", "%{d*}"],
    ["v=spf1 exists:%{i.example.com", "macro-syntax", "%{i.example.com"],
    ["v=spf1 exists:%d.example.com", "macro-syntax", "%d"],
    ["v=spf1 exists:example.com%", "macro-syntax", "%"],
    ["v=spf1 exists:%{c}.example.com", "macro-context", "%{c}"],
    ["v=spf1 include:%{r}.example.com", "macro-context", "%{r}"],
    ["v=spf1 redirect=%{T}.example.com", "macro-context", "%{T}"],
    ["v=spf1 exp=%{c}.example.com", "macro-context", "%{c}"],
    ["v=spf1 a:%{d}.example.com/24/", "invalid-cidr", "/24/"],
    ["v=spf1 moo=%{q}", "macro-syntax", "%{q}"],
  ])("%j → %s at %j", (text, code, at) => {
    expect(errorsOf(parseSpf(text))).toEqual([{ code, at }]);
  });

  it("does not split a/mx CIDR inside a macro's delimiters", () => {
    const record = parseSpf("v=spf1 a:%{d/}.example.com/24");
    expect(record.errors).toEqual([]);
    expect(mechanismAt(record, 0)).toMatchObject({ domainSpec: "%{d/}.example.com", cidr4: 24 });
  });

  it("allows c, r and t and spaces in explanation text", () => {
    const text = "%{i} is not one of %{d}'s designated mail servers (checked by %{r} at %{t}, client %{c})";
    const parsed = parseMacroString(text, 0, "explanation");
    expect(parsed.errors).toEqual([]);
    expect(parsed.macros.map((m) => m.letter)).toEqual(["i", "d", "r", "t", "c"]);
  });

  it("does not check macro letters of unknown modifiers, which are never expanded", () => {
    expect(parseSpf("v=spf1 moo=%{c} -all").errors).toEqual([]);
  });

  it("reports macro offsets relative to the record", () => {
    const parsed = parseMacroString("a%{x}b", 10);
    expect(parsed.errors).toEqual([expect.objectContaining({ code: "macro-syntax", start: 11, end: 15 })]);
    expect(parsed.literalTailStart).toBe(5);
    expect(parseMacroString("%{d}").endsWithExpand).toBe(true);
    expect(parseMacroString("%%").endsWithExpand).toBe(true);
    expect(parseMacroString("abc").hasExpand).toBe(false);
  });

  it.each(["\n", "\r", "\u2028", "\u2029"])("a line terminator %j inside %{...} is a macro-syntax error, not a crash", (terminator) => {
    const parsed = parseMacroString(`%{d${terminator}}.example.com`, 15);
    expect(parsed.errors).toEqual([expect.objectContaining({ code: "macro-syntax", start: 15, end: 20 })]);
    const code = `U+${terminator.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    expect(parsed.errors[0]!.message).toBe(`'${code}' in '%{d${code}}' is not a delimiter; delimiters are . - + , / _ =`);
    // Through the record parser too: a term's text is checked there, the macro here.
    const record = parseSpf(`v=spf1 include:%{d${terminator}}.example.com -all`);
    expect(record.errors.map((e) => e.code)).toContain("macro-syntax");
  });
});

describe("lookupTerms / countLookups (§4.6.4)", () => {
  it("counts include, a, mx, ptr, exists and redirect, not all/ip4/ip6/exp", () => {
    const record = parseSpf("v=spf1 include:a.example.com a mx ptr exists:%{i}.x.example.com ip4:192.0.2.1 ip6:::1 exp=e.example.com redirect=r.example.com");
    expect(lookupTerms(record).map((entry) => [entry.term.name, entry.cost, entry.reachable])).toEqual([
      ["include", 1, true],
      ["a", 1, true],
      ["mx", 1, true],
      ["ptr", 1, true],
      ["exists", 1, true],
      ["redirect", 1, true],
    ]);
    expect(countLookups(record)).toBe(6);
  });

  it("does not count terms after all, nor redirect next to all", () => {
    const record = parseSpf("v=spf1 mx -all include:late.example.com redirect=r.example.com");
    expect(lookupTerms(record).map((entry) => [entry.term.name, entry.reachable])).toEqual([
      ["mx", true],
      ["include", false],
      ["redirect", false],
    ]);
    expect(countLookups(record)).toBe(1);
  });

  it("counts and follows only the first of two redirect= (the second makes the record a permerror, §6)", () => {
    const record = parseSpf("v=spf1 mx redirect=r.example.com redirect=s.example.com");
    expect(lookupTerms(record).map((entry) => [entry.term.text, entry.reachable])).toEqual([
      ["mx", true],
      ["redirect=r.example.com", true],
      ["redirect=s.example.com", false],
    ]);
    expect(countLookups(record)).toBe(2);
  });

  it("counts eleven includes as eleven", () => {
    const includes = Array.from({ length: 11 }, (_, i) => `include:s${i}.example.com`).join(" ");
    expect(countLookups(parseSpf(`v=spf1 ${includes} -all`))).toBe(11);
  });

  it("finds the first all", () => {
    expect(firstAll(parseSpf("v=spf1 -all +all"))?.start).toBe(7);
    expect(firstAll(parseSpf("v=spf1 mx"))).toBeNull();
  });
});

describe("suggestMechanism", () => {
  it.each([
    ["ip", "192.0.2.1", "ip4"],
    ["ip", "2001:db8::1", "ip6"],
    ["ipv4", null, "ip4"],
    ["IPv6", null, "ip6"],
    ["inlcude", "mx.ovh.com", "include"],
    ["includes", "mx.ovh.com", "include"],
    ["exist", "%{i}.example.com", "exists"],
    ["alll", null, "all"],
    ["mx.ovh.com", null, "include"],
    ["mxx", null, "mx"],
    ["foo", null, null],
    ["spf", null, null],
  ])("%s (%s) → %s", (name, value, expected) => {
    expect(suggestMechanism(name, value)).toBe(expected);
  });

  it("computes edit distances with transpositions", () => {
    expect(editDistance("inlcude", "include")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("parseSpf never throws", () => {
  it("survives hostile input", () => {
    const inputs = ["%", "v=spf1 %", "v=spf1 %{", "v=spf1 a:%{", "v=spf1 =", "v=spf1 ==", "v=spf1 a=", "v=spf1 \u0000", "v=spf1 " + "a ".repeat(5000), "v=spf1 ip6:" + ":".repeat(300)];
    for (const input of inputs) {
      const record = parseSpf(input);
      for (const error of record.errors) {
        expect(error.start).toBeGreaterThanOrEqual(0);
        expect(error.end).toBeLessThanOrEqual(input.length);
        expect(error.start).toBeLessThanOrEqual(error.end);
      }
    }
  });
});
