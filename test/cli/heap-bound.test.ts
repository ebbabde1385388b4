// The lint's bound on its heap (src/cli/heap-bound.ts), with the heap reading and the collector given: when
// it reads, when it collects, and that a run whose live data outgrows the limit does not collect at every
// reading. The peak it keeps at 50,000 files is measured by `npm run bench`, not here.
import { describe, expect, it } from "vitest";
import { collectWhenHeapAbove } from "../../src/cli/heap-bound.js";

const MB = 1024 * 1024;

function harness(limit = 96 * MB) {
  let heap = 0;
  const events: string[] = [];
  let made = 0;
  const bound = collectWhenHeapAbove({
    limit,
    growth: 1.5,
    every: 1_000,
    heapUsed: () => {
      events.push(`read ${heap / MB}`);
      return heap;
    },
    collector: () => {
      made++;
      return () => {
        events.push("collect");
        heap = live;
      };
    },
  });
  let live = 0;
  return {
    bound,
    events,
    made: () => made,
    set: (usedMb: number, liveMb: number) => {
      heap = usedMb * MB;
      live = liveMb * MB;
    },
  };
}

describe("the lint's heap bound", () => {
  it("reads the heap once per thousand files and never collects under the limit", () => {
    const h = harness();
    h.set(80, 40);
    for (let count = 1; count <= 10_000; count++) h.bound(count);
    expect(h.events).toEqual(Array.from({ length: 10 }, () => "read 80"));
    expect(h.made()).toBe(0);
  });

  it("collects in full when the heap is over the limit, and makes the collector once", () => {
    const h = harness();
    h.set(100, 40);
    h.bound(1_000);
    h.set(120, 45);
    h.bound(1_500);
    h.bound(2_000);
    expect(h.events).toEqual(["read 100", "collect", "read 40", "read 120", "collect", "read 45"]);
    expect(h.made()).toBe(1);
  });

  it("past the limit, waits for the heap to grow half again over what the last collection left alive", () => {
    const h = harness();
    h.set(200, 150);
    h.bound(1_000);
    h.set(220, 150);
    h.bound(2_000);
    h.set(226, 150);
    h.bound(3_000);
    expect(h.events).toEqual(["read 200", "collect", "read 150", "read 220", "read 226", "collect", "read 150"]);
  });

  it("without a collector (the runtime refused one), it goes on and does not ask again", () => {
    let asked = 0;
    let reads = 0;
    const bound = collectWhenHeapAbove({
      limit: 10,
      growth: 1.5,
      every: 1,
      heapUsed: () => {
        reads++;
        return 100;
      },
      collector: () => {
        asked++;
        return null;
      },
    });
    for (let count = 1; count <= 5; count++) bound(count);
    expect(asked).toBe(1);
    expect(reads).toBe(5);
  });
});
