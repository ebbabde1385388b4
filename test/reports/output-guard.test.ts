// `reports summary -o FILE` and `reports evidence --out FILE` are checked as lint's --output is, before the
// store is opened: the report never replaces a domain file the run reads for its domains (evidence once
// wrote its JSON over stacks/prod/example.com.yaml, exit 0), nor any file no report is (cli/output-guard
// tests every command), nor goes into a folder after the figures were worked out. The evidence file beside
// the domain files stays evidence's to replace.
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync } from "../plan/cli-async.js";
import { tempTree } from "../helpers/tmp.js";

const DOMAIN = "domain: example.com\nmx: ovh\n";
const tree = () => tempTree({ "stacks/prod/example.com.yaml": DOMAIN, "stacks/prod/dmarc-evidence.json": '{"committed": true}\n' });
const NO_STORE = "there is no report store in";

describe("the reports' output files never replace what the run reads", { timeout: 60_000 }, () => {
  it("evidence --out a domain file of the stack: exit 2 before the store is opened, the file left as it was", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "stacks/prod/example.com.yaml"], { cwd: root });
    expect(run.stderr).toBe("maildns reports: --out stacks/prod/example.com.yaml is under stacks/prod, where reports evidence reads it (domain files): the report would replace it; give another file name\n");
    expect(run.status).toBe(2);
    expect(readFileSync(join(root, "stacks/prod/example.com.yaml"), "utf8")).toBe(DOMAIN);
  });

  it("evidence --out a domain file given as a path, or a folder: exit 2, before the store is opened", async () => {
    const root = tree();
    const file = await runCliAsync(["reports", "evidence", "stacks/prod/example.com.yaml", "--store", "no-store", "--out", "stacks/prod/example.com.yaml"], { cwd: root });
    expect(file.stderr).toBe("maildns reports: --out stacks/prod/example.com.yaml is the file stacks/prod/example.com.yaml, which reports evidence reads: the report would replace it; give another file name\n");
    expect(file.status).toBe(2);
    const folder = await runCliAsync(["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "stacks/prod"], { cwd: root });
    expect(folder.stderr).toBe("maildns reports: --out stacks/prod is a folder: give a file name, e.g. --out stacks/prod/report.txt\n");
    expect(folder.status).toBe(2);
    expect(readFileSync(join(root, "stacks/prod/example.com.yaml"), "utf8")).toBe(DOMAIN);
  });

  it("summary -o a domain file under the paths it reads: exit 2", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "summary", "stacks/prod", "--store", "no-store", "-o", "stacks/prod/example.com.yaml"], { cwd: root });
    expect(run.stderr).toBe("maildns reports: --output stacks/prod/example.com.yaml is under stacks/prod, where reports summary reads it (domain files): the report would replace it; give another file name\n");
    expect(run.status).toBe(2);
    expect(readFileSync(join(root, "stacks/prod/example.com.yaml"), "utf8")).toBe(DOMAIN);
  });

  it("summary -o a domain file with no paths (it reads no domain file): exit 2 naming the file and its domain, the file left as it was", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "summary", "--store", "no-store", "-o", "stacks/prod/example.com.yaml"], { cwd: root });
    expect(run.stderr).toBe("maildns reports: --output stacks/prod/example.com.yaml is the domain file of example.com: the report would replace it; give another file name\n");
    expect(run.status).toBe(2);
    expect(readFileSync(join(root, "stacks/prod/example.com.yaml"), "utf8")).toBe(DOMAIN);
  });

  it("summary -o and evidence --out a domain file of another stack than the paths read: exit 2, the file left as it was", async () => {
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN, "stacks/staging/example.org.yml": "domain: example.org\nmx: ovh\n" });
    const summary = await runCliAsync(["reports", "summary", "stacks/prod", "--store", "no-store", "-o", "stacks/staging/example.org.yml"], { cwd: root });
    expect(summary.stderr).toBe("maildns reports: --output stacks/staging/example.org.yml is the domain file of example.org: the report would replace it; give another file name\n");
    expect(summary.status).toBe(2);
    const evidence = await runCliAsync(["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "stacks/staging/example.org.yml"], { cwd: root });
    expect(evidence.stderr).toBe("maildns reports: --out stacks/staging/example.org.yml is the domain file of example.org: the report would replace it; give another file name\n");
    expect(evidence.status).toBe(2);
    expect(readFileSync(join(root, "stacks/staging/example.org.yml"), "utf8")).toBe("domain: example.org\nmx: ovh\n");
  });

  it("a link to a domain file, or a domain file whose YAML does not parse (being edited), is refused too", async () => {
    const root = tree();
    symlinkSync("stacks/prod/example.com.yaml", join(root, "summary.txt"));
    const linked = await runCliAsync(["reports", "summary", "--store", "no-store", "-o", "summary.txt"], { cwd: root });
    expect(linked.stderr).toBe("maildns reports: --output summary.txt is the domain file of example.com: the report would replace it; give another file name\n");
    expect(linked.status).toBe(2);
    const editing = "domain: example.net\nmx: [ovh\n";
    writeFileSync(join(root, "example.net.yaml"), editing);
    const broken = await runCliAsync(["reports", "summary", "--store", "no-store", "-o", "example.net.yaml"], { cwd: root });
    expect(broken.stderr).toBe("maildns reports: --output example.net.yaml is a YAML file that does not parse (a domain file being edited?): the report would replace it; give another file name\n");
    expect(broken.status).toBe(2);
    expect(readFileSync(join(root, "example.net.yaml"), "utf8")).toBe(editing);
    expect(readFileSync(join(root, "stacks/prod/example.com.yaml"), "utf8")).toBe(DOMAIN);
  });

  it("an earlier report is still replaced (the run goes on to the store); YAML that is no domain file is not (no report is YAML)", async () => {
    const root = tempTree({ "summary.json": '{"version":1,"window":{"from":"2026-11-01","to":"2026-11-30","days":30},"domains":[\n]}\n', "notes.yaml": "title: notes\n" });
    const summary = await runCliAsync(["reports", "summary", "--store", "no-store", "-o", "summary.json"], { cwd: root });
    expect(summary.stderr).toContain(NO_STORE);
    expect(summary.status).toBe(2);
    const notes = await runCliAsync(["reports", "summary", "--store", "no-store", "-o", "notes.yaml"], { cwd: root });
    expect(notes.stderr).toBe("maildns reports: --output notes.yaml is a YAML file (no report maildns writes is YAML, so it is no earlier report): the report would replace it; give another file name\n");
    expect(readFileSync(join(root, "notes.yaml"), "utf8")).toBe("title: notes\n");
  });

  it("summary -o the evidence file, by its name or by its content: exit 2, the evidence left as it was", async () => {
    const written = `${JSON.stringify({ version: 1, window: { from: "2026-11-01", to: "2026-11-30", days: 30 }, minSourceShare: 0.001, domains: [] }, null, 2)}\n`;
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN, "stacks/prod/dmarc-evidence.json": '{"committed": true}\n', "ci/evidence-prod.json": written });
    const refusal = (output: string) => `maildns reports: --output ${output} is a DMARC evidence file, which lint and plan read (rule dmarc-ramp-evidence): the report would replace it; give another file name (\`maildns reports evidence\` writes the evidence)\n`;
    for (const args of [["stacks/prod"], []]) {
      const run = await runCliAsync(["reports", "summary", ...args, "--store", "no-store", "-f", "json", "-o", "stacks/prod/dmarc-evidence.json"], { cwd: root });
      expect(run.stderr).toBe(refusal("stacks/prod/dmarc-evidence.json"));
      expect(run.status).toBe(2);
    }
    const byContent = await runCliAsync(["reports", "summary", "--store", "no-store", "-f", "json", "-o", "ci/evidence-prod.json"], { cwd: root });
    expect(byContent.stderr).toBe(refusal("ci/evidence-prod.json"));
    expect(byContent.status).toBe(2);
    expect(readFileSync(join(root, "stacks/prod/dmarc-evidence.json"), "utf8")).toBe('{"committed": true}\n');
    expect(readFileSync(join(root, "ci/evidence-prod.json"), "utf8")).toBe(written);
  });

  it("evidence with a stack folder that does not exist and no --out: exit 2 before the store is opened", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "evidence", "--stack", "stacks/prdo", "--store", "no-store"], { cwd: root });
    expect(run.stderr).toBe("maildns reports: the stack folder stacks/prdo does not exist, so stacks/prdo/dmarc-evidence.json cannot be written: give the stack's folder with --stack, or a file with --out\n");
    expect(run.status).toBe(2);
    // With --out, the stack is only where the domains come from: the run goes on to the store.
    const withOut = await runCliAsync(["reports", "evidence", "example.com", "--stack", "stacks/prdo", "--store", "no-store", "--out", "ev.json"], { cwd: root });
    expect(withOut.stderr).toContain(NO_STORE);
  });

  it("the evidence file beside the domain files is not refused: the run goes on to the store", async () => {
    const root = tree();
    const run = await runCliAsync(["reports", "evidence", "--stack", "stacks/prod", "--store", "no-store", "--out", "stacks/prod/dmarc-evidence.json"], { cwd: root });
    expect(run.stderr).toContain(NO_STORE);
    expect(run.status).toBe(2);
  });

  it("evidence PATH... without --stack or --out: domain files in several folders, or paths holding none, are refused before the store (lint and plan read the evidence beside each domain file)", async () => {
    const root = tempTree({ "stacks/prod/example.com.yaml": DOMAIN, "stacks/staging/example.org.yml": "domain: example.org\nmx: ovh\n", "empty/notes.txt": "x\n" });
    const several = await runCliAsync(["reports", "evidence", "stacks/prod", "stacks/staging/example.org.yml", "--store", "no-store"], { cwd: root });
    expect([several.status, several.stderr]).toEqual([
      2,
      "maildns reports: the domain files given are in 2 folders (stacks/prod, stacks/staging), and lint and plan read the evidence beside each domain file: give --stack FOLDER to write FOLDER/dmarc-evidence.json, or --out FILE\n",
    ]);
    const none = await runCliAsync(["reports", "evidence", "empty", "--store", "no-store"], { cwd: root });
    expect([none.status, none.stderr]).toEqual([2, "maildns reports: no domain file was found in empty, and lint and plan read the evidence beside each domain file: give --stack FOLDER to write FOLDER/dmarc-evidence.json, or --out FILE\n"]);
    // One folder, a stack named, a file named, or domain names alone: the run goes on to the store.
    for (const args of [["stacks/staging"], ["stacks/prod", "stacks/staging", "--stack", "stacks"], ["stacks/prod", "stacks/staging", "--out", "ev.json"], ["example.com"]]) {
      const run = await runCliAsync(["reports", "evidence", ...args, "--store", "no-store"], { cwd: root });
      expect([run.status, run.stderr.includes(NO_STORE)], args.join(" ")).toEqual([2, true]);
    }
  });
});
