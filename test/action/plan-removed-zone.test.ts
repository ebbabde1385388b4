// The Action's plan shows a domain file removed from a stack as `maildns plan` does: the zone the stack's
// adoption file says it holds records in, the deletions pulumi up would make there (from the zone as the
// plan reads it) and the gates they trip, so the pull request's check goes red as the apply would refuse.
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, repoRoot, runAction, scratchDir, type ActionRun } from "./run-action.js";

const fixture = join(repoRoot, "test/action/fixtures/plan");
const TODAY = { today: "2026-11-23" };
const RECORD = "ovh:Domain/zoneRecord:ZoneRecord";

/** What `maildns adopt` wrote while the stack still had clean.example.yaml: its MX and DMARC records, held by the stack. */
const ADOPTION = {
  version: 2,
  provider: "ovh",
  readAt: "2026-12-01T10:00:00.000Z",
  zones: {
    "clean.example": {
      live: [
        { id: "201", zone: "clean.example", subdomain: "", type: "MX", target: "1 mx0.mail.ovh.net.", ttl: 0 },
        { id: "202", zone: "clean.example", subdomain: "", type: "MX", target: "5 mx1.mail.ovh.net.", ttl: 0 },
        { id: "203", zone: "clean.example", subdomain: "", type: "MX", target: "50 mx2.mail.ovh.net.", ttl: 0 },
        { id: "204", zone: "clean.example", subdomain: "", type: "MX", target: "100 mx3.mail.ovh.net.", ttl: 0 },
        { id: "205", zone: "clean.example", subdomain: "_dmarc", type: "TXT", target: '"v=DMARC1; p=quarantine; rua=mailto:dmarc@clean.example"', ttl: 0 },
      ],
    },
  },
  stack: [
    { name: "clean.example/@/mx/mx0.mail.ovh.net.", type: RECORD, id: "201", importId: null },
    { name: "clean.example/@/mx/mx1.mail.ovh.net.", type: RECORD, id: "202", importId: null },
    { name: "clean.example/@/mx/mx2.mail.ovh.net.", type: RECORD, id: "203", importId: null },
    { name: "clean.example/@/mx/mx3.mail.ovh.net.", type: RECORD, id: "204", importId: null },
    { name: "clean.example/_dmarc/dmarc", type: RECORD, id: "205", importId: null },
  ],
};

beforeAll(ensureBundle);

describe("command: plan of a stack whose domain file was removed", () => {
  let run: ActionRun;
  beforeAll(async () => {
    const workspace = scratchDir();
    cpSync(fixture, join(workspace, "infra"), { recursive: true });
    // The stack folder keeps shop.example.yaml and its adoption file; clean.example.yaml is gone, its zone is still served.
    writeFileSync(join(workspace, "infra/stacks/maildns-adoption.json"), JSON.stringify(ADOPTION, null, 2));
    copyFileSync(join(repoRoot, "test/fixtures/zones/clean.example.zone"), join(workspace, "infra/zones/clean.example.zone"));
    // Another stack beside it, one of whose files cannot be read: whether it shares a zone is not known.
    mkdirSync(join(workspace, "infra/staging"));
    writeFileSync(join(workspace, "infra/Pulumi.staging.yaml"), "config: {}\n");
    writeFileSync(join(workspace, "infra/staging/broken.yaml"), "domain: [shop.example\n");
    run = await runAction({ command: "plan", "working-directory": "infra", paths: "stacks", zone: "zones", ...TODAY }, { workspace });
  });

  it("fails the step naming the gates the apply would refuse, and counts the deletions as changes", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::maildns plan: 3 safety gates would refuse this apply: delete-all-mx \(clean\.example: this update removes every MX/m);
    expect(run.stdout).toContain("loosen-dmarc (clean.example: this update loosens DMARC: it removes the DMARC record)");
    // shop.example's SPF update, clean.example's MX and _dmarc deletions.
    expect(run.outputs.changes).toBe("3");
  });

  it("says the zone no domain file declares in the job summary's plan, with its deletions and refused gates", () => {
    expect(run.summary).toContain("Plan: 0 to create, 1 to update, 2 to delete; 3 safety gates refuse it.");
    expect(run.summary).toContain("| delete | clean.example | MX |");
    expect(run.summary).toContain("| delete | \\_dmarc.clean.example | TXT |");
    expect(run.summary).toContain(
      "#### Zones no domain file declares\n\n- **clean.example**: no domain file declares this zone any more; pulumi up deletes the 5 records the stack holds in it (stacks/maildns-adoption.json, read 2026-12-01T10:00:00.000Z)",
    );
    expect(run.summary).toContain("| **refused** | `delete-all-mx` | clean.example |");
  });

  it("says, under Not checked and in the JSON report, that a file of another stack could not be read (no failure of its own)", () => {
    const said = "staging/broken.yaml of stack staging could not be read as domain files (see that stack's lint), so whether they declare a zone of stack stacks too is not known";
    expect(run.summary).toContain(`#### Not checked\n\n- ${said}.\n`);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.otherStacksUnread).toEqual({ planned: ["stacks"], files: [{ file: "staging/broken.yaml", stack: "staging" }], detail: `not checked: ${said}` });
    expect(run.stdout).not.toContain("broken.yaml");
  });

  it("writes removedZones in the JSON report", () => {
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.removedZones).toEqual([{ zone: "clean.example", adoptionFile: "stacks/maildns-adoption.json", readAt: "2026-12-01T10:00:00.000Z", held: 5, status: "planned", notServed: [], source: "adoption-file", base: null, deletedFiles: [] }]);
    expect(report.summary).toMatchObject({ removedZones: 1, delete: 2, gatesRefused: 3 });
    // The program's gates, judged as it judges a removed zone: against what the deletion leaves (the zone's
    // SPF record, which the stack does not hold, stays, so no SPF gate trips).
    expect(report.gates.filter((g: { tripped: boolean }) => g.tripped).map((g: { id: string; domain: string }) => `${g.id} ${g.domain}`)).toEqual([
      "delete-all-mx clean.example",
      "large-change clean.example",
      "loosen-dmarc clean.example",
    ]);
  });
});
