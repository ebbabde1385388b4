// The store's schema, as numbered migrations applied in order and recorded in schema_migrations. A
// released migration is never edited: a change is a new entry. Plain PostgreSQL that PGlite runs too.
import type { SqlClient } from "./sql.js";

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "aggregate reports, their rows and DKIM signatures, IMAP positions, resolved source names",
    statements: [
      // A report is identified by who sent it and its id (RFC 7489 Appendix C: report_id is unique per
      // reporter): ingesting it again changes nothing.
      `CREATE TABLE reports (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reporter_org text NOT NULL,
        reporter_email text NOT NULL,
        report_id text NOT NULL,
        policy_domain text NOT NULL,
        begin_at bigint NOT NULL,
        end_at bigint NOT NULL,
        day date NOT NULL,
        adkim text NOT NULL,
        aspf text NOT NULL,
        p text,
        sp text,
        np text,
        pct integer,
        testing boolean NOT NULL,
        source text NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reporter_org, reporter_email, report_id)
      )`,
      // One reported row, with the verdict computed at ingest (alignment.ts) and what the summary groups by.
      `CREATE TABLE report_rows (
        report integer NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        policy_domain text NOT NULL,
        day date NOT NULL,
        reporter text NOT NULL,
        source_ip text NOT NULL,
        header_from text NOT NULL,
        envelope_from text,
        messages bigint NOT NULL,
        disposition text NOT NULL,
        passing boolean NOT NULL,
        dkim_aligned boolean NOT NULL,
        spf_aligned boolean NOT NULL,
        spf_result text NOT NULL,
        spf_domain text,
        dkim_result text NOT NULL,
        dkim_domain text
      )`,
      `CREATE INDEX report_rows_domain_day ON report_rows (policy_domain, day)`,
      `CREATE INDEX report_rows_report ON report_rows (report)`,
      `CREATE TABLE report_signatures (
        report integer NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        policy_domain text NOT NULL,
        day date NOT NULL,
        source_ip text NOT NULL,
        signing_domain text NOT NULL,
        selector text NOT NULL,
        result text NOT NULL,
        aligned boolean NOT NULL,
        messages bigint NOT NULL
      )`,
      `CREATE INDEX report_signatures_domain_day ON report_signatures (policy_domain, day)`,
      // Where `reports fetch` stopped in a mailbox: a new UIDVALIDITY means the UIDs start over (RFC 9051 §2.3.1.1).
      `CREATE TABLE imap_positions (
        server text NOT NULL,
        account text NOT NULL,
        mailbox text NOT NULL,
        uid_validity bigint NOT NULL,
        last_uid bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (server, account, mailbox)
      )`,
      // What `--resolve` found for a source: its reverse name, and per domain the SPF term that authorises it.
      `CREATE TABLE source_names (
        ip text PRIMARY KEY,
        name text,
        resolved_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE source_spf_terms (
        policy_domain text NOT NULL,
        ip text NOT NULL,
        term text,
        resolved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (policy_domain, ip)
      )`,
    ],
  },
  {
    version: 2,
    name: "the per-day rollup of sources and DKIM selectors the summary reads; raw rows without foreign keys or indexes",
    statements: [
      // The summary's figures per day, policy domain and source address, added to as reports come in (in the
      // transaction that stores the report's rows, by rollup.ts over that batch) and filled here from the
      // rows already stored. The summary reads these rows, not report_rows: one per source and day however
      // many reporters and records speak of it. The day leads the key: a summary's window is a range of days.
      `CREATE TABLE daily_sources (
        day date NOT NULL,
        policy_domain text NOT NULL,
        source_ip text NOT NULL,
        messages bigint NOT NULL,
        passing bigint NOT NULL,
        dkim_aligned bigint NOT NULL,
        spf_aligned bigint NOT NULL,
        spf_pass_unaligned bigint NOT NULL,
        dkim_pass_unaligned bigint NOT NULL,
        reporters text[] NOT NULL,
        spf_domains text[] NOT NULL,
        dkim_domains text[] NOT NULL,
        PRIMARY KEY (day, policy_domain, source_ip)
      )`,
      `CREATE TABLE daily_selectors (
        day date NOT NULL,
        policy_domain text NOT NULL,
        source_ip text NOT NULL,
        signing_domain text NOT NULL,
        selector text NOT NULL,
        messages bigint NOT NULL,
        aligned_pass bigint NOT NULL,
        PRIMARY KEY (day, policy_domain, source_ip, signing_domain, selector)
      )`,
      // The rows already stored, rolled up as rollup.ts does for each new batch (written out here: a released
      // migration never changes, even when rollup.ts does).
      `INSERT INTO daily_sources
       SELECT day, policy_domain, source_ip,
              sum(messages),
              sum(CASE WHEN passing THEN messages ELSE 0 END),
              sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END),
              sum(CASE WHEN spf_aligned THEN messages ELSE 0 END),
              sum(CASE WHEN NOT passing AND spf_result = 'pass' THEN messages ELSE 0 END),
              sum(CASE WHEN NOT passing AND dkim_result = 'pass' THEN messages ELSE 0 END),
              array_agg(DISTINCT reporter),
              coalesce(array_agg(DISTINCT spf_domain) FILTER (WHERE spf_domain IS NOT NULL), '{}'),
              coalesce(array_agg(DISTINCT dkim_domain) FILTER (WHERE dkim_domain IS NOT NULL), '{}')
       FROM report_rows GROUP BY day, policy_domain, source_ip`,
      `INSERT INTO daily_selectors
       SELECT day, policy_domain, source_ip, signing_domain, selector, sum(messages), sum(CASE WHEN aligned THEN messages ELSE 0 END)
       FROM report_signatures GROUP BY day, policy_domain, source_ip, signing_domain, selector`,
      // report_rows and report_signatures keep each report's records as received, for tracing a figure back
      // to its report and for rebuilding the rollup. Their rows are only ever written with their report, in
      // its transaction, by the store: the foreign key's check on every row was a third of an ingest's time
      // in the store, and nothing reads them by domain and day any more (nor deletes reports).
      "ALTER TABLE report_rows DROP CONSTRAINT report_rows_report_fkey",
      "ALTER TABLE report_signatures DROP CONSTRAINT report_signatures_report_fkey",
      "DROP INDEX report_rows_domain_day",
      "DROP INDEX report_rows_report",
      "DROP INDEX report_signatures_domain_day",
    ],
  },
  {
    version: 3,
    name: "each domain's rollup rows of a day written out as the text the summary reads, and the days whose text is out of date",
    statements: [
      // The summary's statement concatenates these texts instead of writing hundreds of thousands of rollup
      // rows as text each time (rollup.ts says how they are kept up to date). A day's text is rewritten
      // whenever its rollup rows change; stale_digests holds the days whose rows changed since.
      `CREATE TABLE daily_digests (
        day date NOT NULL,
        policy_domain text NOT NULL,
        sources text NOT NULL,
        selectors text,
        PRIMARY KEY (day, policy_domain)
      )`,
      `CREATE TABLE stale_digests (
        day date NOT NULL,
        policy_domain text NOT NULL,
        PRIMARY KEY (day, policy_domain)
      )`,
      // Every day already rolled up is out of date: the next ingest or reading writes their texts (the form
      // of the text belongs to rollup.ts, not to a migration that never changes).
      "INSERT INTO stale_digests SELECT DISTINCT day, policy_domain FROM daily_sources",
    ],
  },
  {
    version: 4,
    name: "each report's content fingerprint, to tell a report sent again changed from one sent again as it was",
    statements: [
      // store.ts's reportFingerprint of the report as stored. A receiver may send a report again under the
      // same id with other content (corrected or extended); RFC 7489 Appendix C makes report_id the report's
      // unique identifier, so the two cannot both count. Reports stored before this migration have none, and
      // a copy of them is counted as already stored, as it always was.
      "ALTER TABLE reports ADD COLUMN content_sha256 text",
    ],
  },
];

/** Applies the migrations this store has not seen, each in its own transaction; returns their versions. */
export async function migrate(sql: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await sql.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      // Two ingests starting at once on one server: the second waits here, then sees the version applied.
      await tx.query("SELECT pg_advisory_xact_lock(74896)");
      const rows = await tx.query<{ version: number }>("SELECT version FROM schema_migrations WHERE version = $1", [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** The newest migration this store has applied (0 for an empty store). */
export async function schemaVersion(sql: SqlClient): Promise<number> {
  const rows = await sql.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_migrations");
  return rows[0]?.version ?? 0;
}
