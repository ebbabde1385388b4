import { describe, expect, it } from "vitest";
import { collectEvery, nodeGc } from "../../src/cli/full-collection.js";

describe("full collection at a steady pace", () => {
  it("collects each time the count has grown by the interval, whatever steps it grows in", () => {
    let collections = 0;
    const collect = collectEvery(2_500, () => collections++);
    for (let done = 1; done <= 10_000; done++) collect(done);
    expect(collections).toBe(4);
    const batches = collectEvery(5_000, () => collections++);
    collections = 0;
    for (const reports of [500, 4_999, 5_000, 5_400, 9_999, 10_400, 15_500]) batches(reports);
    expect(collections).toBe(3); // at 5,000, 10,400 and 15,500
  });

  it("gets Node's own collector without leaving it visible to the rest of the process", () => {
    const gc = nodeGc();
    expect(typeof gc).toBe("function");
    expect(() => gc!()).not.toThrow();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it("does nothing when the runtime gives no collector", () => {
    const collect = collectEvery(1, null);
    expect(() => collect(10)).not.toThrow();
  });
});
