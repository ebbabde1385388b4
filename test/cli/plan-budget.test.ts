// `plan` gives each domain the question budget `audit` gives it (src/plan/budget.ts): a domain whose live
// records fan out past it asks no more than the budget, gets lint-dns-budget at its file's `domain:` line,
// and fails the plan, while the other domains of the stack are planned exactly as they are without it.
// Over real sockets: the bundled CLI asks the loopback test server, which counts what it was asked.
import { describe, expect, test } from "vitest";
import { DOMAIN_QUESTION_BUDGET } from "../../src/plan/budget.js";
import { HEALTHY, HEALTHY_YAML, HOSTILE, HOSTILE_YAML, PACK, stack, useBudgetFixture, type PlanJson } from "./budget-fixture.js";

/** The same pack, and lint-dns-budget off too: the checks not made still fail the plan. */
const PACK_NO_BUDGET_FINDING = `${PACK}  lint-dns-budget: off\n`;

const fixture = useBudgetFixture();
const { plan, questionsAbout } = fixture;
const ofDomain = <T extends { domain: string }>(list: readonly T[], domain: string) => list.filter((x) => x.domain === domain);

describe("maildns plan: the per-domain DNS question budget", () => {
  test("a domain whose live records fan out past the budget is cut off, reported and fails the plan; the other domain is planned as alone", async () => {
    const both = stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML });
    const alone = stack({ [HEALTHY]: HEALTHY_YAML });

    fixture.server.resetQueries();
    const run = await plan(both, "-f", "json");
    // Each distinct question the hostile domain caused, its own records and those its include reaches (the
    // budget counts distinct questions: a datagram lost and asked again on a busy machine is the same one).
    const hostileQuestions = new Set(questionsAbout(HOSTILE).map((q) => `${q.name}/${q.type}`));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expect(hostileQuestions.size).toBeGreaterThan(40);
    expect(hostileQuestions.size).toBeLessThanOrEqual(DOMAIN_QUESTION_BUDGET);

    const spent = json.findings.filter((f) => f.ruleId === "lint-dns-budget");
    expect(spent.map((f) => [f.level, f.domain, f.file, f.line, f.column])).toEqual([["error", HOSTILE, `stack/${HOSTILE}.yaml`, 1, 9]]);
    expect(spent[0]!.message).toMatch(
      new RegExp(`^checking ${HOSTILE.replace(".", "\\.")} needed more than ${DOMAIN_QUESTION_BUDGET} DNS questions: \\d+ were not asked, so the checks that needed them are incomplete`),
    );
    // The questions not asked are checks not made, never records found missing: named as such, reason "budget".
    const unchecked = ofDomain(json.uncheckedLookups, HOSTILE);
    expect(unchecked.length).toBeGreaterThan(0);
    expect(new Set(unchecked.map((u) => u.reason))).toEqual(new Set(["budget"]));
    // The summary counts every lookup not made: the entries and the more like them each stands for.
    expect(json.summary.uncheckedLookups).toBe(json.uncheckedLookups.reduce((sum, u) => sum + 1 + (u.more ?? 0), 0));
    // Every exchange has an address: no question left unasked reads as a void lookup or a record missing.
    // Besides the budget's own finding, the domain's findings are checks that say their lookup was not asked.
    const others = json.findings.filter((f) => f.domain === HOSTILE && f.ruleId !== "lint-dns-budget");
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((f) => !/^could not tell .* lookup of \S+ failed \(budget\)/.test(f.message))).toEqual([]);
    // The report is whole: every part of the contract, and the summary counting what it lists.
    expect(Object.keys(json)).toEqual(["version", "changes", "failures", "gates", "uncheckedLookups", "outsideZones", "notChecked", "removedZones", "removedZonesNotes", "otherStacksUnread", "findings", "summary"]);
    expect(json.summary).toMatchObject({ files: 2, domains: 2, changes: json.changes.length, failedLookups: 0 });

    // The healthy domain: the same plan as when it is planned alone.
    const single = await plan(alone, "-f", "json");
    expect(single.status, single.stdout).toBe(0);
    const only = JSON.parse(single.stdout) as PlanJson;
    expect(ofDomain(only.changes, HEALTHY).length).toBe(1);
    for (const key of ["changes", "failures", "gates", "uncheckedLookups", "findings"] as const) {
      expect(ofDomain(json[key] as { domain: string }[], HEALTHY)).toEqual(only[key]);
    }
  });

  test("text: the report names the domain, says its checks were cut short and what to do", async () => {
    const run = await plan(stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^stack/${HOSTILE}\\.yaml:1:9  error  checking ${HOSTILE.replace(".", "\\.")} needed more than ${DOMAIN_QUESTION_BUDGET} DNS questions: \\d+ were not asked`, "m"));
    // Under the domain, beside its changes and the lookups its checks name: what follows, and what to do.
    const section = run.stdout.slice(run.stdout.indexOf(`\n${HOSTILE}\n`));
    expect(section).toMatch(
      new RegExp(
        `^  ! not checked \\d+ DNS questions of ${HOSTILE.replace(".", "\\.")} were not asked: checking it took the budget of ${DOMAIN_QUESTION_BUDGET} a domain has, so the checks that needed them were not made\\. Look at what the domain's records point to: an MX set or SPF tree that large is a mistake or an attack\\.$`,
        "m",
      ),
    );
    expect(section).toMatch(/^  ! not checked \S+ A\/AAAA lookup failed \(budget\), needed by /m);
    // Markdown (the Action's summary): the same line under "Not checked".
    const markdown = await plan(stack({ [HOSTILE]: HOSTILE_YAML, [HEALTHY]: HEALTHY_YAML }), "-f", "markdown");
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toMatch(new RegExp(`### Not checked\\n\\n- ${HOSTILE.replace(".", "\\.")}: \\d+ DNS questions of ${HOSTILE.replace(".", "\\.")} were not asked: .* Look at what the domain's records point to`));
  });

  test("with lint-dns-budget turned off, the checks the budget cut short still fail the plan, reason budget", async () => {
    const run = await plan(stack({ [HOSTILE]: HOSTILE_YAML }, PACK_NO_BUDGET_FINDING), "-f", "json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expect(json.findings.filter((f) => f.ruleId === "lint-dns-budget")).toEqual([]);
    expect(json.uncheckedLookups.length).toBeGreaterThan(0);
    expect(new Set(json.uncheckedLookups.map((u) => `${u.domain} ${u.reason}`))).toEqual(new Set([`${HOSTILE} budget`]));
  });

  test("a file's `lint:` suppression of lint-dns-budget silences that finding as for any rule; the checks the budget cut short still fail the plan", async () => {
    const suppressed = `${HOSTILE_YAML}lint:\n  - rule: lint-dns-budget\n    reason: the include is the provider's, reviewed by hand\n`;
    const run = await plan(stack({ [HOSTILE]: suppressed }), "-f", "json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    // Silenced, and used: no unused-suppression finding pointing at the entry.
    expect(json.findings.filter((f) => f.ruleId === "lint-dns-budget" || f.ruleId.startsWith("lint-suppression-"))).toEqual([]);
    // What the budget left unasked is still a check not made: named, reason budget, and the plan fails on it.
    expect(json.uncheckedLookups.length).toBeGreaterThan(0);
    expect(new Set(json.uncheckedLookups.map((u) => `${u.domain} ${u.reason}`))).toEqual(new Set([`${HOSTILE} budget`]));
    expect(json.summary.uncheckedLookups).toBeGreaterThan(0);
    expect(json.summary.errors).toBe(0);
  });

  test("a `lint:` suppression of lint-dns-budget on a domain within its budget is reported unused, at its entry", async () => {
    const suppressed = `${HEALTHY_YAML}lint:\n  - rule: lint-dns-budget\n    reason: never needed\n`;
    const run = await plan(stack({ [HEALTHY]: suppressed }), "-f", "json");
    const json = JSON.parse(run.stdout) as PlanJson;
    const unused = json.findings.filter((f) => f.ruleId === "lint-suppression-unused");
    expect(unused.map((f) => [f.domain, f.file, f.line, f.column])).toEqual([[HEALTHY, `stack/${HEALTHY}.yaml`, 8, 5]]);
    expect(json.uncheckedLookups).toEqual([]);
  });
});
