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

  it("falls back to the whole scalar when its source is not its value (folded block)", () => {
    expect(locate(s, ["dmarc"], [0, 3])).toMatchObject({ line: 8, column: 8 });
  });

  it("points at the nearest existing ancestor for a missing path", () => {
    expect(locate(s, ["dkim", "selectors", 0])).toMatchObject({ line: 2, column: 1 });
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
