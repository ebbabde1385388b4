import { describe, expect, test } from "vitest";
import { fnv1a, inShard, parseShard, shardOf } from "../../src/plan/shard.js";

describe("--shard", () => {
  test("FNV-1a matches the published 32-bit test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  test("K/N parses with 1 ≤ K ≤ N and rejects anything else with an example", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, total: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, total: 1 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1-4", "", "1/4/2"]) expect(() => parseShard(bad)).toThrow(/K\/N/);
  });

  test("every domain lands in exactly one shard, the same on every call, whatever the list order", () => {
    const domains = Array.from({ length: 500 }, (_, i) => `d${i}.example`);
    const total = 7;
    const first = domains.map((d) => shardOf(d, total));
    const again = [...domains].reverse().map((d) => shardOf(d, total)).reverse();
    expect(again).toEqual(first);
    for (const d of domains) {
      const owners = Array.from({ length: total }, (_, k) => k + 1).filter((k) => inShard(d, { index: k, total }));
      expect(owners).toEqual([shardOf(d, total)]);
    }
    // Spread: no shard is empty or holds more than twice its share.
    const sizes = Array.from({ length: total }, (_, k) => first.filter((s) => s === k + 1).length);
    for (const size of sizes) expect(size).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan((2 * domains.length) / total);
  });

  test("a domain's shard ignores case and the trailing dot, and does not move when others are added", () => {
    expect(shardOf("Example.COM.", 5)).toBe(shardOf("example.com", 5));
    expect(shardOf("example.com", 5)).toBe((fnv1a("example.com") % 5) + 1);
    expect(inShard("anything.example", null)).toBe(true);
  });
});
