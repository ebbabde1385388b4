// The bundled Action reads DMARC evidence (input `evidence`, or dmarc-evidence.json beside the domain files):
// the ramp scenarios through `command: plan`, and the evidence line in the job summary.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { serializeEvidence } from "../../src/reports/evidence.js";
import { rampWorkspace, SCENARIOS, TODAY } from "../reports/evidence-scenarios.js";
import { ensureBundle, runAction, scratchDir } from "./run-action.js";

beforeAll(ensureBundle);

function workspace(evidence: Parameters<typeof rampWorkspace>[1]): string {
  const root = scratchDir();
  rampWorkspace(join(root, "infra"), evidence);
  return root;
}

// Workflow commands escape "%" as "%25" (the runner decodes it): the annotations are read decoded.
const plan = async (root: string, extra: Record<string, string> = {}) => {
  const run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", today: TODAY, ...extra }, { workspace: root });
  return { ...run, stdout: run.stdout.replaceAll("%25", "%") };
};

describe("the Action gates a DMARC tightening on the evidence", () => {
  it("60% passing: the step fails with the finding on the p= line, and the summary shows the evidence line", async () => {
    const run = await plan(workspace(SCENARIOS.sixtyPercent));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=dmarc-ramp-evidence,file=infra\/stacks\/shop\.example\.yaml,line=20,endLine=20,col=6,endColumn=12::DMARC tightens \(p=quarantine → p=reject\) before the aggregate reports back it: 20 days of reports; 60\.0% passing/m);
    expect(run.summary).toContain("### DMARC evidence\n\n- shop.example: 20 days of reports; 60.0% passing of 10,000 messages (2026-11-09 → 2026-11-22); no failing source above 1.0%: not enough to tighten yet\n");
  });

  it("99.5% over 14 days: the step passes and the summary says the evidence is enough", async () => {
    const run = await plan(workspace(SCENARIOS.solid));
    expect(run.stdout).not.toMatch(/dmarc-ramp-evidence/);
    expect(run.status).toBe(0);
    expect(run.summary).toContain("- shop.example: 14 days of reports; 99.5% passing of 20,000 messages (2026-11-09 → 2026-11-22); no failing source above 1.0%: enough to tighten\n");
  });

  it("99.5% over 3 days: refused", async () => {
    const run = await plan(workspace(SCENARIOS.tooShort));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=dmarc-ramp-evidence,file=infra/stacks/shop.example.yaml,line=20,endLine=20,col=6,endColumn=12::DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it: 3 days of reports; 99.5% passing (needed: 14 days");
  });

  it("a failing source at 2%: refused and named, in the annotation and in the summary", async () => {
    const run = await plan(workspace(SCENARIOS.failingSource));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("203.0.113.5 (mail.crm.example, 2.0%) fails SPF and DKIM: authorise it in SPF or sign its mail with DKIM aligned with shop.example");
    expect(run.summary).toContain("- shop.example: 21 days of reports; 98.0% passing of 10,000 messages (2026-11-09 → 2026-11-22); failing: 203.0.113.5 (mail.crm.example, 2.0%) fails SPF and DKIM: not enough to tighten yet\n");
  });

  it("the `evidence` input names the file for every domain; without any, the summary says so", async () => {
    const root = workspace(SCENARIOS.sixtyPercent);
    writeFileSync(join(root, "infra", "ci-evidence.json"), serializeEvidence(SCENARIOS.solid));
    const run = await plan(root, { evidence: "ci-evidence.json" });
    expect(run.status).toBe(0);
    expect(run.summary).toContain("enough to tighten");
    const none = await runAction({ command: "lint", "working-directory": "infra", paths: "stacks", today: TODAY }, { workspace: workspace(null) });
    expect(none.summary).toContain("- shop.example: no DMARC evidence file (run \\`maildns reports evidence\\`)\n");
    expect(none.stdout.replaceAll("%25", "%")).toMatch(/^::warning title=dmarc-ramp-evidence,file=infra\/stacks\/shop\.example\.yaml,line=20,endLine=20,col=6,endColumn=12::DMARC tightens \(p=quarantine → p=reject\) with no aggregate reports/m);
  });

  it("a broken evidence file beside the stack: an error annotation on it at its line and column, the plan still made, the tightening not let through", async () => {
    const root = workspace(null);
    writeFileSync(join(root, "infra", "stacks", "dmarc-evidence.json"), serializeEvidence(SCENARIOS.solid).replace('"minSourceShare": 0.001,', '"minSourceShare": 0.001'));
    const run = await plan(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error title=file-syntax,file=infra/stacks/dmarc-evidence.json,line=9,endLine=9,col=3,endColumn=3::the DMARC evidence file is not valid JSON: '\"' where ',' or '}' was expected;");
    expect(run.stdout).toMatch(/^::warning title=dmarc-ramp-evidence,file=infra\/stacks\/shop\.example\.yaml,line=20,endLine=20,col=6,endColumn=12::DMARC tightens \(p=quarantine → p=reject\) with no aggregate reports to back it: the evidence file stacks\/dmarc-evidence\.json cannot be used/m);
    expect(run.stdout).not.toContain("::error::maildns plan: stacks/dmarc-evidence.json");
    expect(run.summary).toContain("- shop.example: the evidence file stacks/dmarc-evidence.json cannot be used (see its error); run \\`maildns reports evidence\\` again\n");
  });
});
