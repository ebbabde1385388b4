// A domain file behind a symbolic link that leads nowhere is refused with a sentence naming it, never
// skipped: skipped, its domain would silently drop out of lint, plan and the Pulumi program.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const clean = 'domain: example.com\nmail: {provider: external}\nmx: [{host: mx.example.net., priority: 10}]\nspf: "v=spf1 -all"\ndmarc: "v=DMARC1; p=none; rua=mailto:r@example.com"\n';

describe("symbolic links in a stack folder", () => {
  const root = tempTree({ "stacks/prod/example.com.yaml": clean, "stacks/loop/example.com.yaml": clean, "stacks/fine/example.com.yaml": clean, "zones/example.com.zone": "$TTL 3600\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n@ IN MX 10 mx.example.net.\n" });
  symlinkSync("example.org.yaml.old", join(root, "stacks/prod/example.org.yaml"));
  symlinkSync("self.yaml", join(root, "stacks/loop/self.yaml"));
  mkdirSync(join(root, "targets"));
  symlinkSync("../../targets/../stacks/prod/example.com.yaml", join(root, "stacks/fine/copy.yaml"));

  it("a link to a file that does not exist is a usage error naming the link and its target (exit 2)", () => {
    const run = runCli(["lint", "stacks/prod"], { cwd: root });
    expect(run.stderr).toBe('maildns lint: stacks/prod/example.org.yaml: is a symbolic link to "example.org.yaml.old", which does not exist: fix the link or remove it (a domain file that cannot be read is never skipped)\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("a link that leads back to itself is a usage error too, in a folder or named directly", () => {
    const inFolder = runCli(["lint", "stacks/loop"], { cwd: root });
    expect(inFolder.status).toBe(2);
    expect(inFolder.stderr).toContain("stacks/loop/self.yaml: is a symbolic link that leads back to itself: fix the link or remove it");
    const named = runCli(["lint", "stacks/loop/self.yaml"], { cwd: root });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain("stacks/loop/self.yaml: is a symbolic link that leads back to itself");
  });

  it("plan refuses the same stack (exit 2), never a plan without the domain", () => {
    const run = runCli(["plan", "stacks/prod", "--zone", "zones"], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("stacks/prod/example.org.yaml: is a symbolic link to");
  });

  it("a link to a regular file is still followed", () => {
    const run = runCli(["lint", "stacks/fine", "--format", "json"], { cwd: root });
    expect(run.stderr).toBe("");
    const files = new Set((JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => `${f.file} ${f.ruleId}`));
    expect(files).toContain("stacks/fine/example.com.yaml lint-duplicate-domain");
  });
});
