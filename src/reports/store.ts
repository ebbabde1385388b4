// The report store: reports in, per-domain and per-source figures out. Everything goes through SqlClient,
// so the embedded engine and a PostgreSQL server run the very same statements.
//
// Inserts are batched: one statement per table per batch, its columns passed as arrays and expanded with
// unnest(), so a batch of hundreds of reports is three round trips whatever its size (and never near
// PostgreSQL's 65,535-parameter limit).
import { isAligned, judgeRow } from "./alignment.js";
import { migrate, MIGRATIONS, schemaVersion } from "./migrations.js";
import type { AggregateReport } from "./model.js";
import { openSql, StoreError, type SqlClient } from "./sql.js";

export interface StoredReport {
  report: AggregateReport;
  /** The file (and part) it came from, kept for tracing a figure back to its report. */
  source: string;
}

export interface AddOutcome {
  added: number;
  /** Reports already in the store (same reporter and report id). */
  duplicates: number;
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
  /** DKIM signatures seen from this source for this domain. */
  signatures: { signingDomain: string; selector: string; messages: number; alignedPass: number }[];
}

export interface SignatureTotals {
  domain: string;
  ip: string;
  signingDomain: string;
  selector: string;
  messages: number;
  /** Messages whose signature by this selector passed and aligned with the From domain. */
  alignedPass: number;
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

export class ReportStore {
  private constructor(readonly sql: SqlClient) {}

  /** Opens (creating and migrating when needed) the store at a directory, ":memory:" or a postgres:// URL. */
  static async open(location: string): Promise<ReportStore> {
    const sql = await openSql(location);
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

  /** Adds reports in one transaction; those already stored are counted, not changed. */
  async addReports(items: readonly StoredReport[]): Promise<AddOutcome> {
    if (items.length === 0) return { added: 0, duplicates: 0 };
    return this.sql.transaction(async (sql) => {
      const column = <T>(pick: (item: StoredReport) => T) => items.map(pick);
      const inserted = await sql.query<{ id: number; reporter_org: string; reporter_email: string; report_id: string }>(
        `INSERT INTO reports (reporter_org, reporter_email, report_id, policy_domain, begin_at, end_at, day, adkim, aspf, p, sp, np, pct, testing, source)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::date[], $8::text[], $9::text[],
                              $10::text[], $11::text[], $12::text[], $13::integer[], $14::boolean[], $15::text[])
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
        ],
      );
      const key = (org: string, email: string, id: string) => `${org}\u0000${email}\u0000${id}`;
      const ids = new Map(inserted.map((r) => [key(r.reporter_org, r.reporter_email, r.report_id), r.id]));
      const rows = { report: [] as number[], domain: [] as string[], day: [] as string[], reporter: [] as string[], ip: [] as string[], headerFrom: [] as string[], envelopeFrom: [] as (string | null)[], messages: [] as number[], disposition: [] as string[], passing: [] as boolean[], dkimAligned: [] as boolean[], spfAligned: [] as boolean[], spfResult: [] as string[], spfDomain: [] as (string | null)[], dkimResult: [] as string[], dkimDomain: [] as (string | null)[] };
      const signatures = { report: [] as number[], domain: [] as string[], day: [] as string[], ip: [] as string[], signingDomain: [] as string[], selector: [] as string[], result: [] as string[], aligned: [] as boolean[], messages: [] as number[] };
      for (const { report } of items) {
        const id = ids.get(key(report.orgName, report.email, report.reportId));
        if (id === undefined) continue;
        // The same report twice in one batch: only its first copy is inserted.
        ids.delete(key(report.orgName, report.email, report.reportId));
        const day = reportDay(report);
        for (const row of report.rows) {
          const verdict = judgeRow(row, report.policy);
          rows.report.push(id);
          rows.domain.push(report.policy.domain);
          rows.day.push(day);
          rows.reporter.push(report.orgName);
          rows.ip.push(row.sourceIp);
          rows.headerFrom.push(row.headerFrom);
          rows.envelopeFrom.push(row.envelopeFrom);
          rows.messages.push(row.count);
          rows.disposition.push(row.disposition);
          rows.passing.push(verdict.passing);
          rows.dkimAligned.push(verdict.dkimAligned);
          rows.spfAligned.push(verdict.spfAligned);
          rows.spfResult.push(verdict.spfResult);
          rows.spfDomain.push(verdict.spfDomain);
          rows.dkimResult.push(verdict.dkimResult);
          rows.dkimDomain.push(verdict.dkimDomain);
          for (const signature of row.dkim) {
            if (!signature.selector || !signature.domain) continue;
            signatures.report.push(id);
            signatures.domain.push(report.policy.domain);
            signatures.day.push(day);
            signatures.ip.push(row.sourceIp);
            signatures.signingDomain.push(signature.domain);
            signatures.selector.push(signature.selector.toLowerCase());
            signatures.result.push(signature.result);
            signatures.aligned.push(signature.result === "pass" && isAligned(signature.domain, row.headerFrom, report.policy.adkim));
            signatures.messages.push(row.count);
          }
        }
      }
      if (rows.report.length > 0) {
        await sql.query(
          `INSERT INTO report_rows (report, policy_domain, day, reporter, source_ip, header_from, envelope_from, messages, disposition, passing, dkim_aligned, spf_aligned, spf_result, spf_domain, dkim_result, dkim_domain)
           SELECT * FROM unnest($1::integer[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[], $10::boolean[], $11::boolean[], $12::boolean[], $13::text[], $14::text[], $15::text[], $16::text[])`,
          [rows.report, rows.domain, rows.day, rows.reporter, rows.ip, rows.headerFrom, rows.envelopeFrom, rows.messages, rows.disposition, rows.passing, rows.dkimAligned, rows.spfAligned, rows.spfResult, rows.spfDomain, rows.dkimResult, rows.dkimDomain],
        );
      }
      if (signatures.report.length > 0) {
        await sql.query(
          `INSERT INTO report_signatures (report, policy_domain, day, source_ip, signing_domain, selector, result, aligned, messages)
           SELECT * FROM unnest($1::integer[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::bigint[])`,
          [signatures.report, signatures.domain, signatures.day, signatures.ip, signatures.signingDomain, signatures.selector, signatures.result, signatures.aligned, signatures.messages],
        );
      }
      return { added: inserted.length, duplicates: items.length - inserted.length };
    });
  }

  async reportCount(): Promise<number> {
    const rows = await this.sql.query<{ n: number }>("SELECT count(*)::float8 AS n FROM reports");
    return rows[0]?.n ?? 0;
  }

  async domainTotals(window: Window): Promise<DomainTotals[]> {
    const { where, params } = windowFilter(window, 1);
    const rows = await this.sql.query<{ domain: string; days: number; first: string; last: string; messages: number; passing: number; dkim: number; spf: number }>(
      `SELECT policy_domain AS domain, count(DISTINCT day)::int AS days, min(day)::text AS first, max(day)::text AS last,
              sum(messages)::float8 AS messages,
              sum(CASE WHEN passing THEN messages ELSE 0 END)::float8 AS passing,
              sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END)::float8 AS dkim,
              sum(CASE WHEN spf_aligned THEN messages ELSE 0 END)::float8 AS spf
       FROM report_rows WHERE ${where} GROUP BY policy_domain ORDER BY policy_domain`,
      params,
    );
    return rows.map((r) => ({ domain: r.domain, days: r.days, from: r.first, to: r.last, messages: r.messages, passing: r.passing, dkimAligned: r.dkim, spfAligned: r.spf }));
  }

  /**
   * Per domain and source address, with the DKIM signatures seen from it. PostgreSQL builds one JSON value per
   * domain: at 10,000 domains the rows' transfer, not the grouping, is what a row per source would cost.
   */
  async sourceTotals(window: Window): Promise<SourceTotals[]> {
    const { where, params } = windowFilter(window, 1);
    const rows = await this.sql.query<{ domain: string; sources: string | unknown[] }>(
      `WITH src AS (
         SELECT policy_domain, source_ip,
                sum(messages)::float8 AS messages,
                sum(CASE WHEN passing THEN messages ELSE 0 END)::float8 AS passing,
                sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END)::float8 AS dkim,
                sum(CASE WHEN spf_aligned THEN messages ELSE 0 END)::float8 AS spf,
                sum(CASE WHEN NOT passing AND spf_result = 'pass' THEN messages ELSE 0 END)::float8 AS spf_unaligned,
                sum(CASE WHEN NOT passing AND dkim_result = 'pass' THEN messages ELSE 0 END)::float8 AS dkim_unaligned,
                coalesce(json_agg(DISTINCT spf_domain) FILTER (WHERE spf_domain IS NOT NULL), '[]') AS spf_domains,
                coalesce(json_agg(DISTINCT dkim_domain) FILTER (WHERE dkim_domain IS NOT NULL), '[]') AS dkim_domains,
                json_agg(DISTINCT reporter) AS reporters
         FROM report_rows WHERE ${where} GROUP BY policy_domain, source_ip
       ), sig AS (
         SELECT policy_domain, source_ip, json_agg(json_build_array(signing_domain, selector, messages, aligned)) AS dkim
         FROM (SELECT policy_domain, source_ip, signing_domain, selector, sum(messages)::float8 AS messages,
                      sum(CASE WHEN aligned THEN messages ELSE 0 END)::float8 AS aligned
               FROM report_signatures WHERE ${where} GROUP BY policy_domain, source_ip, signing_domain, selector) per_selector
         GROUP BY policy_domain, source_ip
       )
       SELECT src.policy_domain AS domain,
              json_agg(json_build_array(src.source_ip, src.messages, src.passing, src.dkim, src.spf, src.spf_unaligned, src.dkim_unaligned,
                                        src.spf_domains, src.dkim_domains, src.reporters, coalesce(sig.dkim, '[]'))) AS sources
       FROM src LEFT JOIN sig ON sig.policy_domain = src.policy_domain AND sig.source_ip = src.source_ip
       GROUP BY src.policy_domain`,
      params,
    );
    const out: SourceTotals[] = [];
    for (const row of rows) {
      const sources = (typeof row.sources === "string" ? JSON.parse(row.sources) : row.sources) as [string, number, number, number, number, number, number, string[], string[], string[], [string, string, number, number][]][];
      for (const [ip, messages, passing, dkim, spf, spfUnaligned, dkimUnaligned, spfDomains, dkimDomains, reporters, signatures] of sources) {
        out.push({
          domain: row.domain,
          ip,
          messages,
          passing,
          dkimAligned: dkim,
          spfAligned: spf,
          spfPassUnaligned: spfUnaligned,
          dkimPassUnaligned: dkimUnaligned,
          spfDomains: [...spfDomains].sort(),
          dkimDomains: [...dkimDomains].sort(),
          reporters: [...reporters].sort(),
          signatures: signatures.map(([signingDomain, selector, count, alignedPass]) => ({ signingDomain, selector, messages: count, alignedPass })),
        });
      }
    }
    return out;
  }

  async signatureTotals(window: Window): Promise<SignatureTotals[]> {
    const { where, params } = windowFilter(window, 1);
    const rows = await this.sql.query<{ domain: string; ip: string; signing_domain: string; selector: string; messages: number; aligned: number }>(
      `SELECT policy_domain AS domain, source_ip AS ip, signing_domain, selector, sum(messages)::float8 AS messages,
              sum(CASE WHEN aligned THEN messages ELSE 0 END)::float8 AS aligned
       FROM report_signatures WHERE ${where} GROUP BY policy_domain, source_ip, signing_domain, selector`,
      params,
    );
    return rows.map((r) => ({ domain: r.domain, ip: r.ip, signingDomain: r.signing_domain, selector: r.selector, messages: r.messages, alignedPass: r.aligned }));
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
    await this.sql.query(
      `INSERT INTO source_names (ip, name) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (ip) DO UPDATE SET name = EXCLUDED.name, resolved_at = now()`,
      [[...names.keys()], [...names.values()]],
    );
  }

  async sourceNames(): Promise<Map<string, string | null>> {
    const rows = await this.sql.query<{ ip: string; name: string | null }>("SELECT ip, name FROM source_names");
    return new Map(rows.map((r) => [r.ip, r.name]));
  }

  async saveSpfTerms(terms: readonly { domain: string; ip: string; term: string | null }[]): Promise<void> {
    if (terms.length === 0) return;
    await this.sql.query(
      `INSERT INTO source_spf_terms (policy_domain, ip, term) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (policy_domain, ip) DO UPDATE SET term = EXCLUDED.term, resolved_at = now()`,
      [terms.map((t) => t.domain), terms.map((t) => t.ip), terms.map((t) => t.term)],
    );
  }

  async spfTerms(): Promise<Map<string, string | null>> {
    const rows = await this.sql.query<{ domain: string; ip: string; term: string | null }>("SELECT policy_domain AS domain, ip, term FROM source_spf_terms");
    return new Map(rows.map((r) => [`${r.domain} ${r.ip}`, r.term]));
  }
}
