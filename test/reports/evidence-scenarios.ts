// The ramp scenarios of issue 15 as evidence files, and a workspace where shop.example moves its DMARC from
// the live p=quarantine to p=reject (the Action's plan fixture, with the change under review).
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EvidenceFile, FailingSource } from "../../src/model/evidence.js";
import { serializeEvidence } from "../../src/reports/evidence.js";

export const PLAN_FIXTURE = new URL("../action/fixtures/plan/", import.meta.url).pathname;
export const TODAY = "2026-11-23";

export function crmSource(share: number, messages: number): FailingSource {
  const failing = Math.round(share * messages);
  return { ip: "203.0.113.5", name: "mail.crm.example", messages: failing, failing, share, spf: "fail", dkim: "fail", spfDomains: ["crm.example"], dkimDomains: [], spfTerm: null, reporters: ["google.com", "Enterprise Outlook"] };
}

export function evidenceFile(days: number, messages: number, passing: number, failingSources: FailingSource[] = [], domain = "shop.example"): EvidenceFile {
  return {
    version: 1,
    window: { from: "2026-10-24", to: "2026-11-22", days: 30 },
    minSourceShare: 0.001,
    domains: [{ domain, from: "2026-11-09", to: "2026-11-22", days, messages, passing, dkimAligned: passing, spfAligned: passing, failingSources, selectors: [{ domain, selector: "ovhmo1234567-selector1", messages: passing, alignedPass: passing }] }],
  };
}

export const SCENARIOS = {
  sixtyPercent: evidenceFile(20, 10_000, 6_000),
  solid: evidenceFile(14, 20_000, 19_900),
  tooShort: evidenceFile(3, 2_000, 1_990),
  failingSource: evidenceFile(21, 10_000, 9_800, [crmSource(0.02, 10_000)]),
};

/** A copy of the plan fixture in `root` (stacks/, zones/), shop.example moving to p=reject, and the evidence beside it. */
export function rampWorkspace(root: string, evidence: EvidenceFile | null): string {
  cpSync(PLAN_FIXTURE, root, { recursive: true });
  const file = join(root, "stacks", "shop.example.yaml");
  const yaml = readFileSync(file, "utf8").replace("  p: quarantine\n  rua: mailto:dmarc@shop.example\n  since: 2026-10-01\n", "  p: reject\n  rua: mailto:dmarc@shop.example\n  since: 2026-11-23\n  history:\n    - { p: quarantine, since: 2026-10-01 }\n");
  if (!yaml.includes("p: reject")) throw new Error("the plan fixture changed: update rampWorkspace");
  writeFileSync(file, yaml);
  if (evidence) writeFileSync(join(root, "stacks", "dmarc-evidence.json"), serializeEvidence(evidence));
  return root;
}
