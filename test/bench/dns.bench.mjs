// DNS benchmark (issue 3 §10): `maildns audit` and `maildns plan` over N generated domains served by the
// loopback DNS server in a child process, next to a bare dns-packet stub resolver asking the very same
// questions (taken from the server's query log) at the same concurrency. Every process is timed from spawn
// to exit, so node's start-up is on both sides. An untimed audit first warms the server up. Traffic goes
// to 127.0.0.1 only.
// Usage: node test/bench/dns.bench.mjs [--domains 1000,10000] [--concurrency 64]   (after node .ci/build.mjs)
// BENCH_PROF=DIR writes a CPU profile of each audit run into DIR.
import { fork, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { benchDomainYaml, benchZones, dkimRecordStrings, domainName } from "./dns-zones.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli.js");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = option("domains", "1000,10000").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
const concurrency = Number(option("concurrency", "64"));
const TARGET = { size: 10_000, ratio: 1.5, rssMb: 400 };

if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `node .ci/build.mjs` first");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "maildns-dns-bench-"));

/** Spawns a process and resolves with its wall time, exit status and output. */
function timed(args, env = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20 * 60_000);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status, signal, stdout, stderr });
    });
  });
}

function request(child, message, key) {
  return new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`the DNS server process exited (${code}) before answering ${key}`));
    const onMessage = (reply) => {
      if (key in reply) {
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(reply);
      }
    };
    child.once("exit", onExit);
    child.on("message", onMessage);
    child.send(message);
  });
}

async function measure(server, label, args) {
  await request(server, "reset", "reset");
  const run = await timed([...(process.env.BENCH_PROF && label.startsWith("audit") ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.BENCH_PROF] : []), cli, ...args], { MAILDNS_REPORT_RSS: "1" });
  // 0 and 1 are answers (1: findings or failed lookups); anything else is a crash or a usage error.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label} exited with ${run.status ?? run.signal}:\n${run.stderr.slice(0, 2000)}`);
  const rss = Number(/maildns-peak-rss=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const logFile = join(work, `${label.replace(/\W+/g, "-")}.log.json`);
  const counts = await request(server, { logFile }, "count");
  const udp = JSON.parse(readFileSync(logFile, "utf8")).filter(([, , transport]) => transport === "udp");
  const queriesFile = join(work, `${label.replace(/\W+/g, "-")}.queries.json`);
  writeFileSync(queriesFile, JSON.stringify(udp.map(([name, type]) => [name, type])));
  const raw = await timed([join(here, "dns-raw.mjs"), String(server.port), queriesFile, String(concurrency)]);
  if (raw.status !== 0) throw new Error(`raw resolver exited with ${raw.status ?? raw.signal}:\n${raw.stderr.slice(0, 2000)}`);
  const rawResult = JSON.parse(raw.stdout);
  return { label, ms: run.ms, rss, queries: counts.count, tcp: counts.tcp, rawMs: raw.ms, rawAnswered: rawResult.answered, rawAsked: rawResult.asked, output: run.stdout };
}

async function benchSize(count, serverModule, dkim) {
  const dir = join(work, `n${count}`);
  mkdirSync(join(dir, "stack"), { recursive: true });
  const zonesFile = join(dir, "zones.json");
  writeFileSync(zonesFile, JSON.stringify(benchZones(count, dkim)));
  const domains = Array.from({ length: count }, (_, i) => domainName(i));
  writeFileSync(join(dir, "domains.txt"), `${domains.join("\n")}\n`);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, "stack", `${domainName(i)}.yaml`), benchDomainYaml(i, dkim));

  const server = fork(join(here, "dns-serve.mjs"), [serverModule], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const { port } = await request(server, { zonesFile }, "port");
    server.port = port;
    const common = ["--resolver", `127.0.0.1:${port}`, "--concurrency", String(concurrency), "--today", "2026-11-01", "-q", "-f", "json"];
    const auditArgs = ["audit", "--domains-file", join(dir, "domains.txt"), ...common];
    // One untimed run first, as for lint: the server process compiles its hot paths and sizes its heap
    // then, so neither the timed audit nor the raw resolver after it pays for a cold server.
    await measure(server, `warm-up ${count}`, auditArgs);
    const audit = await measure(server, `audit ${count}`, auditArgs);
    const auditJson = JSON.parse(audit.output);
    audit.note = `${auditJson.findings.length} findings, ${auditJson.failures.length} failed lookups`;
    const plan = await measure(server, `plan ${count}`, ["plan", join(dir, "stack"), ...common]);
    const planJson = JSON.parse(plan.output);
    plan.note = `${planJson.summary.changes} changes, ${planJson.failures.length} failed lookups`;
    return [audit, plan];
  } finally {
    if (server.exitCode === null && server.connected) {
      server.send("stop");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  }
}

try {
  const serverModule = join(work, "dns-server.mjs");
  await build({ entryPoints: [join(root, "test/helpers/dns-server.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: serverModule, logLevel: "warning", banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" } });
  const dkim = dkimRecordStrings();
  console.log(`DNS benchmark: concurrency ${concurrency}, DKIM key RSA-2048 in ${dkim.length} strings of ≤ 255 octets, 1 domain in 10 broken`);
  const rows = [];
  for (const count of sizes) rows.push(...(await benchSize(count, serverModule, dkim)));

  const header = ["run", "wall s", "peak RSS MB", "DNS queries", "raw resolver s", "ratio", "result"];
  const table = rows.map((r) => [r.label, (r.ms / 1000).toFixed(2), (r.rss / 1048576).toFixed(0), String(r.queries), (r.rawMs / 1000).toFixed(2), (r.ms / r.rawMs).toFixed(2), r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(["", line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...table.map(line)].join("\n"));

  console.log("");
  const target = rows.find((r) => r.label === `audit ${TARGET.size}`);
  if (!target) {
    console.log(`targets: not judged (run with --domains ${TARGET.size} to judge them)`);
  } else {
    const ratio = target.ms / target.rawMs;
    const rssMb = target.rss / 1048576;
    console.log(`${ratio <= TARGET.ratio ? "PASS" : "FAIL"}  audit of ${TARGET.size} domains in ${ratio.toFixed(2)}× the raw resolver's time (target ≤ ${TARGET.ratio}×)`);
    console.log(`${rssMb < TARGET.rssMb ? "PASS" : "FAIL"}  audit of ${TARGET.size} domains peaks at ${rssMb.toFixed(0)} MB (target < ${TARGET.rssMb} MB)`);
  }
  for (const r of rows) if (r.rawAnswered !== r.rawAsked) console.log(`note: the raw resolver got ${r.rawAnswered} of ${r.rawAsked} answers for ${r.label}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
