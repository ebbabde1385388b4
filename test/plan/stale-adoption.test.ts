// The skip-adopt refusals' words (src/plan/stale-adoption.ts), shared by the Pulumi program and `plan`. A
// zone's name there comes from the stack's state or the adoption file, which no domain-file check has
// read: a terminal control in it is shown as U+XXXX, never sent raw to Pulumi's log or the terminal.
import { describe, expect, it } from "vitest";
import { readWhileDeclaredGate, unrecordedDropGate } from "../../src/plan/stale-adoption.js";

const place = { shown: "stacks/prod/maildns-adoption.json", stack: "prod" };
const hostile = "evil\u001b]0;owned\u0007.example";

describe("the skip-adopt refusals on a stale adoption file", () => {
  it("name the zone, what the update would do and what to run", () => {
    const gate = unrecordedDropGate("example.com", 3, place, []);
    expect(gate).toMatchObject({ id: "skip-adopt", domain: "example.com", tripped: true, allowed: false });
    expect(gate.reason).toBe(
      "example.com: the stack holds 3 records in this zone that no domain file declares, and this update would delete them unjudged: stacks/prod/maildns-adoption.json has no live records for it; run `maildns adopt --stack prod` first",
    );
  });

  it("show a zone name holding terminal controls as U+XXXX, in the gate's name and its reason", () => {
    for (const gate of [unrecordedDropGate(hostile, 1, place, []), readWhileDeclaredGate(hostile, { readAt: "2026-12-01T00:00:00.000Z" }, place, ["skip-adopt"])]) {
      expect(gate.domain).toBe("evilU+001B]0;ownedU+0007.example");
      expect(gate.reason?.startsWith("evilU+001B]0;ownedU+0007.example: ")).toBe(true);
      expect(gate.reason).not.toMatch(/[\u0000-\u001f]/);
    }
  });
});
