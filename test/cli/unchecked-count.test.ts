// A report of the checks not made counts every lookup that failed, never fewer: the engine keeps ten findings
// per rule, message and value, so a domain past its question budget has hundreds of failed lookups behind ten
// findings. `uncheckedLookups` lists the lookups those ten name, the entry of the finding that stood for the
// rest says how many more (`more`), and plan's summary counts them all; text and Markdown say "(and N more
// like it)". Over real sockets: the bundled CLI asks the loopback server, whose log says which lookups were
// never asked.
import { describe, expect, test } from "vitest";
import { HOSTILE, HOSTILE_YAML, stack, useBudgetFixture, type PlanJson, type UncheckedJson } from "./budget-fixture.js";

const fixture = useBudgetFixture();

/** The lookups a list stands for: each entry and the `more` it counts. */
const total = (list: readonly UncheckedJson[]) => list.reduce((sum, u) => sum + 1 + (u.more ?? 0), 0);

/** The "not checked" lines of a text report, and the lookups they stand for. */
function notCheckedLines(text: string, prefix: RegExp) {
  const lines = text.split("\n").filter((l) => prefix.test(l) && / A\/AAAA lookup failed \(budget\)/.test(l));
  const more = lines.reduce((sum, l) => sum + Number(/\(and (\d+) more like it\)$/.exec(l)?.[1] ?? 0), 0);
  return { lines, total: lines.length + more };
}

/** What every JSON report must say of the hostile domain's unchecked lookups, given what the server was not asked. */
function expectEveryLookupCounted(list: readonly UncheckedJson[], notAsked: readonly string[]) {
  // Far more refused than the engine keeps findings for: the cap is what this is about.
  expect(notAsked.length).toBeGreaterThan(100);
  // The entries are as before: each names a real lookup that was not asked, once.
  expect(list.length).toBe(10);
  expect(new Set(list.map((u) => u.name)).size).toBe(list.length);
  for (const u of list) {
    expect(notAsked).toContain(u.name);
    expect(u).toMatchObject({ domain: HOSTILE, type: "A/AAAA", reason: "budget", rules: ["spf-void-lookups"] });
  }
  // ... and together with their `more` they count every lookup not asked.
  expect(list.filter((u) => u.more !== undefined).map((u) => u.more)).toEqual([notAsked.length - list.length]);
  expect(total(list)).toBe(notAsked.length);
}

describe("uncheckedLookups counts every lookup not made, past the engine's ten findings per value", () => {
  test("plan: JSON entries with their `more`, the summary, the finding's count, text and Markdown all say how many", async () => {
    const dir = stack({ [HOSTILE]: HOSTILE_YAML });
    fixture.server.resetQueries();
    const run = await fixture.plan(dir, "-f", "json");
    const notAsked = fixture.exchangesNotAsked();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expectEveryLookupCounted(json.uncheckedLookups, notAsked);
    expect(json.summary.uncheckedLookups).toBe(notAsked.length);
    // The findings behind them: the last kept one stands for the rest with its count, as in `lint`.
    const checks = json.findings.filter((f) => f.ruleId === "spf-void-lookups");
    expect(checks.reduce((sum, f) => sum + (f.count ?? 1), 0)).toBe(notAsked.length);

    // The same run in text: one line per entry, the one standing for the rest saying how many, and the summary.
    const text = await fixture.plan(dir);
    expect(text.status).toBe(1);
    const lines = notCheckedLines(text.stdout, /^ {2}! not checked /);
    expect(lines.lines.length).toBe(10);
    expect(lines.total).toBe(notAsked.length);
    expect(text.stdout).toMatch(new RegExp(`^Plan: .*; ${notAsked.length} lookups a check needed failed, so the checks are incomplete\\.$`, "m"));
    // Markdown (the Action's summary): the same lines under "Not checked".
    const markdown = await fixture.plan(dir, "-f", "markdown");
    expect(markdown.status).toBe(1);
    expect(notCheckedLines(markdown.stdout, new RegExp(`^- ${HOSTILE.replace(".", "\\.")}: `)).total).toBe(notAsked.length);
  });

  test("audit: JSON entries with their `more` and the text's line count every lookup not made", async () => {
    const dir = stack({});
    fixture.server.resetQueries();
    const run = await fixture.audit(dir, HOSTILE, "-f", "json");
    const notAsked = fixture.exchangesNotAsked();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { uncheckedLookups: UncheckedJson[]; findings: { ruleId: string; count?: number }[] };
    expectEveryLookupCounted(json.uncheckedLookups, notAsked);
    expect(json.findings.filter((f) => f.ruleId === "spf-void-lookups").reduce((sum, f) => sum + (f.count ?? 1), 0)).toBe(notAsked.length);

    const text = await fixture.audit(dir, HOSTILE);
    expect(text.status).toBe(1);
    const line = text.stdout.split("\n").find((l) => l.startsWith(`${HOSTILE}: not checked: `)) ?? "";
    const entries = line.split("; ").filter((part) => / A\/AAAA lookup failed \(budget\)/.test(part));
    expect(entries.length).toBe(10);
    const more = entries.reduce((sum, e) => sum + Number(/\(and (\d+) more like it\)$/.exec(e)?.[1] ?? 0), 0);
    expect(entries.length + more).toBe(notAsked.length);
  });
});

