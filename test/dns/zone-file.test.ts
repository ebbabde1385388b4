import { describe, expect, test } from "vitest";
import { parseTtl, parseZoneFile } from "../../src/dns/zone-file.js";

const NO_ORIGIN = null;
const parse = (text: string, origin: string | null = "example.com") => parseZoneFile(text, origin === null ? {} : { origin });
const brief = (text: string) =>
  parse(text).records.map((r) => `${r.name} ${r.ttl} ${r.type} ${r.value}`);

describe("names", () => {
  test("@ is the origin, relative names get the origin, absolute names keep theirs, all lower case", () => {
    expect(
      brief(`$TTL 300
@ IN A 192.0.2.1
www IN A 192.0.2.2
Mail.Example.NET. IN A 192.0.2.3
`),
    ).toEqual(["example.com 300 A 192.0.2.1", "www.example.com 300 A 192.0.2.2", "mail.example.net 300 A 192.0.2.3"]);
  });

  test("$ORIGIN changes the origin for what follows; a relative $ORIGIN is completed by the current one", () => {
    expect(
      brief(`$TTL 60
$ORIGIN example.org.
a A 192.0.2.1
$ORIGIN sub
b A 192.0.2.2
`),
    ).toEqual(["a.example.org 60 A 192.0.2.1", "b.sub.example.org 60 A 192.0.2.2"]);
  });

  test("the reported origin is the first $ORIGIN before any record, or the option", () => {
    expect(parse("$ORIGIN example.net.\n$TTL 1\n@ A 192.0.2.1\n$ORIGIN other.test.\n").origin).toBe("example.net");
    expect(parse("$TTL 1\n@ A 192.0.2.1\n", "Example.COM.").origin).toBe("example.com");
    expect(parse("$TTL 1\nwww.example.com. A 192.0.2.1\n", NO_ORIGIN).origin).toBeNull();
  });

  test("host names in record data are completed, lower-cased and end with one dot", () => {
    expect(
      brief(`$TTL 60
@ MX 10 MX1
@ MX 20 mx2.example.net.
@ MX 0 .
www CNAME @
_imaps._tcp SRV 0 0 993 SSL0.ovh.net.
@ NS ns1
`),
    ).toEqual([
      "example.com 60 MX 10 mx1.example.com.",
      "example.com 60 MX 20 mx2.example.net.",
      "example.com 60 MX 0 .",
      "www.example.com 60 CNAME example.com.",
      "_imaps._tcp.example.com 60 SRV 0 0 993 ssl0.ovh.net.",
      "example.com 60 NS ns1.example.com.",
    ]);
  });

  test("names written absolute, plain and in lower case read as the same names as any other spelling", () => {
    const label63 = "a".repeat(63);
    expect(
      brief(`$TTL 60
Mail.Example.NET. MX 10 MX1.Example.NET.
mail.example.net. MX 20 mx1.example.net.
${label63}.example.net. CNAME ${label63}.example.org.
*.example.net. TXT "wild"
`),
    ).toEqual([
      "mail.example.net 60 MX 10 mx1.example.net.",
      "mail.example.net 60 MX 20 mx1.example.net.",
      `${label63}.example.net 60 CNAME ${label63}.example.org.`,
      "*.example.net 60 TXT wild",
    ]);
  });

  test("a plain absolute name with a label of 64 octets is refused as owner and as host (RFC 1035 §2.3.4)", () => {
    const label64 = "b".repeat(64);
    expect(parse(`$TTL 60\n${label64}. A 192.0.2.1\n`).errors).toEqual([{ line: 2, column: 1, message: `label longer than 63 octets in "${label64}"` }]);
    expect(parse(`$TTL 60\n@ MX 10 ${label64}.\n`).errors).toEqual([{ line: 2, column: 9, message: `label longer than 63 octets in "${label64}"` }]);
    const long = Array.from({ length: 5 }, () => "c".repeat(60)).join(".");
    expect(parse(`$TTL 60\n@ CNAME ${long}.\n`).errors[0]).toMatchObject({ line: 2, column: 9, message: expect.stringMatching(/name longer than 255 octets/) });
  });

  test("each record holds exactly its fields, and the records of one name share its owner", () => {
    const { records } = parseZoneFile('$TTL 60\nexample.com. MX 10 mx.example.com.\nexample.com. TXT "v=spf1 -all"\n', { origin: "example.com", file: "example.com.zone" });
    expect(records).toStrictEqual([
      { name: "example.com", type: "MX", ttl: 60, value: "10 mx.example.com.", line: 2, file: "example.com.zone" },
      { name: "example.com", type: "TXT", ttl: 60, value: "v=spf1 -all", line: 3, strings: ["v=spf1 -all"], file: "example.com.zone" },
    ]);
    expect(parse('$TTL 60\n@ TXT "a" "b"\n').records).toStrictEqual([{ name: "example.com", type: "TXT", ttl: 60, value: "ab", line: 2, strings: ["a", "b"] }]);
  });

  test("AAAA addresses are written in canonical form (RFC 5952)", () => {
    expect(brief("$TTL 60\n@ AAAA 2001:DB8:0:0:0:0:0:1\n")).toEqual(["example.com 60 AAAA 2001:db8::1"]);
  });

  test("ownerSpellings: each owner as written, absolute, its case and $ORIGIN's kept; only when asked", () => {
    const text = [
      "$TTL 60",
      '_DMARC TXT "v=DMARC1; p=none"',
      '\tTXT "a blank owner adds nothing"',
      "Mail._domainkey. MX x",
      "$ORIGIN Sub",
      "@ A 192.0.2.1",
      "WWW A 192.0.2.2",
      "$GENERATE 1-2 Host$ A 192.0.2.$",
      "_dmarc.EXAMPLE.com. TXT v=DMARC1",
    ].join("\n");
    const parsed = parseZoneFile(text, { origin: "example.com", ownerSpellings: true });
    // The MX entry is in error (no host), yet names its owner; $GENERATE's owners are not written ones.
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.ownerSpellings).toEqual(["_DMARC.example.com", "Mail._domainkey", "Sub.example.com", "WWW.Sub.example.com", "_dmarc.EXAMPLE.com"]);
    expect(parsed.records.map((r) => r.name)).toContain("_dmarc.example.com");
    expect(parseZoneFile(text, { origin: "example.com" })).not.toHaveProperty("ownerSpellings");
  });
});

describe("omitted fields", () => {
  test("a line starting with blank space reuses the previous owner", () => {
    expect(
      brief(`$TTL 60
mail A 192.0.2.1
     AAAA 2001:db8::1
	TXT "tab-indented"
`),
    ).toEqual(["mail.example.com 60 A 192.0.2.1", "mail.example.com 60 AAAA 2001:db8::1", "mail.example.com 60 TXT tab-indented"]);
  });

  test("TTL and class may be omitted or given in either order", () => {
    expect(
      brief(`$TTL 1h
a IN 300 A 192.0.2.1
b 400 IN A 192.0.2.2
c IN A 192.0.2.3
d 500 A 192.0.2.4
e A 192.0.2.5
`),
    ).toEqual([
      "a.example.com 300 A 192.0.2.1",
      "b.example.com 400 A 192.0.2.2",
      "c.example.com 3600 A 192.0.2.3",
      "d.example.com 500 A 192.0.2.4",
      "e.example.com 3600 A 192.0.2.5",
    ]);
  });

  test("without $TTL, the last TTL given applies (RFC 1035 §5.1), then the SOA minimum", () => {
    expect(brief("a 120 A 192.0.2.1\nb A 192.0.2.2\n")).toEqual(["a.example.com 120 A 192.0.2.1", "b.example.com 120 A 192.0.2.2"]);
    expect(brief("@ SOA ns hostmaster 1 2 3 4 77\nb A 192.0.2.2\n")).toEqual([
      "example.com 77 SOA ns.example.com. hostmaster.example.com. 1 2 3 4 77",
      "b.example.com 77 A 192.0.2.2",
    ]);
  });

  test("TTLs accept BIND units", () => {
    expect(parseTtl("1h30m")).toBe(5400);
    expect(parseTtl("1W")).toBe(604800);
    expect(parseTtl("2d")).toBe(172800);
    expect(parseTtl("86400")).toBe(86400);
    expect(parseTtl("2147483648")).toBeNull();
    expect(parseTtl("1x")).toBeNull();
  });
});

describe("parentheses, comments and quoting", () => {
  test("parentheses join lines and comments inside them are ignored", () => {
    const result = parse(`$TTL 3600
@ IN SOA dns200.anycast.me. tech.ovh.net. ( 2024010101 ; serial
          86400      ; refresh
          3600 3600000
          300 )
  IN NS dns200.anycast.me.
`);
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.value)).toEqual([
      "dns200.anycast.me. tech.ovh.net. 2024010101 86400 3600 3600000 300",
      "dns200.anycast.me.",
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2, 6]);
  });

  test("multi-string TXT keeps each character-string and joins them with nothing for the value", () => {
    const [record] = parse(`$TTL 60
sel._domainkey TXT ( "v=DKIM1; k=rsa; "
                     "p=MIIB" "IjAN" )
`).records;
    expect(record?.strings).toEqual(["v=DKIM1; k=rsa; ", "p=MIIB", "IjAN"]);
    expect(record?.value).toBe("v=DKIM1; k=rsa; p=MIIBIjAN");
  });

  test("quoted strings keep semicolons, parentheses and blanks; escapes give the octet", () => {
    const [record] = parse(`$TTL 60
@ TXT "v=DMARC1; p=none; (x)  y" "a\\"b" "c\\\\d" "\\059\\032e" "tab\\tx"
`).records;
    expect(record?.strings).toEqual(["v=DMARC1; p=none; (x)  y", 'a"b', "c\\d", "; e", "tabtx"]);
  });

  test("unquoted TXT words are separate character-strings; escaped blanks stay in the word", () => {
    const [record] = parse("$TTL 60\n@ TXT v=spf1 -all two\\ words\n").records;
    expect(record?.strings).toEqual(["v=spf1", "-all", "two words"]);
  });

  test("a comment after a record and comment-only or blank lines change nothing", () => {
    expect(brief("; header\n\n$TTL 60 ; default\n@ A 192.0.2.1 ; the web\n   ; indented comment\n  A 192.0.2.2\n")).toEqual([
      "example.com 60 A 192.0.2.1",
      "example.com 60 A 192.0.2.2",
    ]);
  });

  test("UTF-8 text and \\DDD octets are read as UTF-8", () => {
    const [record] = parse('$TTL 60\n@ TXT "café \\195\\169"\n').records;
    expect(record?.value).toBe("café é");
  });

  test("CRLF line ends are accepted", () => {
    expect(brief("$TTL 60\r\n@ A 192.0.2.1\r\nwww A 192.0.2.2\r\n")).toEqual(["example.com 60 A 192.0.2.1", "www.example.com 60 A 192.0.2.2"]);
  });

  test("types and classes are case-insensitive; unknown types keep their data as written", () => {
    expect(brief('$TTL 60\n@ in mx 10 mx\n@ CAA 0 issue "letsencrypt.org"\n')).toEqual([
      "example.com 60 MX 10 mx.example.com.",
      'example.com 60 CAA 0 issue "letsencrypt.org"',
    ]);
  });
});

describe("errors carry line and column and do not stop the rest", () => {
  const errorsOf = (text: string, origin: string | null = "example.com") => parse(text, origin).errors;

  test("bad record data", () => {
    const result = parse(`$TTL 60
a A 192.0.2.300
b AAAA 192.0.2.1
c MX mx.example.com.
d MX 70000 mx.example.com.
e SRV 0 0 mx.example.com.
f A 192.0.2.6
`);
    expect(result.errors).toEqual([
      { line: 2, column: 5, message: '"192.0.2.300" is not an IPv4 address' },
      { line: 3, column: 8, message: '"192.0.2.1" is not an IPv6 address' },
      { line: 4, column: 6, message: "MX takes 2 fields (preference, exchange), got 1" },
      { line: 5, column: 6, message: 'MX preference must be an integer 0-65535, got "70000"' },
      { line: 6, column: 11, message: "SRV takes 4 fields (priority, weight, port, target), got 3" },
    ]);
    expect(result.records.map((r) => r.name)).toEqual(["f.example.com"]);
  });

  test("a character-string longer than 255 octets", () => {
    const long = "a".repeat(256);
    expect(errorsOf(`$TTL 60\n@ TXT "ok" "${long}"\n`)).toEqual([
      { line: 2, column: 12, message: 'character-string of 256 octets: split it into quoted strings of at most 255 ("…" "…")' },
    ]);
    expect(errorsOf(`$TTL 60\n@ TXT "${"b".repeat(255)}"\n`)).toEqual([]);
  });

  test("unterminated quotes and parentheses", () => {
    expect(errorsOf('$TTL 60\n@ TXT "open\nwww A 192.0.2.1\n')).toEqual([{ line: 2, column: 7, message: "quoted string is not closed on this line" }]);
    expect(errorsOf("$TTL 60\n@ SOA ns host ( 1 2 3\n 4 5\n")).toEqual([{ line: 2, column: 15, message: '"(" is never closed' }]);
    expect(errorsOf("$TTL 60\n@ A 192.0.2.1 )\n")).toEqual([{ line: 2, column: 15, message: 'unbalanced ")"' }]);
  });

  test("names that cannot be resolved or are too long", () => {
    expect(errorsOf("$TTL 60\nwww A 192.0.2.1\n", NO_ORIGIN)).toEqual([
      { line: 2, column: 1, message: 'relative name "www" but the zone\'s name is not known: give --origin, add $ORIGIN, or write "www."', code: "no-origin" },
    ]);
    expect(errorsOf("$TTL 60\n@ A 192.0.2.1\n", NO_ORIGIN)[0]).toMatchObject({ message: expect.stringMatching(/"@" used but the zone's name is not known/), code: "no-origin" });
    expect(errorsOf(`$TTL 60\n${"a".repeat(64)} A 192.0.2.1\n`)[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/longer than 63/) });
    expect(errorsOf("$TTL 60\na..b A 192.0.2.1\n")[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/empty label/) });
  });

  test("records without owner, TTL or type; other classes; directives", () => {
    expect(errorsOf("  A 192.0.2.1\n")).toEqual([{ line: 1, column: 3, message: "record has no owner name and there is no previous record to take it from" }]);
    expect(errorsOf("www A 192.0.2.1\n")).toEqual([{ line: 1, column: 5, message: "no TTL for this record: give one or add $TTL at the top of the file" }]);
    expect(errorsOf("$TTL 60\nwww IN 300\n")).toEqual([{ line: 2, column: 8, message: "record has no type" }]);
    expect(errorsOf("$TTL 60\nwww CH TXT x\n")).toEqual([{ line: 2, column: 8, message: "class CH is not supported; only IN" }]);
    expect(errorsOf("$TTL 60\nwww 9999999999 A 192.0.2.1\n")).toEqual([{ line: 2, column: 5, message: "TTL \"9999999999\" is larger than 2147483647 (RFC 2181 §8)" }]);
    expect(errorsOf("$TTL forever\n")[0]).toMatchObject({ line: 1, column: 6 });
    expect(errorsOf("$INCLUDE other.zone\n")).toEqual([{ line: 1, column: 1, message: "$INCLUDE can only be read from a zone file on disk (give the file to --zone)" }]);
    expect(errorsOf("$FOO bar\n")).toEqual([{ line: 1, column: 1, message: "unknown directive $FOO" }]);
    expect(errorsOf('$TTL 60\nwww "A" 192.0.2.1\n')).toEqual([{ line: 2, column: 5, message: '"A" is not a record type' }]);
  });

  test("every error of a file is reported, in order", () => {
    const errors = errorsOf("$TTL 60\na A x\nb A y\nc A 192.0.2.3\nd AAAA z\n");
    expect(errors.map((e) => e.line)).toEqual([2, 3, 5]);
  });

  test("hostile input never throws and ends", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = ' \t\n;()"\\$@.AINTXMX0123456789abc\u0000\u00e9';
    for (let round = 0; round < 200; round++) {
      let text = "";
      for (let i = 0; i < 300; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const result = parseZoneFile(text, { origin: "example.com" });
      expect(Array.isArray(result.records)).toBe(true);
      for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("a CNAME is alone at its name (RFC 1034 §3.6.2, RFC 2181 §10.1)", () => {
  const errorsOf = (text: string) => parse(text).errors;
  const beside = (second: string, first: string, name: string, line: number, other: string) =>
    `${second} record at ${name}, beside the ${first} record at line ${line}: a name with a CNAME holds no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), so name servers refuse this zone; remove the ${other} record or the CNAME`;

  test("other data after the CNAME, or before it: an error at the second record, naming both types and the name", () => {
    expect(errorsOf('$TTL 60\nautoconfig CNAME mailconfig.ovh.net.\nautoconfig TXT "hello"\n')).toEqual([
      { line: 3, column: 1, message: beside("TXT", "CNAME", "autoconfig.example.com", 2, "TXT") },
    ]);
    expect(errorsOf("$TTL 60\nwww MX 10 mx.example.net.\nwww A 192.0.2.1\n  CNAME example.net.\n")).toEqual([
      { line: 4, column: 3, message: beside("CNAME", "MX", "www.example.com", 2, "MX") },
    ]);
    // At the apex, beside the SOA and NS every zone has there.
    expect(errorsOf("$TTL 60\n@ SOA ns h 1 1 1 1 1\n@ NS ns.example.net.\n@ CNAME example.net.\n")).toEqual([
      { line: 4, column: 1, message: beside("CNAME", "SOA", "example.com", 2, "SOA") },
    ]);
  });

  test("two CNAMEs with different targets are refused; the same one twice is one record", () => {
    expect(errorsOf("$TTL 60\nw CNAME a.example.net.\nw CNAME b.example.net.\n")).toEqual([
      { line: 3, column: 1, message: "second CNAME record at w.example.com, beside the one at line 2 (to a.example.net.): a name has one canonical name (RFC 2181 §10.1), so name servers refuse this zone; keep one of the two" },
    ]);
    expect(errorsOf("$TTL 60\nw CNAME a.example.net.\nw 120 CNAME A.Example.NET.\n")).toEqual([]);
  });

  test("DNSSEC's records beside a CNAME are no conflict, nor are names below it; one error per name", () => {
    const signed = "$TTL 60\nw CNAME a.example.net.\nw RRSIG CNAME 8 3 60 20260101000000 20250101000000 1 example.com. AAAA\nw NSEC x.example.com. CNAME RRSIG NSEC\nw KEY 512 3 8 AAAA\n";
    expect(errorsOf(signed)).toEqual([]);
    expect(errorsOf("$TTL 60\nw CNAME a.example.net.\nsub.w TXT below\n_dmarc.w TXT \"v=DMARC1; p=none\"\n")).toEqual([]);
    expect(errorsOf("$TTL 60\nw CNAME a.example.net.\nw TXT one\nw MX 1 mx.example.net.\n")).toHaveLength(1);
  });

  test("the records are kept as read (the zone is refused by whoever loads it, as for any error)", () => {
    const result = parse("$TTL 60\nw CNAME a.example.net.\nw TXT one\n");
    expect(result.records.map((r) => r.type)).toEqual(["CNAME", "TXT"]);
  });
});

describe("an OVH control-panel export", () => {
  test("parses with the zone taken from the option", () => {
    const result = parseZoneFile(
      `$TTL 3600
@\tIN SOA dns200.anycast.me. tech.ovh.net. (2026010101 86400 3600 3600000 60)
                  IN NS     dns200.anycast.me.
                  IN MX     1 mx4.mail.ovh.net.
                  600 IN TXT    "v=spf1 include:mx.ovh.com ~all"
_dmarc                    IN TXT    "v=DMARC1; p=none"
autodiscover              IN CNAME  mailconfig.ovh.net.
`,
      { origin: "example.com", file: "example.com.zone" },
    );
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => [r.name, r.type, r.ttl, r.value, r.file])).toEqual([
      ["example.com", "SOA", 3600, "dns200.anycast.me. tech.ovh.net. 2026010101 86400 3600 3600000 60", "example.com.zone"],
      ["example.com", "NS", 3600, "dns200.anycast.me.", "example.com.zone"],
      ["example.com", "MX", 3600, "1 mx4.mail.ovh.net.", "example.com.zone"],
      ["example.com", "TXT", 600, "v=spf1 include:mx.ovh.com ~all", "example.com.zone"],
      ["_dmarc.example.com", "TXT", 3600, "v=DMARC1; p=none", "example.com.zone"],
      ["autodiscover.example.com", "CNAME", 3600, "mailconfig.ovh.net.", "example.com.zone"],
    ]);
  });
});
