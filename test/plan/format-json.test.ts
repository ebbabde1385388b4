// `plan -f json` is written in pieces (planJsonChunks) so a plan of thousands of domains is never one string:
// joined, the pieces must be exactly the JSON formatPlan gives, whatever the piece size.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/types.js";
import { formatPlan, planJsonChunks, type PlanReport } from "../../src/plan/format.js";

function finding(i: number): Finding {
  return { ruleId: "mx-target-not-hostname", level: "warn", message: `finding "${i}"\nsecond line`, domain: `d${i}.example`, file: `d${i}.yaml`, name: null, line: i + 1, column: 1, endLine: i + 1, endColumn: 2, messageId: "x", data: { host: `mx${i}.example.`, n: i } };
}

const summary = { files: 3, domains: 3, errors: 0, warnings: 3, infos: 0, changes: 2, create: 1, update: 1, delete: 0, failedLookups: 1, gatesRefused: 1 };
const full: PlanReport = {
  changes: [
    { domain: "d0.example", name: "_dmarc.d0.example", type: "TXT", action: "create", ttl: 3600, beforeTtl: null, before: [], after: ["v=DMARC1; p=none"] },
    { domain: "d1.example", name: "d1.example", type: "MX", action: "update", ttl: 300, beforeTtl: 600, before: ["10 a.example."], after: ["10 b.example.", "20 c.example."] },
  ],
  failures: [{ domain: "d2.example", name: "d2.example", type: "MX", reason: "timeout", detail: "no answer", server: "127.0.0.1:53" }],
  gates: [
    { id: "delete-all-mx", domain: "d0.example", name: "d0.example", tripped: false, allowed: false, reason: null },
    { id: "loosen-dmarc", domain: "d1.example", name: "_dmarc.d1.example", tripped: true, allowed: false, reason: "p=reject → p=none" },
  ],
  findings: [finding(0), finding(1), finding(2)],
  summary,
} as PlanReport;
const empty: PlanReport = { changes: [], failures: [], gates: [], findings: [], summary: { ...summary, changes: 0, create: 0, update: 0, failedLookups: 0, gatesRefused: 0 } } as PlanReport;

describe("planJsonChunks", () => {
  it.each([1, 50, 1 << 16])("joins to formatPlan's JSON, pieces of %i characters", (size) => {
    for (const report of [full, empty]) {
      const chunks = [...planJsonChunks(report, size)];
      expect(chunks.join("")).toBe(formatPlan("json", report));
      // Small pieces are written as they come: more than one for a plan with several entries.
      if (size === 1 && report === full) expect(chunks.length).toBeGreaterThan(5);
    }
  });
});
