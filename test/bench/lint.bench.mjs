// Lint benchmark (issues 2 and 14): wall time, CPU time and peak memory of `maildns lint` on 1,000, 10,000
// and 50,000 generated domain files, run as the user runs it (the bundled CLI in a child process): cold, and
// with a warm --cache after one file changed (what a pull request's lint does); then the hostile inputs,
// each of which must end in under a second with a finding or exit 2. Prints a table and PASS/FAIL per
// target. The machine may be shared: CPU seconds say more than wall time there.
// Usage: node test/bench/lint.bench.mjs [--files 1000,10000,50000]   (after npm run build)
// --keep: generate the first size's files (10,000 unless --files says), write its cache, print the cold and
// the warm command lines (the warm one changes one file first, as the timed runs do) and leave the files
// for timing or profiling by hand (node --cpu-prof in front of the command); nothing is timed, and the
// folder printed is to be removed by hand.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateStack } from "./generate.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.js");
const work = mkdtempSync(join(tmpdir(), "maildns-bench-"));
const results = [];
// Memory is measured in MiB (2^20 bytes); the issue's "300 MB" is judged in the stricter decimal sense (286 MiB).
const MAX_RSS_MB = 300;
const MAX_RSS_MIB = (MAX_RSS_MB * 1e6) / (1024 * 1024);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const counts = option("files", "1000,10000,50000").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
// The warm-cache run (a pull request's lint) is judged at 10,000 files; a smaller run does it at its largest size.
const warmAt = counts.includes(10000) ? 10000 : Math.max(...counts.filter((n) => n < 10000), 0);

const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function timed(args, cwd = work) {
  // Wall time here; peak RSS through the child's own report; CPU (user + system) from /usr/bin/time when
  // it is there.
  const start = process.hrtime.bigint();
  const command = gnuTime ? [gnuTime, ["-f", "maildns-bench-cpu %U %S", process.execPath, "--max-old-space-size=2048", cli, ...args]] : [process.execPath, ["--max-old-space-size=2048", cli, ...args]];
  const run = spawnSync(command[0], command[1], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 300_000, env: { ...process.env, MAILDNS_REPORT_RSS: "1" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maildns-peak-rss=(\d+)/.exec(run.stderr)?.[1];
  const cpu = /maildns-bench-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const status = gnuTime ? Number(/Command exited with non-zero status (\d+)/.exec(run.stderr)?.[1] ?? run.status) : run.status;
  return { ms, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, status, stdout: run.stdout, stderr: run.stderr, rssMb: rss ? Number(rss) / 1024 / 1024 : null };
}

function listYaml(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".yaml")).map((f) => join(dir, String(f)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const row = (label, runs, target, verdictOf) => {
  const ms = median(runs.map((r) => r.ms));
  const cpu = runs.every((r) => r.cpuS !== null) ? median(runs.map((r) => r.cpuS)) : null;
  const ok = runs.every((r) => r.status === 1);
  results.push({ case: label, ms, cpuS: cpu, rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)), target: target ?? "-", verdict: !ok ? "FAIL (exit)" : verdictOf ? verdictOf(ms, runs) : "-" });
};

const keep = process.argv.includes("--keep");
if (keep) {
  const count = process.argv.includes("--files") ? counts[0] : 10000;
  const dir = join(work, `stack-${count}`);
  generateStack(dir, count);
  const out = join(work, "out.json");
  const cache = join(work, "lint-cache");
  const changed = join(dir, `g${Math.floor(Math.floor(count / 3) / 1000)}`, `d${Math.floor(count / 3)}.example.yaml`);
  const cold = [process.execPath, cli, "lint", dir, "--format", "json", "--output", out];
  const warm = [...cold, "--cache", "--cache-location", cache];
  spawnSync(warm[0], warm.slice(1), { cwd: work, stdio: "ignore", timeout: 300_000 });
  const quote = (a) => (/^[\w./:,=@-]+$/.test(a) ? a : `'${a}'`);
  console.log(`files: ${dir} (${count.toLocaleString("en")}), cache: ${cache}`);
  console.log(`cold: ${cold.map(quote).join(" ")}`);
  console.log(`warm, one file changed: sh -c 'echo "# changed" >> ${changed} && exec ${warm.map(quote).join(" ")}'`);
  console.log(`remove when done: rm -r ${work}`);
  process.exit(0);
}

try {
  for (const count of counts) {
    const dir = join(work, `stack-${count}`);
    generateStack(dir, count);
    const out = join(work, "out.json");
    // One untimed run first: the files were just written, and the first read of them measures the disk's
    // write-back, not maildns. Then the median of three (one at 50,000: it is about memory).
    timed(["lint", dir, "--format", "json", "--output", out]);
    const cold = Array.from({ length: count === 50000 ? 1 : 3 }, () => timed(["lint", dir, "--format", "json", "--output", out]));
    if (count === 10000) row(`lint ${count.toLocaleString("en")} files, cold`, cold, "≤ 1000 ms", (ms) => (ms <= 1000 ? "PASS" : "FAIL"));
    else if (count === 50000) row(`lint ${count.toLocaleString("en")} files, cold`, cold, `< ${MAX_RSS_MB} MB (${MAX_RSS_MIB.toFixed(0)} MiB)`, (_ms, runs) => (runs.every((r) => (r.rssMb ?? Infinity) < MAX_RSS_MIB) ? "PASS" : "FAIL"));
    else row(`lint ${count.toLocaleString("en")} files, cold`, cold);
    if (count !== warmAt) continue;
    // A pull request's lint: the cache of the previous run, and one file changed since (a new one each run).
    const cache = join(work, "lint-cache");
    timed(["lint", dir, "--format", "json", "--output", out, "--cache", "--cache-location", cache]);
    const changed = count > 3333 ? join(dir, "g3", "d3333.example.yaml") : join(dir, `g${Math.floor(Math.floor(count / 3) / 1000)}`, `d${Math.floor(count / 3)}.example.yaml`);
    const original = readFileSync(changed, "utf8");
    const warm = [1, 2, 3].map((n) => {
      writeFileSync(changed, `${original}# changed ${n}\n`);
      return timed(["lint", dir, "--format", "json", "--output", out, "--cache", "--cache-location", cache]);
    });
    if (count === 10000) row(`lint ${count.toLocaleString("en")} files, warm --cache, one file changed`, warm, "≤ 300 ms", (ms) => (ms <= 300 ? "PASS" : "FAIL"));
    else row(`lint ${count.toLocaleString("en")} files, warm --cache, one file changed`, warm);
    // What CI sees: a fresh checkout gives every file a new time, so no stamp matches and every file is read
    // and hashed (its bytes decide). Not judged: shown for what the stamp check spares.
    const checkout = [4, 5, 6].map((n) => {
      const now = new Date();
      for (const file of listYaml(dir)) utimesSync(file, now, now);
      writeFileSync(changed, `${original}# changed ${n}\n`);
      return timed(["lint", dir, "--format", "json", "--output", out, "--cache", "--cache-location", cache]);
    });
    row(`lint ${count.toLocaleString("en")} files, warm --cache, one file changed, every file touched (a fresh checkout)`, checkout);
  }

  const hostile = {
    "50 MB file": () => "domain: example.com\n# " + "x".repeat(50 * 1024 * 1024) + "\n",
    "alias bomb": () => ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => { const p = String.fromCharCode(97 + i); const n = String.fromCharCode(98 + i); return `${n}: &${n} [${Array(10).fill(`*${p}`).join(", ")}]`; }), "domain: example.com"].join("\n"),
    "10,000-deep flow nesting": () => `domain: example.com\nx: ${"[".repeat(10000)}${"]".repeat(10000)}\n`,
    "10,000-deep block nesting": () => `domain: example.com\nx:\n${"- ".repeat(10000)}1\n`,
    "binary file": () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
    "NUL bytes": () => "domain: example.com\u0000\nspf: x\n",
    "CRLF": () => "domain: example.com\r\nspf: \"v=spf1 -all\"\r\n",
    "BOM": () => "\uFEFFdomain: example.com\n",
    "control characters in TXT": () => 'domain: example.com\nspf: "v=spf1 \\x07include:mx.ovh.com ~all"\ndmarc: "v=DMARC1;\\e p=none"\n',
  };
  for (const [name, make] of Object.entries(hostile)) {
    const file = join(work, "hostile.yaml");
    writeFileSync(file, make());
    const run = timed(["lint", file, "--format", "json"]);
    let finding = "";
    try {
      finding = JSON.parse(run.stdout).findings.map((f) => f.ruleId).filter((id) => id.startsWith("file-"))[0] ?? JSON.parse(run.stdout).findings[0]?.ruleId ?? "";
    } catch {
      finding = run.stderr.split("\n")[0];
    }
    const handled = (run.status === 1 && finding) || run.status === 2 || (run.status === 0 && finding);
    results.push({ case: `hostile: ${name}`, ms: run.ms, cpuS: run.cpuS, rssMb: run.rssMb ?? 0, target: "< 1000 ms", verdict: `${handled && run.ms < 1000 ? "PASS" : "FAIL"} (exit ${run.status}, ${finding || "no finding"})` });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log("| case | wall ms | CPU s | peak RSS MiB | target | verdict |");
console.log("| --- | ---: | ---: | ---: | --- | --- |");
for (const r of results) console.log(`| ${r.case} | ${r.ms.toFixed(0)} | ${r.cpuS === null || r.cpuS === undefined ? "-" : r.cpuS.toFixed(2)} | ${r.rssMb ? r.rssMb.toFixed(0) : "-"} | ${r.target} | ${r.verdict} |`);
process.exitCode = results.some((r) => r.verdict.startsWith("FAIL")) ? 1 : 0;
