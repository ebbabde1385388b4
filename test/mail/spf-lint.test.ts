// termTextAt names the term an SPF error lies in. A record may hold tens of thousands of bad terms, each an
// error: finding each error's term by looking through every term made a 60 KB domain file take 10 s to lint
// (a 1 MB one, most of an hour). The work is counted in reads of the terms, never timed.
import { describe, expect, it } from "vitest";
import { parseSpf } from "../../src/mail/spf.js";
import { termTextAt } from "../../src/mail/spf-lint.js";

describe("termTextAt", () => {
  it("names each error's term, reading the terms a logarithmic number of times per error", () => {
    const n = 4000;
    const record = parseSpf(`v=spf1 ${Array.from({ length: n }, (_, i) => `${i % 10}x${i}`).join(" ")} -all`);
    expect(record.errors.length).toBeGreaterThanOrEqual(n);
    let reads = 0;
    const counted = { ...record, terms: new Proxy(record.terms, { get: (target, key, receiver) => ((typeof key === "string" && /^\d+$/.test(key) ? reads++ : 0), Reflect.get(target, key, receiver)) }) };
    const named = record.errors.map((error) => termTextAt(counted, error));
    expect(named.slice(0, 3)).toEqual(["0x0", "1x1", "2x2"]);
    expect(named[n - 1]).toBe(`9x${n - 1}`);
    expect(reads).toBeLessThanOrEqual(16 * record.errors.length);
  });

  it("an error outside every term is its own text; one at a term's edges is that term's", () => {
    const record = parseSpf("v=spf1 a:example.com\t-all");
    const tab = record.errors.find((e) => record.text.slice(e.start, e.end) === "\t");
    expect(tab && termTextAt(record, tab)).toBe("\t");
    const term = record.terms[0]!;
    expect(termTextAt(record, { start: term.start, end: term.end })).toBe("a:example.com");
    expect(termTextAt(record, { start: term.end - 1, end: term.end })).toBe("a:example.com");
    expect(termTextAt(record, { start: term.end - 1, end: term.end + 1 })).toBe("m\t");
    expect(termTextAt(record, { start: 0, end: 3 })).toBe("v=s");
  });
});
