// The lint cache: a file is linted again only when its bytes change, when the day changes and it holds a
// date, or when the policy pack, the rules or the code change; what comes from the cache is what a fresh
// lint gives; a broken cache is no cache.
import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/engine/policy.js";
import { cacheFilePath, lintCacheKey, mayHoldDate, openLintCache } from "../../src/engine/cache.js";
import { fileStamp, STAMP_SETTLE_MS } from "../../src/engine/files.js";
import { formatFindings, FORMATS } from "../../src/formatters/index.js";
import { toolVersion } from "../../src/config/version.js";
import { MAX_FINDINGS_PER_RUN } from "../../src/formatters/cap.js";
import { lintPaths } from "../../src/index.js";
import { allRules } from "../../src/rules/index.js";
import { serializeEvidence } from "../../src/reports/evidence.js";
import { repoRoot, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/tmp.js";
import { runCliAsync } from "../plan/cli-async.js";
import { evidenceFile, rampWorkspace, SCENARIOS, TODAY } from "../reports/evidence-scenarios.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript, without types
import { generateStack } from "../bench/generate.mjs";

const plain = (i: number) => `domain: d${i}.example\nmail: { provider: external }\nmx: [{ host: mx.d${i}.example., priority: 10 }]\nspf: "v=spf1 ptr -all"\n`;
const dated = `domain: dated.example\nmail: { provider: external }\nmx: [{ host: mx.dated.example., priority: 10 }]\nspf: "v=spf1 -all"\ndmarc:\n  p: none\n  rua: mailto:d@dated.example\n  since: 2026-01-01\n`;

function files(): Record<string, string> {
  const out: Record<string, string> = { "pack.yaml": "extends: ovh\n", "stack/dated.yaml": dated };
  for (let i = 0; i < 5; i++) out[`stack/d${i}.yaml`] = plain(i);
  return out;
}

async function lintWithCache(dir: string, options: { today?: string; pack?: string } = {}) {
  const policy = loadPolicy(options.pack ?? "pack.yaml", allRules, dir);
  const cache = openLintCache(cacheFilePath(undefined, dir), lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "test" }), allRules);
  const result = await lintPaths(["stack"], { cwd: dir, policy, today: options.today ?? "2026-02-01", models: false, cache });
  cache.save();
  return { result, hits: cache.hits, misses: cache.misses, unread: cache.unread };
}

describe("lint cache", () => {
  it("lints only what changed, and gives from the cache what a fresh lint gives", async () => {
    const dir = tempTree(files());
    const cold = await lintWithCache(dir);
    expect([cold.hits, cold.misses]).toEqual([0, 6]);
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([6, 0]);
    expect(warm.result).toEqual(cold.result);
    writeFileSync(join(dir, "stack/d3.yaml"), plain(3).replace("ptr -all", "ptr ~all"));
    const changed = await lintWithCache(dir);
    expect([changed.hits, changed.misses]).toEqual([5, 1]);
    const fresh = await lintPaths(["stack"], { cwd: dir, policy: loadPolicy("pack.yaml", allRules, dir), today: "2026-02-01", models: false });
    expect(changed.result).toEqual(fresh);
    expect(changed.result.findings.some((f) => f.file === "stack/d3.yaml" && f.ruleId === "spf-softfail-advice")).toBe(true);
  });

  it("a file whose lint: entry silences a finding: cached for a run that lists nothing, linted again for one that lists what is silenced", async () => {
    const silenced = `${plain(9)}lint:\n  - { rule: spf-ptr, reason: the old relay still needs it }\n`;
    const dir = tempTree({ ...files(), "stack/silenced.yaml": silenced });
    const policy = loadPolicy("pack.yaml", allRules, dir);
    const run = async (keepFindings: boolean) => {
      const key = lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "test", listsSuppressed: keepFindings });
      const cache = openLintCache(cacheFilePath(undefined, dir), key, allRules);
      const result = await lintPaths(["stack"], { cwd: dir, policy, today: "2026-02-01", models: false, cache, keepFindings });
      cache.save();
      return { result, hits: cache.hits, misses: cache.misses };
    };
    // As `maildns lint --cache` runs (streaming, nothing listed): every file is kept, and the next run reads none.
    await run(false);
    expect((await run(false)).hits).toBe(7);
    // As the Action runs (what is silenced is listed): another key, and the silencing file is linted each run.
    const first = await run(true);
    expect([first.hits, first.misses]).toEqual([0, 7]);
    const second = await run(true);
    expect([second.hits, second.misses]).toEqual([6, 1]);
    expect(second.result.suppressed.map((f) => [f.file, f.ruleId, f.suppression?.reason])).toEqual([["stack/silenced.yaml", "spf-ptr", "the old relay still needs it"]]);
  });

  it("a new day re-lints only the files that hold a date", async () => {
    const dir = tempTree(files());
    await lintWithCache(dir, { today: "2026-02-01" });
    const later = await lintWithCache(dir, { today: "2026-09-01" });
    expect([later.hits, later.misses]).toEqual([5, 1]);
    // dmarc-none-too-long judges the day: p=none since January is too long in September, not in February.
    expect(later.result.findings.some((f) => f.file === "stack/dated.yaml" && f.ruleId === "dmarc-none-too-long")).toBe(true);
  });

  it("a changed policy pack, or another rule set, starts over", async () => {
    const dir = tempTree(files());
    await lintWithCache(dir);
    writeFileSync(join(dir, "pack.yaml"), "extends: ovh\nrules:\n  spf-ptr: off\n");
    const repacked = await lintWithCache(dir);
    expect([repacked.hits, repacked.misses]).toEqual([0, 6]);
    expect(repacked.result.findings.some((f) => f.ruleId === "spf-ptr")).toBe(false);
    const policy = loadPolicy("pack.yaml", allRules, dir);
    expect(lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "test" })).not.toBe(lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules.slice(1), toolVersion: "test" }));
    expect(lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "test" })).not.toBe(lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "other" }));
  });

  it("a broken or foreign cache file is ignored, and replaced", async () => {
    const dir = tempTree(files());
    writeFileSync(join(dir, ".maildnscache"), "{ not json");
    const first = await lintWithCache(dir);
    expect(first.misses).toBe(6);
    // One line whose findings do not read, one cut short: those two files are linted again, the others not.
    const lines = readFileSync(join(dir, ".maildnscache"), "utf8").split("\n");
    const at = (file: string) => lines.findIndex((l) => l.startsWith(`"${file}"\t`));
    // (A line closes with its length, which is recomputed here: the findings themselves must be judged.)
    const body = lines[at("stack/d1.yaml")]!.replace(/\t\[.*$/, "\t[\"tampered\"]");
    lines[at("stack/d1.yaml")] = `${body}\t${Buffer.byteLength(body)}`;
    lines[at("stack/d2.yaml")] = lines[at("stack/d2.yaml")]!.slice(0, 20);
    writeFileSync(join(dir, ".maildnscache"), lines.join("\n"));
    const second = await lintWithCache(dir);
    expect([second.hits, second.misses]).toEqual([4, 2]);
    expect(second.result).toEqual(first.result);
    // Another key (another pack, rule set or maildns) is another cache.
    writeFileSync(join(dir, ".maildnscache"), readFileSync(join(dir, ".maildnscache"), "utf8").replace(/^(maildns-lint-cache 4 )\S+/, "$1other"));
    expect((await lintWithCache(dir)).misses).toBe(6);
  });

  it("folded findings (their count, their last message) and cut quotes come back as linted", async () => {
    const dir = tempTree({ "pack.yaml": "extends: ovh\n", "stack/x.yaml": `domain: x.example\nmail: { provider: external }\nmx: [{ host: mx.x.example., priority: 1 }]\nspf: "v=spf1 include:${"%z".repeat(1500)} ~all"\n` });
    const cold = await lintWithCache(dir);
    const folded = cold.result.findings.find((f) => f.ruleId === "spf-macro-syntax" && f.count !== undefined);
    expect(folded?.count).toBe(1491);
    expect(folded?.message).toMatch(/\(and 1490 more like it in this value\)$/);
    // What it stands for is kept only where a run asks (plan's failed lookups): `lint` holds no copy of the 1490.
    expect(folded?.folded).toBeUndefined();
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([1, 0]);
    expect(warm.result).toEqual(cold.result);
  });

  it("a domain declared in two files is still a duplicate when both come from the cache", async () => {
    const dir = tempTree({ "pack.yaml": "extends: ovh\n", "stack/a.yaml": plain(1), "stack/b.yaml": plain(1) });
    const cold = await lintWithCache(dir);
    expect(cold.result.findings.filter((f) => f.ruleId === "lint-duplicate-domain").map((f) => f.file)).toEqual(["stack/b.yaml"]);
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([2, 0]);
    expect(warm.result).toEqual(cold.result);
  });

  it("a path and findings outside ASCII come back as linted", async () => {
    const dir = tempTree({ "pack.yaml": "extends: ovh\n", "stack/café-été.yaml": `${plain(1)}dmarc: { p: none, rua: "mailto:réseau@d1.example" }\n` });
    const cold = await lintWithCache(dir);
    expect(cold.result.findings.find((f) => f.ruleId === "dmarc-uri-syntax")?.message).toContain('"réseau@d1.example"');
    expect(cold.result.findings.every((f) => f.file === "stack/café-été.yaml")).toBe(true);
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([1, 0]);
    expect(warm.result).toEqual(cold.result);
  });

  it("a run appends the lines of the files it linted again, and the last line of a file stands", async () => {
    const dir = tempTree(files());
    const path = join(dir, ".maildnscache");
    await lintWithCache(dir);
    const before = readFileSync(path);
    // Nothing changed: nothing written.
    await lintWithCache(dir);
    expect(readFileSync(path).equals(before)).toBe(true);
    writeFileSync(join(dir, "stack/d3.yaml"), plain(3).replace("ptr -all", "ptr ~all"));
    await lintWithCache(dir);
    const after = readFileSync(path);
    // The lines read are left as they were; one line more, for the file that changed.
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const added = after.subarray(before.length).toString("utf8");
    expect(added).toMatch(/^"stack\/d3\.yaml"\t[^\n]*\n$/);
    // Its new line stands: from the cache, the change's finding is there, and nothing is linted again.
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([6, 0]);
    expect(warm.result.findings.filter((f) => f.file === "stack/d3.yaml").map((f) => f.ruleId)).toContain("spf-softfail-advice");
  });

  it("a line cut short at the end (a run killed while appending) is dropped, and the next run starts the file over", async () => {
    const dir = tempTree(files());
    const path = join(dir, ".maildnscache");
    await lintWithCache(dir);
    writeFileSync(join(dir, "stack/d3.yaml"), plain(3).replace("ptr -all", "ptr ~all"));
    await lintWithCache(dir);
    const whole = readFileSync(path, "utf8");
    // Cut inside the appended line's findings, and cut just before its closing length: neither reads.
    for (const cut of [whole.lastIndexOf("spf-softfail-advice"), whole.lastIndexOf("\t")]) {
      writeFileSync(path, whole.slice(0, cut));
      const next = await lintWithCache(dir);
      expect([next.hits, next.misses]).toEqual([5, 1]);
      expect(next.result.findings.filter((f) => f.file === "stack/d3.yaml").map((f) => f.ruleId)).toContain("spf-softfail-advice");
      // Written anew (the cut line is not followed by others): one line per file.
      expect(readFileSync(path, "utf8").trimEnd().split("\n")).toHaveLength(7);
    }
  });

  it("is written anew with this run's files only once stale lines outnumber them", async () => {
    const dir = tempTree(files());
    const path = join(dir, ".maildnscache");
    const lineCount = () => readFileSync(path, "utf8").trimEnd().split("\n").length - 1;
    await lintWithCache(dir);
    expect(lineCount()).toBe(6);
    // Each change appends a line: up to as many stale lines as live ones (6), the file grows.
    for (let i = 1; i <= 6; i++) {
      writeFileSync(join(dir, "stack/d3.yaml"), `${plain(3)}# edit ${i}\n`);
      await lintWithCache(dir);
      expect(lineCount()).toBe(6 + i);
    }
    // The seventh stale line: the cache is written anew, one line per file.
    writeFileSync(join(dir, "stack/d3.yaml"), `${plain(3)}# edit 7\n`);
    await lintWithCache(dir);
    expect(lineCount()).toBe(6);
    const warm = await lintWithCache(dir);
    expect([warm.hits, warm.misses]).toEqual([6, 0]);
    // More than half of the files with a new line (a fresh checkout restamps them all): written anew.
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `stack/d${i}.yaml`), `${plain(i)}# edit\n`);
    await lintWithCache(dir);
    expect(lineCount()).toBe(6);
  });

  it("findings a report would not print are counted from the cache, not read; a duplicate's are read", async () => {
    const dir = tempTree({ ...files(), "stack/e.yaml": plain(1) });
    const policy = loadPolicy("pack.yaml", allRules, dir);
    const open = () => openLintCache(cacheFilePath(undefined, dir), lintCacheKey({ policyFingerprint: policy.fingerprint!, rules: allRules, toolVersion: "test" }), allRules);
    const run = async (cache: ReturnType<typeof open>, shows: boolean) => {
      const handed: string[] = [];
      const counted: Record<string, number>[] = [];
      const result = await lintPaths(["stack"], { cwd: dir, policy, today: "2026-02-01", models: false, cache, keepFindings: false, shows: () => shows, onCounted: (levels) => counted.push({ ...levels }), onFindings: (list) => handed.push(...list.map((f) => `${f.file} ${f.ruleId}`)) });
      cache.save();
      return { result, handed, counted };
    };
    const cold = await run(open(), false);
    // Linted now: every file's findings are handed over, whatever the report needs.
    expect(cold.counted).toEqual([]);
    const warm = await run(open(), false);
    expect(warm.result).toEqual(cold.result);
    // From the cache, only counts; except stack/e.yaml, which declares d1.example again: its findings are
    // read, for its lint-duplicate-domain goes among them.
    expect(warm.handed.every((h) => h.startsWith("stack/e.yaml "))).toBe(true);
    expect(warm.handed).toContain("stack/e.yaml lint-duplicate-domain");
    expect(warm.counted).toHaveLength(6);
    // The counts are the findings' (the result's totals, equal to the cold run's, are made of them).
    const total = (key: string) => warm.counted.reduce((n, levels) => n + levels[key]!, 0);
    expect(total("error") + total("warn") + total("info") + warm.handed.length).toBe(cold.handed.length);
    // A report that prints them gets every finding as linted.
    const shown = await run(open(), true);
    expect(shown.counted).toEqual([]);
    expect(shown.handed).toEqual(cold.handed);
  });

  it("a file whose stamp is the stored one is not read; same size and restored mtime but new bytes is re-linted", { timeout: 30_000 }, async () => {
    const dir = tempTree(files());
    // Modification times in whole seconds, so that the edit below can put one back exactly.
    const past = new Date("2026-01-15T10:00:00Z");
    for (const name of Object.keys(files())) utimesSync(join(dir, name), past, past);
    const cold = await lintWithCache(dir);
    const linted = Date.now();
    // Just written: too recent for a stamp (a second write in the same clock tick would keep it equal).
    // Judged by the clock: a loaded machine can take the settling time to get here from the write, and
    // the file is then rightly stamped.
    const stampField = (file: string) => readFileSync(join(dir, ".maildnscache"), "utf8").split("\n").findLast((l) => l.startsWith(`"${file}"\t`))!.split("\t")[2];
    const unsettled = linted - statSync(join(dir, "stack/d1.yaml")).ctimeMs < STAMP_SETTLE_MS;
    if (unsettled) expect(stampField("stack/d1.yaml")).toBe("-");
    await new Promise((settled) => setTimeout(settled, STAMP_SETTLE_MS + 200));
    // Settled now: judged by their bytes once more, which are the same, and stamped (or, stamped already,
    // taken by their stamps unread).
    const stamped = await lintWithCache(dir);
    expect([stamped.hits, stamped.misses, stamped.unread]).toEqual([6, 0, unsettled ? 0 : 6]);
    expect(stampField("stack/d1.yaml")).toMatch(/^\d+:[\d.]+:[\d.]+:\d+$/);
    const unread = await lintWithCache(dir);
    expect([unread.hits, unread.misses, unread.unread]).toEqual([6, 0, 6]);
    expect(unread.result).toEqual(cold.result);
    // A file given by its stamp whose stored findings do not read (its line's length made to match): linted
    // again, once, and its findings are as linted.
    const cachePath = join(dir, ".maildnscache");
    const lines = readFileSync(cachePath, "utf8").split("\n");
    const d1 = lines.findLastIndex((l) => l.startsWith('"stack/d1.yaml"\t'));
    const body = lines[d1]!.replace(/\t\[.*$/, '\t[["spf-ptr"]]');
    lines[d1] = `${body}\t${Buffer.byteLength(body)}`;
    writeFileSync(cachePath, lines.join("\n"));
    const relinted = await lintWithCache(dir);
    expect([relinted.hits, relinted.misses, relinted.unread]).toEqual([5, 1, 5]);
    expect(relinted.result).toEqual(cold.result);
    // The same number of bytes, and the modification time put back as it was (rsync -t, tar, touch -d): the
    // change time still moves (and once settled, it alone tells), so the file is read, and its new finding
    // is there.
    const file = join(dir, "stack/d3.yaml");
    const before = statSync(file);
    writeFileSync(file, plain(3).replace("ptr -all", "ptr ~all"));
    utimesSync(file, past, past);
    expect([statSync(file).size, statSync(file).mtimeMs, statSync(file).ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    await new Promise((settled) => setTimeout(settled, STAMP_SETTLE_MS + 200));
    const edited = await lintWithCache(dir);
    expect([edited.hits, edited.misses, edited.unread]).toEqual([5, 1, 5]);
    expect(edited.result.findings.some((f) => f.file === "stack/d3.yaml" && f.ruleId === "spf-softfail-advice")).toBe(true);
    // A new day: the file that holds a date is read again whatever its stamp.
    const later = await lintWithCache(dir, { today: "2026-09-01" });
    expect([later.hits, later.misses]).toEqual([5, 1]);
    expect(later.result.findings.some((f) => f.file === "stack/dated.yaml" && f.ruleId === "dmarc-none-too-long")).toBe(true);
  });

  it("a stamp is only given to a file that last changed longer ago than the settling time", () => {
    const stats = { size: 10, mtimeMs: 1_000_000, ctimeMs: 1_000_500, ino: 42 };
    expect(fileStamp(stats, 1_000_500 + STAMP_SETTLE_MS, STAMP_SETTLE_MS)).toBe("10:1000000:1000500:42");
    expect(fileStamp(stats, 1_000_499 + STAMP_SETTLE_MS, STAMP_SETTLE_MS)).toBeNull();
    expect(fileStamp({ ...stats, ctimeMs: 1_000_000 }, 1_000_499 + STAMP_SETTLE_MS, STAMP_SETTLE_MS)).toBe("10:1000000:1000000:42");
  });

  it("tells a date from other digits", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(mayHoldDate(bytes("since: 2026-01-01\n"))).toBe(true);
    expect(mayHoldDate(bytes('x: "a\\x32"\n'))).toBe(true);
    expect(mayHoldDate(bytes("ip4:192.0.2.1/24 2026-1-1 2026/01/01 v=DKIM1-2"))).toBe(false);
  });
});

describe("maildns lint --cache", () => {
  it("writes the same report warm as cold, to the file --cache-location names", () => {
    const dir = tempTree(files());
    const args = ["lint", "stack", "--cache", "--cache-location", "ci-cache/", "--today", "2026-02-01", "-f", "json"];
    const cold = runCli(args, { cwd: dir });
    expect(cold.stderr).toBe("");
    const warm = runCli(args, { cwd: dir });
    expect(warm.status).toBe(cold.status);
    expect(warm.stdout).toBe(cold.stdout);
    expect(readFileSync(join(dir, "ci-cache/.maildnscache"), "utf8")).toMatch(/^maildns-lint-cache 4 \S+\n(.*\n)*"stack\/d0\.yaml"\t[A-Za-z0-9+/]+=*\t(-|\d+:[\d.]+:[\d.]+:\d+)\t-\t0 2 0\t"d0\.example"\t\[.*\]\t\d+\n/);
    const plainRun = runCli(["lint", "stack", "--today", "2026-02-01", "-f", "json"], { cwd: dir });
    expect(plainRun.stdout).toBe(cold.stdout);
  });

  it("prints, warm with one file changed, the cold run's report byte for byte in every format, over the run's cap", { timeout: 120_000 }, async () => {
    // The benchmark's files: 2.4 findings a file, so 2,200 files pass the run's cap (5,000 printed) and the
    // warm run counts the findings of the last files from the cache without reading them (foresee, keepsAny).
    const dir = tempTree({});
    const count = 2200;
    (generateStack as (dir: string, count: number) => void)(join(dir, "stack"), count);
    const today = "2026-12-01";
    // Each run lints 2,200 files: run synchronously, one after another, they held this worker's thread for
    // their sum, which on a loaded machine nears the test runner's 60 s limit for a worker's answer.
    const warm = (format: string) => runCliAsync(["lint", "stack", "-f", format, "--today", today, "--cache"], { cwd: dir, timeoutMs: 60_000 });
    // The cold report: a fresh lint of every file, through the whole-report formatter (which a plain
    // `maildns lint` prints: test/formatters/stream.test.ts).
    const cold = async () => {
      const result = await lintPaths(["stack"], { cwd: dir, rules: allRules, today, models: false });
      const summary = { files: result.files, domains: result.domainCount, errors: result.errors, warnings: result.warnings, infos: result.infos };
      return (format: (typeof FORMATS)[number]) => formatFindings(format, { findings: result.findings, summary, rules: allRules, toolVersion: toolVersion() });
    };
    // Stamps are kept only for files that last changed more than the settling time ago: wait it out, so
    // the warm runs take unchanged files by their stamp, as a pull request's lint does. The cold report of
    // these files is made meanwhile (nothing changes them before the first run).
    const settled = new Promise((done) => setTimeout(done, STAMP_SETTLE_MS + 200));
    const firstCold = await cold();
    await settled;
    const first = await warm("json");
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(firstCold("json"));
    const report = JSON.parse(first.stdout) as { summary: { errors: number; warnings: number; infos: number }; omitted?: number };
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBeGreaterThan(MAX_FINDINGS_PER_RUN);
    expect(report.omitted).toBeGreaterThan(0);
    expect(readFileSync(join(dir, ".maildnscache"), "utf8").split("\n").filter((l) => /\t\d+:[\d.]+:[\d.]+:\d+\t/.test(l))).toHaveLength(count);
    // One file changed since the cache was written: a broken one early in the report, now healthy.
    writeFileSync(join(dir, "stack", "g0", "d10.example.yaml"), readFileSync(join(dir, "stack", "g0", "d11.example.yaml"), "utf8").replaceAll("d11.example", "d10.example"));
    const expected = await cold();
    for (const format of FORMATS) {
      const run = await warm(format);
      expect(run.stderr, format).toBe("");
      expect(run.status, format).toBe(1);
      expect(run.stdout.length, format).toBeGreaterThan(1000);
      expect(run.stdout === expected(format), `${format}: the warm report differs from the cold one`).toBe(true);
    }
  });

  it("new DMARC evidence re-lints the files it applies to, beside them or named by --evidence", () => {
    const root = rampWorkspace(tempTree({}), SCENARIOS.failingSource);
    const args = ["lint", "stacks", "--cache", "--today", TODAY];
    const failing = runCli(args, { cwd: root });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("stacks/shop.example.yaml:20:6  error  DMARC tightens (p=quarantine → p=reject) before the aggregate reports back it");
    // The cache holds the evidence's hash for the files it applies to.
    expect(readFileSync(join(root, ".maildnscache"), "utf8")).toMatch(/^"stacks\/shop\.example\.yaml"\t[A-Za-z0-9+/]+=* [A-Za-z0-9+/]+=*\t/m);
    // The same run again, from the cache.
    expect(runCli(args, { cwd: root }).stdout).toBe(failing.stdout);
    // Evidence that backs the move: the domain file's bytes did not change, its findings did.
    writeFileSync(join(root, "stacks", "dmarc-evidence.json"), serializeEvidence(evidenceFile(14, 20_000, 19_900)));
    const backed = runCli(args, { cwd: root });
    expect(backed.stdout).not.toContain("dmarc-ramp-evidence");
    expect(backed.status).toBe(0);
    // --evidence FILE: its bytes are part of every file's key.
    writeFileSync(join(root, "ci-evidence.json"), serializeEvidence(SCENARIOS.sixtyPercent));
    const named = runCli([...args, "--evidence", "ci-evidence.json"], { cwd: root });
    expect(named.status).toBe(1);
    expect(named.stdout).toContain("20 days of reports; 60.0% passing");
    writeFileSync(join(root, "ci-evidence.json"), serializeEvidence(SCENARIOS.solid));
    expect(runCli([...args, "--evidence", "ci-evidence.json"], { cwd: root }).status).toBe(0);
  });

  it("a changed chunk of the bundle starts the cache over: its key covers every chunk, not only the file it sits in", () => {
    // The bundle is split (.ci/build.mjs): the rules may sit in another chunk than the cache's code. A copy
    // of the package with one more chunk is another build, whose cache must not be trusted.
    const dir = tempTree(files());
    const copy = join(dir, "pkg");
    for (const part of ["dist", "policies", "package.json"]) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
    const lint = () => spawnSync(process.execPath, [join(copy, "dist/cli.js"), "lint", "stack", "--cache", "--today", "2026-02-01"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    const keyOf = () => readFileSync(join(dir, ".maildnscache"), "utf8").split("\n")[0];
    const cold = lint();
    expect(cold.stderr).toBe("");
    const first = keyOf();
    expect(first).toMatch(/^maildns-lint-cache \d+ \S+$/);
    expect(lint().stdout).toBe(cold.stdout);
    expect(keyOf()).toBe(first);
    writeFileSync(join(copy, "dist/chunks/chunk-ANOTHER.js"), "export {};\n");
    expect(lint().stdout).toBe(cold.stdout);
    expect(keyOf()).not.toBe(first);
  });

  it("refuses a --cache-location that is a pipe (or a device) with exit 2, and leaves it as it was", () => {
    const dir = tempTree(files());
    const made = spawnSync("mkfifo", [join(dir, "pipe")], { timeout: 10_000 });
    expect(made.status).toBe(0);
    const run = runCli(["lint", "stack", "--cache", "--cache-location", "pipe"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--cache-location pipe is a device or a pipe, not a file");
    expect(statSync(join(dir, "pipe")).isFIFO()).toBe(true);
  });

  it("--cache-location without --cache is a usage error", () => {
    const dir = tempTree(files());
    const run = runCli(["lint", "stack", "--cache-location", "x"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--cache-location names the file of --cache");
  });
});
