import { describe, expect, it } from "vitest";
import { locate, parseSource } from "../../src/config/source.js";

const source = (text: string) => parseSource("t.yaml", new TextEncoder().encode(text));

describe("locate", () => {
  const text = [
    "# comment",
    "domain: example.com",
    'spf: "v=spf1 include:mx.ovh.com +all"',
    "mx:",
    "  - { host: 'https://mx1.mail.ovh.net', priority: 5 }",
    "  - host: mx2.mail.ovh.net.",
    "    priority: 50",
    "dmarc: >-",
    "  v=DMARC1;",
    "  p=none",
  ].join("\n");
  const s = source(text);

  it("finds values, keys and list items", () => {
    expect(locate(s, ["domain"])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 20 });
    expect(locate(s, ["domain"], undefined, true)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 7 });
    expect(locate(s, ["mx", 0, "host"])).toMatchObject({ line: 5, column: 13 });
    expect(locate(s, ["mx", 1, "priority"])).toMatchObject({ line: 7, column: 15 });
    expect(locate(s, ["mx", 1])).toMatchObject({ line: 6, column: 5 });
  });

  it("maps a character range inside quoted and plain scalars", () => {
    const start = "v=spf1 include:mx.ovh.com ".length;
    expect(locate(s, ["spf"], [start, start + 4])).toEqual({ line: 3, column: 6 + 1 + start, endLine: 3, endColumn: 6 + 1 + start + 4 });
    expect(locate(s, ["mx", 0, "host"], [0, 8])).toEqual({ line: 5, column: 14, endLine: 5, endColumn: 22 });
  });

  it("maps a range through a double-quoted scalar's escapes and folded lines to the characters that spell it", () => {
    // `a: "` and `b: "` are 4 characters: the value starts at column 5.
    const q = source(String.raw`a: "x\U0001F600y\n\x41"` + "\n" + 'b: "one\n   two  \n\n  three"\n');
    // \U0001F600 is one code point, two UTF-16 units: either unit is the ten characters of its escape.
    expect(locate(q, ["a"], [1, 3])).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 16 });
    expect(locate(q, ["a"], [3, 4])).toEqual({ line: 1, column: 16, endLine: 1, endColumn: 17 });
    expect(locate(q, ["a"], [5, 6])).toEqual({ line: 1, column: 19, endLine: 1, endColumn: 23 });
    // An empty range at the end of the value: before the closing quote.
    expect(locate(q, ["a"], [6, 6])).toEqual({ line: 1, column: 23, endLine: 1, endColumn: 23 });
    // "one two\nthree": a break folds to a space, an empty line to a line feed, indentation is dropped.
    expect(locate(q, ["b"], [4, 7])).toEqual({ line: 3, column: 4, endLine: 3, endColumn: 7 });
    expect(locate(q, ["b"], [8, 13])).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 8 });
  });

  it("maps a range through a folded block scalar: the characters on their own line", () => {
    // "v=DMARC1; p=none": `p=none` is on line 10, after the two spaces of indentation.
    expect(locate(s, ["dmarc"], [0, 3])).toEqual({ line: 9, column: 3, endLine: 9, endColumn: 6 });
    expect(locate(s, ["dmarc"], [10, 16])).toEqual({ line: 10, column: 3, endLine: 10, endColumn: 9 });
    // The space the fold reads between the lines is the line break after `v=DMARC1;`.
    expect(locate(s, ["dmarc"], [9, 10])).toEqual({ line: 9, column: 12, endLine: 10, endColumn: 1 });
  });

  it("maps ranges through literal and folded block scalars: indicators, chomping, empty and more-indented lines", () => {
    const b = source(
      [
        "lit: |",
        "  one",
        "   two",
        "fold: >+",
        "  a b",
        "",
        "  c",
        "   d",
        "  e",
        "",
        "ind: |2-",
        "     x",
        "  y",
        "seq:",
        "  - >-",
        "    p",
        "    q # not a comment",
        "next: 1",
        "",
      ].join("\n"),
    );
    // "one\n two\n": a literal keeps the more-indented line's extra space.
    expect(locate(b, ["lit"], [5, 8])).toEqual({ line: 3, column: 4, endLine: 3, endColumn: 7 });
    expect(locate(b, ["lit"], [3, 4])).toEqual({ line: 2, column: 6, endLine: 3, endColumn: 1 });
    // "a b\nc\n d\ne\n\n": the empty line reads as a line feed, the more-indented ` d` keeps its breaks.
    expect(locate(b, ["fold"], [4, 5])).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 4 });
    expect(locate(b, ["fold"], [6, 8])).toEqual({ line: 8, column: 3, endLine: 8, endColumn: 5 });
    expect(locate(b, ["fold"], [9, 10])).toEqual({ line: 9, column: 3, endLine: 9, endColumn: 4 });
    // An indentation indicator of 2: the value keeps the three spaces beyond it ("   x\ny").
    expect(locate(b, ["ind"], [3, 4])).toEqual({ line: 12, column: 6, endLine: 12, endColumn: 7 });
    expect(locate(b, ["ind"], [5, 6])).toEqual({ line: 13, column: 3, endLine: 13, endColumn: 4 });
    // In a sequence: "p q # not a comment".
    expect(locate(b, ["seq", 0], [2, 3])).toEqual({ line: 17, column: 5, endLine: 17, endColumn: 6 });
    expect(locate(b, ["seq", 0], [4, 19])).toEqual({ line: 17, column: 7, endLine: 17, endColumn: 22 });
  });

  it("maps ranges through a block scalar of a CRLF file with tabs in its lines", () => {
    const c = source("spf: |\r\n  v=spf1\ta\r\n  \t-all\r\n");
    // "v=spf1\ta\n\t-all\n": a tab is one column, a CRLF is traced to its CR.
    expect(locate(c, ["spf"], [6, 7])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 10 });
    expect(locate(c, ["spf"], [8, 10])).toEqual({ line: 2, column: 11, endLine: 3, endColumn: 4 });
    expect(locate(c, ["spf"], [10, 14])).toEqual({ line: 3, column: 4, endLine: 3, endColumn: 8 });
  });

  it("falls back to the whole scalar when its source is not its value (a multi-line plain scalar)", () => {
    const p = source("spf: v=spf1\n  a -all\n");
    expect(locate(p, ["spf"], [7, 8])).toEqual({ line: 1, column: 6, endLine: 2, endColumn: 9 });
  });

  it("points at the nearest existing ancestor for a missing path", () => {
    expect(locate(s, ["dkim", "selectors", 0])).toMatchObject({ line: 2, column: 1 });
  });
});

describe("locate in a large file: each finding costs about its own path, not the whole file", () => {
  it("2,000 keys located one by one read the tree's parent links a bounded number of times per node, and each lands on its line", () => {
    // Looking through every node for each finding made a 190 KB file of 20,000 unknown keys take 80 s.
    const n = 2000;
    const s = source(["domain: example.com", ...Array.from({ length: n }, (_, i) => `k${i}: ${i}`)].join("\n"));
    const tree = s.tree!;
    const nodes = tree.parent.length;
    let reads = 0;
    tree.parent = new Proxy(tree.parent, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (let i = 0; i < n; i++) {
      expect(locate(s, [`k${i}`], undefined, true)).toEqual({ line: i + 2, column: 1, endLine: i + 2, endColumn: 1 + `k${i}`.length });
      expect(locate(s, [`k${i}`])).toMatchObject({ line: i + 2, column: `k${i}: `.length + 1 });
    }
    expect(reads).toBeLessThanOrEqual(4 * nodes);
  });

  it("the same key in two mappings (two list items) is found in each, at its own place", () => {
    const s = source("domain: example.com\nmx:\n  - {host: a.example., priority: 10}\n  - {host: b.example., priority: 20}\n");
    expect(locate(s, ["mx", 1, "priority"])).toEqual({ line: 4, column: 34, endLine: 4, endColumn: 36 });
    expect(locate(s, ["mx", 0, "priority"])).toEqual({ line: 3, column: 34, endLine: 3, endColumn: 36 });
    expect(locate(s, ["mx", 0, "host"], undefined, true)).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 10 });
  });
});

describe("parseSource", () => {
  it("reads YAML 1.2 core types: dates stay strings, yes/no are strings", () => {
    expect(source("since: 2026-10-01\nflag: yes\nn: 5\n").value).toEqual({ since: "2026-10-01", flag: "yes", n: 5 });
  });
  it("accepts a few aliases but refuses an alias bomb", () => {
    expect(source("a: &x [1, 2]\nb: *x\n").problems).toEqual([]);
    const bomb = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 6 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(", ")}]`)].join("\n");
    expect(source(bomb).problems.map((p) => [p.ruleId, p.messageId])).toEqual([["file-syntax", "aliasBomb"]]);
  });
});
