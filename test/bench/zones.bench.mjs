// Zone-file benchmark (issue 14 §4): `import --zone DIR` and `audit --zone DIR` over N generated zone files,
// one per domain (the DNS benchmark's domains: OVH's MX Plan or elsewhere, SPF through shared include trees,
// a 2048-bit DKIM key, DMARC, one domain in ten broken) plus the shared provider zones. Nothing goes over the
// network: the zones are the observed state. Each command is timed from spawn to exit, node's start-up
// included, with its CPU time (user + system) and peak RSS: on a shared machine the CPU time is the figure
// that does not depend on the neighbours. Target: each at most 3 s of wall time for 10,000 zones.
// Same verdicts: the audit's findings are checked against what the generated domains must give (every
// broken category's error found, no error on a healthy domain, no failed lookup), and the import must write
// one domain file per generated domain.
// Usage: node test/bench/zones.bench.mjs [--zones 1000,10000]   (after node .ci/build.mjs)
// --keep: write the first size's zone files, print the import and audit command lines and leave the files
// in place (nothing timed): for timing or profiling a run by hand, e.g. with node --cpu-prof in front.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditVerdicts, benchZones, dkimRecordStrings, expectedFindings } from "./dns-zones.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));
const cli = join(root, "dist/cli.js");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = option("zones", "1000,10000").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
const TARGET = { size: 10_000, seconds: 3 };
const keep = process.argv.includes("--keep");

if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `node .ci/build.mjs` first");
  process.exit(1);
}

function timed(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["-r", join(here, "cpu-report.cjs"), ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MAILDNS_REPORT_RSS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    const stdout = [];
    child.stdout.on("data", (d) => stdout.push(d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 10 * 60_000);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status, signal, stderr, stdout: Buffer.concat(stdout).toString("utf8") });
    });
  });
}

/** A record as a master-file line (absolute owner, TTL, class, type, data). */
function line(r) {
  const data = r.type === "TXT" ? (r.strings ?? [r.value]).map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(" ") : r.value;
  return `${r.name}. ${r.ttl} IN ${r.type} ${data}`;
}

/** One file per domain, <domain>.zone, and the shared provider zones together in one more. */
function writeZones(dir, count, dkim) {
  const { records } = benchZones(count, dkim);
  const files = new Map();
  for (const r of records) {
    const domain = /(?:^|\.)(d\d+\.bench\.example)$/.exec(r.name)?.[1];
    const file = domain ? `${domain}.zone` : "shared-providers.zone";
    let lines = files.get(file);
    if (!lines) files.set(file, (lines = []));
    lines.push(line(r));
  }
  mkdirSync(dir, { recursive: true });
  for (const [file, lines] of files) writeFileSync(join(dir, file), `${lines.join("\n")}\n`);
  return files.size;
}

/**
 * Same verdicts from `audit --zone -f json`: every broken domain's expected rule ids found (some categories
 * are warnings, so the audit runs without --quiet, which keeps errors only), no error on a healthy domain, no
 * failed lookup.
 */
function zoneAuditVerdicts(stdout, size) {
  const report = JSON.parse(stdout);
  const { ok, missed, falseErrors, failures } = auditVerdicts(report, expectedFindings(size));
  return { ok, text: `${ok ? "PASS" : "FAIL"}: ${report.findings.length} findings, ${missed} expected missed, ${falseErrors} on healthy domains, ${failures} failed lookups` };
}

/** Same verdicts from `import --zone --out DIR`: one domain file per generated domain, every one written. */
function importVerdicts(status, outDir, size) {
  const written = readdirSync(outDir).filter((f) => f.endsWith(".yaml")).length;
  const ok = status === 0 && written === size;
  return { ok, text: `${ok ? "PASS" : "FAIL"}: ${written} of ${size} domain files written, exit ${status}` };
}

const work = mkdtempSync(join(tmpdir(), "maildns-zones-bench-"));
let failed = false;
try {
  const dkim = dkimRecordStrings();
  if (!keep) {
    console.log("| zones | command | wall (s) | CPU (s) | peak RSS (MiB) | target | verdicts |");
    console.log("|---:|---|---:|---:|---:|---|---|");
  }
  for (const size of keep ? sizes.slice(0, 1) : sizes) {
    const dir = join(work, `zones-${size}`);
    const outDir = join(work, `out-${size}`);
    const files = writeZones(dir, size, dkim);
    const commands = [
      ["import --zone", [cli, "import", "--zone", dir, "--out", outDir, "--force", "-q", "--today", "2026-11-01"]],
      ["audit --zone", [cli, "audit", "--zone", dir, "-f", "json", "--today", "2026-11-01"]],
    ];
    if (keep) {
      const quote = (a) => (/^[\w./:,=@-]+$/.test(a) ? a : `'${a}'`);
      for (const [label, args] of commands) console.log(`${label}: ${[process.execPath, ...args].map(quote).join(" ")}`);
      console.log(`The ${files} zone files stay in ${work}: remove it when done.`);
      break;
    }
    for (const [label, args] of commands) {
      const run = await timed(args);
      // 0 and 1 are answers (1: findings or unwritten domains); anything else is a crash or a usage error.
      if (run.status !== 0 && run.status !== 1) throw new Error(`${label} over ${size} zones exited with ${run.status ?? run.signal}:\n${run.stderr.slice(0, 2000)}`);
      const rss = Number(/maildns-peak-rss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024 / 1024;
      const cpu = Number(/maildns-bench-cpu-ms=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000;
      const met = size !== TARGET.size ? "" : run.ms / 1000 <= TARGET.seconds ? `≤ ${TARGET.seconds} s: met` : `≤ ${TARGET.seconds} s: MISSED`;
      const verdicts = label.startsWith("audit") ? zoneAuditVerdicts(run.stdout, size) : importVerdicts(run.status, outDir, size);
      if (met.endsWith("MISSED") || !verdicts.ok) failed = true;
      console.log(`| ${size} (${files} files) | ${label} | ${(run.ms / 1000).toFixed(2)} | ${cpu.toFixed(2)} | ${rss.toFixed(0)} | ${met} | ${verdicts.text} |`);
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
