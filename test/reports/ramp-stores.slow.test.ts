// Issue 15's ramp scenarios end to end, on both stores: aggregate reports written as receivers send them,
// `reports ingest` into the embedded store and into a PostgreSQL server (.ci/services.sh start postgres),
// `reports evidence` from each, then the change under review (shop.example from p=quarantine to p=reject)
// through `plan --zone` and through the bundled Action. The verdicts come from what the store computed,
// not from evidence files written by hand (those are evidence-scenarios.ts, for the fast tier).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, scratchDir, ensureBundle } from "../action/run-action.js";
import { schemaName, schemaUrl } from "../helpers/pg-schemas.js";
import { minimalReport } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { rampWorkspace, TODAY } from "./evidence-scenarios.js";

const DOMAIN = "shop.example";
const DAY_MS = 86_400_000;
/** The last day with reports: the day before TODAY, as a nightly run sees it. */
const LAST_DAY = Date.parse("2026-11-22T00:00:00Z");

const passingRow = (count: number) =>
  `<record><row><source_ip>192.0.2.10</source_ip><count>${count}</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><dkim><domain>${DOMAIN}</domain><selector>ovhmo1</selector><result>pass</result></dkim><spf><domain>${DOMAIN}</domain><result>pass</result></spf></auth_results></record>`;
const failingRow = (ip: string, count: number) =>
  `<record><row><source_ip>${ip}</source_ip><count>${count}</count><policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>${DOMAIN}</header_from></identifiers><auth_results><spf><domain>crm.example</domain><result>fail</result></spf></auth_results></record>`;

interface Scenario {
  days: number;
  /** Per day: messages passing, and failing messages by source address. */
  passing: number;
  failing: (day: number) => [ip: string, count: number][];
}

// The four cases. 60% passing with its failures spread over many small senders (none above 1%);
// 99.5% over 14 days, its one failing source at 0.5%; the same over 3 days; 98% passing with one source at 2%.
const SCENARIOS: Record<string, Scenario> = {
  sixtyPercent: { days: 20, passing: 300, failing: (day) => Array.from({ length: 10 }, (_, k) => [`198.51.100.${day * 10 + k + 1}`, 20]) },
  solid: { days: 14, passing: 995, failing: () => [["203.0.113.5", 5]] },
  tooShort: { days: 3, passing: 995, failing: () => [["203.0.113.5", 5]] },
  failingSource: { days: 21, passing: 980, failing: () => [["203.0.113.5", 20]] },
};

/** One report a day from one receiver, the last on LAST_DAY, as .xml files in `inbox/`. */
function inbox(scenario: Scenario): string {
  const tree: Record<string, string> = {};
  for (let day = 0; day < scenario.days; day++) {
    const begin = (LAST_DAY - day * DAY_MS) / 1000;
    const rows = passingRow(scenario.passing) + scenario.failing(day).map(([ip, count]) => failingRow(ip, count)).join("");
    tree[`inbox/day${day}.xml`] = minimalReport(DOMAIN, `ramp-${day}`, { org: "google.com", begin, rows });
  }
  return tempTree(tree);
}

/** Ingests the scenario's reports into `store` and writes the evidence where `plan` and the Action find it. */
async function evidenceFrom(store: string, scenario: Scenario): Promise<string> {
  const reports = inbox(scenario);
  const ingest = await runCliAsync(["reports", "ingest", "--store", store, "inbox", "-q"], { cwd: reports, timeoutMs: 120_000 });
  expect(ingest.stderr).toBe("");
  expect(ingest.status).toBe(0);
  const root = scratchDir();
  const infra = join(root, "infra");
  mkdirSync(infra);
  rampWorkspace(infra, null);
  const evidence = await runCliAsync(["reports", "evidence", "--store", store, "--stack", join(infra, "stacks"), "--today", TODAY, "-q"], { cwd: reports, timeoutMs: 120_000 });
  expect(evidence.stderr).toBe("");
  expect(evidence.status).toBe(0);
  return root;
}

const plan = (root: string) => runCliAsync(["plan", "stacks", "--zone", "zones", "--today", TODAY, "-f", "text"], { cwd: join(root, "infra"), timeoutMs: 60_000 });
const action = async (root: string) => {
  const run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", today: TODAY }, { workspace: root });
  return { ...run, stdout: run.stdout.replaceAll("%25", "%") };
};
const RAMP_LINE = "stacks/shop.example.yaml:20:6  error  DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it: ";

const stores: [string, (name: string) => Promise<string>][] = [
  ["the embedded store", async (name) => join(tempTree({}), name)],
  ["a PostgreSQL server", async (name) => schemaUrl(schemaName(`ramp_${name}`))],
];

beforeAll(ensureBundle);

describe.each(stores)("the ramp scenarios from reports ingested into %s", (_, storeFor) => {
  it("60% passing: refused by plan and by the Action, the evidence line in the job summary", async () => {
    const root = await evidenceFrom(await storeFor("sixty"), SCENARIOS.sixtyPercent!);
    const run = await plan(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${RAMP_LINE}20 days of reports; 60.0% passing; no single source above the bar: many small senders fail`);
    const step = await action(root);
    expect(step.status).toBe(1);
    expect(step.stdout).toMatch(/^::error title=dmarc-ramp-evidence,file=infra\/stacks\/shop\.example\.yaml,line=20,.*20 days of reports; 60\.0% passing/m);
    expect(step.summary).toContain("- shop.example: 20 days of reports; 60.0% passing of 10,000 messages (2026-11-03 → 2026-11-22); no failing source above 1.0%: not enough to tighten yet\n");
  }, 240_000);

  it("99.5% over 14 days: allowed, and planned", async () => {
    const root = await evidenceFrom(await storeFor("solid"), SCENARIOS.solid!);
    const run = await plan(root);
    expect(run.stdout).not.toContain("dmarc-ramp-evidence");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("v=DMARC1; p=reject; rua=mailto:dmarc@shop.example");
    const step = await action(root);
    expect(step.status).toBe(0);
    expect(step.summary).toContain("- shop.example: 14 days of reports; 99.5% passing of 14,000 messages (2026-11-09 → 2026-11-22); no failing source above 1.0%: enough to tighten\n");
  }, 240_000);

  it("99.5% over 3 days: refused", async () => {
    const root = await evidenceFrom(await storeFor("short"), SCENARIOS.tooShort!);
    const run = await plan(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${RAMP_LINE}3 days of reports; 99.5% passing (needed: 14 days`);
    expect((await action(root)).status).toBe(1);
  }, 240_000);

  it("a failing source at 2%: refused, and the source named with the fix", async () => {
    const root = await evidenceFrom(await storeFor("failing"), SCENARIOS.failingSource!);
    const run = await plan(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${RAMP_LINE}21 days of reports; 98.0% passing; 203.0.113.5 (2.0%) fails SPF and DKIM: authorise it in SPF or sign its mail with DKIM aligned with shop.example`);
    const step = await action(root);
    expect(step.status).toBe(1);
    expect(step.stdout).toContain("203.0.113.5 (2.0%) fails SPF and DKIM");
  }, 240_000);
});
