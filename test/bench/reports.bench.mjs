// DMARC aggregate reports (issue 15): ingest of 100,000 generated reports (10,000 domains × 10 reporters,
// as .xml.gz files the way Microsoft sends them) through the CLI into an embedded store that this ingest
// creates (a team's first ingest), the summary of the 10,000 domains, and each hostile file's refusal.
// Targets: ingest ≥ 2,000 reports/s with peak memory < 400 MB; summary < 2 s; each hostile file < 1 s.
// `node test/bench/reports.bench.mjs [DOMAINS] [REPORTERS] [--keep]` (defaults 10000 and 10).
// --keep: generate the reports, ingest them into the embedded store, then leave both in place and print the
// ingest and summary command lines (for timing or profiling by hand) instead of running the rest.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "cli.js");
const keep = process.argv.includes("--keep");
const [domainsArg, reportersArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const domains = Number(domainsArg ?? 10_000);
const reporters = Number(reportersArg ?? 10);
const REPORTERS = ["google.com", "Enterprise Outlook", "Yahoo", "comcast.net", "mail.ru", "web.de", "orange.fr", "free.fr", "laposte.net", "gmx.net", "zoho.com", "fastmail.com"];
const DAY0 = Date.parse("2026-11-09T00:00:00Z") / 1000;

function report(d, r) {
  const domain = `d${d}.example`;
  const org = REPORTERS[r % REPORTERS.length];
  const begin = DAY0 + (r % 14) * 86400;
  const failing = d % 10 === 0 ? `<record><row><source_ip>203.0.113.${d % 250}</source_ip><count>${(d % 7) + 1}</count><policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row><identifiers><envelope_from>crm.example</envelope_from><header_from>${domain}</header_from></identifiers><auth_results><spf><domain>crm.example</domain><scope>mfrom</scope><result>pass</result></spf></auth_results></record>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <version>1.0</version>
  <report_metadata><org_name>${org}</org_name><email>dmarc@reporter${r}.example</email><report_id>${r}-${d}-${begin}</report_id><date_range><begin>${begin}</begin><end>${begin + 86399}</end></date_range></report_metadata>
  <policy_published><domain>${domain}</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>
  <record><row><source_ip>192.0.2.${(d % 200) + 1}</source_ip><count>${100 + (d % 50)}</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><envelope_from>${domain}</envelope_from><header_from>${domain}</header_from></identifiers><auth_results><dkim><domain>${domain}</domain><selector>ovhmo${d}-selector1</selector><result>pass</result></dkim><spf><domain>${domain}</domain><scope>mfrom</scope><result>pass</result></spf></auth_results></record>
  <record><row><source_ip>198.51.100.${r + 1}</source_ip><count>${(d % 3) + 1}</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf><reason><type>forwarded</type></reason></policy_evaluated></row><identifiers><header_from>${domain}</header_from></identifiers><auth_results><dkim><domain>${domain}</domain><selector>ovhmo${d}-selector1</selector><result>pass</result></dkim><spf><domain>forwarder${r}.example</domain><scope>mfrom</scope><result>pass</result></spf></auth_results></record>
  ${failing}
</feedback>
`;
}

function run(args, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { ...process.env, MAILDNS_REPORT_RSS: "1", ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 30 * 60_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/maildns-peak-rss=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { ...result, seconds, rss };
}

// Memory is printed in MiB (2^20 bytes); the issue's "400 MB" is judged in the stricter decimal sense (381 MiB).
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const work = mkdtempSync(join(tmpdir(), "maildns-reports-bench-"));
let failed = false;
// The targets are the issue's, for 100,000 reports: a smaller run (`npm run bench -- --size N`) shows that
// every step runs and says what it measured, and fails only when a step fails, not on a rate or a time.
const judged = domains * reporters === 100_000;
const verdict = (ok) => (judged ? (ok ? "met" : "NOT met") : "not judged at this size");
const missed = (ok) => {
  if (judged && !ok) failed = true;
};
try {
  const total = domains * reporters;
  const generated = process.hrtime.bigint();
  for (let r = 0; r < reporters; r++) {
    const folder = join(work, "inbox", `reporter${r}`);
    mkdirSync(folder, { recursive: true });
    for (let d = 0; d < domains; d++) writeFileSync(join(folder, `r${r}!d${d}.example!${DAY0}.xml.gz`), gzipSync(report(d, r), { level: 6 }));
  }
  console.log(`generated ${total.toLocaleString("en-US")} reports (${domains.toLocaleString("en-US")} domains × ${reporters} reporters, .xml.gz) in ${(Number(process.hrtime.bigint() - generated) / 1e9).toFixed(1)} s`);

  // Creating an embedded store on its own: an ingest of an empty folder into a store path that does not
  // exist yet (a summary there is refused, since nothing was ever ingested). The ingest below pays the
  // same, since it also starts from a new store.
  mkdirSync(join(work, "empty-inbox"));
  const empty = run(["reports", "ingest", "--store", join(work, "empty-store"), "-q", "--format", "json", join(work, "empty-inbox")]);
  if (empty.status !== 0) {
    failed = true;
    console.log(`creating an embedded store failed (${empty.status}): ${empty.stderr.slice(0, 2000)}`);
  }
  const creationOk = empty.status === 0 && empty.rss < 400e6;
  missed(creationOk);
  console.log(`embedded store created (an ingest of an empty folder): ${empty.seconds.toFixed(2)} s, peak RSS ${mb(empty.rss)} (within the ingest's 400 MB = 381 MiB: ${verdict(creationOk)})${/maildns reports: .*initdb.*/.exec(empty.stderr)?.[0] ? `; ${/maildns reports: .*initdb.*/.exec(empty.stderr)[0]}` : ""}`);

  // The ingest goes into a store that does not exist yet: the figures are a team's first ingest, creation included.
  const store = join(work, "store");

  const ingestInto = (label, location) => {
    const ingest = run(["reports", "ingest", "--store", location, "-q", "--format", "json", join(work, "inbox")], { MAILDNS_BENCH_TIMING: "1" });
    if (ingest.status !== 0) {
      failed = true;
      console.log(`${label}: ingest failed (${ingest.status}): ${ingest.stderr.slice(0, 2000)}`);
      return;
    }
    const totals = JSON.parse(ingest.stdout);
    const cpuSeconds = Number(/maildns-ingest-cpu-ms=(\d+)/.exec(ingest.stderr)?.[1] ?? NaN) / 1000;
    const rate = totals.added / ingest.seconds;
    if (totals.added !== total) {
      failed = true;
      console.log(`${label}: ${totals.added} of ${total} reports added`);
    }
    const ok = rate >= 2000 && ingest.rss < 400e6 && totals.added === total;
    missed(ok);
    console.log(`${label}: ingest of ${totals.added.toLocaleString("en-US")} reports in ${ingest.seconds.toFixed(1)} s wall (store creation or opening included) = ${Math.round(rate).toLocaleString("en-US")} reports/s; the ingest step alone used ${cpuSeconds.toFixed(1)} s of CPU on its thread (${Math.round(totals.added / cpuSeconds).toLocaleString("en-US")} reports per CPU-second); peak RSS ${mb(ingest.rss)} (targets ≥ 2,000 reports/s, < 400 MB = 381 MiB): ${verdict(ok)}`);
  };
  const summarise = (label, location) => {
    const summary = run(["reports", "summary", "--store", location, "--today", "2026-11-23", "--days", "30", "-f", "json", "-o", join(work, "summary.json")], { MAILDNS_BENCH_TIMING: "1" });
    const inner = Number(/maildns-summary-ms=(\d+)/.exec(summary.stderr)?.[1] ?? NaN) / 1000;
    const cpu = Number(/maildns-summary-cpu-ms=(\d+)/.exec(summary.stderr)?.[1] ?? NaN) / 1000;
    if (summary.status !== 0) {
      failed = true;
      console.log(`${label}: summary failed (${summary.status}): ${summary.stderr.slice(0, 2000)}`);
    }
    const ok = summary.status === 0 && inner < 2;
    missed(ok);
    console.log(`${label}: summary of ${domains.toLocaleString("en-US")} domains: ${inner.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU on its thread, for the queries and the JSON (target < 2 s: ${verdict(ok)}); ${summary.seconds.toFixed(2)} s for the whole command with the store's opening, peak RSS ${mb(summary.rss)}`);
  };
  ingestInto("embedded store (PGlite), created by this first ingest", store);
  if (keep) {
    const q = (s) => JSON.stringify(s);
    console.log(`kept in ${work} (delete it when done):`);
    console.log(`  ingest into a new store: node ${q(cli)} reports ingest --store ${q(join(work, "new-store"))} -q --format json ${q(join(work, "inbox"))}`);
    console.log(`  summary:                 node ${q(cli)} reports summary --store ${q(store)} --today 2026-11-23 --days 30 -f json -o ${q(join(work, "summary.json"))}`);
    process.exit(failed ? 1 : 0);
  }

  const again = run(["reports", "ingest", "--store", store, "-q", "--format", "json", join(work, "inbox", "reporter0")]);
  if (again.status === 0) console.log(`ingest again (${domains.toLocaleString("en-US")} reports, all already stored): ${again.seconds.toFixed(1)} s, ${JSON.parse(again.stdout).duplicates.toLocaleString("en-US")} duplicates`);

  // The summary: the store's queries and the formatting alone (in-process timing), and the whole command.
  summarise("embedded store (PGlite)", store);
  const evidence = run(["reports", "evidence", "--store", store, "--today", "2026-11-23", "--out", join(work, "ev.json"), "-q", "--stack", work]);
  console.log(`evidence for ${domains.toLocaleString("en-US")} domains: ${evidence.seconds.toFixed(2)} s (status ${evidence.status})`);

  // The same on a PostgreSQL server, when one is given (MAILDNS_BENCH_PG_URL), in a schema of its own.
  const serverUrl = process.env.MAILDNS_BENCH_PG_URL;
  if (serverUrl) {
    const schema = `maildns_bench_${process.pid}`;
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(serverUrl);
      url.searchParams.set("options", `-c search_path=${schema}`);
      ingestInto("PostgreSQL server", url.toString());
      summarise("PostgreSQL server", url.toString());
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } else {
    console.log("PostgreSQL server: not measured (set MAILDNS_BENCH_PG_URL to a postgres:// URL to measure the server store too)");
  }

  // Hostile files: each must end in a problem within a second.
  const hostile = join(work, "hostile");
  mkdirSync(hostile);
  const zipBomb = (() => {
    const data = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    const name = Buffer.from("report.xml");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(0xffffffff, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(0xffffffff, 24); central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
    return Buffer.concat([local, name, data, central, name, end]);
  })();
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>\n<feedback>&lol9;</feedback>`;
  const files = {
    "external-entity.xml": `<?xml version="1.0"?>\n<!DOCTYPE feedback [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<feedback>&xxe;</feedback>`,
    "billion-laughs.xml": laughs,
    "zip-bomb.zip": zipBomb,
    "gzip-bomb.xml.gz": gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 }),
    "truncated.xml.gz": gzipSync(report(1, 1)).subarray(0, 200),
    "huge.xml": Buffer.alloc(100 * 1024 * 1024, "<feedback>"),
  };
  for (const [name, data] of Object.entries(files)) {
    writeFileSync(join(hostile, name), data);
    const one = run(["reports", "ingest", "--store", store, "-q", "--format", "json", join(hostile, name)], { MAILDNS_BENCH_TIMING: "1" });
    const ms = Number(/maildns-ingest-ms=(\d+)/.exec(one.stderr)?.[1] ?? NaN);
    const cpuMs = Number(/maildns-ingest-cpu-ms=(\d+)/.exec(one.stderr)?.[1] ?? NaN);
    const problems = one.status === 1 ? JSON.parse(one.stdout).problems : [];
    const ok = problems.length === 1 && ms < 1000;
    if (!ok) failed = true;
    console.log(`hostile ${name}: ${ms} ms to its problem (${cpuMs} ms of CPU; target < 1 s: ${ok ? "met" : "NOT met"}): ${problems[0]?.message ?? one.stderr.slice(0, 200)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
