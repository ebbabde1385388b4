// One audit or plan of one domain causes at most DOMAIN_QUESTION_BUDGET distinct DNS questions; past it
// lookups fail with reason "budget" and the domain gets lint-dns-budget, instead of thousands of questions.
// (test/cli/plan-budget.test.ts counts what a plan asks a loopback server.)
import { describe, expect, it } from "vitest";
import { createZoneSource } from "../../src/dns/index.js";
import type { ObservedRRset, RecordSource, RRType, ZoneRecord } from "../../src/dns/types.js";
import { auditDomains } from "../../src/plan/audit.js";
import { DOMAIN_QUESTION_BUDGET } from "../../src/plan/budget.js";
import { planPaths } from "../../src/plan/run.js";
import { tempTree } from "../helpers/tmp.js";

const SOA = (zone: string): ZoneRecord => ({ name: zone, type: "SOA", ttl: 3600, value: `ns.${zone}. hostmaster.${zone}. 1 3600 600 86400 300` });

/** A zone whose MX set names 1,000 hosts: every host costs A, AAAA and CNAME questions in the MX rules. */
function fanOutZone(): ZoneRecord[] {
  const records: ZoneRecord[] = [SOA("fan.example"), { name: "fan.example", type: "TXT", ttl: 3600, value: "v=spf1 -all", strings: ["v=spf1 -all"] }];
  for (let i = 0; i < 1000; i++) records.push({ name: "fan.example", type: "MX", ttl: 3600, value: `${i} mx${i}.fan.example.` });
  return records;
}

/** Counts the questions that reach the source, per name/type. */
function counting(source: RecordSource): RecordSource & { asked: Set<string> } {
  const asked = new Set<string>();
  return {
    asked,
    lookup(name: string, type: RRType): Promise<ObservedRRset> {
      asked.add(`${name}/${type}`);
      return source.lookup(name, type);
    },
  };
}

describe("lint-dns-budget", () => {
  it(`an audit of a domain whose MX fans out asks at most ${DOMAIN_QUESTION_BUDGET} questions and says the rest were not asked`, async () => {
    const source = counting(createZoneSource([...fanOutZone(), SOA("quiet.example")]));
    const result = await auditDomains(["fan.example"], { sourceFor: async () => source, rulesSource: source, today: "2026-11-23" });
    expect(source.asked.size).toBeLessThanOrEqual(DOMAIN_QUESTION_BUDGET);
    const spent = result.findings.filter((f) => f.ruleId === "lint-dns-budget");
    expect(spent.map((f) => [f.level, f.domain, f.file, f.line])).toEqual([["error", "fan.example", null, 0]]);
    expect(spent[0]!.message).toMatch(/^checking fan\.example needed more than 500 DNS questions: \d+ were not asked, so the checks that needed them are incomplete/);
    expect(Number(spent[0]!.data.refused)).toBeGreaterThan(2000);
  });

  it("a domain within the budget has no such finding", async () => {
    const source = createZoneSource([SOA("small.example"), { name: "small.example", type: "MX", ttl: 3600, value: "0 ." }]);
    const result = await auditDomains(["small.example"], { sourceFor: async () => source, rulesSource: source, today: "2026-11-23" });
    expect(result.findings.filter((f) => f.ruleId === "lint-dns-budget")).toEqual([]);
  });

  it("a budget spent before the domain's own records are read leaves it not audited, reason budget", async () => {
    const source = createZoneSource(fanOutZone());
    // The default audit reads three of the domain's own records (MX, apex TXT, _dmarc TXT): two questions
    // are not enough for them.
    const result = await auditDomains(["fan.example"], { sourceFor: async () => source, rulesSource: source, today: "2026-11-23", questionBudget: 2 });
    expect(result.findings).toEqual([]);
    expect(result.failures.length).toBeGreaterThan(0);
    expect(new Set(result.failures.map((f) => f.reason))).toEqual(new Set(["budget"]));
  });

  it("plan: a budget spent before the domain's own records are read plans nothing for them, reason budget, never a create", async () => {
    const source = createZoneSource(fanOutZone());
    // The domain's own records are more than two questions (MX, apex TXT, _dmarc TXT, the SRV and CNAME it declares).
    const dir = tempTree({ "stack/fan.example.yaml": 'domain: fan.example\nmail: { provider: external }\nmx: [{ host: mx0.fan.example., priority: 0 }]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=reject"\n' });
    const result = await planPaths(["stack"], { cwd: dir, sourceFor: async () => source, rulesSource: source, today: "2026-11-23", questionBudget: 2 });
    expect(result.failures.length).toBeGreaterThan(0);
    expect(new Set(result.failures.map((f) => f.reason))).toEqual(new Set(["budget"]));
    const failed = new Set(result.failures.map((f) => `${f.name} ${f.type}`));
    expect(result.changes.filter((c) => failed.has(`${c.name} ${c.type}`))).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === "lint-dns-budget").map((f) => [f.level, f.domain, f.file, f.line, f.column])).toEqual([["error", "fan.example", "stack/fan.example.yaml", 1, 9]]);
  });
});
