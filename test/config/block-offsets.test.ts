// A block scalar's trace costs about its length whatever its header: a domain file may be 1 MB of one record,
// and an indentation indicator (`|1`) leaves the content indentation to be found. Decoding the scalar once per
// indentation tried (up to 64 times) made a 1 MB `spf: |1` take 45 s to lint. The work is counted in reads
// of the raw text (a String object behind a proxy), never timed.
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/config/source.js";
import { blockOffsets } from "../../src/config/block-offsets.js";

/** The raw text as blockOffsets reads it, and a count of the characters it reads. */
function counted(raw: string): { text: string; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(new String(raw), {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { text: proxy as unknown as string, reads: () => reads };
}

/** What the YAML parser reads for `spf:` written as `raw`. */
function parsed(raw: string): string {
  return (parseSource("t.yaml", new TextEncoder().encode(`spf: ${raw}`)).value as { spf: string }).spf;
}

describe("block scalar traces read the scalar a bounded number of times", () => {
  it("an indentation indicator with deeply indented lines: one decoding, each character where it is written", () => {
    const raw = `|1\n${`${" ".repeat(60)}v=spf1 9x\n`.repeat(2000)}`;
    const value = parsed(raw);
    // Indentation 1 (the indicator, under a key at column 0): each line keeps 59 of its spaces.
    expect(value.startsWith(`${" ".repeat(59)}v=spf1 9x\n`)).toBe(true);
    const { text, reads } = counted(raw);
    const traced = blockOffsets(text, value);
    expect(traced?.value).toBe(value);
    // The `9` of the last line: its 59 spaces and "v=spf1 " into the last line of the value.
    const at = value.length - "9x\n".length;
    expect(raw.slice(traced!.start[at]!, traced!.end[at]!)).toBe("9");
    expect(traced!.start[at]).toBe(raw.length - "9x\n".length);
    expect(reads()).toBeLessThanOrEqual(4 * raw.length);
  });

  it("a long run of empty lines before the first line of text is read once, not once per indentation", () => {
    // Lines of one space: empty under any indentation from 1 up.
    const raw = `|2\n${" \n".repeat(20000)}${" ".repeat(40)}v=spf1 9x\n`;
    const value = parsed(raw);
    expect(value).toBe(`${"\n".repeat(20000)}${" ".repeat(38)}v=spf1 9x\n`);
    const { text, reads } = counted(raw);
    const traced = blockOffsets(text, value);
    expect(traced?.value).toBe(value);
    expect(traced!.start[value.length - 3]).toBe(raw.length - "9x\n".length);
    expect(reads()).toBeLessThanOrEqual(4 * raw.length);
  });

  it("a value the parser read otherwise is not traced (the whole scalar is given instead)", () => {
    expect(blockOffsets("|\n  v=spf1\n  -all\n", "v=spf1 -all\n")).toBeNull();
    expect(blockOffsets("|2\n    v=spf1\n", "    v=spf1\n")).toBeNull();
  });
});
