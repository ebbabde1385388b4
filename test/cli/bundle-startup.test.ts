// What the bundle (dist/, .ci/build.mjs) evaluates when it loads: ajv, which only a policy pack that sets a
// rule's options needs, is required by a stand-in when first called, not when its chunk loads (it and
// fast-uri were about 15 ms of every command's start). A pack with options still gets its validator.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const bundleFiles = () => [...["cli.js", "action.js", "index.js", "pulumi.js"].map((f) => join(repoRoot, "dist", f)), ...readdirSync(join(repoRoot, "dist/chunks")).map((f) => join(repoRoot, "dist/chunks", f))];

describe("the bundle's start", () => {
  it("requires ajv only inside the stand-in the policy loader calls, never at a chunk's top level", () => {
    const calls: string[] = [];
    for (const file of bundleFiles()) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/^.*require_ajv\(\).*$/gm)) calls.push(match[0].trim());
    }
    expect(calls).toEqual(['const { Ajv: Real } = require_ajv();']);
  });

  it("a pack that sets a rule's options is still checked and applied through it", () => {
    const root = tempTree({
      "pack.yaml": "extends: ovh\nrules:\n  spf-record-too-large: { level: warn, options: { maxLength: 20 } }\n",
      "bad.yaml": "extends: ovh\nrules:\n  spf-record-too-large: { level: warn, options: { maxLength: -1 } }\n",
      "d/example.net.yaml": 'domain: example.net\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\nspf: "v=spf1 include:mx.ovh.com -all"\n',
    });
    const run = runCli(["lint", "d", "--policy", "pack.yaml", "-f", "github"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::warning file=d/example.net.yaml,line=4,col=7,endLine=4,endColumn=37,title=spf-record-too-large::the SPF record is 30 octets (more than 20)");
    const bad = runCli(["lint", "d", "--policy", "bad.yaml"], { cwd: root });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:3:\d+: bad option for spf-record-too-large/);
  });
});
