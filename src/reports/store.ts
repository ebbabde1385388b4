// The report store: reports in, per-domain and per-source figures out. Everything goes through SqlClient,
// so the embedded engine and a PostgreSQL server run the very same statements.
//
// Inserts are batched: a batch of hundreds of reports is a handful of statements whatever its size. The
// reports go in with their columns as arrays expanded by unnest() (never near PostgreSQL's 65,535-parameter
// limit); their raw rows are loaded into temporary tables (SqlClient.load), copied from there into
// report_rows and report_signatures, and rolled up into the daily tables (rollup.ts), all in the batch's
// transaction; the texts the summary reads are rewritten from that rollup at the end of the ingest.
import { createHash } from "node:crypto";
import { isAligned, judgeRow } from "./alignment.js";
import { compareText } from "./code-point-order.js";
import { migrate, MIGRATIONS, schemaVersion } from "./migrations.js";
import type { AggregateReport } from "./model.js";
import { ADD_INCOMING_SELECTORS, ADD_INCOMING_SOURCES, LOCK_STALE_DIGESTS, MARK_INCOMING_STALE, WRITE_STALE_DIGESTS } from "./rollup.js";
import { DISK_FULL, mib, openSql, StoreError, WAL_SEGMENT_BYTES, type LoadColumn, type OpenOptions, type SqlClient } from "./sql.js";
import { readDomainRows } from "./window-rows.js";

const col = (name: string, type: LoadColumn["type"]): LoadColumn => ({ name, type });
/** report_rows' columns, in order. */
export const ROW_COLUMNS: readonly LoadColumn[] = [
  col("report", "integer"), col("policy_domain", "text"), col("day", "date"), col("reporter", "text"), col("source_ip", "text"),
  col("header_from", "text"), col("envelope_from", "text"), col("messages", "bigint"), col("disposition", "text"), col("passing", "boolean"),
  col("dkim_aligned", "boolean"), col("spf_aligned", "boolean"), col("spf_result", "text"), col("spf_domain", "text"), col("dkim_result", "text"), col("dkim_domain", "text"),
];
/** report_signatures' columns, in order. */
export const SIGNATURE_COLUMNS: readonly LoadColumn[] = [
  col("report", "integer"), col("policy_domain", "text"), col("day", "date"), col("source_ip", "text"), col("signing_domain", "text"),
  col("selector", "text"), col("result", "text"), col("aligned", "boolean"), col("messages", "bigint"),
];

export interface StoredReport {
  report: AggregateReport;
  /** The file (and part) it came from, kept for tracing a figure back to its report. */
  source: string;
}

/**
 * The batch in the order of the reports' keys (reporter, its address, report id; code point order), copies
 * of one report in the order they came. Two ingests on one server that share reports (overlapping folders,
 * or one mailbox fetched from two places) each wait on the other's uncommitted copy of a shared report:
 * were each to insert in the order it read its files, each could hold a report the other waits on, and
 * PostgreSQL would end one of them as a deadlock. Inserted in one order, the one that waits holds nothing
 * the other still needs.
 */
function inKeyOrder(batch: readonly StoredReport[]): StoredReport[] {
  return [...batch].sort(
    ({ report: a }, { report: b }) => compareText(a.orgName, b.orgName) || compareText(a.email, b.email) || compareText(a.reportId, b.reportId),
  );
}

/**
 * SQLSTATEs of a transaction the server ended so that another could go on (PostgreSQL manual, Appendix A,
 * class 40: serialization_failure, deadlock_detected). Ordered inserts keep two ingests out of each other's
 * way, but another program writing to the same tables in its own order can still meet a batch in a deadlock;
 * the batch left no trace, and running it again is what the manual advises ("Serialization Failure Handling").
 */
const ENDED_FOR_ANOTHER = new Set(["40001", "40P01"]);
const BATCH_ATTEMPTS = 4;

/** Runs `transaction` again, a little later each time, when the server ended it for another; at most BATCH_ATTEMPTS times. */
export async function runAgainIfEndedForAnother<T>(transaction: () => Promise<T>, pauseMs = (attempt: number) => 50 * 2 ** attempt * (1 + Math.random())): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= BATCH_ATTEMPTS || !(error instanceof StoreError) || !ENDED_FOR_ANOTHER.has(error.sqlState ?? "")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)));
  }
}

/** A report whose reporter and id the store already holds with other content: not stored again. */
export interface ReportConflict {
  /** Where this copy came from (its file and part). */
  source: string;
  orgName: string;
  email: string;
  reportId: string;
  /** Where the stored copy came from. */
  storedSource: string;
}

export interface AddOutcome {
  added: number;
  /** Reports already in the store (same reporter and report id, same content). */
  duplicates: number;
  /** Present when some report of the batch was already stored with other content (not counted above). */
  conflicts?: ReportConflict[];
}

/**
 * The fingerprint of what a report says (RFC 7489 Appendix C): its reporter, id, period, published policy and
 * records, the records in a canonical order, so that the same report sent again, however its records are
 * ordered, has the same one, and a corrected or extended one does not.
 */
export function reportFingerprint(report: AggregateReport): string {
  const { policy } = report;
  const rows = report.rows
    .map((row) => JSON.stringify([row.sourceIp, row.count, row.disposition, row.headerFrom, row.envelopeFrom, row.dkim.map((d) => [d.domain, d.selector, d.result]), row.spf.map((s) => [s.domain, s.scope, s.result])]))
    .sort(compareText);
  const canonical = JSON.stringify([report.orgName, report.email, report.reportId, report.begin, report.end, [policy.domain, policy.adkim, policy.aspf, policy.p, policy.sp, policy.np, policy.pct, policy.testing], rows]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** The UTC day a report speaks for: the day of its period's middle (receivers send one report per day). */
export function reportDay(report: Pick<AggregateReport, "begin" | "end">): string {
  const middle = Math.floor((report.begin + report.end) / 2);
  return new Date(middle * 1000).toISOString().slice(0, 10);
}

export interface DomainTotals {
  domain: string;
  days: number;
  from: string;
  to: string;
  messages: number;
  passing: number;
  dkimAligned: number;
  spfAligned: number;
}

export interface SourceTotals {
  domain: string;
  ip: string;
  messages: number;
  passing: number;
  dkimAligned: number;
  spfAligned: number;
  /** Failing messages whose SPF passed for an unaligned domain, and likewise for DKIM. */
  spfPassUnaligned: number;
  dkimPassUnaligned: number;
  spfDomains: string[];
  dkimDomains: string[];
  reporters: string[];
  /** DKIM signatures seen from this source for this domain (alignedPass: those that passed and aligned with the From domain). */
  signatures: { signingDomain: string; selector: string; messages: number; alignedPass: number }[];
}

export interface ImapPosition {
  uidValidity: number;
  lastUid: number;
}

export interface Window {
  from: string;
  to: string;
  /** Only these policy domains; null: all. */
  domains: readonly string[] | null;
}

function windowFilter(window: Window, first: number): { where: string; params: unknown[] } {
  const params: unknown[] = [window.from, window.to];
  let where = `day BETWEEN $${first}::date AND $${first + 1}::date`;
  if (window.domains) {
    params.push([...window.domains]);
    where += ` AND policy_domain = ANY($${first + 2}::text[])`;
  }
  return { where, params };
}


/** The raw records of reports, column by column in ROW_COLUMNS' and SIGNATURE_COLUMNS' order. */
export interface ReportRecords {
  rows: unknown[][];
  signatures: unknown[][];
}

/**
 * The report_rows and report_signatures records of `items`, with the verdict judged here (alignment.ts);
 * `idOf` gives a report's id in `reports`, or undefined to leave the report out (already stored).
 */
export function reportRecords(items: readonly StoredReport[], idOf: (report: AggregateReport) => number | undefined): ReportRecords {
  const rows: unknown[][] = ROW_COLUMNS.map(() => []);
  const signatures: unknown[][] = SIGNATURE_COLUMNS.map(() => []);
  const [rReport, rDomain, rDay, rReporter, rIp, rHeaderFrom, rEnvelopeFrom, rMessages, rDisposition, rPassing, rDkimAligned, rSpfAligned, rSpfResult, rSpfDomain, rDkimResult, rDkimDomain] = rows as [unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[]];
  const [sReport, sDomain, sDay, sIp, sSigningDomain, sSelector, sResult, sAligned, sMessages] = signatures as [unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[], unknown[]];
  for (const { report } of items) {
    const id = idOf(report);
    if (id === undefined) continue;
    const day = reportDay(report);
    for (const row of report.rows) {
      const verdict = judgeRow(row, report.policy);
      rReport.push(id);
      rDomain.push(report.policy.domain);
      rDay.push(day);
      rReporter.push(report.orgName);
      rIp.push(row.sourceIp);
      rHeaderFrom.push(row.headerFrom);
      rEnvelopeFrom.push(row.envelopeFrom);
      rMessages.push(row.count);
      rDisposition.push(row.disposition);
      rPassing.push(verdict.passing);
      rDkimAligned.push(verdict.dkimAligned);
      rSpfAligned.push(verdict.spfAligned);
      rSpfResult.push(verdict.spfResult);
      rSpfDomain.push(verdict.spfDomain);
      rDkimResult.push(verdict.dkimResult);
      rDkimDomain.push(verdict.dkimDomain);
      for (const signature of row.dkim) {
        if (!signature.selector || !signature.domain) continue;
        sReport.push(id);
        sDomain.push(report.policy.domain);
        sDay.push(day);
        sIp.push(row.sourceIp);
        sSigningDomain.push(signature.domain);
        sSelector.push(signature.selector.toLowerCase());
        sResult.push(signature.result);
        sAligned.push(signature.result === "pass" && isAligned(signature.domain, row.headerFrom, report.policy.adkim));
        sMessages.push(row.count);
      }
    }
  }
  return { rows, signatures };
}

/**
 * Per domain over the window (`where`, windowFilter's condition): the days with reports, the first and the
 * last, and the texts of those days (rollup.ts, WRITE_STALE_DIGESTS) joined into one text of source lines and
 * one of selector lines, in the form window-rows.ts reads. PostgreSQL only concatenates texts written at
 * ingest: writing the rollup rows as text here was most of the summary's time.
 */
const windowRowsByDomain = (where: string) => `SELECT policy_domain, count(*)::int AS days,
  to_char(min(day), 'YYYY-MM-DD') AS first_day, to_char(max(day), 'YYYY-MM-DD') AS last_day,
  string_agg(sources, E'\\n') AS sources, string_agg(selectors, E'\\n') AS selectors
FROM daily_digests WHERE ${where} GROUP BY policy_domain
ORDER BY policy_domain COLLATE "C"`;

/**
 * What a write to an embedded store is given room for, checked on the disk before it starts (ReportStore.
 * ensureRoom). PostgreSQL stops for good (PANIC) when the disk fills as it writes its write-ahead log, and
 * PGlite then never returns to this process (sql.ts); refused before the batch, a full disk is a sentence
 * and a store left as it was. Two WAL segments: the one a batch may open, and one for what follows it (the
 * texts rewritten at the end, the checkpoint at closing). Per report and per record: measured on a store of
 * 20,000 reports of 20 records, about 1.3 KiB a record in all (tables, indexes, rollup, WAL), doubled.
 */
export const ROOM_RESERVE_BYTES = 2 * WAL_SEGMENT_BYTES;
export const ROOM_PER_REPORT_BYTES = 1024;
export const ROOM_PER_RECORD_BYTES = 2048;

/** The statistics target of the ANALYZE that ends an ingest (finishIngest says why it is small). */
export const INGEST_STATISTICS_TARGET = 10;

export class ReportStore {
  private constructor(readonly sql: SqlClient) {}

  /** Opens (creating and migrating when needed) the store at a directory, ":memory:" or a postgres:// URL. */
  static async open(location: string, options: OpenOptions = {}): Promise<ReportStore> {
    const sql = await openSql(location, options);
    try {
      await migrate(sql);
      const version = await schemaVersion(sql);
      const known = MIGRATIONS[MIGRATIONS.length - 1]!.version;
      if (version > known) throw new StoreError(`the report store ${sql.describe} has schema version ${version}, newer than this maildns knows (${known}): upgrade maildns`);
    } catch (error) {
      await sql.close().catch(() => undefined);
      throw error;
    }
    return new ReportStore(sql);
  }

  get describe(): string {
    return this.sql.describe;
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  private incomingReady = false;
  private added = 0;

  /** Reports this ReportStore added, in committed batches: what a failure after them leaves stored. */
  get addedSoFar(): number {
    return this.added;
  }

  /**
   * Refuses, before anything is written, a write the disk holding an embedded store has no room for (see
   * ROOM_RESERVE_BYTES), with SQLSTATE disk_full; `what` names the write in the sentence.
   */
  ensureRoom(what: string, reports = 0, records = 0): void {
    const free = this.sql.freeBytes();
    if (free === null) return;
    const needed = ROOM_RESERVE_BYTES + reports * ROOM_PER_REPORT_BYTES + records * ROOM_PER_RECORD_BYTES;
    if (free >= needed) return;
    throw new StoreError(
      `the disk holding the report store ${this.describe} is full (ENOSPC): ${mib(free)} free, and ${what} needs about ${mib(needed)} (with room for PostgreSQL's write-ahead log, which stops the store for good when it cannot be written): stopped before writing it, and the store is intact`,
      DISK_FULL,
    );
  }

  /** Adds reports in one transaction; those already stored are counted, not changed. */
  async addReports(batch: readonly StoredReport[]): Promise<AddOutcome> {
    if (batch.length === 0) return { added: 0, duplicates: 0 };
    const records = batch.reduce((n, { report }) => n + report.rows.length, 0);
    this.ensureRoom(`the next batch of ${batch.length} report${batch.length === 1 ? "" : "s"} (${records} record${records === 1 ? "" : "s"})`, batch.length, records);
    const items = inKeyOrder(batch);
    const outcome = await runAgainIfEndedForAnother(() => this.addInOneTransaction(items));
    this.added += outcome.added;
    return outcome;
  }

  private async addInOneTransaction(items: readonly StoredReport[]): Promise<AddOutcome> {
    if (!this.incomingReady) {
      // This session's staging tables, emptied at every commit; made once, outside any batch's transaction.
      await this.sql.query("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_rows (LIKE report_rows) ON COMMIT DELETE ROWS");
      await this.sql.query("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_signatures (LIKE report_signatures) ON COMMIT DELETE ROWS");
      this.incomingReady = true;
    }
    return this.sql.transaction(async (sql) => {
      const column = <T>(pick: (item: StoredReport) => T) => items.map(pick);
      const fingerprints = items.map((i) => reportFingerprint(i.report));
      const inserted = await sql.query<{ id: number; reporter_org: string; reporter_email: string; report_id: string }>(
        `INSERT INTO reports (reporter_org, reporter_email, report_id, policy_domain, begin_at, end_at, day, adkim, aspf, p, sp, np, pct, testing, source, content_sha256)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::date[], $8::text[], $9::text[],
                              $10::text[], $11::text[], $12::text[], $13::integer[], $14::boolean[], $15::text[], $16::text[])
         ON CONFLICT (reporter_org, reporter_email, report_id) DO NOTHING
         RETURNING id, reporter_org, reporter_email, report_id`,
        [
          column((i) => i.report.orgName),
          column((i) => i.report.email),
          column((i) => i.report.reportId),
          column((i) => i.report.policy.domain),
          column((i) => i.report.begin),
          column((i) => i.report.end),
          column((i) => reportDay(i.report)),
          column((i) => i.report.policy.adkim),
          column((i) => i.report.policy.aspf),
          column((i) => i.report.policy.p),
          column((i) => i.report.policy.sp),
          column((i) => i.report.policy.np),
          column((i) => i.report.policy.pct),
          column((i) => i.report.policy.testing),
          column((i) => i.source),
          fingerprints,
        ],
      );
      const key = (org: string, email: string, id: string) => `${org}\u0000${email}\u0000${id}`;
      const ids = new Map(inserted.map((r) => [key(r.reporter_org, r.reporter_email, r.report_id), r.id]));
      const conflicts = await this.conflictsOf(sql, items, fingerprints, ids, key);
      const { rows, signatures } = reportRecords(items, (report) => {
        const k = key(report.orgName, report.email, report.reportId);
        const id = ids.get(k);
        // The same report twice in one batch: only its first copy is inserted.
        ids.delete(k);
        return id;
      });
      // The batch's rows go to temporary tables first: from there into the raw tables as they are, and rolled
      // up into the daily tables the summary reads.
      if (rows[0]!.length > 0) {
        await sql.load("incoming_rows", ROW_COLUMNS, rows);
        await sql.query("INSERT INTO report_rows SELECT * FROM incoming_rows");
        await sql.query(ADD_INCOMING_SOURCES);
        await sql.query(MARK_INCOMING_STALE);
      }
      if (signatures[0]!.length > 0) {
        await sql.load("incoming_signatures", SIGNATURE_COLUMNS, signatures);
        await sql.query("INSERT INTO report_signatures SELECT * FROM incoming_signatures");
        await sql.query(ADD_INCOMING_SELECTORS);
      }
      const outcome: AddOutcome = { added: inserted.length, duplicates: items.length - inserted.length - conflicts.length };
      if (conflicts.length > 0) outcome.conflicts = conflicts;
      return outcome;
    });
  }

  /**
   * The reports of the batch not inserted whose reporter and id the store (or an earlier copy in the batch)
   * holds with another fingerprint. Neither kept beside the stored one (the same report id counted twice) nor
   * put in its place (what the stored one added to the rollup cannot be told apart from the rest): said.
   */
  private async conflictsOf(sql: SqlClient, items: readonly StoredReport[], fingerprints: readonly string[], inserted: ReadonlyMap<string, number>, key: (org: string, email: string, id: string) => string): Promise<ReportConflict[]> {
    // The reports of the batch not inserted: their stored copies are read.
    const left = items.filter(({ report: r }) => !inserted.has(key(r.orgName, r.email, r.reportId)));
    // Copies of one report in the batch: the first one inserted (or meeting the stored one) stands for them.
    const first = new Map<string, { fingerprint: string; source: string }>();
    items.forEach(({ report: r, source }, i) => {
      const k = key(r.orgName, r.email, r.reportId);
      if (!first.has(k)) first.set(k, { fingerprint: fingerprints[i]!, source });
    });
    const stored = new Map<string, { fingerprint: string | null; source: string }>();
    if (left.length > 0) {
      const rows = await sql.query<{ reporter_org: string; reporter_email: string; report_id: string; content_sha256: string | null; source: string }>(
        `SELECT reporter_org, reporter_email, report_id, content_sha256, source FROM reports
         WHERE (reporter_org, reporter_email, report_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
        [left.map((o) => o.report.orgName), left.map((o) => o.report.email), left.map((o) => o.report.reportId)],
      );
      for (const row of rows) stored.set(key(row.reporter_org, row.reporter_email, row.report_id), { fingerprint: row.content_sha256, source: row.source });
    }
    const conflicts: ReportConflict[] = [];
    items.forEach(({ report: r, source }, i) => {
      const k = key(r.orgName, r.email, r.reportId);
      const fingerprint = fingerprints[i]!;
      // The stored copy, whether stored before this batch or by this batch's first copy.
      const held = stored.get(k) ?? first.get(k)!;
      if (held.source === source && held.fingerprint === fingerprint) return;
      // A report stored before its fingerprint was kept (migration 4) cannot be told apart: already stored.
      if (held.fingerprint === null || held.fingerprint === fingerprint) return;
      conflicts.push({ source, orgName: r.orgName, email: r.email, reportId: r.reportId, storedSource: held.source });
    });
    return conflicts;
  }

  /**
   * After an ingest added reports: rewrites the texts of the days it added to (each once, however many
   * batches did), then refreshes the planner's statistics of the tables the summary reads. A PostgreSQL
   * server's autovacuum does the latter in time; the embedded engine has no such worker, and without
   * statistics the planner guesses a thousand rows for a rollup of hundreds of thousands and sizes its
   * aggregation for that.
   *
   * What the planner needs is row counts and how many days and domains there are, which a sample of 3,000
   * rows (a statistics target of 10) gives as well as one of 30,000 (the default 100); and of the texts'
   * table only its key columns, which are all any statement filters or groups on. ANALYZE holds its sample
   * in memory, and the embedded engine never gives back memory it once used: with the defaults, this ANALYZE
   * raised a first ingest's resident memory by about 18 MiB in its last second; with these, not measurably.
   */
  async finishIngest(): Promise<void> {
    await this.writeStaleDigests();
    await this.sql.transaction(async (sql) => {
      await sql.query(`SET LOCAL default_statistics_target = ${INGEST_STATISTICS_TARGET}`);
      await sql.query("ANALYZE daily_sources, daily_selectors, daily_digests (day, policy_domain)");
    });
  }

  /**
   * Rewrites the texts of the days marked stale (rollup.ts), if any, under LOCK_STALE_DIGESTS: a mark that
   * waited for the lock is a change this transaction did not see, and stays for the next one.
   */
  async writeStaleDigests(): Promise<void> {
    if ((await this.sql.query("SELECT 1 FROM stale_digests LIMIT 1")).length === 0) return;
    this.ensureRoom("rewriting the summary's texts of the days reports were added to");
    await this.sql.transaction(async (sql) => {
      await sql.query(LOCK_STALE_DIGESTS);
      await sql.query(WRITE_STALE_DIGESTS);
      await sql.query("DELETE FROM stale_digests");
    });
  }

  async reportCount(): Promise<number> {
    const rows = await this.sql.query<{ n: number }>("SELECT count(*)::float8 AS n FROM reports");
    return rows[0]?.n ?? 0;
  }

  /**
   * Reads in one transaction with room to aggregate in memory: the window's texts are hashed by domain, and
   * PostgreSQL's default 4 MB of work_mem sends 10,000 domains' worth to disk.
   */
  private read<T>(work: (sql: SqlClient) => Promise<T>): Promise<T> {
    return this.sql.transaction(async (sql) => {
      await sql.query("SET LOCAL work_mem = '64MB'");
      return work(sql);
    });
  }

  /** Per domain over the window: its days and message counts, as forEachDomain gives them, gathered. */
  async domainTotals(window: Window): Promise<DomainTotals[]> {
    const out: DomainTotals[] = [];
    await this.forEachDomain(window, (totals) => void out.push(totals));
    return out.sort((a, b) => compareText(a.domain, b.domain));
  }

  /** Per domain and source address, with the DKIM signatures seen from it, as forEachDomain gives them, gathered. */
  async sourceTotals(window: Window): Promise<SourceTotals[]> {
    const out: SourceTotals[] = [];
    await this.forEachDomain(window, (_totals, sources) => void out.push(...sources));
    return out;
  }

  /**
   * The window's figures domain by domain, in domain order (code point order, whatever the server's collation):
   * each domain's totals and its sources, handed to `each` as they come. The texts of days still marked
   * stale are written first (an interrupted ingest, or one running elsewhere). One statement gives each
   * domain's days and rollup rows as text (windowRowsByDomain), read through a cursor some hundreds of domains
   * at a time, so that a summary of 10,000 domains never holds all of them at once; the sums per source and
   * the set unions are read from it here (window-rows.ts).
   */
  async forEachDomain(window: Window, each: (totals: DomainTotals, sources: SourceTotals[]) => void | Promise<void>, perFetch = 250): Promise<void> {
    const { where, params } = windowFilter(window, 1);
    await this.writeStaleDigests();
    await this.read(async (sql) => {
      await sql.query(`DECLARE window_domains NO SCROLL CURSOR FOR ${windowRowsByDomain(where)}`, params);
      for (;;) {
        const rows = await sql.query<{ policy_domain: string; days: number; first_day: string; last_day: string; sources: string; selectors: string | null }>(`FETCH ${perFetch} FROM window_domains`);
        for (const row of rows) {
          const days = { days: row.days, from: row.first_day, to: row.last_day };
          const { totals, sources } = readDomainRows(row.policy_domain, days, row.sources, row.selectors);
          await each(totals, sources);
        }
        if (rows.length < perFetch) break;
      }
      await sql.query("CLOSE window_domains");
    });
  }

  async imapPosition(server: string, account: string, mailbox: string): Promise<ImapPosition | null> {
    const rows = await this.sql.query<{ uid_validity: string | number; last_uid: string | number }>(
      "SELECT uid_validity::float8 AS uid_validity, last_uid::float8 AS last_uid FROM imap_positions WHERE server = $1 AND account = $2 AND mailbox = $3",
      [server, account, mailbox],
    );
    const row = rows[0];
    return row ? { uidValidity: Number(row.uid_validity), lastUid: Number(row.last_uid) } : null;
  }

  async setImapPosition(server: string, account: string, mailbox: string, position: ImapPosition): Promise<void> {
    await this.sql.query(
      `INSERT INTO imap_positions (server, account, mailbox, uid_validity, last_uid) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (server, account, mailbox) DO UPDATE SET uid_validity = EXCLUDED.uid_validity, last_uid = EXCLUDED.last_uid, updated_at = now()`,
      [server, account, mailbox, position.uidValidity, position.lastUid],
    );
  }

  async saveSourceNames(names: ReadonlyMap<string, string | null>): Promise<void> {
    if (names.size === 0) return;
    // In key order, as a batch of reports (inKeyOrder): two summaries resolving on one server at once.
    await runAgainIfEndedForAnother(() =>
      this.sql.query(
        `INSERT INTO source_names (ip, name) SELECT * FROM unnest($1::text[], $2::text[]) AS given (ip, name) ORDER BY ip
         ON CONFLICT (ip) DO UPDATE SET name = EXCLUDED.name, resolved_at = now()`,
        [[...names.keys()], [...names.values()]],
      ),
    );
  }

  async sourceNames(): Promise<Map<string, string | null>> {
    const rows = await this.sql.query<{ ip: string; name: string | null }>("SELECT ip, name FROM source_names");
    return new Map(rows.map((r) => [r.ip, r.name]));
  }

  async saveSpfTerms(terms: readonly { domain: string; ip: string; term: string | null }[]): Promise<void> {
    if (terms.length === 0) return;
    await runAgainIfEndedForAnother(() =>
      this.sql.query(
        `INSERT INTO source_spf_terms (policy_domain, ip, term) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS given (policy_domain, ip, term)
         ORDER BY policy_domain, ip
         ON CONFLICT (policy_domain, ip) DO UPDATE SET term = EXCLUDED.term, resolved_at = now()`,
        [terms.map((t) => t.domain), terms.map((t) => t.ip), terms.map((t) => t.term)],
      ),
    );
  }

  async spfTerms(): Promise<Map<string, string | null>> {
    const rows = await this.sql.query<{ domain: string; ip: string; term: string | null }>("SELECT policy_domain AS domain, ip, term FROM source_spf_terms");
    return new Map(rows.map((r) => [`${r.domain} ${r.ip}`, r.term]));
  }
}
