// One suite for the report store, run on the embedded engine (store.test.ts, PGlite) and on a PostgreSQL
// server (store.slow.test.ts): the same statements must give the same answers on both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvidence, serializeEvidence } from "../../src/reports/evidence.js";
import { ingestPaths } from "../../src/reports/ingest.js";
import { migrate, MIGRATIONS } from "../../src/reports/migrations.js";
import { selectorsRollup, sourcesRollup } from "../../src/reports/rollup.js";
import { openSql, type SqlClient } from "../../src/reports/sql.js";
import type { AggregateReport, DkimResult, ReportRow, SpfResult } from "../../src/reports/model.js";
import { decodeXml, parseAggregateReport } from "../../src/reports/parse.js";
import { INGEST_STATISTICS_TARGET, reportDay, reportRecords, ReportStore, type DomainTotals, type SourceTotals, type StoredReport, type Window } from "../../src/reports/store.js";
import { domainSummary, type Resolved } from "../../src/reports/summary.js";
import { fixture, minimalReport } from "../helpers/report-files.js";
import { tempTree } from "../helpers/tmp.js";
import { mulberry32 } from "../helpers/random.js";

/** The summaries from separate totals per domain and per source, joined here. */
function buildSummary(domains: readonly DomainTotals[], sources: readonly SourceTotals[], resolved: Resolved) {
  const sourcesOf = new Map<string, SourceTotals[]>();
  for (const s of sources) {
    let list = sourcesOf.get(s.domain);
    if (!list) sourcesOf.set(s.domain, (list = []));
    list.push(s);
  }
  return domains.map((d) => domainSummary(d, sourcesOf.get(d.domain) ?? [], resolved));
}

function report(name: string): StoredReport {
  const outcome = parseAggregateReport(name, decodeXml(fixture(name)));
  if (!("report" in outcome)) throw new Error(outcome.problem.message);
  return { report: outcome.report, source: name };
}

/** A generated daily report for `domain` from `reporter`: `passing` messages from 192.0.2.10, `failing` from 203.0.113.5. */
function daily(domain: string, reporter: string, day: string, passing: number, failing: number): StoredReport {
  const begin = Date.parse(`${day}T00:00:00Z`) / 1000;
  const r: AggregateReport = {
    orgName: reporter,
    email: `dmarc@${reporter}`,
    reportId: `${reporter}-${domain}-${day}`,
    begin,
    end: begin + 86399,
    policy: { domain, adkim: "r", aspf: "r", p: "quarantine", sp: null, np: null, pct: null, testing: false },
    rows: [
      { sourceIp: "192.0.2.10", count: passing, disposition: "none", headerFrom: domain, envelopeFrom: domain, dkim: [{ domain, selector: "sel1", result: "pass" }], spf: [{ domain, scope: "mfrom", result: "pass" }] },
      ...(failing === 0 ? [] : [{ sourceIp: "203.0.113.5", count: failing, disposition: "quarantine", headerFrom: domain, envelopeFrom: "crm.example", dkim: [{ domain: "crm.example", selector: "crm1", result: "pass" }], spf: [{ domain: "crm.example", scope: "mfrom", result: "pass" }] }]),
    ],
  };
  return { report: r, source: `${r.reportId}.xml` };
}

/** daily_sources (or the same figures computed by `from`), comparable across engines: counts as numbers, sets sorted. */
async function sourceRollup(sql: SqlClient, from = "daily_sources") {
  const rows = await sql.query<{ reporters: string[]; spf_domains: string[]; dkim_domains: string[] }>(
    `SELECT day::text, policy_domain, source_ip, messages::float8, passing::float8, dkim_aligned::float8, spf_aligned::float8,
            spf_pass_unaligned::float8, dkim_pass_unaligned::float8, reporters, spf_domains, dkim_domains
     FROM ${from} rolled ORDER BY day, policy_domain, source_ip`,
  );
  return rows.map((r) => ({ ...r, reporters: [...r.reporters].sort(), spf_domains: [...r.spf_domains].sort(), dkim_domains: [...r.dkim_domains].sort() }));
}

async function selectorRollup(sql: SqlClient, from = "daily_selectors") {
  return sql.query(
    `SELECT day::text, policy_domain, source_ip, signing_domain, selector, messages::float8, aligned_pass::float8
     FROM ${from} rolled ORDER BY day, policy_domain, source_ip, signing_domain, selector`,
  );
}

/**
 * Varied reports: three domains (one a subdomain, one strict), four reporters, twelve days, up to five rows
 * each from a shared pool of sources (IPv4 and IPv6), several reporters speaking of one source on one day,
 * DKIM signatures aligned or not, passing or not, with and without selectors, SPF for MAIL FROM or HELO only.
 */
function variedReports(seed: number): StoredReport[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const domains = [{ domain: "varied.example", adkim: "r", aspf: "r" }, { domain: "mail.varied.example", adkim: "r", aspf: "s" }, { domain: "strict.example", adkim: "s", aspf: "s" }] as const;
  const reporters = ["google.com", "Yahoo", "Enterprise Outlook", "orange.fr"];
  const sources = ["192.0.2.10", "192.0.2.11", "198.51.100.7", "203.0.113.5", "2001:db8::25"];
  const out: StoredReport[] = [];
  for (const { domain, adkim, aspf } of domains) {
    for (const reporter of reporters) {
      for (let d = 1; d <= 12; d++) {
        if (random() < 0.15) continue;
        const day = `2026-10-${String(d).padStart(2, "0")}`;
        const begin = Date.parse(`${day}T00:00:00Z`) / 1000;
        const rows: ReportRow[] = [];
        for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
          const signer = pick([domain, domain, "varied.example", "crm.example", "esp.example"]);
          const dkim: DkimResult[] = [];
          for (let k = Math.floor(random() * 3); k > 0; k--) dkim.push({ domain: signer, selector: random() < 0.1 ? null : pick(["sel1", "SEL2", "crm1"]), result: pick(["pass", "pass", "fail", "temperror"]) });
          const spfDomain = pick([domain, "varied.example", "bounce.crm.example", ""]);
          const spf: SpfResult[] = random() < 0.1 ? [] : [{ domain: spfDomain, scope: pick(["mfrom", "helo", null]), result: pick(["pass", "pass", "softfail", "fail", "none"]) }];
          rows.push({ sourceIp: pick(sources), count: 1 + Math.floor(random() * 60), disposition: pick(["none", "quarantine", "reject"]), headerFrom: domain, envelopeFrom: spfDomain || null, dkim, spf });
        }
        const report: AggregateReport = { orgName: reporter, email: `dmarc@${reporter.replace(/ /g, "").toLowerCase()}.example`, reportId: `${reporter}-${domain}-${day}-${seed}`, begin, end: begin + 86399, policy: { domain, adkim, aspf, p: "quarantine", sp: null, np: null, pct: null, testing: false }, rows };
        out.push({ report, source: `${report.reportId}.xml` });
      }
    }
  }
  return out;
}

/**
 * The summary's figures recomputed from the raw rows, with the queries the store ran before it kept a rollup
 * (schema version 1): what the rollup must always give back.
 */
async function recomputed(sql: SqlClient, window: Window): Promise<{ domains: DomainTotals[]; sources: SourceTotals[] }> {
  const params: unknown[] = [window.from, window.to];
  let where = "day BETWEEN $1::date AND $2::date";
  if (window.domains) {
    params.push([...window.domains]);
    where += " AND policy_domain = ANY($3::text[])";
  }
  const domains = await sql.query<{ domain: string; days: number; first: string; last: string; messages: number; passing: number; dkim: number; spf: number }>(
    `SELECT policy_domain AS domain, count(DISTINCT day)::int AS days, min(day)::text AS first, max(day)::text AS last, sum(messages)::float8 AS messages,
            sum(CASE WHEN passing THEN messages ELSE 0 END)::float8 AS passing, sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END)::float8 AS dkim,
            sum(CASE WHEN spf_aligned THEN messages ELSE 0 END)::float8 AS spf
     FROM report_rows WHERE ${where} GROUP BY policy_domain ORDER BY policy_domain`,
    params,
  );
  const sources = await sql.query<{ domain: string; ip: string; messages: number; passing: number; dkim: number; spf: number; spf_unaligned: number; dkim_unaligned: number; spf_domains: string[]; dkim_domains: string[]; reporters: string[] }>(
    `SELECT policy_domain AS domain, source_ip AS ip, sum(messages)::float8 AS messages, sum(CASE WHEN passing THEN messages ELSE 0 END)::float8 AS passing,
            sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END)::float8 AS dkim, sum(CASE WHEN spf_aligned THEN messages ELSE 0 END)::float8 AS spf,
            sum(CASE WHEN NOT passing AND spf_result = 'pass' THEN messages ELSE 0 END)::float8 AS spf_unaligned,
            sum(CASE WHEN NOT passing AND dkim_result = 'pass' THEN messages ELSE 0 END)::float8 AS dkim_unaligned,
            coalesce(array_agg(DISTINCT spf_domain) FILTER (WHERE spf_domain IS NOT NULL), '{}') AS spf_domains,
            coalesce(array_agg(DISTINCT dkim_domain) FILTER (WHERE dkim_domain IS NOT NULL), '{}') AS dkim_domains,
            array_agg(DISTINCT reporter) AS reporters
     FROM report_rows WHERE ${where} GROUP BY policy_domain, source_ip`,
    params,
  );
  const signatures = await sql.query<{ domain: string; ip: string; signing_domain: string; selector: string; messages: number; aligned: number }>(
    `SELECT policy_domain AS domain, source_ip AS ip, signing_domain, selector, sum(messages)::float8 AS messages, sum(CASE WHEN aligned THEN messages ELSE 0 END)::float8 AS aligned
     FROM report_signatures WHERE ${where} GROUP BY policy_domain, source_ip, signing_domain, selector ORDER BY signing_domain, selector`,
    params,
  );
  const sorted = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    domains: domains.map((r) => ({ domain: r.domain, days: r.days, from: r.first, to: r.last, messages: r.messages, passing: r.passing, dkimAligned: r.dkim, spfAligned: r.spf })),
    sources: sources.map((r) => ({
      domain: r.domain, ip: r.ip, messages: r.messages, passing: r.passing, dkimAligned: r.dkim, spfAligned: r.spf, spfPassUnaligned: r.spf_unaligned, dkimPassUnaligned: r.dkim_unaligned,
      spfDomains: sorted(r.spf_domains), dkimDomains: sorted(r.dkim_domains), reporters: sorted(r.reporters),
      signatures: signatures.filter((g) => g.domain === r.domain && g.ip === r.ip).map((g) => ({ signingDomain: g.signing_domain, selector: g.selector, messages: g.messages, alignedPass: g.aligned })),
    })),
  };
}

/**
 * The summaries recomputed from the raw rows, domains in code point order: the oracle that forEachDomain (and
 * domainTotals and sourceTotals, which gather what it hands over) is checked against.
 */
async function summaryFromRawRows(sql: SqlClient, window: Window, resolved: Resolved) {
  const { domains, sources } = await recomputed(sql, window);
  return buildSummary([...domains].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0)), sources, resolved);
}

/** The summaries forEachDomain hands over for `window`, in the order it hands them (`perFetch` domains a fetch). */
async function handedSummaries(store: ReportStore, window: Window, resolved: Resolved, perFetch?: number) {
  const handed: ReturnType<typeof buildSummary> = [];
  await store.forEachDomain(window, (totals, sources) => void handed.push(domainSummary(totals, sources, resolved)), perFetch);
  return handed;
}

const bySource = (a: SourceTotals, b: SourceTotals) => (a.domain + a.ip < b.domain + b.ip ? -1 : a.domain + a.ip > b.domain + b.ip ? 1 : 0);
const bySignature = (list: SourceTotals["signatures"]) => [...list].sort((a, b) => (a.signingDomain + a.selector < b.signingDomain + b.selector ? -1 : 1));

/** The store's figures for `window`, read from the rollup, in the recomputation's order. */
async function fromRollup(store: ReportStore, window: Window): Promise<{ domains: DomainTotals[]; sources: SourceTotals[] }> {
  const sources = (await store.sourceTotals(window)).map((s) => ({ ...s, signatures: bySignature(s.signatures) })).sort(bySource);
  return { domains: await store.domainTotals(window), sources };
}

async function recomputedInOrder(sql: SqlClient, window: Window) {
  const { domains, sources } = await recomputed(sql, window);
  return { domains, sources: sources.map((s) => ({ ...s, signatures: bySignature(s.signatures) })).sort(bySource) };
}

/** The windows the comparisons look at: everything, a few days inside the range, one domain, two domains over one day. */
const WINDOWS: readonly Window[] = [
  { from: "2000-01-01", to: "2099-12-31", domains: null },
  { from: "2026-10-03", to: "2026-10-09", domains: null },
  { from: "2026-10-01", to: "2026-10-12", domains: ["mail.varied.example"] },
  { from: "2026-10-05", to: "2026-10-05", domains: ["varied.example", "strict.example"] },
];

/** Writes reports into a version-1 store the way maildns did at that version: the three tables, nothing else. */
async function addReportsAtVersion1(sql: SqlClient, items: readonly StoredReport[]): Promise<void> {
  await sql.transaction(async (tx) => {
    const column = <T>(pick: (item: StoredReport) => T) => items.map(pick);
    const ids = await tx.query<{ id: number; reporter_org: string; reporter_email: string; report_id: string }>(
      `INSERT INTO reports (reporter_org, reporter_email, report_id, policy_domain, begin_at, end_at, day, adkim, aspf, p, sp, np, pct, testing, source)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::integer[], $14::boolean[], $15::text[])
       RETURNING id, reporter_org, reporter_email, report_id`,
      [column((i) => i.report.orgName), column((i) => i.report.email), column((i) => i.report.reportId), column((i) => i.report.policy.domain), column((i) => i.report.begin), column((i) => i.report.end),
       column((i) => reportDay(i.report)), column((i) => i.report.policy.adkim), column((i) => i.report.policy.aspf), column((i) => i.report.policy.p), column((i) => i.report.policy.sp),
       column((i) => i.report.policy.np), column((i) => i.report.policy.pct), column((i) => i.report.policy.testing), column((i) => i.source)],
    );
    const key = (org: string, email: string, id: string) => `${org} ${email} ${id}`;
    const idByKey = new Map(ids.map((r) => [key(r.reporter_org, r.reporter_email, r.report_id), r.id]));
    const idOf = (report: AggregateReport) => idByKey.get(key(report.orgName, report.email, report.reportId));
    const { rows, signatures } = reportRecords(items, idOf);
    await tx.query(
      `INSERT INTO report_rows (report, policy_domain, day, reporter, source_ip, header_from, envelope_from, messages, disposition, passing, dkim_aligned, spf_aligned, spf_result, spf_domain, dkim_result, dkim_domain)
       SELECT * FROM unnest($1::integer[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[], $10::boolean[], $11::boolean[], $12::boolean[], $13::text[], $14::text[], $15::text[], $16::text[])`,
      rows,
    );
    await tx.query(
      `INSERT INTO report_signatures (report, policy_domain, day, source_ip, signing_domain, selector, result, aligned, messages)
       SELECT * FROM unnest($1::integer[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::bigint[])`,
      signatures,
    );
  });
}

class Rollback extends Error {}

/**
 * `open` gives the store the suite shares; `freshLocation` a location (folder or URL) where no store exists yet,
 * for a store the suite builds at an older schema version.
 */
export function storeSuite(engine: string, open: () => Promise<ReportStore>, freshLocation: () => Promise<string>, options: { sessions?: boolean } = {}): void {
  describe(`the report store on ${engine}`, () => {
    let store: ReportStore;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    it("is migrated once: schema_migrations holds versions 1 to 4, and migrating again applies nothing", async () => {
      expect(await store.sql.query("SELECT version, name FROM schema_migrations ORDER BY version")).toEqual([
        { version: 1, name: expect.stringContaining("aggregate reports") },
        { version: 2, name: expect.stringContaining("rollup") },
        { version: 3, name: expect.stringContaining("text the summary reads") },
        { version: 4, name: expect.stringContaining("fingerprint") },
      ]);
      expect(await migrate(store.sql)).toEqual([]);
    });

    it("adds a report once: the same reporter and report id again changes nothing", async () => {
      expect(await store.addReports([report("google.xml")])).toEqual({ added: 1, duplicates: 0 });
      expect(await store.addReports([report("google.xml"), report("microsoft.xml"), report("microsoft.xml")])).toEqual({ added: 1, duplicates: 2 });
      expect(await store.reportCount()).toBe(2);
      const rows = await store.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM report_rows");
      expect(rows[0]!.n).toBe(4);
    });

    it("names a report sent again with other content, stores nothing of it, and counts it neither added nor already stored", async () => {
      const stored = report("google.xml");
      const changed = structuredClone(stored);
      changed.source = "resent/google.xml";
      (changed.report.rows[0] as { count: number }).count += 1;
      const rowsBefore = await store.sql.query("SELECT count(*)::int AS n FROM report_rows");
      const sourcesBefore = await sourceRollup(store.sql);
      const { orgName, email, reportId } = stored.report;
      expect(await store.addReports([changed, stored])).toEqual({ added: 0, duplicates: 1, conflicts: [{ source: "resent/google.xml", orgName, email, reportId, storedSource: stored.source }] });
      expect(await store.sql.query("SELECT count(*)::int AS n FROM report_rows")).toEqual(rowsBefore);
      expect(await sourceRollup(store.sql)).toEqual(sourcesBefore);
      expect(await store.reportCount()).toBe(2);
    });

    it("keeps a failed batch out entirely (one transaction)", async () => {
      const broken = daily("broken.example", "r.example", "2026-12-01", 1, 1);
      (broken.report.rows[0] as { count: number }).count = Number.NaN;
      await expect(store.addReports([daily("broken.example", "r.example", "2026-12-02", 1, 1), broken])).rejects.toThrow();
      expect(await store.domainTotals({ from: "2026-01-01", to: "2026-12-31", domains: ["broken.example"] })).toEqual([]);
    });

    it("gives days as YYYY-MM-DD whatever the server's DateStyle", async () => {
      // A day no other case's window covers.
      await store.addReports([daily("datestyle.example", "r.example", "2019-03-04", 1, 0)]);
      const window = { from: "2019-03-01", to: "2019-03-31", domains: ["datestyle.example"] };
      await store.sql.query("SET DateStyle = 'German, DMY'");
      try {
        // Under this style a date cast to text reads 04.03.2019.
        expect(await store.sql.query("SELECT '2019-03-04'::date::text AS d")).toEqual([{ d: "04.03.2019" }]);
        expect(await store.domainTotals(window)).toEqual([expect.objectContaining({ domain: "datestyle.example", from: "2019-03-04", to: "2019-03-04" })]);
      } finally {
        await store.sql.query("SET DateStyle = 'ISO, MDY'");
      }
    });

    it("ingest leaves the planner statistics of the rollup it added to (the embedded engine has no autovacuum)", async () => {
      const tree: Record<string, string> = {};
      for (let d = 1; d <= 30; d++) tree[`inbox/stats-${d}.xml`] = minimalReport("stats.example", `stats-${d}`, { begin: Date.parse(`2019-05-${String(d).padStart(2, "0")}T00:00:00Z`) / 1000 });
      const root = tempTree(tree);
      await store.sql.query("ANALYZE daily_sources");
      // The store's own table (its schema on a server, where other runs' schemas hold tables of the same name).
      const before = await store.sql.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'daily_sources'::regclass");
      const totals = await ingestPaths(store, ["inbox"], { cwd: root });
      expect(totals.added).toBe(30);
      const rows = await store.sql.query<{ n: number }>("SELECT count(*)::float8 AS n FROM daily_sources");
      const after = await store.sql.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'daily_sources'::regclass");
      expect(after[0]!.n).toBe(rows[0]!.n);
      expect(after[0]!.n).toBe(before[0]!.n + 30);
      const texts = await store.sql.query<{ n: number }>("SELECT count(*)::float8 AS n FROM daily_digests");
      const textStatistics = await store.sql.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'daily_digests'::regclass");
      expect(textStatistics[0]!.n).toBe(texts[0]!.n);
      // Of the texts' table, only the key columns; and a small sample (statistics target 10: at most 11
      // histogram bounds, where the store's many days would give up to 101 at the default). A server's
      // autovacuum analyses on its own schedule, with its own settings: this is the embedded engine's.
      if (store.sql.engine !== "pglite") return;
      const analyzed = await store.sql.query<{ attname: string }>("SELECT attname::text FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'daily_digests' ORDER BY attname");
      expect(analyzed.map((r) => r.attname)).toEqual(["day", "policy_domain"]);
      const days = await store.sql.query<{ n: number }>("SELECT count(DISTINCT day)::int AS n FROM daily_sources");
      expect(days[0]!.n).toBeGreaterThan(20);
      const bounds = await store.sql.query<{ n: number | null }>("SELECT array_length(histogram_bounds::text::date[], 1) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'daily_sources' AND attname = 'day'");
      expect(bounds[0]!.n).toBeLessThanOrEqual(INGEST_STATISTICS_TARGET + 1);
    });

    it("marks the days a batch adds to, and writes their texts once at the end of an ingest", async () => {
      const marked = () => store.sql.query<{ day: string; policy_domain: string }>("SELECT day::text, policy_domain FROM stale_digests ORDER BY day, policy_domain");
      await store.writeStaleDigests();
      expect(await marked()).toEqual([]);
      await store.addReports([daily("marks.example", "a.example", "2019-07-01", 5, 1), daily("marks.example", "b.example", "2019-07-01", 3, 0), daily("marks.example", "a.example", "2019-07-02", 2, 0)]);
      expect(await marked()).toEqual([{ day: "2019-07-01", policy_domain: "marks.example" }, { day: "2019-07-02", policy_domain: "marks.example" }]);
      // An ingest that stopped here (the process killed before its end): the next reading writes the texts first.
      const window = { from: "2019-07-01", to: "2019-07-31", domains: ["marks.example"] };
      const resolved = { names: new Map(), spfTerms: new Map() };
      const handed = await handedSummaries(store, window, resolved);
      expect(handed).toEqual(await summaryFromRawRows(store.sql, window, resolved));
      expect(handed[0]).toMatchObject({ domain: "marks.example", days: 2, messages: 11 });
      expect(await marked()).toEqual([]);
      // Through ingest: every batch marks, the end of the ingest writes, nothing is left marked.
      const tree: Record<string, string> = {};
      for (let n = 1; n <= 5; n++) tree[`inbox/m${n}.xml`] = minimalReport("marks.example", `marks-${n}`, { begin: Date.parse(`2019-07-0${n}T00:00:00Z`) / 1000 });
      expect((await ingestPaths(store, ["inbox"], { cwd: tempTree(tree), batchSize: 2 })).added).toBe(5);
      expect(await marked()).toEqual([]);
      const texts = await store.sql.query("SELECT day::text FROM daily_digests WHERE policy_domain = 'marks.example' ORDER BY day");
      expect(texts.map((r) => (r as { day: string }).day)).toEqual(["2019-07-01", "2019-07-02", "2019-07-03", "2019-07-04", "2019-07-05"]);
      const after = await handedSummaries(store, window, resolved);
      expect(after).toEqual(await summaryFromRawRows(store.sql, window, resolved));
      expect(after[0]).toMatchObject({ days: 5 });
    });

    it("computes per-domain figures with alignment judged at ingest", async () => {
      // google.xml: 415 pass (DKIM aligned, SPF relaxed-aligned) + 2 forwarded (SPF aligned only).
      // microsoft.xml: 88 pass + 12 failing from 203.0.113.5.
      const [totals] = await store.domainTotals({ from: "2025-12-01", to: "2025-12-31", domains: ["example.com"] });
      expect(totals).toEqual({ domain: "example.com", days: 1, from: "2025-12-03", to: "2025-12-03", messages: 517, passing: 505, dkimAligned: 503, spfAligned: 505 });
      const sources = await store.sourceTotals({ from: "2025-12-01", to: "2025-12-31", domains: ["example.com"] });
      const crm = sources.find((s) => s.ip === "203.0.113.5");
      expect(crm).toEqual({ domain: "example.com", ip: "203.0.113.5", messages: 12, passing: 0, dkimAligned: 0, spfAligned: 0, spfPassUnaligned: 0, dkimPassUnaligned: 0, spfDomains: ["bounce.crm.example"], dkimDomains: [], reporters: ["Enterprise Outlook"], signatures: [] });
      expect(sources.find((s) => s.ip === "192.0.2.10")).toMatchObject({ messages: 503, passing: 503, reporters: ["Enterprise Outlook", "google.com"], signatures: [{ signingDomain: "example.com", selector: "ovhmo123-selector1", messages: 503, alignedPass: 503 }] });
    });

    it("filters by window and domain, and counts distinct days", async () => {
      const batch: StoredReport[] = [];
      for (let d = 1; d <= 20; d++) {
        const day = `2026-11-${String(d).padStart(2, "0")}`;
        batch.push(daily("window.example", "google.com", day, 99, 1), daily("window.example", "yahoo.com", day, 50, 0));
      }
      expect(await store.addReports(batch)).toEqual({ added: 40, duplicates: 0 });
      expect(reportDay(batch[0]!.report)).toBe("2026-11-01");
      const [last14] = await store.domainTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["window.example"] });
      expect(last14).toMatchObject({ days: 14, from: "2026-11-07", to: "2026-11-20", messages: 14 * 150, passing: 14 * 149 });
      const crm = (await store.sourceTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["window.example"] })).find((s) => s.ip === "203.0.113.5");
      expect(crm).toMatchObject({ messages: 14, passing: 0, spfPassUnaligned: 14, dkimPassUnaligned: 14, spfDomains: ["crm.example"], dkimDomains: ["crm.example"], reporters: ["google.com"] });
      expect(await store.domainTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["nothing.example"] })).toEqual([]);
      const all = await store.domainTotals({ from: "2025-11-01", to: "2026-12-31", domains: null });
      expect(all.map((d) => d.domain)).toEqual(["example.com", "window.example"]);
    });

    it("keeps DKIM selectors per source with their aligned passes", async () => {
      const sources = await store.sourceTotals({ from: "2026-11-01", to: "2026-11-30", domains: ["window.example"] });
      const signatures = sources.flatMap((s) => s.signatures.map((g) => ({ domain: s.domain, ip: s.ip, ...g })));
      expect(signatures.sort((a, b) => a.selector.localeCompare(b.selector))).toEqual([
        { domain: "window.example", ip: "203.0.113.5", signingDomain: "crm.example", selector: "crm1", messages: 20, alignedPass: 0 },
        { domain: "window.example", ip: "192.0.2.10", signingDomain: "window.example", selector: "sel1", messages: 20 * 149, alignedPass: 20 * 149 },
      ]);
    });

    it("remembers IMAP positions and resolved names", async () => {
      expect(await store.imapPosition("127.0.0.1:993", "tester", "INBOX")).toBeNull();
      await store.setImapPosition("127.0.0.1:993", "tester", "INBOX", { uidValidity: 1700000000, lastUid: 5 });
      await store.setImapPosition("127.0.0.1:993", "tester", "INBOX", { uidValidity: 1700000000, lastUid: 9 });
      expect(await store.imapPosition("127.0.0.1:993", "tester", "INBOX")).toEqual({ uidValidity: 1700000000, lastUid: 9 });
      await store.saveSourceNames(new Map([["203.0.113.5", "mail.crm.example"], ["192.0.2.10", null]]));
      await store.saveSpfTerms([{ domain: "window.example", ip: "192.0.2.10", term: "include:mx.ovh.com" }]);
      expect(await store.sourceNames()).toEqual(new Map([["203.0.113.5", "mail.crm.example"], ["192.0.2.10", null]]));
      expect(await store.spfTerms()).toEqual(new Map([["window.example 192.0.2.10", "include:mx.ovh.com"]]));
    });

    it("gives the same evidence file twice (deterministic)", async () => {
      const window = { from: "2026-11-07", to: "2026-11-20", days: 14 };
      const make = async () => {
        const range = { ...window, domains: null };
        const summary = buildSummary(await store.domainTotals(range), await store.sourceTotals(range), { names: await store.sourceNames(), spfTerms: await store.spfTerms() });
        return serializeEvidence(buildEvidence(summary, window));
      };
      const first = await make();
      expect(await make()).toBe(first);
      const evidence = JSON.parse(first);
      expect(evidence.domains).toHaveLength(1);
      expect(evidence.domains[0]).toMatchObject({
        domain: "window.example",
        days: 14,
        messages: 2100,
        passing: 2086,
        failingSources: [{ ip: "203.0.113.5", name: "mail.crm.example", failing: 14, share: 0.0067, spf: "unaligned", dkim: "unaligned", spfDomains: ["crm.example"] }],
        selectors: [{ domain: "window.example", selector: "sel1", messages: 2086, alignedPass: 2086 }, { domain: "crm.example", selector: "crm1", messages: 14, alignedPass: 0 }],
      });
    });

    it("adds a later batch to the days and sources already rolled up: counts add up, sets join", async () => {
      const range = { from: "2026-11-01", to: "2026-11-20", domains: ["window.example"] };
      const before = (await store.sourceTotals(range)).find((s) => s.ip === "192.0.2.10")!;
      const later: StoredReport[] = [];
      for (let d = 1; d <= 20; d++) later.push(daily("window.example", "orange.fr", `2026-11-${String(d).padStart(2, "0")}`, 10, 0));
      expect(await store.addReports(later.slice(0, 10))).toEqual({ added: 10, duplicates: 0 });
      expect(await store.addReports(later)).toEqual({ added: 10, duplicates: 10 });
      const after = (await store.sourceTotals(range)).find((s) => s.ip === "192.0.2.10")!;
      expect(after).toMatchObject({ messages: before.messages + 200, passing: before.passing + 200, reporters: ["google.com", "orange.fr", "yahoo.com"] });
      expect(after.signatures).toEqual([{ signingDomain: "window.example", selector: "sel1", messages: before.signatures[0]!.messages + 200, alignedPass: before.signatures[0]!.alignedPass + 200 }]);
      const [totals] = await store.domainTotals(range);
      expect(totals).toMatchObject({ days: 20, messages: 20 * 160, passing: 20 * 159 });
    });

    it("keeps the rollup equal to a recomputation from the raw rows, and a text for each of its days", async () => {
      await store.writeStaleDigests();
      const days = "SELECT day::text, policy_domain FROM %s ORDER BY day, policy_domain";
      expect(await store.sql.query(days.replace("%s", "daily_digests"))).toEqual(await store.sql.query(days.replace("%s", "(SELECT DISTINCT day, policy_domain FROM daily_sources) AS rolled")));
      const sources = await sourceRollup(store.sql);
      // Every report stored above: the fixtures, 60 generated days, and none of the failed batch.
      expect(sources.length).toBeGreaterThan(40);
      expect(sources.some((r) => r.reporters.length === 3)).toBe(true);
      expect(sources).toEqual(await sourceRollup(store.sql, `(${sourcesRollup("report_rows")})`));
      const selectors = await selectorRollup(store.sql);
      expect(selectors.length).toBeGreaterThan(20);
      expect(selectors).toEqual(await selectorRollup(store.sql, `(${selectorsRollup("report_signatures")})`));
    });

    it("rolls up, in migration 2, the rows a version-1 store holds", async () => {
      const check = store.sql.transaction(async (sql) => {
        // A version-1 store of its own, in a schema that the rollback below removes.
        await sql.query("CREATE SCHEMA maildns_v1_store");
        await sql.query("SET LOCAL search_path = maildns_v1_store");
        for (const statement of MIGRATIONS[0]!.statements) await sql.query(statement);
        await sql.query(`INSERT INTO reports (reporter_org, reporter_email, report_id, policy_domain, begin_at, end_at, day, adkim, aspf, testing, source)
                         VALUES ('google.com', 'g@google.com', 'g1', 'old.example', 0, 86399, '2026-10-01', 'r', 'r', false, 'g1.xml'),
                                ('Yahoo', 'y@yahoo.com', 'y1', 'old.example', 0, 86399, '2026-10-01', 'r', 'r', false, 'y1.xml')`);
        await sql.query(`INSERT INTO report_rows (report, policy_domain, day, reporter, source_ip, header_from, envelope_from, messages, disposition, passing, dkim_aligned, spf_aligned, spf_result, spf_domain, dkim_result, dkim_domain)
                         VALUES (1, 'old.example', '2026-10-01', 'google.com', '192.0.2.1', 'old.example', 'old.example', 40, 'none', true, true, true, 'pass', 'old.example', 'pass', 'old.example'),
                                (2, 'old.example', '2026-10-01', 'Yahoo', '192.0.2.1', 'old.example', 'old.example', 10, 'none', true, true, false, 'fail', 'old.example', 'pass', 'old.example'),
                                (2, 'old.example', '2026-10-01', 'Yahoo', '203.0.113.9', 'old.example', 'crm.example', 5, 'quarantine', false, false, false, 'pass', 'crm.example', 'pass', 'crm.example')`);
        await sql.query(`INSERT INTO report_signatures (report, policy_domain, day, source_ip, signing_domain, selector, result, aligned, messages)
                         VALUES (1, 'old.example', '2026-10-01', '192.0.2.1', 'old.example', 'sel1', 'pass', true, 40),
                                (2, 'old.example', '2026-10-01', '192.0.2.1', 'old.example', 'sel1', 'pass', true, 10),
                                (2, 'old.example', '2026-10-01', '203.0.113.9', 'crm.example', 'crm1', 'pass', false, 5)`);
        for (const statement of MIGRATIONS[1]!.statements) await sql.query(statement);
        expect(await sourceRollup(sql)).toEqual([
          { day: "2026-10-01", policy_domain: "old.example", source_ip: "192.0.2.1", messages: 50, passing: 50, dkim_aligned: 50, spf_aligned: 40, spf_pass_unaligned: 0, dkim_pass_unaligned: 0, reporters: ["Yahoo", "google.com"], spf_domains: ["old.example"], dkim_domains: ["old.example"] },
          { day: "2026-10-01", policy_domain: "old.example", source_ip: "203.0.113.9", messages: 5, passing: 0, dkim_aligned: 0, spf_aligned: 0, spf_pass_unaligned: 5, dkim_pass_unaligned: 5, reporters: ["Yahoo"], spf_domains: ["crm.example"], dkim_domains: ["crm.example"] },
        ]);
        expect(await selectorRollup(sql)).toEqual([
          { day: "2026-10-01", policy_domain: "old.example", source_ip: "192.0.2.1", signing_domain: "old.example", selector: "sel1", messages: 50, aligned_pass: 50 },
          { day: "2026-10-01", policy_domain: "old.example", source_ip: "203.0.113.9", signing_domain: "crm.example", selector: "crm1", messages: 5, aligned_pass: 0 },
        ]);
        // The rollup of the migration and the one ingest runs agree on these rows.
        expect(await sourceRollup(sql)).toEqual(await sourceRollup(sql, `(${sourcesRollup("report_rows")})`));
        // Report rows keep no foreign key: the store writes them with their report, in its transaction.
        expect(await sql.query("SELECT conname FROM pg_constraint WHERE contype = 'f' AND connamespace = 'maildns_v1_store'::regnamespace")).toEqual([]);
        throw new Rollback();
      });
      await expect(check).rejects.toBeInstanceOf(Rollback);
      expect(await store.sql.query("SELECT 1 FROM pg_namespace WHERE nspname = 'maildns_v1_store'")).toEqual([]);
    });

    it("gives from the rollup the very summary recomputed from the raw rows, however the reports came in batches", async () => {
      const varied = variedReports(7);
      expect(varied.length).toBeGreaterThan(100);
      // Uneven batches, one report twice inside a batch, and a batch of reports already stored: every path
      // by which a day's source is first rolled up or added to.
      const batches = [varied.slice(0, 1), varied.slice(1, 40), [...varied.slice(40, 90), varied[45]!], varied.slice(20, 60), varied.slice(90)];
      let added = 0;
      for (const batch of batches) added += (await store.addReports(batch)).added;
      expect(added).toBe(varied.length);
      for (const window of WINDOWS) {
        const expected = await recomputedInOrder(store.sql, window);
        expect(expected.sources.length).toBeGreaterThan(0);
        expect(await fromRollup(store, window)).toEqual(expected);
        // The document `reports summary` prints, built from either.
        const resolved = { names: new Map(), spfTerms: new Map() };
        expect(buildSummary((await fromRollup(store, window)).domains, await store.sourceTotals(window), resolved)).toEqual(buildSummary(expected.domains, expected.sources, resolved));
      }
      // The data are varied enough to mean something: merged reporters, several selectors, unaligned passes.
      const all = (await fromRollup(store, WINDOWS[0]!)).sources.filter((s) => s.domain.includes("varied") || s.domain === "strict.example");
      expect(all.some((s) => s.reporters.length === 4 && s.signatures.length >= 3)).toBe(true);
      expect(all.some((s) => s.spfPassUnaligned > 0) && all.some((s) => s.dkimPassUnaligned > 0) && all.some((s) => s.passing > 0 && s.passing < s.messages)).toBe(true);
      expect(all.some((s) => s.ip === "2001:db8::25")).toBe(true);
    });

    it("hands over the window domain by domain through a cursor: the summaries recomputed from the raw rows, in code point order", async () => {
      // Two domains whose order differs between code point order and a linguistic collation (upper case first).
      await store.addReports([daily("Zulu-order.example", "r.example", "2026-10-05", 3, 1), daily("alpha-order.example", "r.example", "2026-10-05", 2, 0)]);
      const resolved = { names: new Map(), spfTerms: new Map() };
      for (const window of [...WINDOWS, { from: "2026-10-05", to: "2026-10-05", domains: null }]) {
        const expected = await summaryFromRawRows(store.sql, window, resolved);
        expect(expected.length).toBeGreaterThan(0);
        for (const perFetch of [1, 2, 250]) {
          expect(await handedSummaries(store, window, resolved, perFetch)).toEqual(expected);
        }
      }
      const order: string[] = [];
      await store.forEachDomain({ from: "2026-10-05", to: "2026-10-05", domains: null }, (totals) => void order.push(totals.domain));
      expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(order.indexOf("Zulu-order.example")).toBeLessThan(order.indexOf("alpha-order.example"));
      let calls = 0;
      await store.forEachDomain({ from: "1990-01-01", to: "1990-12-31", domains: null }, () => void calls++);
      expect(calls).toBe(0);
    });

    it("ingest reports each stored batch with the number of reports read so far", async () => {
      const tree: Record<string, string> = {};
      for (let n = 1; n <= 5; n++) tree[`inbox/r${n}.xml`] = minimalReport("batches.example", `batches-${n}`, { begin: Date.parse("2019-06-02T00:00:00Z") / 1000 });
      const root = tempTree(tree);
      const seen: number[] = [];
      const totals = await ingestPaths(store, ["inbox"], { cwd: root, batchSize: 2, onBatch: (n) => void seen.push(n) });
      expect(totals.added).toBe(5);
      expect(seen).toEqual([2, 4, 5]);
    });

    it("leaves the rollup unchanged when every report is ingested again", async () => {
      const before = { sources: await sourceRollup(store.sql), selectors: await selectorRollup(store.sql) };
      const varied = variedReports(7);
      expect(await store.addReports(varied)).toEqual({ added: 0, duplicates: varied.length });
      expect(await store.addReports([...varied.slice(0, 10).reverse(), ...varied.slice(0, 10)])).toEqual({ added: 0, duplicates: 20 });
      expect({ sources: await sourceRollup(store.sql), selectors: await selectorRollup(store.sql) }).toEqual(before);
    });

    it("migrates a store made at schema version 1 with reports in it: the rollup and its texts are filled, the summary unchanged", async () => {
      const location = await freshLocation();
      const old = variedReports(11);
      const later = variedReports(12);
      const windows = WINDOWS;
      // The store as maildns left it at version 1: only the first migration, and reports written its way.
      const v1 = await openSql(location);
      let before: Awaited<ReturnType<typeof recomputedInOrder>>[];
      try {
        expect(await migrate(v1, MIGRATIONS.slice(0, 1))).toEqual([1]);
        await addReportsAtVersion1(v1, old.slice(0, 60));
        await addReportsAtVersion1(v1, old.slice(60));
        expect(await v1.query("SELECT to_regclass('daily_sources') AS t")).toEqual([{ t: null }]);
        // One after another: a PostgreSQL client runs one query at a time (pg deprecates queueing them).
        before = [];
        for (const w of windows) before.push(await recomputedInOrder(v1, w));
      } finally {
        await v1.close();
      }
      // Opened by this maildns: migration 2 runs and rolls up what is there; migration 3 marks every day of
      // that rollup for its text, which the first reading writes.
      const migrated = await ReportStore.open(location);
      try {
        expect((await migrated.sql.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version")).map((r) => r.version)).toEqual([1, 2, 3, 4]);
        expect(await migrated.reportCount()).toBe(old.length);
        const rolledDays = await migrated.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM (SELECT DISTINCT day, policy_domain FROM daily_sources) AS rolled");
        expect(rolledDays[0]!.n).toBeGreaterThan(30);
        expect(await migrated.sql.query("SELECT count(*)::int AS n FROM stale_digests")).toEqual(rolledDays);
        expect(await migrated.sql.query("SELECT count(*)::int AS n FROM daily_digests")).toEqual([{ n: 0 }]);
        for (const [n, window] of windows.entries()) {
          expect(before[n]!.sources.length).toBeGreaterThan(0);
          expect(await fromRollup(migrated, window)).toEqual(before[n]);
        }
        expect(await migrated.sql.query("SELECT count(*)::int AS n FROM stale_digests")).toEqual([{ n: 0 }]);
        expect(await migrated.sql.query("SELECT count(*)::int AS n FROM daily_digests")).toEqual(rolledDays);
        // The same reports ingested by this version give the same rollup (sets compared sorted).
        expect({ sources: await sourceRollup(migrated.sql), selectors: await selectorRollup(migrated.sql) }).toEqual({
          sources: await sourceRollup(migrated.sql, `(${sourcesRollup("report_rows")})`),
          selectors: await selectorRollup(migrated.sql, `(${selectorsRollup("report_signatures")})`),
        });
        // Ingest goes on after the migration: old and new reports of the same days add up.
        expect(await migrated.addReports([...old.slice(0, 5), ...later])).toEqual({ added: later.length, duplicates: 5 });
        for (const window of windows) expect(await fromRollup(migrated, window)).toEqual(await recomputedInOrder(migrated.sql, window));
      } finally {
        await migrated.close();
      }
    }, 120_000);

    // Several sessions on one store: only a server has them (PGlite is one process's).
    it.runIf(options.sessions === true)("keeps the mark of a batch another session stores while the texts are being written", async () => {
      const location = await freshLocation();
      const reader = await ReportStore.open(location);
      const writer = await ReportStore.open(location);
      const holder = await openSql(location);
      const until = async (what: string, check: () => Promise<boolean>) => {
        for (let tries = 0; tries < 200; tries++) {
          if (await check()) return;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error(`timed out waiting until ${what}`);
      };
      const locks = (mode: string, granted: boolean) => async () =>
        (await holder.query("SELECT 1 FROM pg_locks WHERE relation = to_regclass('stale_digests') AND mode = $1 AND granted = $2", [mode, granted])).length > 0;
      let writing: Promise<void> | undefined;
      let batch: Promise<unknown> | undefined;
      try {
        await reader.addReports([daily("sessions.example", "a.example", "2026-08-01", 5, 0)]);
        await reader.writeStaleDigests();
        await reader.addReports([daily("sessions.example", "b.example", "2026-08-01", 3, 0)]);
        // The holder locks the day's text: the reader's rewrite takes its lock on the marks, then waits here.
        await holder.query("BEGIN");
        await holder.query("SELECT 1 FROM daily_digests WHERE day = '2026-08-01' FOR UPDATE");
        writing = reader.writeStaleDigests();
        await until("the rewrite holds its lock", locks("ExclusiveLock", true));
        // Another session stores a batch of a new day meanwhile: it is rolled up, and its mark waits.
        let stored = false;
        batch = writer.addReports([daily("sessions.example", "c.example", "2026-08-02", 7, 2)]).then((outcome) => {
          stored = true;
          return outcome;
        });
        await until("the batch's mark waits for the lock", locks("RowExclusiveLock", false));
        expect(stored).toBe(false);
        await holder.query("COMMIT");
        await writing;
        expect(await batch).toEqual({ added: 1, duplicates: 0 });
        // The rewrite did not see that batch: its mark is still there, and the next reading writes its day.
        expect(await reader.sql.query("SELECT day::text, policy_domain FROM stale_digests")).toEqual([{ day: "2026-08-02", policy_domain: "sessions.example" }]);
        const window = { from: "2026-08-01", to: "2026-08-31", domains: ["sessions.example"] };
        const resolved = { names: new Map(), spfTerms: new Map() };
        const handed = await handedSummaries(reader, window, resolved);
        expect(handed).toEqual(await summaryFromRawRows(reader.sql, window, resolved));
        expect(handed[0]).toMatchObject({ days: 2, messages: 17 });
      } finally {
        await holder.query("ROLLBACK").catch(() => undefined);
        await Promise.allSettled([writing, batch]);
        await Promise.all([reader.close(), writer.close(), holder.close()]);
      }
    }, 60_000);

    it("reads reporter names and domains back whatever characters they hold", async () => {
      const odd = ['Acme "Mail", Inc.', "back\\slash {braces}", "NULL", "tab\there", "line\nbreak", "", "Ünïcødé 郵便"];
      const items = odd.map((org, n) => {
        const item = daily("odd.example", `r${n}.example`, "2026-09-01", 1 + n, 0);
        return { ...item, report: { ...item.report, orgName: org } };
      });
      expect(await store.addReports(items)).toEqual({ added: odd.length, duplicates: 0 });
      const window = { from: "2026-09-01", to: "2026-09-01", domains: ["odd.example"] };
      const [source] = await store.sourceTotals(window);
      expect(source!.reporters).toEqual([...odd].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(source!.messages).toBe(odd.reduce((sum, _, n) => sum + 1 + n, 0));
      // forEachDomain reads the sets from the engine's text form of arrays: the same names come back.
      const handed: SourceTotals[][] = [];
      await store.forEachDomain(window, (_, sources) => void handed.push(sources));
      expect(handed).toHaveLength(1);
      expect(handed[0]![0]!.reporters).toEqual((await recomputed(store.sql, window)).sources[0]!.reporters);
    });

    it("reads DKIM signing domains and selectors back through forEachDomain whatever characters they hold", async () => {
      const odd = ['sel "1"', "back\\slash", "{braces},comma", "NULL", "tab\there", "line\nbreak", "ünï"];
      const items = odd.map((selector, n) => {
        const item = daily("odd-selectors.example", `s${n}.example`, "2026-09-02", 10 + n, 0);
        const [row] = item.report.rows;
        return { ...item, report: { ...item.report, rows: [{ ...row!, dkim: [{ domain: `odd ${selector}`, selector, result: "pass" as const }] }] } };
      });
      expect(await store.addReports(items)).toEqual({ added: odd.length, duplicates: 0 });
      const window = { from: "2026-09-02", to: "2026-09-02", domains: ["odd-selectors.example"] };
      const resolved = { names: new Map(), spfTerms: new Map() };
      const handed = await handedSummaries(store, window, resolved);
      expect(handed).toEqual(await summaryFromRawRows(store.sql, window, resolved));
      expect(handed[0]!.sources[0]!.dkim.map((d) => d.selector).sort()).toEqual(odd.map((s) => s.toLowerCase()).sort());
      expect(handed[0]!.sources[0]!.dkim.find((d) => d.selector === 'sel "1"')).toEqual({ domain: 'odd sel "1"', selector: 'sel "1"', messages: 10, alignedPass: 0 });
    });
  });
}
