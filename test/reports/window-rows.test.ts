// Reading a domain's rollup rows as the summary statement writes them (window-rows.ts): PostgreSQL's array
// literals with every quoting case, the sums and set unions per source, and malformed text refused.
// That PostgreSQL and PGlite really write this form is the store suite's business (forEachDomain against the
// oracle, and names holding every awkward character).
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/reports/sql.js";
import { readDomainRows, readTextArray, WindowRowsError } from "../../src/reports/window-rows.js";

function elements(literal: string): { elements: string[]; end: number } {
  const out: string[] = [];
  const end = readTextArray(literal, 0, (e) => void out.push(e));
  return { elements: out, end };
}

describe("readTextArray", () => {
  it("reads empty, plain and quoted elements as array_out writes them", () => {
    expect(elements("{}")).toEqual({ elements: [], end: 2 });
    expect(elements("{google.com,Yahoo}")).toEqual({ elements: ["google.com", "Yahoo"], end: 18 });
    // Quoted: a space, a comma, braces, the word NULL, the empty string; quotes and backslashes escaped.
    expect(elements(String.raw`{"Enterprise Outlook","a,b","{x}","NULL","","say \"hi\"","back\\slash"}`).elements).toEqual([
      "Enterprise Outlook", "a,b", "{x}", "NULL", "", 'say "hi"', "back\\slash",
    ]);
    // A quoted element may hold a line break or a tab as it is.
    expect(elements('{"line\nbreak","tab\there"}').elements).toEqual(["line\nbreak", "tab\there"]);
    expect(elements("{Ünïcødé,郵便}").elements).toEqual(["Ünïcødé", "郵便"]);
  });

  it("returns the index after the literal, so that the text can go on", () => {
    const text = 'x {a,"b c"} {d}';
    const first: string[] = [];
    const end = readTextArray(text, 2, (e) => void first.push(e));
    expect(first).toEqual(["a", "b c"]);
    expect(text.slice(end)).toBe(" {d}");
  });

  it("refuses what is not an array literal: no brace, an unclosed quote or array, SQL's null, a stray character", () => {
    for (const bad of ["a,b}", '{"open', "{a,b", "{a,NULL}", '{"a"b}']) {
      expect(() => elements(bad), bad).toThrow(WindowRowsError);
    }
  });
});

describe("readDomainRows", () => {
  // Lines of three days: 192.0.2.10 has one on two of them.
  const sources = [
    "192.0.2.10 100 98 98 90 1 0 {google.com} {a.example} {a.example}",
    '192.0.2.10 50 50 50 50 0 0 {"Enterprise Outlook",google.com} {a.example,bounce.a.example} {a.example}',
    "203.0.113.5 7 0 0 0 7 2 {Yahoo} {crm.example} {}",
    "2001:db8::25 1 1 0 1 0 0 {google.com} {a.example} {}",
  ].join("\n");
  const days = { days: 3, from: "2026-11-04", to: "2026-11-14" };
  const selectors = [
    '192.0.2.10 100 98 {a.example,"sel 1"}',
    '192.0.2.10 50 50 {a.example,"sel 1"}',
    "192.0.2.10 50 0 {esp.example,s2}",
    "203.0.113.5 7 0 {crm.example,crm1}",
    // A selector whose source has no line in the window is left out.
    "198.51.100.9 4 4 {a.example,s3}",
  ].join("\n");

  it("sums each source's days, joins its sets sorted without repeats, and sums its signatures per selector", () => {
    const { totals, sources: read } = readDomainRows("a.example", days, sources, selectors);
    expect(totals).toEqual({ domain: "a.example", days: 3, from: "2026-11-04", to: "2026-11-14", messages: 158, passing: 149, dkimAligned: 148, spfAligned: 141 });
    const byIp = new Map(read.map((s) => [s.ip, s]));
    expect(byIp.get("192.0.2.10")).toEqual({
      domain: "a.example", ip: "192.0.2.10", messages: 150, passing: 148, dkimAligned: 148, spfAligned: 140, spfPassUnaligned: 1, dkimPassUnaligned: 0,
      reporters: ["Enterprise Outlook", "google.com"], spfDomains: ["a.example", "bounce.a.example"], dkimDomains: ["a.example"],
      signatures: [{ signingDomain: "a.example", selector: "sel 1", messages: 150, alignedPass: 148 }, { signingDomain: "esp.example", selector: "s2", messages: 50, alignedPass: 0 }],
    });
    expect(byIp.get("203.0.113.5")).toMatchObject({ messages: 7, passing: 0, spfPassUnaligned: 7, dkimPassUnaligned: 2, dkimDomains: [], signatures: [{ selector: "crm1", messages: 7 }] });
    expect(byIp.get("2001:db8::25")).toMatchObject({ messages: 1, signatures: [] });
    expect([...byIp.keys()].sort()).toEqual(["192.0.2.10", "2001:db8::25", "203.0.113.5"]);
  });

  it("gives the days as the store counted them, and no signatures, for a single line without selectors", () => {
    const { totals, sources: read } = readDomainRows("b.example", { days: 1, from: "2027-01-01", to: "2027-01-01" }, "192.0.2.1 5 5 5 5 0 0 {r} {b.example} {b.example}", null);
    expect(totals).toMatchObject({ days: 1, from: "2027-01-01", to: "2027-01-01", messages: 5 });
    expect(read[0]!.signatures).toEqual([]);
  });

  it("refuses sums past what a number counts exactly, as the store's fault, rather than print figures that are not the reports'", () => {
    const day = { days: 2, from: "2026-11-01", to: "2026-11-02" };
    const half = 2 ** 52;
    const line = (ip: string, n: number) => `${ip} ${n} ${n} 0 ${n} 0 0 {r} {c.example} {}`;
    expect(readDomainRows("c.example", day, [line("192.0.2.1", half), line("192.0.2.2", half - 1)].join("\n"), null).totals.messages).toBe(Number.MAX_SAFE_INTEGER);
    const over = () => readDomainRows("c.example", day, [line("192.0.2.1", half), line("192.0.2.1", half)].join("\n"), null);
    expect(over).toThrow(StoreError);
    expect(over).toThrow("the reports stored for c.example add up to more than 9007199254740991 messages in the window, more than are counted exactly: the store holds forged or broken reports (their records' counts are in report_rows)");
    const signatures = () => readDomainRows("c.example", day, line("192.0.2.1", 1), [`192.0.2.1 ${half} 0 {c.example,s1}`, `192.0.2.1 ${half} 0 {c.example,s1}`].join("\n"));
    expect(signatures).toThrow(StoreError);
  });

  it("refuses malformed rows with an error naming where", () => {
    const day = { days: 1, from: "2026-11-01", to: "2026-11-01" };
    const bad = [
      "192.0.2.1 x 5 5 5 0 0 {r} {} {}",
      "192.0.2.1 5 5 5 5 0 {r} {} {}",
      "192.0.2.1 5 5 5 5 0 0 {r} {}",
      "192.0.2.1 5 5 5 5 0 0 {r} {} {}junk",
      "192.0.2.1",
    ];
    for (const text of bad) expect(() => readDomainRows("c.example", day, text, null), text).toThrow(/malformed at character \d+/);
    expect(() => readDomainRows("c.example", day, "192.0.2.1 5 5 5 5 0 0 {r} {} {}", "192.0.2.1 5 5 {only-one}")).toThrow(WindowRowsError);
  });
});
