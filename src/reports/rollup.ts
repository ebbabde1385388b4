// The rollup the summary reads: per day, policy domain and source address, the messages, how many passed
// DMARC and how (aligned DKIM, aligned SPF, or a pass for an unaligned domain), the reporters, and the SPF
// and DKIM domains seen (daily_sources); per day, domain, source and DKIM selector, the messages signed and
// the aligned passes (daily_selectors). Each batch of new reports adds to it in the transaction that stores
// the batch's rows, from the temporary tables those rows are loaded into (incoming_rows,
// incoming_signatures): a report stored once is counted once, and a batch that fails leaves no trace.
// Sets are kept without repeats; their order is the reader's business.

/** The rollup of raw rows (report_rows' columns, in `rows`) per day, domain and source. */
export function sourcesRollup(rows: string): string {
  return `SELECT day, policy_domain, source_ip,
         sum(messages) AS messages,
         sum(CASE WHEN passing THEN messages ELSE 0 END) AS passing,
         sum(CASE WHEN dkim_aligned THEN messages ELSE 0 END) AS dkim_aligned,
         sum(CASE WHEN spf_aligned THEN messages ELSE 0 END) AS spf_aligned,
         sum(CASE WHEN NOT passing AND spf_result = 'pass' THEN messages ELSE 0 END) AS spf_pass_unaligned,
         sum(CASE WHEN NOT passing AND dkim_result = 'pass' THEN messages ELSE 0 END) AS dkim_pass_unaligned,
         array_agg(DISTINCT reporter) AS reporters,
         coalesce(array_agg(DISTINCT spf_domain) FILTER (WHERE spf_domain IS NOT NULL), '{}') AS spf_domains,
         coalesce(array_agg(DISTINCT dkim_domain) FILTER (WHERE dkim_domain IS NOT NULL), '{}') AS dkim_domains
       FROM ${rows} GROUP BY day, policy_domain, source_ip`;
}

/** The rollup of raw DKIM signatures (report_signatures' columns, in `signatures`) per day, domain, source and selector. */
export function selectorsRollup(signatures: string): string {
  return `SELECT day, policy_domain, source_ip, signing_domain, selector,
         sum(messages) AS messages, sum(CASE WHEN aligned THEN messages ELSE 0 END) AS aligned_pass
       FROM ${signatures} GROUP BY day, policy_domain, source_ip, signing_domain, selector`;
}

const union = (column: string) => `${column} = ARRAY(SELECT DISTINCT v FROM unnest(daily_sources.${column} || EXCLUDED.${column}) AS v)`;
const add = (table: string, column: string) => `${column} = ${table}.${column} + EXCLUDED.${column}`;

// The batch's rollup rows and marks go in in their keys' order: two batches adding to the same days on a
// server then lock those rows in one order, and neither waits on a row while holding one the other waits on.

/** Adds the batch in incoming_rows to daily_sources: counts add up, sets join. */
export const ADD_INCOMING_SOURCES = `INSERT INTO daily_sources ${sourcesRollup("incoming_rows")} ORDER BY day, policy_domain, source_ip
  ON CONFLICT (day, policy_domain, source_ip) DO UPDATE SET
    ${["messages", "passing", "dkim_aligned", "spf_aligned", "spf_pass_unaligned", "dkim_pass_unaligned"].map((c) => add("daily_sources", c)).join(", ")},
    ${["reporters", "spf_domains", "dkim_domains"].map(union).join(", ")}`;

/** Adds the batch in incoming_signatures to daily_selectors. */
export const ADD_INCOMING_SELECTORS = `INSERT INTO daily_selectors ${selectorsRollup("incoming_signatures")} ORDER BY day, policy_domain, source_ip, signing_domain, selector
  ON CONFLICT (day, policy_domain, source_ip, signing_domain, selector) DO UPDATE SET
    ${add("daily_selectors", "messages")}, ${add("daily_selectors", "aligned_pass")}`;

// Each domain's rollup rows of a day, written out once as the text the summary reads (daily_digests; the
// form is window-rows.ts's): a summary of 10,000 domains then concatenates a hundred thousand texts instead
// of writing four hundred thousand rollup rows as text, which was most of its time in the embedded engine.
// A batch marks the days it added to (stale_digests, in its transaction); their texts are rewritten at the
// end of the ingest, once per day however many batches added to it, and by any reader that finds a day still
// marked (an ingest that was interrupted, or another process's ingest on a server). A day's text is only ever
// read once it matches its rollup rows.

/**
 * Taken by whoever rewrites the stale days, for its transaction: readers go on, and a batch's mark (ROW
 * EXCLUSIVE) waits until the marks are cleared, so that a mark is never cleared by a writer that did not see
 * its batch.
 */
export const LOCK_STALE_DIGESTS = "LOCK TABLE stale_digests IN EXCLUSIVE MODE";

/** Marks the days and domains of the batch in incoming_rows as having changed. */
export const MARK_INCOMING_STALE = `INSERT INTO stale_digests SELECT DISTINCT day, policy_domain FROM incoming_rows ORDER BY day, policy_domain ON CONFLICT DO NOTHING`;

/**
 * Rewrites the text of every day marked in stale_digests from its rollup rows: a line per source
 * (`ip messages passing dkim_aligned spf_aligned spf_pass_unaligned dkim_pass_unaligned {reporters}
 * {spf_domains} {dkim_domains}`) and a line per source and DKIM selector (`ip messages aligned_pass
 * {signing_domain,selector}`), the sets in PostgreSQL's text form of an array.
 */
export const WRITE_STALE_DIGESTS = `INSERT INTO daily_digests (day, policy_domain, sources, selectors)
  SELECT day, policy_domain, day_sources.sources, day_selectors.selectors
  FROM (SELECT day, policy_domain,
               string_agg(concat_ws(' ', source_ip, messages, passing, dkim_aligned, spf_aligned, spf_pass_unaligned, dkim_pass_unaligned,
                                    reporters, spf_domains, dkim_domains), E'\\n') AS sources
        FROM daily_sources JOIN stale_digests USING (day, policy_domain) GROUP BY day, policy_domain) AS day_sources
  LEFT JOIN (SELECT day, policy_domain, string_agg(concat_ws(' ', source_ip, messages, aligned_pass, ARRAY[signing_domain, selector]), E'\\n') AS selectors
             FROM daily_selectors JOIN stale_digests USING (day, policy_domain) GROUP BY day, policy_domain) AS day_selectors
  USING (day, policy_domain)
  ON CONFLICT (day, policy_domain) DO UPDATE SET sources = EXCLUDED.sources, selectors = EXCLUDED.selectors`;
