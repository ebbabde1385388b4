// maildns as a package: `npm pack`, then the tarball installed offline into an empty project, as a user's
// repository would get it. It must need nothing from the registry (the bundles carry their libraries; the
// Pulumi SDKs are optional peers that only the Pulumi program needs), and from there `npx maildns init` and
// `npx maildns lint` work, and the Action runs from the package's files against that repository.
import { execFile, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseOutputFile } from "../action/run-action.js";
import { repoRoot } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };

function sh(command: string, args: string[], cwd: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  const run = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: "utf8", timeout: 120_000 });
  if (run.error) throw run.error;
  return run;
}

interface ShRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `sh` without blocking this worker: `npm pack` and `npm install` can take a minute on a loaded machine,
 * and a worker blocked that long cannot answer the test runner, which then fails the whole run.
 */
function shAsync(command: string, args: string[], cwd: string): Promise<ShRun> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe("the npm package", { timeout: 60_000 }, () => {
  const dir = tempTree({});
  const project = join(dir, "project");
  const installed = join(project, "node_modules/maildns");
  let tarball = "";
  let install: ShRun;

  beforeAll(async () => {
    const pack = await shAsync("npm", ["pack", "--pack-destination", dir, "--ignore-scripts", "--json"], repoRoot);
    expect(pack.status, pack.stderr).toBe(0);
    tarball = join(dir, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
    sh("mkdir", ["-p", project], dir);
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "mail-dns", private: true }, null, 2)}\n`);
    // --offline: the registry is never asked; it works only because the package needs nothing from it.
    install = await shAsync("npm", ["install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", tarball], project);
  }, 180_000);

  it("is publishable and holds what a user needs, and nothing of the repository's tests", () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ maildns: "dist/cli.js" });
    expect(Object.keys(manifest.peerDependenciesMeta)).toEqual(Object.keys(manifest.peerDependencies));
    const listing = sh("tar", ["tzf", tarball], dir).stdout.split("\n");
    for (const file of ["dist/cli.js", "dist/action.js", "dist/index.js", "dist/pulumi.js", "action.yml", "policies/ovh.yaml", "policies/strict.yaml", "src/schema/domain.schema.json", "README.md"]) {
      expect(listing, file).toContain(`package/${file}`);
    }
    // The chunks the entry points import (dist/chunks, .ci/build.mjs), every one of them.
    const chunks = readdirSync(join(repoRoot, "dist/chunks"));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(listing, chunk).toContain(`package/dist/chunks/${chunk}`);
    expect(listing.some((f) => f.startsWith("package/test/") || f.includes("node_modules"))).toBe(false);
  });

  it("installs offline as one package, with the maildns command", () => {
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["maildns"]);
    const version = sh(join(project, "node_modules/.bin/maildns"), ["--version"], project);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version);
  });

  it("npx maildns init scaffolds a stack that npx maildns lint passes, with no finding", () => {
    const init = sh("npx", ["--offline", "maildns", "init", "shop.example", "--offer", "mx-plan"], project);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain("wrote  stacks/prod/shop.example.yaml");
    // The project's own package.json is never replaced; it lists maildns (installed above) but not the Pulumi
    // SDKs the apply workflow's pulumi up needs, which is said with the install that adds them.
    expect(init.stdout).toContain("kept   package.json (exists; it does not list @pulumi/pulumi, @ovhcloud/pulumi-ovh: see Next)");
    expect(init.stdout).toMatch(/\n {2}1\. npm install --save-dev @pulumi\/pulumi@\S+ @ovhcloud\/pulumi-ovh@\S+\n/);
    const lint = sh("npx", ["--offline", "maildns", "lint", "stacks/prod"], project);
    expect(lint.stdout).toBe("1 file, 1 domain: 0 errors, 0 warnings, 0 info\n");
    expect(lint.status).toBe(0);
    // The schema the domain file points its editor at is there.
    const modeline = readFileSync(join(project, "stacks/prod/shop.example.yaml"), "utf8").split("\n")[0]!;
    expect(modeline).toBe("# yaml-language-server: $schema=../../node_modules/maildns/src/schema/domain.schema.json");
    expect(existsSync(join(project, "stacks/prod", modeline.split("=")[1]!))).toBe(true);
  });

  it("the library and the schema are importable by name", () => {
    const run = sh(process.execPath, ["--input-type=module", "-e", "const m = await import('maildns'); console.log(typeof m.lintPaths, typeof m.allRules.length); console.log(import.meta.resolve('maildns/schema/domain.schema.json'))"], project);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe("function number");
    expect(run.stdout.split("\n")[1]).toMatch(/node_modules\/maildns\/src\/schema\/domain\.schema\.json$/);
  });

  it("the Action runs from the package's files against a repository of one's own, on its default paths", () => {
    const runnerTemp = tempTree({ "output.txt": "", "summary.md": "" });
    const run = sh(process.execPath, [join(installed, "dist/action.js")], project, {
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: project,
      GITHUB_OUTPUT: join(runnerTemp, "output.txt"),
      GITHUB_STEP_SUMMARY: join(runnerTemp, "summary.md"),
      RUNNER_TEMP: runnerTemp,
      INPUT_COMMAND: "lint",
      "INPUT_FAIL-ON": "error",
      INPUT_SUMMARY: "true",
    });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.status).toBe(0);
    const outputs = parseOutputFile(readFileSync(join(runnerTemp, "output.txt"), "utf8"));
    expect(outputs).toMatchObject({ errors: "0", warnings: "0", infos: "0", changes: "0" });
    expect(JSON.parse(readFileSync(outputs.report!, "utf8")).summary).toMatchObject({ files: 1, domains: 1 });
  });

  it("its bundles carry one YAML library, js-yaml", () => {
    // The entry points share their libraries through dist/chunks: the bundle is the entries and the chunks.
    const files = [...["cli.js", "action.js", "index.js", "pulumi.js"].map((f) => join(installed, "dist", f)), ...readdirSync(join(installed, "dist/chunks")).map((f) => join(installed, "dist/chunks", f))];
    const text = files.map((f) => readFileSync(f, "utf8")).join("\n");
    expect(text.match(/^\/\/ node_modules\/js-yaml\/dist\/js-yaml\.mjs$/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^\/\/ node_modules\/yaml\//m);
  });
});
