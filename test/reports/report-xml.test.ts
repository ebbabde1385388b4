// The one-pass reader against fast-xml-parser: whatever the reader accepts, the library's validator must
// accept too and its parser must read into the same tree; what the reader leaves alone goes to the library.
// Checked on the fixtures, on hand-picked edge cases, and on thousands of deterministic mutations of them.
import { describe, expect, it } from "vitest";
import { decodeXml, parseAggregateReport, readWithLibrary } from "../../src/reports/parse.js";
import { readReportXml } from "../../src/reports/report-xml.js";
import { fixture, minimalReport } from "../helpers/report-files.js";
import { mulberry32 } from "../helpers/random.js";

const FIXTURES = ["rfc7489-appendix-c.xml", "rfc9990.xml", "google.xml", "microsoft.xml", "legacy-windows-1252.xml"];

/** The library's verdict on a document the reader accepted: same tree, and well-formed. */
function expectSameAsLibrary(xml: string, tree: unknown): void {
  const library = readWithLibrary(xml);
  expect(library, xml).toEqual({ tree });
}

const TOKENS = ["<", ">", "/", "&", "&amp;", "&#65;", "&#x1F600;", "&bogus;", "&#0;", "]]>", "]", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", '"', "'", "=", " ", "\n", "\r\n", "\t", "\u00a0", "\u0001", "<a>", "</a>", "<b/>", "<b />", "< b>", "</ b>", "x:", "xmlns:", "é", "<x a='1' a='2'/>", '<x a="1"/>', "<x a=1/>", "<x a/>", "<1x/>", "<-x/>", "<x.y/>", "<p:x></p:x>", "<p:q:x/>", "<constructor/>", "<__proto__/>", "<feedback/>", "<?xml version=\"1.0\"?>"];

function mutate(xml: string, next: () => number): string {
  const at = Math.floor(next() * (xml.length + 1));
  switch (Math.floor(next() * 5)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + 1 + Math.floor(next() * 3));
    case 1:
      return xml.slice(0, at) + TOKENS[Math.floor(next() * TOKENS.length)] + xml.slice(at);
    case 2: {
      // Repeat an element: the tree turns it into an array.
      const open = xml.indexOf("<", at);
      const close = open === -1 ? -1 : xml.indexOf(">", xml.indexOf("</", open));
      return open === -1 || close === -1 ? xml : xml.slice(0, close + 1) + xml.slice(open, close + 1) + xml.slice(close + 1);
    }
    case 3:
      // Rename one tag (mismatched closing tags, prefixes).
      return xml.slice(0, at) + xml.slice(at).replace(/<(\/?)([a-z_]+)/, (_, slash: string, name: string) => `<${slash}${next() < 0.5 ? `dmarc:${name}` : `${name}x`}`);
    default:
      return xml.slice(0, at) + xml.slice(at).replace(/>([^<]*)</, (_, text: string) => `>${next() < 0.5 ? ` ${text} ` : text.toUpperCase()}<`);
  }
}

describe("the one-pass report reader", () => {
  it("reads every published shape itself, into the library's tree", () => {
    for (const name of FIXTURES) {
      const xml = decodeXml(fixture(name));
      const tree = readReportXml(xml);
      expect(tree, name).not.toBeNull();
      expectSameAsLibrary(xml, tree);
    }
  });

  it("agrees with the library on the edge cases it accepts, and leaves the others to it", () => {
    const accepted = [
      `<feedback/>`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<feedback>\r\n <a> x </a>\r\n</feedback>\r\n`,
      `<dmarc:feedback xmlns:dmarc="urn:ietf:params:xml:ns:dmarc-2.0"><dmarc:a>1</dmarc:a><b a='1' c="2"/></dmarc:feedback>`,
      `<feedback><a>Fran&#231;ois &amp; Co</a><a>second</a><a/><b></b><c>\u00a0x\u00a0</c></feedback>`,
      `<feedback><record><row><x>1</x></row></record><record/><record>  </record></feedback>`,
      `<feedback ><a >t</a ><b\n/></feedback\n>`,
      `<feedback>${"<d>".repeat(31)}x${"</d>".repeat(31)}</feedback>`,
    ];
    for (const xml of accepted) {
      const tree = readReportXml(xml);
      expect(tree, xml).not.toBeNull();
      expectSameAsLibrary(xml, tree);
    }
    const leftToTheLibrary = [
      `<feedback><!-- a comment --></feedback>`,
      `<feedback><a><![CDATA[x]]></a></feedback>`,
      `<feedback><?pi x?></feedback>`,
      `<feedback>text<a/></feedback>`,
      `<feedback><a/>text</feedback>`,
      `<feedback><a>&nbsp;</a></feedback>`,
      `<feedback><a>x]]>y</a></feedback>`,
      `<feedback a="1" a="2"/>`,
      `<feedback a="&amp;"/>`,
      `<feedback><société/></feedback>`,
      `<feedback><constructor/></feedback>`,
      `<feedback>${"<d>".repeat(32)}x${"</d>".repeat(32)}</feedback>`,
      `<feedback></feedbacks>`,
      `<feedback/><feedback/>`,
      `<feedback/>x`,
      ` <?xml version="1.0"?><feedback/>`,
      `<feedback>`,
    ];
    for (const xml of leftToTheLibrary) expect(readReportXml(xml), xml).toBeNull();
  });

  it("never accepts what the library refuses, nor reads it differently, on 6,000 mutated reports", () => {
    const seeds = [...FIXTURES.map((name) => decodeXml(fixture(name))), minimalReport("example.com", "r-1", { org: "A &amp; B" })];
    let accepted = 0;
    let left = 0;
    for (const [s, seed] of seeds.entries()) {
      const next = mulberry32(1000 + s);
      for (let i = 0; i < 1000; i++) {
        let xml = seed;
        const mutations = next() < 0.6 ? 1 : 2;
        for (let m = 0; m < mutations; m++) xml = mutate(xml, next);
        const tree = readReportXml(xml);
        if (tree === null) {
          left++;
          continue;
        }
        accepted++;
        expectSameAsLibrary(xml, tree);
      }
    }
    // Both paths are exercised (about 1,700 documents read by the reader, 4,300 left to the library).
    expect(accepted).toBeGreaterThan(1200);
    expect(left).toBeGreaterThan(3000);
  });

  it("gives the same report or the same problem whichever path reads the document", () => {
    const xml = decodeXml(fixture("google.xml"));
    const viaReader = parseAggregateReport("google.xml", xml);
    // A comment is outside the reader's shape: the library reads this copy.
    const viaLibrary = parseAggregateReport("google.xml", xml.replace("<feedback>", "<feedback><!-- via the library -->"));
    expect(readReportXml(xml.replace("<feedback>", "<feedback><!-- x -->"))).toBeNull();
    expect(viaLibrary).toEqual(viaReader);
    expect("report" in viaReader && viaReader.report.rows.length).toBeGreaterThan(0);
  });

  it("reads attribute names only where an attribute starts: a value holding 'name=' is a value, and a megabyte-long value ends", () => {
    const xml = minimalReport("example.com", "attributes").replace("<feedback>", `<feedback a="b=1" b="c=2 a=3">`);
    const tree = readReportXml(xml);
    expect(tree).not.toBeNull();
    expectSameAsLibrary(xml, tree);
    // Anyone can mail a report: one attribute of a million letters took the reader hours, each position inside
    // the value read as the start of a name. The reader reads it once (this test's bound is against that hang).
    const long = xml.replace('a="b=1"', `a="${"x".repeat(1024 * 1024)}"`);
    const outcome = parseAggregateReport("long.xml", long, { now: 1_800_000_000 });
    expect("report" in outcome && outcome.report.reportId).toBe("attributes");
  });
});
