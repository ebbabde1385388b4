import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  DISK_FULL,
  WAL_SEGMENT_BYTES,
  mib,
  openSql
} from "./chunk-CFGY4YOW.js";
import "./chunk-WU3C45DH.js";
import {
  StoreError
} from "./chunk-NZFSRXEO.js";
import "./chunk-OC3V6NJJ.js";
import {
  require_cjs
} from "./chunk-32FQ7YH5.js";
import {
  compareText
} from "./chunk-JSZUARHQ.js";
import "./chunk-ADMPPJDQ.js";
import "./chunk-G7NDWJJB.js";
import {
  __toESM
} from "./chunk-5AL66J2M.js";

// src/reports/store.ts
import { createHash } from "node:crypto";

// src/reports/alignment.ts
var import_tldts = __toESM(require_cjs(), 1);
var organizational = /* @__PURE__ */ new Map();
function detachedCopy(text) {
  let copy = "";
  for (let i = 0; i < text.length; i += 4096) copy += String.fromCharCode(...Array.from(text.slice(i, i + 4096), (c) => c.charCodeAt(0)));
  return copy;
}
function organizationalDomain(domain) {
  let found = organizational.get(domain);
  if (found === void 0) {
    const key = detachedCopy(domain);
    found = (0, import_tldts.getDomain)(key, { allowPrivateDomains: true, extractHostname: false, detectIp: false }) ?? key;
    if (organizational.size > 1e5) organizational.clear();
    organizational.set(key, found);
  }
  return found;
}
function isAligned(identifier, fromDomain, mode) {
  if (identifier === "" || fromDomain === "") return false;
  if (identifier === fromDomain) return true;
  return mode === "r" && organizationalDomain(identifier) === organizationalDomain(fromDomain);
}
function judgeRow(row, policy) {
  const from = row.headerFrom;
  const dkimAligned = row.dkim.some((d) => d.result === "pass" && isAligned(d.domain, from, policy.adkim));
  const mailFrom = row.spf.filter((s) => s.scope !== "helo");
  const spfResults = mailFrom.length > 0 ? mailFrom : row.spf;
  const spfAligned = spfResults.some((s) => s.result === "pass" && isAligned(s.domain, from, policy.aspf));
  const spf = spfResults.find((s) => s.result === "pass") ?? spfResults[0];
  const dkim = row.dkim.find((d) => d.result === "pass" && isAligned(d.domain, from, policy.adkim)) ?? row.dkim.find((d) => d.result === "pass") ?? row.dkim[0];
  return {
    dkimAligned,
    spfAligned,
    passing: dkimAligned || spfAligned,
    spfResult: spf?.result ?? "none",
    spfDomain: spf?.domain || null,
    dkimResult: dkim?.result ?? "none",
    dkimDomain: dkim?.domain || null
  };
}

// src/reports/migrations.ts
var MIGRATIONS = [
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
      )`
    ]
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
      "DROP INDEX report_signatures_domain_day"
    ]
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
      "INSERT INTO stale_digests SELECT DISTINCT day, policy_domain FROM daily_sources"
    ]
  },
  {
    version: 4,
    name: "each report's content fingerprint, to tell a report sent again changed from one sent again as it was",
    statements: [
      // store.ts's reportFingerprint of the report as stored. A receiver may send a report again under the
      // same id with other content (corrected or extended); RFC 7489 Appendix C makes report_id the report's
      // unique identifier, so the two cannot both count. Reports stored before this migration have none, and
      // a copy of them is counted as already stored, as it always was.
      "ALTER TABLE reports ADD COLUMN content_sha256 text"
    ]
  }
];
async function migrate(sql, migrations = MIGRATIONS) {
  await sql.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(74896)");
      const rows = await tx.query("SELECT version FROM schema_migrations WHERE version = $1", [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
async function schemaVersion(sql) {
  const rows = await sql.query("SELECT max(version) AS version FROM schema_migrations");
  return rows[0]?.version ?? 0;
}

// src/reports/rollup.ts
function sourcesRollup(rows) {
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
function selectorsRollup(signatures) {
  return `SELECT day, policy_domain, source_ip, signing_domain, selector,
         sum(messages) AS messages, sum(CASE WHEN aligned THEN messages ELSE 0 END) AS aligned_pass
       FROM ${signatures} GROUP BY day, policy_domain, source_ip, signing_domain, selector`;
}
var union = (column) => `${column} = ARRAY(SELECT DISTINCT v FROM unnest(daily_sources.${column} || EXCLUDED.${column}) AS v)`;
var add = (table, column) => `${column} = ${table}.${column} + EXCLUDED.${column}`;
var ADD_INCOMING_SOURCES = `INSERT INTO daily_sources ${sourcesRollup("incoming_rows")} ORDER BY day, policy_domain, source_ip
  ON CONFLICT (day, policy_domain, source_ip) DO UPDATE SET
    ${["messages", "passing", "dkim_aligned", "spf_aligned", "spf_pass_unaligned", "dkim_pass_unaligned"].map((c) => add("daily_sources", c)).join(", ")},
    ${["reporters", "spf_domains", "dkim_domains"].map(union).join(", ")}`;
var ADD_INCOMING_SELECTORS = `INSERT INTO daily_selectors ${selectorsRollup("incoming_signatures")} ORDER BY day, policy_domain, source_ip, signing_domain, selector
  ON CONFLICT (day, policy_domain, source_ip, signing_domain, selector) DO UPDATE SET
    ${add("daily_selectors", "messages")}, ${add("daily_selectors", "aligned_pass")}`;
var LOCK_STALE_DIGESTS = "LOCK TABLE stale_digests IN EXCLUSIVE MODE";
var MARK_INCOMING_STALE = `INSERT INTO stale_digests SELECT DISTINCT day, policy_domain FROM incoming_rows ORDER BY day, policy_domain ON CONFLICT DO NOTHING`;
var WRITE_STALE_DIGESTS = `INSERT INTO daily_digests (day, policy_domain, sources, selectors)
  SELECT day, policy_domain, day_sources.sources, day_selectors.selectors
  FROM (SELECT day, policy_domain,
               string_agg(concat_ws(' ', source_ip, messages, passing, dkim_aligned, spf_aligned, spf_pass_unaligned, dkim_pass_unaligned,
                                    reporters, spf_domains, dkim_domains), E'\\n') AS sources
        FROM daily_sources JOIN stale_digests USING (day, policy_domain) GROUP BY day, policy_domain) AS day_sources
  LEFT JOIN (SELECT day, policy_domain, string_agg(concat_ws(' ', source_ip, messages, aligned_pass, ARRAY[signing_domain, selector]), E'\\n') AS selectors
             FROM daily_selectors JOIN stale_digests USING (day, policy_domain) GROUP BY day, policy_domain) AS day_selectors
  USING (day, policy_domain)
  ON CONFLICT (day, policy_domain) DO UPDATE SET sources = EXCLUDED.sources, selectors = EXCLUDED.selectors`;

// src/reports/window-rows.ts
var WindowRowsError = class extends Error {
  name = "WindowRowsError";
};
var SPACE = 32;
var NEWLINE = 10;
var COMMA = 44;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN = 123;
var CLOSE = 125;
function readTextArray(text, at, add2) {
  if (text.charCodeAt(at) !== OPEN) throw malformed(text, at, "an array");
  let i = at + 1;
  if (text.charCodeAt(i) === CLOSE) return i + 1;
  for (; ; ) {
    let element;
    if (text.charCodeAt(i) === QUOTE) {
      element = "";
      let start = ++i;
      for (; ; ) {
        const c2 = text.charCodeAt(i);
        if (c2 === QUOTE) break;
        if (c2 === BACKSLASH) {
          element += text.slice(start, i);
          start = i + 1;
          i += 2;
          continue;
        }
        if (Number.isNaN(c2)) throw malformed(text, at, "a closing quote");
        i++;
      }
      element += text.slice(start, i);
      i++;
    } else {
      const start = i;
      for (let c2 = text.charCodeAt(i); c2 !== COMMA && c2 !== CLOSE; c2 = text.charCodeAt(++i)) {
        if (Number.isNaN(c2)) throw malformed(text, at, "the end of the array");
      }
      element = text.slice(start, i);
      if (element === "NULL") throw malformed(text, at, "no null element");
    }
    add2(element);
    const c = text.charCodeAt(i);
    if (c === CLOSE) return i + 1;
    if (c !== COMMA) throw malformed(text, i, "a comma or the end of the array");
    i++;
  }
}
function malformed(text, at, expected) {
  return new WindowRowsError(`the report store's summary rows are malformed at character ${at} (expected ${expected}): ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 40))}`);
}
var Reader = class {
  constructor(text) {
    this.text = text;
  }
  at = 0;
  get done() {
    return this.at >= this.text.length;
  }
  /** The field up to the next space (an IP address), and the space. */
  word() {
    const end = this.text.indexOf(" ", this.at);
    if (end < 0) throw malformed(this.text, this.at, "a field");
    const value = this.text.slice(this.at, end);
    this.at = end + 1;
    return value;
  }
  /** A whole number of digits and the space after it (counts; never negative). */
  count() {
    const { text } = this;
    let i = this.at;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
    if (i === this.at || text.charCodeAt(i) !== SPACE || !Number.isSafeInteger(value)) throw malformed(text, this.at, "a whole number");
    this.at = i + 1;
    return value;
  }
  /** An array literal into `set` (what it does not hold yet), then a space or the end of the line. */
  set(set, last) {
    this.at = readTextArray(this.text, this.at, (element) => {
      if (!set.includes(element)) set.push(element);
    });
    this.separator(last);
  }
  separator(last) {
    if (!last) {
      if (this.text.charCodeAt(this.at++) !== SPACE) throw malformed(this.text, this.at - 1, "a space");
    } else if (this.at < this.text.length && this.text.charCodeAt(this.at++) !== NEWLINE) {
      throw malformed(this.text, this.at - 1, "the end of a line");
    }
  }
};
function readDomainRows(domain, days, sources, selectors) {
  const bySource = /* @__PURE__ */ new Map();
  const line = new Reader(sources);
  while (!line.done) {
    const ip = line.word();
    let s = bySource.get(ip);
    if (!s) {
      s = { ip, messages: 0, passing: 0, dkimAligned: 0, spfAligned: 0, spfPassUnaligned: 0, dkimPassUnaligned: 0, reporters: [], spfDomains: [], dkimDomains: [], signatures: /* @__PURE__ */ new Map() };
      bySource.set(ip, s);
    }
    s.messages += line.count();
    s.passing += line.count();
    s.dkimAligned += line.count();
    s.spfAligned += line.count();
    s.spfPassUnaligned += line.count();
    s.dkimPassUnaligned += line.count();
    line.set(s.reporters, false);
    line.set(s.spfDomains, false);
    line.set(s.dkimDomains, true);
  }
  if (selectors !== null) readSelectors(selectors, bySource);
  const totals = { domain, days: days.days, from: days.from, to: days.to, messages: 0, passing: 0, dkimAligned: 0, spfAligned: 0 };
  const out = [];
  for (const s of bySource.values()) {
    totals.messages += s.messages;
    totals.passing += s.passing;
    totals.dkimAligned += s.dkimAligned;
    totals.spfAligned += s.spfAligned;
    out.push({
      domain,
      ip: s.ip,
      messages: s.messages,
      passing: s.passing,
      dkimAligned: s.dkimAligned,
      spfAligned: s.spfAligned,
      spfPassUnaligned: s.spfPassUnaligned,
      dkimPassUnaligned: s.dkimPassUnaligned,
      spfDomains: s.spfDomains.sort(compareText),
      dkimDomains: s.dkimDomains.sort(compareText),
      reporters: s.reporters.sort(compareText),
      signatures: [...s.signatures.values()]
    });
  }
  if (!Number.isSafeInteger(totals.messages) || out.some((s) => s.signatures.some((g) => !Number.isSafeInteger(g.messages)))) {
    throw new StoreError(`the reports stored for ${domain} add up to more than ${Number.MAX_SAFE_INTEGER} messages in the window, more than are counted exactly: the store holds forged or broken reports (their records' counts are in report_rows)`);
  }
  return { totals, sources: out };
}
function readSelectors(text, bySource) {
  const line = new Reader(text);
  const pair = [];
  const add2 = (element) => void pair.push(element);
  while (!line.done) {
    const ip = line.word();
    const messages = line.count();
    const alignedPass = line.count();
    pair.length = 0;
    line.at = readTextArray(text, line.at, add2);
    if (pair.length !== 2) throw malformed(text, line.at, "a signing domain and a selector");
    line.separator(true);
    const signatures = bySource.get(ip)?.signatures;
    if (!signatures) continue;
    const [signingDomain, selector] = pair;
    const key = `${signingDomain}\0${selector}`;
    const signature = signatures.get(key);
    if (signature) {
      signature.messages += messages;
      signature.alignedPass += alignedPass;
    } else {
      signatures.set(key, { signingDomain, selector, messages, alignedPass });
    }
  }
}

// src/reports/store.ts
var col = (name, type) => ({ name, type });
var ROW_COLUMNS = [
  col("report", "integer"),
  col("policy_domain", "text"),
  col("day", "date"),
  col("reporter", "text"),
  col("source_ip", "text"),
  col("header_from", "text"),
  col("envelope_from", "text"),
  col("messages", "bigint"),
  col("disposition", "text"),
  col("passing", "boolean"),
  col("dkim_aligned", "boolean"),
  col("spf_aligned", "boolean"),
  col("spf_result", "text"),
  col("spf_domain", "text"),
  col("dkim_result", "text"),
  col("dkim_domain", "text")
];
var SIGNATURE_COLUMNS = [
  col("report", "integer"),
  col("policy_domain", "text"),
  col("day", "date"),
  col("source_ip", "text"),
  col("signing_domain", "text"),
  col("selector", "text"),
  col("result", "text"),
  col("aligned", "boolean"),
  col("messages", "bigint")
];
function inKeyOrder(batch) {
  return [...batch].sort(
    ({ report: a }, { report: b }) => compareText(a.orgName, b.orgName) || compareText(a.email, b.email) || compareText(a.reportId, b.reportId)
  );
}
var ENDED_FOR_ANOTHER = /* @__PURE__ */ new Set(["40001", "40P01"]);
var BATCH_ATTEMPTS = 4;
async function runAgainIfEndedForAnother(transaction, pauseMs = (attempt) => 50 * 2 ** attempt * (1 + Math.random())) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= BATCH_ATTEMPTS || !(error instanceof StoreError) || !ENDED_FOR_ANOTHER.has(error.sqlState ?? "")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)));
  }
}
function reportFingerprint(report) {
  const { policy } = report;
  const rows = report.rows.map((row) => JSON.stringify([row.sourceIp, row.count, row.disposition, row.headerFrom, row.envelopeFrom, row.dkim.map((d) => [d.domain, d.selector, d.result]), row.spf.map((s) => [s.domain, s.scope, s.result])])).sort(compareText);
  const canonical = JSON.stringify([report.orgName, report.email, report.reportId, report.begin, report.end, [policy.domain, policy.adkim, policy.aspf, policy.p, policy.sp, policy.np, policy.pct, policy.testing], rows]);
  return createHash("sha256").update(canonical).digest("hex");
}
function reportDay(report) {
  const middle = Math.floor((report.begin + report.end) / 2);
  return new Date(middle * 1e3).toISOString().slice(0, 10);
}
function windowFilter(window, first) {
  const params = [window.from, window.to];
  let where = `day BETWEEN $${first}::date AND $${first + 1}::date`;
  if (window.domains) {
    params.push([...window.domains]);
    where += ` AND policy_domain = ANY($${first + 2}::text[])`;
  }
  return { where, params };
}
function reportRecords(items, idOf) {
  const rows = ROW_COLUMNS.map(() => []);
  const signatures = SIGNATURE_COLUMNS.map(() => []);
  const [rReport, rDomain, rDay, rReporter, rIp, rHeaderFrom, rEnvelopeFrom, rMessages, rDisposition, rPassing, rDkimAligned, rSpfAligned, rSpfResult, rSpfDomain, rDkimResult, rDkimDomain] = rows;
  const [sReport, sDomain, sDay, sIp, sSigningDomain, sSelector, sResult, sAligned, sMessages] = signatures;
  for (const { report } of items) {
    const id = idOf(report);
    if (id === void 0) continue;
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
var windowRowsByDomain = (where) => `SELECT policy_domain, count(*)::int AS days,
  to_char(min(day), 'YYYY-MM-DD') AS first_day, to_char(max(day), 'YYYY-MM-DD') AS last_day,
  string_agg(sources, E'\\n') AS sources, string_agg(selectors, E'\\n') AS selectors
FROM daily_digests WHERE ${where} GROUP BY policy_domain
ORDER BY policy_domain COLLATE "C"`;
var ROOM_RESERVE_BYTES = 2 * WAL_SEGMENT_BYTES;
var ROOM_PER_REPORT_BYTES = 1024;
var ROOM_PER_RECORD_BYTES = 2048;
var INGEST_STATISTICS_TARGET = 10;
var ReportStore = class _ReportStore {
  constructor(sql) {
    this.sql = sql;
  }
  /** Opens (creating and migrating when needed) the store at a directory, ":memory:" or a postgres:// URL. */
  static async open(location, options = {}) {
    const sql = await openSql(location, options);
    try {
      await migrate(sql);
      const version = await schemaVersion(sql);
      const known = MIGRATIONS[MIGRATIONS.length - 1].version;
      if (version > known) throw new StoreError(`the report store ${sql.describe} has schema version ${version}, newer than this maildns knows (${known}): upgrade maildns`);
    } catch (error) {
      await sql.close().catch(() => void 0);
      throw error;
    }
    return new _ReportStore(sql);
  }
  get describe() {
    return this.sql.describe;
  }
  close() {
    return this.sql.close();
  }
  incomingReady = false;
  added = 0;
  /** Reports this ReportStore added, in committed batches: what a failure after them leaves stored. */
  get addedSoFar() {
    return this.added;
  }
  /**
   * Refuses, before anything is written, a write the disk holding an embedded store has no room for (see
   * ROOM_RESERVE_BYTES), with SQLSTATE disk_full; `what` names the write in the sentence.
   */
  ensureRoom(what, reports = 0, records = 0) {
    const free = this.sql.freeBytes();
    if (free === null) return;
    const needed = ROOM_RESERVE_BYTES + reports * ROOM_PER_REPORT_BYTES + records * ROOM_PER_RECORD_BYTES;
    if (free >= needed) return;
    throw new StoreError(
      `the disk holding the report store ${this.describe} is full (ENOSPC): ${mib(free)} free, and ${what} needs about ${mib(needed)} (with room for PostgreSQL's write-ahead log, which stops the store for good when it cannot be written): stopped before writing it, and the store is intact`,
      DISK_FULL
    );
  }
  /** Adds reports in one transaction; those already stored are counted, not changed. */
  async addReports(batch) {
    if (batch.length === 0) return { added: 0, duplicates: 0 };
    const records = batch.reduce((n, { report }) => n + report.rows.length, 0);
    this.ensureRoom(`the next batch of ${batch.length} report${batch.length === 1 ? "" : "s"} (${records} record${records === 1 ? "" : "s"})`, batch.length, records);
    const items = inKeyOrder(batch);
    const outcome = await runAgainIfEndedForAnother(() => this.addInOneTransaction(items));
    this.added += outcome.added;
    return outcome;
  }
  async addInOneTransaction(items) {
    if (!this.incomingReady) {
      await this.sql.query("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_rows (LIKE report_rows) ON COMMIT DELETE ROWS");
      await this.sql.query("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_signatures (LIKE report_signatures) ON COMMIT DELETE ROWS");
      this.incomingReady = true;
    }
    return this.sql.transaction(async (sql) => {
      const column = (pick) => items.map(pick);
      const fingerprints = items.map((i) => reportFingerprint(i.report));
      const inserted = await sql.query(
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
          fingerprints
        ]
      );
      const key = (org, email, id) => `${org}\0${email}\0${id}`;
      const ids = new Map(inserted.map((r) => [key(r.reporter_org, r.reporter_email, r.report_id), r.id]));
      const conflicts = await this.conflictsOf(sql, items, fingerprints, ids, key);
      const { rows, signatures } = reportRecords(items, (report) => {
        const k = key(report.orgName, report.email, report.reportId);
        const id = ids.get(k);
        ids.delete(k);
        return id;
      });
      if (rows[0].length > 0) {
        await sql.load("incoming_rows", ROW_COLUMNS, rows);
        await sql.query("INSERT INTO report_rows SELECT * FROM incoming_rows");
        await sql.query(ADD_INCOMING_SOURCES);
        await sql.query(MARK_INCOMING_STALE);
      }
      if (signatures[0].length > 0) {
        await sql.load("incoming_signatures", SIGNATURE_COLUMNS, signatures);
        await sql.query("INSERT INTO report_signatures SELECT * FROM incoming_signatures");
        await sql.query(ADD_INCOMING_SELECTORS);
      }
      const outcome = { added: inserted.length, duplicates: items.length - inserted.length - conflicts.length };
      if (conflicts.length > 0) outcome.conflicts = conflicts;
      return outcome;
    });
  }
  /**
   * The reports of the batch not inserted whose reporter and id the store (or an earlier copy in the batch)
   * holds with another fingerprint. Neither kept beside the stored one (the same report id counted twice) nor
   * put in its place (what the stored one added to the rollup cannot be told apart from the rest): said.
   */
  async conflictsOf(sql, items, fingerprints, inserted, key) {
    const left = items.filter(({ report: r }) => !inserted.has(key(r.orgName, r.email, r.reportId)));
    const first = /* @__PURE__ */ new Map();
    items.forEach(({ report: r, source }, i) => {
      const k = key(r.orgName, r.email, r.reportId);
      if (!first.has(k)) first.set(k, { fingerprint: fingerprints[i], source });
    });
    const stored = /* @__PURE__ */ new Map();
    if (left.length > 0) {
      const rows = await sql.query(
        `SELECT reporter_org, reporter_email, report_id, content_sha256, source FROM reports
         WHERE (reporter_org, reporter_email, report_id) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
        [left.map((o) => o.report.orgName), left.map((o) => o.report.email), left.map((o) => o.report.reportId)]
      );
      for (const row of rows) stored.set(key(row.reporter_org, row.reporter_email, row.report_id), { fingerprint: row.content_sha256, source: row.source });
    }
    const conflicts = [];
    items.forEach(({ report: r, source }, i) => {
      const k = key(r.orgName, r.email, r.reportId);
      const fingerprint = fingerprints[i];
      const held = stored.get(k) ?? first.get(k);
      if (held.source === source && held.fingerprint === fingerprint) return;
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
  async finishIngest() {
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
  async writeStaleDigests() {
    if ((await this.sql.query("SELECT 1 FROM stale_digests LIMIT 1")).length === 0) return;
    this.ensureRoom("rewriting the summary's texts of the days reports were added to");
    await this.sql.transaction(async (sql) => {
      await sql.query(LOCK_STALE_DIGESTS);
      await sql.query(WRITE_STALE_DIGESTS);
      await sql.query("DELETE FROM stale_digests");
    });
  }
  async reportCount() {
    const rows = await this.sql.query("SELECT count(*)::float8 AS n FROM reports");
    return rows[0]?.n ?? 0;
  }
  /**
   * Reads in one transaction with room to aggregate in memory: the window's texts are hashed by domain, and
   * PostgreSQL's default 4 MB of work_mem sends 10,000 domains' worth to disk.
   */
  read(work) {
    return this.sql.transaction(async (sql) => {
      await sql.query("SET LOCAL work_mem = '64MB'");
      return work(sql);
    });
  }
  /** Per domain over the window: its days and message counts, as forEachDomain gives them, gathered. */
  async domainTotals(window) {
    const out = [];
    await this.forEachDomain(window, (totals) => void out.push(totals));
    return out.sort((a, b) => compareText(a.domain, b.domain));
  }
  /** Per domain and source address, with the DKIM signatures seen from it, as forEachDomain gives them, gathered. */
  async sourceTotals(window) {
    const out = [];
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
  async forEachDomain(window, each, perFetch = 250) {
    const { where, params } = windowFilter(window, 1);
    await this.writeStaleDigests();
    await this.read(async (sql) => {
      await sql.query(`DECLARE window_domains NO SCROLL CURSOR FOR ${windowRowsByDomain(where)}`, params);
      for (; ; ) {
        const rows = await sql.query(`FETCH ${perFetch} FROM window_domains`);
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
  async imapPosition(server, account, mailbox) {
    const rows = await this.sql.query(
      "SELECT uid_validity::float8 AS uid_validity, last_uid::float8 AS last_uid FROM imap_positions WHERE server = $1 AND account = $2 AND mailbox = $3",
      [server, account, mailbox]
    );
    const row = rows[0];
    return row ? { uidValidity: Number(row.uid_validity), lastUid: Number(row.last_uid) } : null;
  }
  async setImapPosition(server, account, mailbox, position) {
    await this.sql.query(
      `INSERT INTO imap_positions (server, account, mailbox, uid_validity, last_uid) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (server, account, mailbox) DO UPDATE SET uid_validity = EXCLUDED.uid_validity, last_uid = EXCLUDED.last_uid, updated_at = now()`,
      [server, account, mailbox, position.uidValidity, position.lastUid]
    );
  }
  async saveSourceNames(names) {
    if (names.size === 0) return;
    await runAgainIfEndedForAnother(
      () => this.sql.query(
        `INSERT INTO source_names (ip, name) SELECT * FROM unnest($1::text[], $2::text[]) AS given (ip, name) ORDER BY ip
         ON CONFLICT (ip) DO UPDATE SET name = EXCLUDED.name, resolved_at = now()`,
        [[...names.keys()], [...names.values()]]
      )
    );
  }
  async sourceNames() {
    const rows = await this.sql.query("SELECT ip, name FROM source_names");
    return new Map(rows.map((r) => [r.ip, r.name]));
  }
  async saveSpfTerms(terms) {
    if (terms.length === 0) return;
    await runAgainIfEndedForAnother(
      () => this.sql.query(
        `INSERT INTO source_spf_terms (policy_domain, ip, term) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS given (policy_domain, ip, term)
         ORDER BY policy_domain, ip
         ON CONFLICT (policy_domain, ip) DO UPDATE SET term = EXCLUDED.term, resolved_at = now()`,
        [terms.map((t) => t.domain), terms.map((t) => t.ip), terms.map((t) => t.term)]
      )
    );
  }
  async spfTerms() {
    const rows = await this.sql.query("SELECT policy_domain AS domain, ip, term FROM source_spf_terms");
    return new Map(rows.map((r) => [`${r.domain} ${r.ip}`, r.term]));
  }
};
export {
  INGEST_STATISTICS_TARGET,
  ROOM_PER_RECORD_BYTES,
  ROOM_PER_REPORT_BYTES,
  ROOM_RESERVE_BYTES,
  ROW_COLUMNS,
  ReportStore,
  SIGNATURE_COLUMNS,
  reportDay,
  reportFingerprint,
  reportRecords,
  runAgainIfEndedForAnother
};
