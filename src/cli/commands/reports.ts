// `maildns reports ingest|fetch|summary|evidence`: DMARC aggregate reports into the store, and figures out.
// The report modules (store engines, mail and zip readers, IMAP) are loaded only when this command runs.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readDomainArgument, shownName } from "../../config/domain-argument.js";
import { findDomainFiles, readDomainFile } from "../../engine/files.js";
import { loadDomainFile } from "../../engine/lint.js";
import { unreadableSentence } from "../../engine/unreadable.js";
import type { IngestProblem } from "../../reports/model.js";
import type { StoreError } from "../../reports/sql-error.js";
import type { ReportStore } from "../../reports/store.js";
import type { DomainSummary } from "../../reports/summary.js";
import { isServerUrl, storeUrlProblem } from "../../reports/store-url.js";
import { oneOf, outputOption, parse, statOrNull, todayOption } from "../args.js";
import { domainFileOnlyPaths } from "../../plan/read-paths.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO, type Command } from "../command.js";
import { collectEvery } from "../full-collection.js";
import { progress } from "../progress.js";
import { reportSink, writeWholeOutput } from "../report-sink.js";
import { oneLine, reportJson } from "../../model/show.js";

export const STORE_URL_ENV = "MAILDNS_STORE_URL";
/** The embedded store's folder inside the stack folder (hidden: `lint` skips it, and .gitignore should too). */
export const STORE_DIR_NAME = ".dmarc-reports";

const STORE_OPTIONS = {
  store: { type: "string" },
  stack: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

const STORE_HELP = `  --stack DIR          the stack folder (default stacks): the store lives in DIR/${STORE_DIR_NAME}, the
                       evidence in DIR/dmarc-evidence.json, and its domain files choose the domains
  --store PATH|URL     the store: a folder (embedded PostgreSQL, PGlite) or postgres://user@host/db
                       (default: \$${STORE_URL_ENV}, else DIR/${STORE_DIR_NAME})
  -q, --quiet          no progress
  -h, --help           show this help`;

const SUBCOMMANDS = ["ingest", "fetch", "summary", "evidence"] as const;

const USAGE = `Usage: maildns reports <ingest|fetch|summary|evidence> [options]

DMARC aggregate reports (RFC 7489 Appendix C, RFC 9990): read them into a store, see who sends as your
domains and whether their mail passes DMARC, and write the evidence file that \`lint\`, \`plan\` and the
Action read to gate every DMARC tightening (rule dmarc-ramp-evidence).

  maildns reports ingest PATH...            files or folders: .xml, .xml.gz, .zip, .eml, mbox
  maildns reports fetch [--imap HOST[:PORT]] new messages of the rua mailbox (default ssl0.ovh.net:993)
  maildns reports summary [DOMAIN|PATH...]   per domain and source: messages, passing, alignment
  maildns reports evidence [DOMAIN|PATH...]  writes dmarc-evidence.json for the stack

Run \`maildns reports <subcommand> --help\` for its options.`;

function storeLocation(values: { store?: string | undefined; stack?: string | undefined }, io: CliIO): string {
  if (values.store) {
    const problem = storeUrlProblem(values.store);
    if (problem !== null) throw new UsageError(`--store ${problem}`);
    return isServerUrl(values.store) || values.store === ":memory:" ? values.store : resolve(io.cwd, values.store);
  }
  const fromEnv = io.env[STORE_URL_ENV];
  if (fromEnv) {
    const problem = storeUrlProblem(fromEnv);
    if (problem !== null) throw new UsageError(`${STORE_URL_ENV} ${problem}`);
    return fromEnv;
  }
  return join(resolve(io.cwd, values.stack ?? "stacks"), STORE_DIR_NAME);
}

/**
 * Opens the store; `existing` (summary, evidence): only an embedded store that is already there. Opening
 * makes a store that does not exist, and a store made by a reading command is empty: a mistyped --store or
 * --stack, or a run where the store was never brought along, would read as "no reports" for every domain,
 * and `evidence` would replace the committed evidence file with one that has none.
 */
async function openStore(values: { store?: string | undefined; stack?: string | undefined }, io: CliIO, sub: (typeof SUBCOMMANDS)[number], existing: string | null = null): Promise<ReportStore> {
  const { ReportStore } = await import("../../reports/store.js");
  const { StoreError, isServerUrl } = await import("../../reports/sql.js");
  const location = storeLocation(values, io);
  if (existing !== null && !isServerUrl(location) && location !== ":memory:") {
    const { isNewStoreDirectory, notAStoreProblem } = await import("../../reports/empty-store.js");
    let missing: boolean;
    let notAStore: string | null;
    try {
      missing = isNewStoreDirectory(location);
      notAStore = notAStoreProblem(location);
    } catch (error) {
      throw new UsageError(`cannot read the report store ${location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}${existing}`);
    }
    // A folder of other files (the exported reports, a stack's domain files) is no store either: opening it
    // would make one among them, empty.
    if (notAStore !== null) throw new UsageError(`cannot open the report store in ${location}: ${notAStore}${existing}`);
    if (missing) throw new UsageError(`there is no report store in ${location}: nothing was ever ingested there; run \`maildns reports ingest\` or \`maildns reports fetch\` first, or give the store with --store or ${STORE_URL_ENV}${existing}`);
  }
  let opened: ReportStore | null = null;
  // The embedded engine stopped in the middle of a statement (sql.ts: a PANIC, as on a full disk) and this
  // process cannot go on: the sentence, with what this run stored before it, and the store's exit code.
  const engineStopped = (error: Error): never => {
    io.stderr(`maildns reports: ${error.message}${storeFailureAftermath(sub, opened?.addedSoFar ?? 0)}\n`);
    process.exit(EXIT_USAGE);
  };
  try {
    opened = await ReportStore.open(location, { notice: (message) => io.stderr(`maildns reports: ${message}\n`), engineStopped });
    return opened;
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
}

/** For the benchmarks: a step's wall and CPU time without the store's opening, on stderr. */
function benchTiming(io: CliIO, step: string, started: { wall: number; cpu: NodeJS.CpuUsage }): void {
  if (io.env.MAILDNS_BENCH_TIMING !== "1") return;
  const cpu = process.cpuUsage(started.cpu);
  io.stderr(`maildns-${step}-ms=${Math.round(performance.now() - started.wall)}\nmaildns-${step}-cpu-ms=${Math.round((cpu.user + cpu.system) / 1000)}\n`);
}

const startTiming = () => ({ wall: performance.now(), cpu: process.cpuUsage() });

/**
 * A full garbage collection every this many reports read by `reports ingest` (cli/full-collection.ts): 100,000
 * reports peaked at 651 MiB without it, of which PGlite needs about 150, and at 387 MiB with it, for about 8%
 * more CPU time (paired runs; the rate stays well above 2,000 reports/s). Every 2,500 gave no lower peak.
 */
export const COLLECT_EVERY_REPORTS = 5_000;

/**
 * A problem as the text report shows it, on one line: the source names a file, a zip entry or an attachment
 * as the sender named it, and the message may quote what the report holds (a stranger's mail): controls,
 * line breaks and bidi characters as U+XXXX (oneLine), as every message shows a name. The JSON keeps them.
 */
function problemLine(p: IngestProblem): string {
  return oneLine(`${p.source}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ""}  error  ${p.message}  [reports-ingest]`);
}

function positiveInteger(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max} (got '${value}')`);
  return Number(value);
}

/**
 * Domains named on the command line, or declared by the domain files and folders given; `folders`, when
 * given, gets the folder of each domain file found (as shown: relative to the working folder).
 */
function domainsFrom(positionals: readonly string[], io: CliIO, folders?: Set<string>): string[] {
  const domains = new Set<string>();
  const paths: string[] = [];
  for (const p of positionals) {
    if (existsSync(resolve(io.cwd, p))) paths.push(p);
    else {
      // The same test as audit's (config/domain-argument.ts): a name no report can be about (`exa_mple.com`,
      // `-x.example`) is said with why, not taken and then found in no report.
      const read = readDomainArgument(p);
      if ("problem" in read) throw new UsageError(`'${shownName(p)}' is neither a domain file or folder nor a domain name: ${read.problem}; give a domain such as example.com, or a path that exists`);
      domains.add(read.domain);
    }
  }
  for (const ref of paths.length ? findDomainFiles(paths, io.cwd) : []) {
    folders?.add(dirname(ref.display));
    const read = readDomainFile(ref);
    // A domain that cannot be told is never left out of the stack's domains in silence.
    if ("unreadable" in read) throw new UsageError(unreadableSentence(ref.display, read.unreadable));
    if ("tooLarge" in read) continue;
    const model = loadDomainFile(ref.display, read.bytes).model;
    if (model) domains.add(model.domain);
  }
  return [...domains].sort();
}

/**
 * Where `reports evidence PATH...` writes without --out or --stack. lint and plan read the evidence beside
 * each domain file (reports/evidence-load.ts), so it goes into the folder that holds the domain files given
 * (`folders`, from domainsFrom): `reports evidence stacks/staging` used to write stacks/dmarc-evidence.json,
 * which no domain file of stacks/staging is checked against. Domain names alone read no folder: the stack's,
 * as before. Domain files in several folders, or paths holding none, leave the place unknown: refused.
 */
function evidenceFolder(positionals: readonly string[], folders: ReadonlySet<string>, stack: string, io: CliIO): string {
  if (folders.size === 1) return [...folders][0]!;
  const paths = positionals.filter((p) => existsSync(resolve(io.cwd, p)));
  if (paths.length === 0) return stack;
  const where =
    folders.size === 0
      ? `no domain file was found in ${paths.map(shownName).join(", ")}`
      : `the domain files given are in ${folders.size} folders (${[...folders].sort().slice(0, 3).map(shownName).join(", ")}${folders.size > 3 ? ", …" : ""})`;
  throw new UsageError(`${where}, and lint and plan read the evidence beside each domain file: give --stack FOLDER to write FOLDER/dmarc-evidence.json, or --out FILE`);
}

/** The stack folder's domains, when it has domain files; else null (every domain in the store). */
const isFolder = (path: string): boolean => statOrNull(path)?.isDirectory() ?? false;

function stackDomains(stack: string, io: CliIO): string[] | null {
  const folder = resolve(io.cwd, stack);
  if (!isFolder(folder)) return null;
  const domains = domainsFrom([folder], io);
  return domains.length ? domains : null;
}

async function ingest(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, format: { type: "string", short: "f" } }, "reports ingest");
  if (values.help) {
    io.stdout(`Usage: maildns reports ingest PATH... [options]

Reads DMARC aggregate reports from files and folders (recursively): XML (RFC 7489 Appendix C, RFC 9990),
.xml.gz, .zip, and whole messages (.eml, mbox) carrying them as attachments; the content decides, not
the name. A report already in the store (same reporter and report id) is counted, not added again, so
running it twice changes nothing; one sent again with other content is not stored and is reported. A file that is not a readable report is reported with its name (and
line and column for bad XML) and the others still go in; hostile files (external entities, entity
expansion, zip or gzip bombs, files over 64 MiB) are refused.

Options:
  -f, --format FORMAT  text (default) or json
${STORE_HELP}

Exit codes: 0 every file read, 1 some file gave a problem, 2 usage error.
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
  if (positionals.length === 0) throw new UsageError("give the report files or folders to read, e.g. maildns reports ingest reports/");
  const { ingestPaths } = await import("../../reports/ingest.js");
  const store = await openStore(values, io, "ingest");
  const show = progress(io, values.quiet === true, "ingesting");
  try {
    const started = startTiming();
    const onBatch = collectEvery(COLLECT_EVERY_REPORTS);
    const totals = await ingestPaths(store, positionals, { cwd: io.cwd, onFile: show.update, onBatch });
    benchTiming(io, "ingest", started);
    show.done();
    if (format === "json") {
      io.stdout(`${reportJson({ version: 1, store: store.describe, files: totals.files, documents: totals.documents, added: totals.added, duplicates: totals.duplicates, problems: totals.problems })}\n`);
    } else {
      for (const p of totals.problems) io.stdout(`${problemLine(p)}\n`);
      io.stdout(`${totals.files} file${totals.files === 1 ? "" : "s"}, ${totals.documents} report document${totals.documents === 1 ? "" : "s"}: ${totals.added} added, ${totals.duplicates} already stored, ${totals.problems.length} problem${totals.problems.length === 1 ? "" : "s"} (store: ${store.describe})\n`);
    }
    return totals.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    throw withAdded(error, store);
  } finally {
    show.done();
    await store.close();
  }
}

/** A store failure with the number of reports this run stored before it (storeFailureAftermath says them). */
function withAdded(error: unknown, store: ReportStore): unknown {
  // By name: the store's code (and its StoreError class) is loaded only when a reports command opens it.
  if (error instanceof Error && error.name === "StoreError") (error as StoreError).added ??= store.addedSoFar;
  return error;
}

function imapServer(value: string | undefined): { host: string; port: number } {
  if (value === undefined) return { host: "ssl0.ovh.net", port: 993 };
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = match?.[2] === undefined ? 993 : Number(match[2]);
  if (!match || port < 1 || port > 65535) throw new UsageError(`--imap must be HOST or HOST:PORT, e.g. ssl0.ovh.net:993 (got '${value}')`);
  return { host: match[1]!.replace(/^\[|\]$/g, ""), port };
}

async function fetchCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { IMAP_PASSWORD_ENV, IMAP_USER_ENV } = await import("../../reports/fetch.js");
  const { values } = parse(argv, { ...STORE_OPTIONS, imap: { type: "string" }, mailbox: { type: "string" }, ca: { type: "string" }, delete: { type: "boolean" }, timeout: { type: "string" }, format: { type: "string", short: "f" } }, "reports fetch");
  if (values.help) {
    io.stdout(`Usage: maildns reports fetch [--imap HOST[:PORT]] [options]

Reads the new messages of the mailbox that receives your rua= reports, over IMAP with TLS (port 993),
and stores the reports they carry, as \`reports ingest\` does. The account comes from the environment:
${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV} (never printed). What was read is remembered in the store
(the mailbox's UIDVALIDITY and last UID): the next run reads only newer messages. Nothing is deleted
unless --delete is given, and then only messages whose reports were all stored.

Options:
  --imap HOST[:PORT]   IMAP server (default ssl0.ovh.net:993, OVH's)
  --mailbox NAME       mailbox to read (default INBOX)
  --ca FILE            trust the CAs in this PEM file (a private CA) instead of Node's store
  --delete             delete the messages whose reports are stored
  --timeout MS         connection and greeting timeout (default 15000)
  -f, --format FORMAT  text (default) or json
${STORE_HELP}

Exit codes: 0 every message read, 1 some message gave a problem, 2 usage error or the server could not
be used (refused login, unreachable, untrusted certificate).
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
  const { host, port } = imapServer(values.imap);
  const user = io.env[IMAP_USER_ENV] ?? "";
  const password = io.env[IMAP_PASSWORD_ENV] ?? "";
  if (user === "" || password === "") throw new UsageError(`set ${IMAP_USER_ENV} and ${IMAP_PASSWORD_ENV} in the environment (the rua mailbox's account; never passed as flags, so it stays out of shell history and process lists)`);
  let ca: string | null = null;
  if (values.ca) {
    try {
      ca = readFileSync(resolve(io.cwd, values.ca), "utf8");
    } catch (error) {
      throw new UsageError(`cannot read --ca ${values.ca}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
  }
  const timeoutMs = positiveInteger(values.timeout, "--timeout", 15_000, 600_000);
  const { fetchReports, FetchError } = await import("../../reports/fetch.js");
  const store = await openStore(values, io, "fetch");
  const show = progress(io, values.quiet === true, "fetching");
  try {
    const totals = await fetchReports(store, { host, port, user, password, mailbox: values.mailbox ?? "INBOX", ca, deleteRead: values.delete === true, timeoutMs, onProgress: show.update });
    show.done();
    if (format === "json") {
      io.stdout(`${reportJson({ version: 1, ...totals })}\n`);
    } else {
      for (const p of totals.problems) io.stdout(`${problemLine(p)}\n`);
      io.stdout(`${totals.server} ${totals.mailbox}: ${totals.messages} new message${totals.messages === 1 ? "" : "s"}, ${totals.added} reports added, ${totals.duplicates} already stored, ${totals.deleted} deleted, ${totals.problems.length} problem${totals.problems.length === 1 ? "" : "s"}\n`);
    }
    return totals.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof FetchError) throw new UsageError(error.message);
    throw withAdded(error, store);
  } finally {
    show.done();
    await store.close();
  }
}

const WINDOW_OPTIONS = {
  days: { type: "string" },
  today: { type: "string" },
  resolve: { type: "boolean" },
  resolver: { type: "string", multiple: true },
} as const;

const WINDOW_HELP = `  --days N             the window: the N days ending --today (default 30)
  --today YYYY-MM-DD   the window's last day (default: today, UTC)
  --resolve            look up each source's reverse name (PTR) and the SPF term of the domain that
                       authorises it, and keep them in the store (later runs show them without DNS)
  --resolver IP[:PORT] DNS server for --resolve (repeatable; default: the system's)`;

type WindowValues = { days?: string | undefined; today?: string | undefined; resolve?: boolean | undefined; resolver?: string[] | undefined };

/** The window asked for, the store's range for it, and the sources' names and SPF terms (resolved first with --resolve). */
async function windowAndNames(store: ReportStore, values: WindowValues, domains: readonly string[] | null) {
  const { windowEnding } = await import("../../reports/summary.js");
  const days = positiveInteger(values.days, "--days", 30, 3660);
  const today = todayOption(values.today) ?? new Date().toISOString().slice(0, 10);
  const window = windowEnding(today, days);
  const range = { from: window.from, to: window.to, domains };
  if (values.resolve) await resolveSources(store, await store.sourceTotals(range), values.resolver ?? []);
  const resolved = { names: await store.sourceNames(), spfTerms: await store.spfTerms() };
  return { window, range, resolved };
}

/** Every domain's summary for the window, read the way `reports summary` reads them (one statement). */
async function figuresFor(store: ReportStore, values: WindowValues, domains: readonly string[] | null) {
  const { domainSummary } = await import("../../reports/summary.js");
  const { window, range, resolved } = await windowAndNames(store, values, domains);
  const summaries: DomainSummary[] = [];
  await store.forEachDomain(range, (totals, sources) => {
    summaries.push(domainSummary(totals, sources, resolved));
  });
  return { window, summaries };
}

/** At most this many sources are resolved per run, largest first. */
const MAX_RESOLVED = 5_000;

async function resolveSources(store: ReportStore, sources: readonly { domain: string; ip: string; messages: number }[], resolvers: readonly string[]): Promise<void> {
  const { parseServer, systemServers, createDnsSource, liveLookup } = await import("../../dns/index.js");
  const { reverseNames, authorisingTerm } = await import("../../reports/resolve.js");
  let servers;
  try {
    servers = resolvers.length ? resolvers.map(parseServer) : systemServers();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const chosen = [...sources].sort((a, b) => b.messages - a.messages).slice(0, MAX_RESOLVED);
  const ips = [...new Set(chosen.map((s) => s.ip))];
  const formatted = servers.map((s) => (s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`));
  await store.saveSourceNames(await reverseNames(ips, { servers: formatted, timeoutMs: 2000, concurrency: 32 }));
  const source = createDnsSource({ servers, timeoutMs: 2000, retries: 1, concurrency: 32, cache: true });
  try {
    const dns = liveLookup(source);
    const terms: { domain: string; ip: string; term: string | null }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(16, chosen.length) }, async () => {
        while (next < chosen.length) {
          const s = chosen[next++]!;
          const term = await authorisingTerm(s.domain, s.ip, dns);
          if (term !== null) terms.push({ domain: s.domain, ip: s.ip, term });
        }
      }),
    );
    await store.saveSpfTerms(terms);
  } finally {
    source.close();
  }
}

async function summary(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, ...WINDOW_OPTIONS, format: { type: "string", short: "f" }, output: { type: "string", short: "o" } }, "reports summary");
  if (values.help) {
    io.stdout(`Usage: maildns reports summary [DOMAIN|PATH...] [options]

Per domain over the window: the days with reports, messages, messages passing DMARC (aligned SPF or
aligned DKIM, RFC 7489 §3.1 and §4.2, computed from each report's results and the published adkim/aspf),
and per source address: its reverse name and authorising SPF term (with --resolve), messages passing,
aligned and unaligned, the DKIM d= domains and selectors seen, and the reporters. Without DOMAIN or
PATH: every domain in the store. A PATH is a domain file or folder: its domains.

Options:
  -f, --format FORMAT  text (default), markdown, json
  -o, --output FILE    write to FILE instead of standard output
${WINDOW_HELP}
${STORE_HELP}

Exit codes: 0 written, 2 usage error, a store that failed (the summary then says it is not complete) or a
domain whose sums pass what a JSON number counts exactly.
`);
    return EXIT_OK;
  }
  const format = oneOf(values.format, ["text", "markdown", "json"] as const, "--format", "text");
  // Checked before the store is opened (as lint, plan and audit check it): a summary of a large store is
  // not worked out only to be lost at its end.
  // The domain files named (for their domains) are never replaced by the summary.
  // Nor any other domain file, nor the evidence (output-guard.ts): without paths the summary reads none, and
  // one given -o a stack's file replaced it.
  const output = outputOption(io, values.output, "reports summary", domainFileOnlyPaths(positionals));
  const domains = positionals.length ? domainsFrom(positionals, io) : null;
  const { domainSummary, jsonWriter, markdownWriter, textWriter } = await import("../../reports/summary.js");
  const store = await openStore(values, io, "summary", "");
  try {
    const started = startTiming();
    const { window, range, resolved } = await windowAndNames(store, values, domains);
    const writer = (format === "json" ? jsonWriter : format === "markdown" ? markdownWriter : textWriter)(window);
    // Standard output, or FILE written aside and renamed once whole (as lint's report).
    const out = reportSink(io, output);
    try {
      // Domain by domain as the store hands them over: 10,000 domains are never all in memory at once.
      let written = 0;
      await store.forEachDomain(range, (totals, sources) => {
        out.write(writer.domain(domainSummary(totals, sources, resolved), written === 0));
        written++;
      });
      out.write(writer.end(written));
      out.close();
    } finally {
      out.abort();
    }
    benchTiming(io, "summary", started);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

async function evidence(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { ...STORE_OPTIONS, ...WINDOW_OPTIONS, out: { type: "string" }, "min-share": { type: "string" } }, "reports evidence");
  if (values.help) {
    io.stdout(`Usage: maildns reports evidence [DOMAIN|PATH...] [--out FILE] [options]

Writes the DMARC evidence file: per domain, the window's days with reports, messages, messages passing
DMARC, the failing sources above --min-share of the domain's mail (with reverse names when resolved), and
the DKIM selectors seen. The file is small and deterministic (the same store and window give the same
bytes): commit it beside the domain files, where \`lint\`, \`plan\` and the Action read it with no database
and no credentials (rule dmarc-ramp-evidence). Without DOMAIN or PATH: the domains of the stack's domain
files, or every domain in the store when the stack has none.

Options:
  --out FILE           where to write (default: dmarc-evidence.json in the stack folder, or without --stack
                       in the folder of the domain files given, where lint and plan read it; - for
                       standard output)
  --min-share SHARE    list failing sources down to this share of a domain's messages (default 0.001)
${WINDOW_HELP}
${STORE_HELP}

Exit codes: 0 written, 2 usage error, a file that cannot be written or a store that failed (an earlier
file is then left as it was).
`);
    return EXIT_OK;
  }
  const minShare = values["min-share"] === undefined ? 0.001 : Number(values["min-share"]);
  if (!Number.isFinite(minShare) || minShare < 0 || minShare > 1) throw new UsageError(`--min-share must be a share from 0 to 1, e.g. 0.001 (got '${values["min-share"]}')`);
  const stack = values.stack ?? "stacks";
  // --out is checked as --output is, before the store is opened: never a domain file this run reads for its
  // domains (the stack's, or the paths given), nor a folder; the figures of a large store are not worked
  // out only to be lost at the end.
  // An earlier evidence file is what it exists to replace, wherever it is and whatever its name.
  // Undefined for `-`, and for a name of standard output (/dev/stdout, /proc/self/fd/1): written there.
  const toStdout = values.out !== undefined && outputOption(io, values.out, "reports evidence", domainFileOnlyPaths(positionals.length ? positionals : [stack]), "--out", "evidence") === undefined;
  const { buildEvidence, serializeEvidence, EVIDENCE_FILE_NAME } = await import("../../reports/evidence.js");
  const folders = new Set<string>();
  const domains = positionals.length ? domainsFrom(positionals, io, folders) : stackDomains(stack, io);
  // Without --out: the stack folder, or without --stack the folder of the domain files given (evidenceFolder).
  const place = values.out === undefined && values.stack === undefined && positionals.length ? evidenceFolder(positionals, folders, stack, io) : stack;
  // The default place is checked before the store too: a mistyped --stack used to fail only once it was read.
  if (values.out === undefined && !isFolder(resolve(io.cwd, place))) {
    throw new UsageError(`the stack folder ${stack} does not exist, so ${join(stack, EVIDENCE_FILE_NAME)} cannot be written: give the stack's folder with --stack, or a file with --out`);
  }
  const out = resolve(io.cwd, values.out ?? join(place, EVIDENCE_FILE_NAME));
  const store = await openStore(values, io, "evidence", storeFailureAftermath("evidence"));
  try {
    const { window, summaries } = await figuresFor(store, values, domains);
    const file = buildEvidence(summaries, window, minShare);
    const counted = `${file.domains.length} domain${file.domains.length === 1 ? "" : "s"} with reports, ${window.from} → ${window.to}`;
    // `--out -` is standard output, as `-o -` is for every report (it used to make a file named "-").
    if (toStdout) {
      io.stdout(serializeEvidence(file));
      if (!values.quiet) io.stderr(`wrote the evidence to standard output: ${counted}\n`);
      return EXIT_OK;
    }
    // Written beside its place and renamed into it whole: a run that dies while writing leaves the earlier file.
    // A device or a pipe (/dev/null, a FIFO) is written in place, as every report is; --out looked at again
    // first, as --output is (report-sink.ts writeWholeOutput).
    writeWholeOutput(io, values.out ?? out, out, serializeEvidence(file), "the evidence");
    if (!values.quiet) io.stderr(`wrote ${values.out ?? join(place, EVIDENCE_FILE_NAME)}: ${counted}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/**
 * What a store failing in the middle of a subcommand leaves behind, and what to do; `added`: the reports
 * this run stored (in whole batches) before the failure, when it is known.
 */
function storeFailureAftermath(sub: (typeof SUBCOMMANDS)[number], added?: number): string {
  switch (sub) {
    case "ingest":
    case "fetch": {
      const stored = added === undefined ? "" : ` (this run stored ${added} report${added === 1 ? "" : "s"} before it)`;
      return `. Each batch of reports is stored whole or not at all: the batches stored before the failure stay${stored}, and running the same command again adds only what is missing`;
    }
    case "summary":
      return ". The summary is not complete: nothing was checked past this point";
    case "evidence":
      return ". The evidence file was not written (an earlier one is left as it was)";
  }
}

export const reportsCommand: Command = {
  name: "reports",
  summary: "DMARC aggregate reports: ingest, fetch over IMAP, summarise, write the evidence file",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
      io.stdout(`${USAGE}\n`);
      return sub === undefined ? 2 : EXIT_OK;
    }
    const chosen = oneOf(sub, SUBCOMMANDS, "the subcommand", "summary");
    try {
      switch (chosen) {
        case "ingest":
          return await ingest(rest, io);
        case "fetch":
          return await fetchCommand(rest, io);
        case "summary":
          return await summary(rest, io);
        case "evidence":
          return await evidence(rest, io);
      }
    } catch (error) {
      // The store failing in the middle (a dropped connection, a server shutting down) is a fault, said as one
      // with what it leaves behind: never an internal error, and never a summary that looks like "no mail".
      const { StoreError } = await import("../../reports/sql.js");
      if (error instanceof StoreError) throw new UsageError(`${error.message}${storeFailureAftermath(chosen, error.added)}`);
      throw error;
    }
  },
};
