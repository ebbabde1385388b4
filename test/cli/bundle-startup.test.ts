// What the bundle (dist/, .ci/build.mjs) evaluates when it loads: ajv, which only a policy pack that sets a
// rule's options needs, is required by a stand-in when first called, not when its chunk loads (it and
// fast-uri were about 15 ms of every command's start). A pack with options still gets its validator.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, repoRoot, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";

const bundleFiles = () => [...["cli.js", "action.js", "index.js", "pulumi.js"].map((f) => join(repoRoot, "dist", f)), ...readdirSync(join(repoRoot, "dist/chunks")).map((f) => join(repoRoot, "dist/chunks", f))];

// Each test starts Node several times in a row (nine times for the compile cache's): on a loaded 2-core
// machine that took more than vitest's default 20 s, so the bound is wider; no test here is timed.
describe("the bundle's start", { timeout: 120_000 }, () => {
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

  it("`maildns lint` and `--version` load no other command's code: no TLS, HTTP, UDP or child process module", () => {
    // The commands are imported when they run (src/cli/commands/index.ts); these built-ins are what plan,
    // audit, doctor and reports pull in, and each is compiled before the first line of work.
    const root = tempTree({
      "probe.cjs": "process.on('exit', () => process.stderr.write('\\nloaded: ' + process.moduleLoadList.join(',') + '\\n'));\n",
      "d/example.net.yaml": 'domain: example.net\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\nspf: "v=spf1 include:mx.ovh.com -all"\n',
    });
    const others = ["tls", "_tls_wrap", "http", "https", "dgram", "child_process", "dns"].map((m) => `NativeModule ${m}`);
    for (const args of [["--version"], ["lint", "d"], ["lint", "d", "--cache", "--format", "json"]]) {
      const run = spawnSync(process.execPath, ["--require", join(root, "probe.cjs"), cliPath, ...args], { cwd: root, encoding: "utf8", timeout: 20_000 });
      expect(run.status, args.join(" ")).toBe(args[0] === "lint" ? 1 : 0);
      const loaded = /^loaded: (.*)$/m.exec(run.stderr)?.[1]?.split(",") ?? [];
      expect(loaded, args.join(" ")).toContain("NativeModule fs");
      expect(loaded.filter((m) => others.includes(m)), args.join(" ")).toEqual([]);
    }
    // The others still run, and load what they need.
    const rules = spawnSync(process.execPath, [cliPath, "rules"], { cwd: root, encoding: "utf8", timeout: 20_000 });
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain("spf-missing");
  });

  it("the bin asks Node for its compile cache before it loads the rest of the bundle, and runs on when that fails", () => {
    // Node 22.1 and later have module.enableCompileCache (the Node running the tests may not): a stand-in
    // says when it is called which built-ins were loaded by then. The bundle's lint code loads
    // worker_threads and crypto (the read-ahead thread, the cache's hashes); at the call they must not be
    // loaded yet, and at the end they are (so the probe can see them).
    const root = tempTree({
      "ask.cjs": [
        "const m = require('node:module');",
        "const bundleBuiltins = () => process.moduleLoadList.filter((x) => x === 'NativeModule worker_threads' || x === 'NativeModule crypto').sort().join(',') || 'none';",
        "m.enableCompileCache = () => { process.stderr.write('compile cache asked; loaded: ' + bundleBuiltins() + '\\n'); if (process.env.FAIL_CACHE) throw new Error('no cache here'); };",
        "process.on('exit', () => process.stderr.write('at exit: ' + bundleBuiltins() + '\\n'));",
      ].join("\n"),
      "d/example.net.yaml": 'domain: example.net\nmail: {provider: ovh, offer: mx-plan}\nmx: ovh\nspf: "v=spf1 include:mx.ovh.com -all"\n',
    });
    for (const env of [{}, { FAIL_CACHE: "1" }]) {
      const label = JSON.stringify(env);
      const run = (args: string[]) => spawnSync(process.execPath, ["--require", join(root, "ask.cjs"), cliPath, ...args], { cwd: root, encoding: "utf8", timeout: 20_000, env: { ...process.env, ...env } });
      const version = run(["--version"]);
      expect(version.status, label).toBe(0);
      expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      const lint = run(["lint", "d", "--format", "json"]);
      expect(lint.status, label).toBe(1);
      expect(JSON.parse(lint.stdout).summary.files).toBe(1);
      for (const stderr of [version.stderr, lint.stderr]) {
        expect(stderr.match(/^compile cache asked.*$/gm), label).toEqual(["compile cache asked; loaded: none"]);
        expect(stderr, label).toContain("at exit: NativeModule crypto,NativeModule worker_threads");
      }
    }
    // A temporary folder under /proc: Node 22 and 24 spin for ever in enableCompileCache there, so it is not asked.
    const underProc = spawnSync(process.execPath, ["--require", join(root, "ask.cjs"), cliPath, "--version"], { cwd: root, encoding: "utf8", timeout: 20_000, env: { ...process.env, TMPDIR: "/proc/self" } });
    expect(underProc.status).toBe(0);
    expect(underProc.stderr).not.toContain("compile cache asked");
    // Nor when the folder reaches /proc through a link (a folder not made yet included: Node makes it there),
    // or is relative to a current folder of / (Node resolves it from there): Node spins there just the same.
    symlinkSync("/proc/self", join(root, "tmp-link"));
    for (const [cwd, tmp] of [[root, join(root, "tmp-link")], [root, join(root, "tmp-link", "new", "deeper")], ["/", "proc/self"]] as const) {
      const label = `TMPDIR=${tmp} in ${cwd}`;
      const run = spawnSync(process.execPath, ["--require", join(root, "ask.cjs"), cliPath, "--version"], { cwd, encoding: "utf8", timeout: 20_000, env: { ...process.env, TMPDIR: tmp } });
      expect(run.status, label).toBe(0);
      expect(run.stderr, label).not.toContain("compile cache asked");
    }
    // A link elsewhere is followed to a real folder: the cache is asked for.
    symlinkSync(root, join(root, "tmp-here"));
    const linked = spawnSync(process.execPath, ["--require", join(root, "ask.cjs"), cliPath, "--version"], { cwd: root, encoding: "utf8", timeout: 20_000, env: { ...process.env, TMPDIR: join(root, "tmp-here") } });
    expect(linked.status).toBe(0);
    expect(linked.stderr).toContain("compile cache asked; loaded: none");
  });
});
