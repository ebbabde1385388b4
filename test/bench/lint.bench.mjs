// Lint benchmark (issue 2): wall time and peak memory of `maildns lint` on 1,000 and 10,000 generated domain
// files, run as the user runs it (the bundled CLI in a child process), and the hostile inputs, each of which
// must end in under a second with a finding or exit 2. Prints a table and PASS/FAIL per target.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateStack } from "./generate.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.js");
const work = mkdtempSync(join(tmpdir(), "maildns-bench-"));
const results = [];

function timed(args, cwd = work) {
  // /usr/bin/time is not always there: measure wall time here and peak RSS through the child's own report.
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--max-old-space-size=2048", cli, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 120_000, env: { ...process.env, MAILDNS_REPORT_RSS: "1" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maildns-peak-rss=(\d+)/.exec(run.stderr)?.[1];
  return { ms, status: run.status, stdout: run.stdout, stderr: run.stderr, rssMb: rss ? Number(rss) / 1024 / 1024 : null };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

try {
  for (const count of [1000, 10000]) {
    const dir = join(work, `stack-${count}`);
    generateStack(dir, count);
    // One untimed run first: the files were just written, and the first read of them measures the disk's
    // write-back, not maildns. Then the median of three.
    timed(["lint", dir, "--format", "json", "--output", join(work, "out.json")]);
    const runs = [0, 1, 2].map(() => timed(["lint", dir, "--format", "json", "--output", join(work, "out.json")]));
    const ms = median(runs.map((r) => r.ms));
    const ok = runs.every((r) => r.status === 1);
    const target = count === 10000 ? 2000 : null;
    results.push({
      case: `lint ${count.toLocaleString("en")} domains`,
      ms,
      rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)),
      target: target ? `< ${target} ms` : "-",
      verdict: !ok ? "FAIL (exit)" : target === null ? "-" : ms < target ? "PASS" : "FAIL",
    });
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
    results.push({ case: `hostile: ${name}`, ms: run.ms, rssMb: run.rssMb ?? 0, target: "< 1000 ms", verdict: `${handled && run.ms < 1000 ? "PASS" : "FAIL"} (exit ${run.status}, ${finding || "no finding"})` });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log("| case | wall ms | peak RSS MB | target | verdict |");
console.log("| --- | ---: | ---: | --- | --- |");
for (const r of results) console.log(`| ${r.case} | ${r.ms.toFixed(0)} | ${r.rssMb ? r.rssMb.toFixed(0) : "-"} | ${r.target} | ${r.verdict} |`);
