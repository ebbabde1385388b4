// `lint` and `plan` read DMARC evidence files: the ramp scenarios of issue 15 as subprocesses.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";
import { serializeEvidence } from "../../src/reports/evidence.js";
import { evidenceFile, rampWorkspace, SCENARIOS, TODAY } from "./evidence-scenarios.js";

/** A domain file in another folder, with no evidence: linted as usual whatever the evidence beside the stack. */
const OTHER = 'domain: clean.example\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=none; rua=mailto:r@clean.example"\n';

describe("the ramp scenarios through `plan --zone`", { timeout: 60_000 }, () => {
  // Asynchronous: a synchronous child would hold the test worker's thread for its whole run.
  const plan = (root: string, extra: string[] = [], format = "json") => runCliAsync(["plan", "stacks", "--zone", "zones", "--today", TODAY, "-f", format, ...extra], { cwd: root, timeoutMs: 60_000 });
  const lint = (root: string) => runCliAsync(["lint", "stacks", "--today", TODAY], { cwd: root, timeoutMs: 60_000 });
  const rampFindings = (stdout: string) => JSON.parse(stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "dmarc-ramp-evidence");

  it("60% passing: refused", async () => {
    const run = await plan(rampWorkspace(tempTree({}), SCENARIOS.sixtyPercent));
    expect(run.status).toBe(1);
    expect(rampFindings(run.stdout)).toEqual([
      expect.objectContaining({
        level: "error",
        file: "stacks/shop.example.yaml",
        line: 20,
        column: 6,
        message: "DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it: 20 days of reports; 60.0% passing; no single source above the bar: many small senders fail; see `maildns reports summary` (needed: 14 days, 98.0% passing, no failing source above 1.0%)",
      }),
    ]);
  });

  it("99.5% over 14 days: allowed", async () => {
    const run = await plan(rampWorkspace(tempTree({}), SCENARIOS.solid));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(rampFindings(run.stdout)).toEqual([]);
    expect(JSON.parse(run.stdout).changes.map((c: { name: string; after: string[] }) => [c.name, c.after])).toContainEqual(["_dmarc.shop.example", ["v=DMARC1; p=reject; rua=mailto:dmarc@shop.example"]]);
  });

  it("99.5% over 3 days: refused", async () => {
    const run = await plan(rampWorkspace(tempTree({}), SCENARIOS.tooShort));
    expect(run.status).toBe(1);
    expect(rampFindings(run.stdout).map((f: { message: string }) => f.message)).toEqual([expect.stringContaining("before the aggregate reports back it: 3 days of reports; 99.5% passing (needed: 14 days")]);
  });

  it("a failing source at 2%: refused, and named", async () => {
    const run = await plan(rampWorkspace(tempTree({}), SCENARIOS.failingSource), [], "text");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("stacks/shop.example.yaml:20:6  error  DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it: 21 days of reports; 98.0% passing; 203.0.113.5 (mail.crm.example, 2.0%) fails SPF and DKIM: authorise it in SPF or sign its mail with DKIM aligned with shop.example");
  });

  it("no evidence file: a warning, not a refusal", async () => {
    const run = await plan(rampWorkspace(tempTree({}), null));
    expect(run.status).toBe(0);
    expect(rampFindings(run.stdout)).toEqual([expect.objectContaining({ level: "warn", message: expect.stringContaining("with no aggregate reports to back it: no dmarc-evidence.json applies to this file") })]);
  });

  it("--evidence FILE is used for every domain, and a broken file is a usage error naming it", async () => {
    const root = rampWorkspace(tempTree({}), SCENARIOS.sixtyPercent);
    writeFileSync(join(root, "other.json"), JSON.stringify(SCENARIOS.solid));
    expect((await plan(root, ["--evidence", "other.json"])).status).toBe(0);
    writeFileSync(join(root, "broken.json"), '{"version": 2}');
    const broken = await plan(root, ["--evidence", "broken.json"]);
    expect(broken.status).toBe(2);
    // Named on the command line, it is a mistake in the command (exit 2, as a PATH that does not exist), at its line and column.
    expect(broken.stderr).toBe("maildns plan: broken.json:1:13: not a DMARC evidence file written by `maildns reports evidence` (version 2, expected 1); write it again with that command\n");
    expect(broken.stdout).toBe("");
  });

  describe("a broken dmarc-evidence.json beside the domain files", () => {
    // The evidence that backs the move to p=reject (exit 0 when whole), cut short as an interrupted write
    // leaves it, or edited by hand into a window it cannot have.
    const whole = serializeEvidence(SCENARIOS.solid);
    const cut = whole.slice(0, whole.lastIndexOf("}"));
    const cutAt = `${cut.split("\n").length}:${cut.length - cut.lastIndexOf("\n")}`;
    const workspace = (evidence: string) => {
      const root = rampWorkspace(tempTree({ "other/clean.example.yaml": OTHER }), null);
      writeFileSync(join(root, "stacks", "dmarc-evidence.json"), evidence);
      return root;
    };
    const unusable = "stacks/shop.example.yaml:20:6  warn   DMARC tightens (p=quarantine → p=reject) with no aggregate reports to back it: the evidence file stacks/dmarc-evidence.json cannot be used (see the error on it), so the tightening is judged as if there were none; run `maildns reports evidence` again to write it  [dmarc-ramp-evidence]";

    it("lint: an error on the file at its line and column, the domains beside it judged without evidence, the other folder linted; exit 1", async () => {
      const root = workspace(cut);
      const run = await runCliAsync(["lint", "stacks", "other", "--today", TODAY], { cwd: root, timeoutMs: 60_000 });
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain(`stacks/dmarc-evidence.json:${cutAt}  error  the DMARC evidence file is not valid JSON: the text ends inside an object: it is cut short; the domains beside it were checked as if it were absent (the other files as usual): run \`maildns reports evidence\` again to write it, or fix or remove it  [file-syntax]\n`);
      expect(run.stdout).toContain(`${unusable}\n`);
      expect(run.stdout).toMatch(/^other\/clean\.example\.yaml:\d+:\d+ /m);
      expect(run.stdout).toMatch(/^2 files, 2 domains: [1-9]\d* errors?,/m);
      expect(run.status).toBe(1);
      const json = await runCliAsync(["lint", "stacks", "other", "--today", TODAY, "-f", "json"], { cwd: root, timeoutMs: 60_000 });
      expect(json.status).toBe(1);
      const findings = JSON.parse(json.stdout).findings as { ruleId: string; file: string; line: number; column: number; level: string }[];
      expect(findings.find((f) => f.file === "stacks/dmarc-evidence.json")).toMatchObject({ ruleId: "file-syntax", level: "error", file: "stacks/dmarc-evidence.json", line: Number(cutAt.split(":")[0]), column: Number(cutAt.split(":")[1]) });
      expect(findings.filter((f) => f.ruleId === "file-syntax")).toHaveLength(1);
    });

    it("plan: the tightening the whole file backed is not let through, the report is written, exit 1", async () => {
      expect((await plan(workspace(whole))).status).toBe(0);
      const run = await plan(workspace(whole.replace('"days": 30', '"days": 31')), [], "text");
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("stacks/dmarc-evidence.json:6:13  error  not a DMARC evidence file as `maildns reports evidence` writes it (no valid window); the domains beside it were checked as if it were absent (the other files as usual): run that command again to write it, or fix or remove it  [file-schema]\n");
      expect(run.stdout).toContain(`${unusable}\n`);
      expect(run.stdout).toContain("+ v=DMARC1; p=reject; rua=mailto:dmarc@shop.example");
      expect(run.status).toBe(1);
    });
  });

  it("lint judges the history's recent move the same way, without DNS", async () => {
    const root = rampWorkspace(tempTree({}), SCENARIOS.failingSource);
    const run = await lint(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("stacks/shop.example.yaml:20:6  error  DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it: 21 days of reports; 98.0% passing; 203.0.113.5 (mail.crm.example, 2.0%)");
    writeFileSync(join(root, "stacks", "dmarc-evidence.json"), JSON.stringify(evidenceFile(14, 20_000, 19_900)));
    expect((await lint(root)).status).toBe(0);
  });
});
