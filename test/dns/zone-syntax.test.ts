// Master-file syntax beyond the basics: escaped labels, RFC 3597 generic types, unknown types,
// $GENERATE and $INCLUDE (the parser side; zone-source.test.ts reads includes from disk).
import { describe, expect, test } from "vitest";
import { canonicalName, isAtOrBelow, nameLabels, nameProblem, parentName } from "../../src/dns/names.js";
import { parseZoneFile, type IncludedFile, type ZoneParseOptions } from "../../src/dns/zone-file.js";
import { ZoneIndex } from "../../src/dns/zone-index.js";

const parse = (text: string, options: ZoneParseOptions = {}) => parseZoneFile(text, { origin: "example.com", ...options });
const brief = (text: string, options: ZoneParseOptions = {}) => {
  const result = parse(text, options);
  expect(result.errors).toEqual([]);
  return result.records.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.value}`);
};

describe("escaped characters in names (RFC 1035 §5.1, RFC 4343 §2.1)", () => {
  test('"a\\.b" is one label; the name keeps the escape in presentation form', () => {
    expect(brief("$TTL 60\na\\.b A 192.0.2.1\n")).toEqual(["a\\.b.example.com 60 A 192.0.2.1"]);
    const [record] = parse("$TTL 60\na\\.b A 192.0.2.1\n").records;
    expect(nameLabels(record!.name)).toEqual(["a\\.b", "example", "com"]);
    expect(parentName(record!.name)).toBe("example.com");
    expect(isAtOrBelow(record!.name, "example.com")).toBe(true);
    // The escaped dot is not a label boundary: "a\.example.com" is not below "example.com".
    expect(isAtOrBelow("a\\.example.com", "example.com")).toBe(false);
    expect(isAtOrBelow("a\\\\.example.com", "example.com")).toBe(true);
  });

  test("\\DDD octets: letters are read and lower-cased, special and unprintable octets stay escaped", () => {
    expect(brief("$TTL 60\n\\065\\066 A 192.0.2.1\nx\\032y A 192.0.2.2\nq\\\"\\;\\@ A 192.0.2.3\n\\046 A 192.0.2.4\n")).toEqual([
      "ab.example.com 60 A 192.0.2.1",
      "x\\032y.example.com 60 A 192.0.2.2",
      'q\\"\\;\\@.example.com 60 A 192.0.2.3',
      "\\..example.com 60 A 192.0.2.4",
    ]);
  });

  test("escapes in record data names and a final escaped dot that is not the root", () => {
    // The CNAME at a name of its own: beside the MX it would be a zone no server loads (RFC 2181 §10.1).
    expect(brief("$TTL 60\n@ MX 10 mail\\.relay\nc CNAME x\\.\nabs. A 192.0.2.9\n")).toEqual([
      "example.com 60 MX 10 mail\\.relay.example.com.",
      "c.example.com 60 CNAME x\\..example.com.",
      "abs 60 A 192.0.2.9",
    ]);
  });

  test("label lengths count octets after escapes; empty labels are errors", () => {
    expect(nameProblem(`${"\\065".repeat(63)}.example`)).toBeNull();
    expect(nameProblem(`${"\\065".repeat(64)}.example`)).toMatch(/longer than 63/);
    expect(parse("$TTL 60\na\\...b A 192.0.2.1\n").errors[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/empty label/) });
  });

  test("the index answers escaped names and keeps them apart from the dotted ones", () => {
    const index = new ZoneIndex(parse("$TTL 60\n@ SOA ns h 1 1 1 1 1\na\\.b A 192.0.2.1\na.b A 192.0.2.2\n").records);
    expect(index.query("a\\.b.example.com", "A").answers.map((r) => r.value)).toEqual(["192.0.2.1"]);
    expect(index.query("a.b.example.com", "A").answers.map((r) => r.value)).toEqual(["192.0.2.2"]);
    expect(canonicalName("A\\.B.Example.COM.")).toBe("a\\.b.example.com");
  });
});

describe("RFC 3597 generic types and data", () => {
  test("TYPEnnn with \\# data is read as the type it numbers, decoded as BIND and Knot read it", () => {
    expect(
      brief(`$TTL 60
t TYPE16 \\# 6 05 68656c6c6f
a TYPE1 \\# 4 C0000201
m TYPE15 \\# 20 000a 046d61696c076578616d706c6503636f6d00
s TYPE33 \\# 11 0000 0000 03e1 03737276 00
v6 TYPE28 \\# 16 20010db8000000000000000000000001
n TYPE2 \\# 1 00
spf TYPE99 \\# 12 0b763d73706631202d616c6c
`),
    ).toEqual([
      "t.example.com 60 TXT hello",
      "a.example.com 60 A 192.0.2.1",
      "m.example.com 60 MX 10 mail.example.com.",
      "s.example.com 60 SRV 0 0 993 srv.",
      "v6.example.com 60 AAAA 2001:db8::1",
      "n.example.com 60 NS .",
      "spf.example.com 60 SPF v=spf1 -all",
    ]);
    const [txt] = parse('$TTL 60\nt TXT \\# 8 03616263 03646566\n').records;
    expect(txt).toMatchObject({ type: "TXT", value: "abcdef", strings: ["abc", "def"] });
  });

  test("types maildns does not read keep their generic data; TYPEnnn of a known type is its mnemonic", () => {
    expect(brief("$TTL 60\nz TYPE65280 \\# 3 0102ff\ne TYPE65281 \\# 0\nc TYPE257 \\# 3 000161\nw TYPE16 \"plain\"\n")).toEqual([
      "z.example.com 60 TYPE65280 \\# 3 0102FF",
      "e.example.com 60 TYPE65281 \\# 0",
      "c.example.com 60 CAA \\# 3 000161",
      "w.example.com 60 TXT plain",
    ]);
  });

  test("generic data that does not add up is an error at its position", () => {
    const errors = parse("$TTL 60\na TYPE1 \\# 5 C0000201\nb TYPE1 \\# 3 C00002\nc TYPE16 \\# 2 0568\nd TYPE1 \\# x\ne TYPE1 \\# 1 zz\n").errors;
    expect(errors).toEqual([
      { line: 2, column: 12, message: "\\# says 5 octets but the data has 4 (RFC 3597 §5)" },
      { line: 3, column: 9, message: "the 3 octets of \\# data are not a valid A record" },
      { line: 4, column: 10, message: "the 2 octets of \\# data are not a valid TXT record" },
      { line: 5, column: 12, message: "\\# must be followed by the data length in octets (0-65535) and the data in hexadecimal (RFC 3597 §5)" },
      { line: 6, column: 14, message: '"zz" is not hexadecimal data' },
    ]);
  });

  test("an unknown mnemonic is reported with its position, never kept as a guess", () => {
    const result = parse('$TTL 60\nok A 192.0.2.1\nodd FOO 1 2 3\nnew TYPE300 "x"\nmeta TYPE255 \\# 0\nweird CLASS1 TXT "class one"\n');
    expect(result.errors).toEqual([
      { line: 3, column: 5, message: 'unknown record type "FOO": write it as TYPEnnn with its number and its data as \\# LENGTH HEX (RFC 3597 §5)' },
      { line: 4, column: 13, message: "TYPE300 is a type maildns does not know: its data must be written as \\# LENGTH HEX (RFC 3597 §5)" },
      { line: 5, column: 6, message: "ANY is not a type a zone may hold" },
    ]);
    expect(result.records.map((r) => `${r.name} ${r.type}`)).toEqual(["ok.example.com A", "weird.example.com TXT"]);
  });
});

describe("$GENERATE", () => {
  test("one record per value: $, ${offset,width,base}, steps, TTL and class in either order", () => {
    expect(
      brief(`$TTL 60
$GENERATE 1-3 host$ A 192.0.2.$
$GENERATE 1-5/2 g$ 300 IN A 192.0.2.$
$GENERATE 1-2 h$ IN 301 A 192.0.2.\${0}
$GENERATE 254-255 d\${0,5,x} CNAME t\${-250,3,o}
$GENERATE 10-11 b\${0,3,N} A 192.0.2.1
$GENERATE 16-16 i\${0,7,n} A 192.0.2.1
`),
    ).toEqual([
      "host1.example.com 60 A 192.0.2.1",
      "host2.example.com 60 A 192.0.2.2",
      "host3.example.com 60 A 192.0.2.3",
      "g1.example.com 300 A 192.0.2.1",
      "g3.example.com 300 A 192.0.2.3",
      "g5.example.com 300 A 192.0.2.5",
      "h1.example.com 301 A 192.0.2.1",
      "h2.example.com 301 A 192.0.2.2",
      "d000fe.example.com 60 CNAME t004.example.com.",
      "d000ff.example.com 60 CNAME t005.example.com.",
      "ba.0.example.com 60 A 192.0.2.1",
      "bb.0.example.com 60 A 192.0.2.1",
      "i0.1.0.0.example.com 60 A 192.0.2.1",
    ]);
  });

  test('"\\$" and "$$" are a literal dollar; a quoted rhs is read as record data after the substitution', () => {
    expect(brief('$TTL 60\n$GENERATE 7-7 t$ TXT "v=$ \\$ $$"\n')).toEqual(["t7.example.com 60 TXT v=7$$"]);
    expect(parse('$TTL 60\n$GENERATE 7-7 t$ TXT "v=$ \\$ $$"\n').records[0]?.strings).toEqual(["v=7", "$", "$"]);
  });

  test("bad ranges, modifiers and oversized ranges are errors; nothing is generated from them", () => {
    const result = parse("$TTL 60\n$GENERATE 5-1 a$ A 192.0.2.1\n$GENERATE 0-70000 a$ A 192.0.2.1\n$GENERATE 1-2 a${x} A 192.0.2.1\n$GENERATE 1-2 a$ A\n$GENERATE 1-2 a$ A 192.0.2.$$x\n");
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [2, "$GENERATE range 5-1 starts after it stops"],
      [3, "$GENERATE 0-70000 would create 70001 records; at most 65536 per directive"],
      [4, '"a${x}": a $GENERATE modifier is ${offset[,width[,base]]} with base d, o, x, X, n or N'],
      [5, "$GENERATE needs a range, an owner, a type and data: $GENERATE 1-10 host$ A 192.0.2.$"],
      [6, '"192.0.2.$x" is not an IPv4 address (in the record $GENERATE makes for 1)'],
    ]);
    expect(result.records).toEqual([]);
  });
});

describe("$INCLUDE (the parser side: the caller reads the file)", () => {
  const files: Record<string, string> = {
    "mail.inc": "$TTL 120\n@ MX 10 mx\nmx A 192.0.2.25\n",
    "sub.inc": "www A 192.0.2.80\n",
    "bad.inc": "$TTL 60\nx A nope\n",
    "loop.inc": "$INCLUDE loop.inc\n",
  };
  const include = (path: string): IncludedFile | { error: string } =>
    path in files ? { file: `zones/${path}`, id: path, text: files[path]! } : { error: `$INCLUDE ${path}: cannot read it (ENOENT)` };

  test("records of the included file use the current origin, or the one given; the includer's origin and owner come back", () => {
    const result = parse("$TTL 60\n@ A 192.0.2.1\n$INCLUDE mail.inc\n  TXT after\n$INCLUDE sub.inc shop\nlast A 192.0.2.2\n", { include, file: "zones/example.com.zone" });
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.value} ${r.file}:${r.line}`)).toEqual([
      "example.com 60 A 192.0.2.1 zones/example.com.zone:2",
      "example.com 120 MX 10 mx.example.com. zones/mail.inc:2",
      "mx.example.com 120 A 192.0.2.25 zones/mail.inc:3",
      // The previous owner is the includer's again (RFC 1035 §5.1); the $TTL of the included file stays, as in BIND.
      "example.com 120 TXT after zones/example.com.zone:4",
      "www.shop.example.com 120 A 192.0.2.80 zones/sub.inc:1",
      "last.example.com 120 A 192.0.2.2 zones/example.com.zone:6",
    ]);
  });

  test("errors in an included file name that file; unreadable files, loops and a missing reader are errors", () => {
    expect(parse("$INCLUDE bad.inc\n", { include, file: "top.zone" }).errors).toEqual([{ line: 2, column: 5, message: '"nope" is not an IPv4 address', file: "zones/bad.inc" }]);
    expect(parse("$INCLUDE missing.inc\n", { include }).errors).toEqual([{ line: 1, column: 10, message: "$INCLUDE missing.inc: cannot read it (ENOENT)" }]);
    expect(parse("$INCLUDE loop.inc\n", { include }).errors).toEqual([{ line: 1, column: 10, message: "$INCLUDE loop: zones/loop.inc is already being read", file: "zones/loop.inc" }]);
    expect(parse("$INCLUDE\n", { include }).errors).toEqual([{ line: 1, column: 1, message: "$INCLUDE needs a file name" }]);
  });
});
