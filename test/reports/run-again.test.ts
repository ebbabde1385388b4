// A batch the server ends for another transaction (deadlock, serialization failure) is run again, a bounded
// number of times; every other failure ends the command at once.
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/reports/sql-error.js";
import { runAgainIfEndedForAnother } from "../../src/reports/store.js";

/** A transaction failing with each of `failures` in turn (a SQLSTATE, or an Error), then returning "stored". */
function failing(failures: (string | Error)[]): { run: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    run: async () => {
      const failure = failures[calls++];
      if (failure === undefined) return "stored";
      throw failure instanceof Error ? failure : new StoreError(`the report store failed: ${failure}`, failure);
    },
    calls: () => calls,
  };
}
const noPause = () => 0;

describe("runAgainIfEndedForAnother", () => {
  it("runs again a transaction ended by a deadlock (40P01) or a serialization failure (40001)", async () => {
    const batch = failing(["40P01", "40001", "40P01"]);
    await expect(runAgainIfEndedForAnother(batch.run, noPause)).resolves.toBe("stored");
    expect(batch.calls()).toBe(4);
  });

  it("gives up after four attempts with the last failure", async () => {
    const batch = failing(["40P01", "40P01", "40P01", "40001", "40P01"]);
    await expect(runAgainIfEndedForAnother(batch.run, noPause)).rejects.toMatchObject({ name: "StoreError", sqlState: "40001" });
    expect(batch.calls()).toBe(4);
  });

  it("ends at once on any other failure: a dropped connection, a full disk, a unique violation, an error without a state", async () => {
    const failures = [...["57P01", "53100", "23505"].map((state) => new StoreError(`the report store failed: ${state}`, state)), new StoreError("the report store failed: no state"), new Error("not the store's")];
    for (const failure of failures) {
      const batch = failing([failure]);
      await expect(runAgainIfEndedForAnother(batch.run, noPause)).rejects.toBe(failure);
      expect(batch.calls()).toBe(1);
    }
  });

  it("waits longer before each new attempt", async () => {
    const pauses: number[] = [];
    const batch = failing(["40P01", "40P01", "40P01"]);
    await runAgainIfEndedForAnother(batch.run, (attempt) => (pauses.push(attempt), 0));
    expect(pauses).toEqual([1, 2, 3]);
  });
});
