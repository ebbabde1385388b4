// Opening the observation a run asks for (plan, audit, import, and the Action's commands): where live state
// comes from (resolvers, the zones' own servers, or zone files), with what limits (concurrency, timeout,
// retries, the run's deadline), and which domains and DKIM selectors the zones give. The values are the
// CLI's flags as parsed (the Action maps its inputs onto them); a bad value is a usage error naming the flag.
import { readFileSync, statSync } from "node:fs";
import { basename, resolve as resolvePath } from "node:path";
import { toALabel } from "../config/domain.js";
import { notADomainName, readDomainArgument, shownName } from "../config/domain-argument.js";
import { readRegularFile } from "../config/regular-file.js";
import {
  authoritativeServers,
  createDnsSource,
  createZoneSource,
  formatZoneError,
  loadZones,
  parseServer,
  systemServers,
  type DnsSource,
  type LoadedZones,
  type RecordSource,
  type RunEnd,
  type ServerAddress,
} from "../dns/index.js";
import { canonicalName, isAtOrBelowAny, nameProblem } from "../dns/names.js";
import { UsageError } from "../engine/usage-error.js";
import { looksLikeDmarc, looksLikeSpf } from "../mail/txt-version.js";
import { domainsInFlight } from "./pool.js";
import { parseShard, type Shard } from "./shard.js";

/** `--deadline` by default: ten minutes, far above any healthy run, short of a CI job's own limit. */
export const DEFAULT_DEADLINE_MS = 600_000;

export interface ObserveValues {
  resolver?: string[] | undefined;
  authoritative?: boolean | undefined;
  concurrency?: string | undefined;
  timeout?: string | undefined;
  retries?: string | undefined;
  deadline?: string | undefined;
  zone?: string[] | undefined;
  origin?: string | undefined;
  shard?: string | undefined;
}

export interface Observation {
  /** Where a domain's managed records are read (its own servers with --authoritative). */
  sourceFor(domain: string): Promise<RecordSource>;
  /** What live rules ask (SPF includes, MX targets, report authorisations). */
  rules: RecordSource;
  /** The loaded zones with --zone (their apexes and records), else null. */
  zones: LoadedZones | null;
  /**
   * With zone files and no --resolver to fall back on: whether a name lies outside every loaded zone, so
   * that nothing was asked about it (a check that needed it was not made, and no DNS failed). Else null.
   */
  outsideZones: ((name: string) => boolean) | null;
  concurrency: number;
  /** Domains `audit` and `import` check side by side: see `domainsInFlight` (plan/pool.ts). */
  domainsInFlight: number;
  /** Where answers come from, for messages: "zone files", "127.0.0.1:5353"... */
  describe: string;
  close(): void;
}

function integerFlag(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got '${value}')`);
  }
  return Number(value);
}

export function shardOption(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  try {
    return parseShard(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Builds the record sources the flags ask for. Zone files with errors are a usage error (exit 2) that
 * lists them with file:line:col. Options: `authoritativePort` for tests serving on a loopback port; `cache:
 * false` when the caller keeps answers itself (audit, see plan/scoped-source.ts).
 */
export async function openObservation(values: ObserveValues, io: { cwd: string }, options: { authoritativePort?: number; cache?: boolean; interrupt?: AbortSignal | undefined } = {}): Promise<Observation> {
  const concurrency = integerFlag(values.concurrency, "--concurrency", 1, 4096) ?? 64;
  const timeoutMs = integerFlag(values.timeout, "--timeout", 1, 600_000);
  const retries = integerFlag(values.retries, "--retries", 0, 20);
  // One deadline for every source of the run, counted from here.
  const deadlineAt = Date.now() + (integerFlag(values.deadline, "--deadline", 1, 86_400_000) ?? DEFAULT_DEADLINE_MS);
  let servers: ServerAddress[];
  try {
    servers = values.resolver?.length ? values.resolver.map(parseServer) : systemServers();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.zone?.length && values.authoritative) throw new UsageError("--zone and --authoritative cannot be combined: zone files are the observed state");
  // When every source of the run stops asking: DNS servers and zone files alike.
  const end: RunEnd = { deadlineAt, ...(options.interrupt ? { interrupt: options.interrupt } : {}) };
  const dnsOptions = { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(retries === undefined ? {} : { retries }), concurrency, cache: options.cache ?? true, ...end };
  const opened: DnsSource[] = [];
  const open = (list: ServerAddress[], authoritative = false) => {
    const source = createDnsSource({ servers: list, ...dnsOptions, authoritative });
    opened.push(source);
    return source;
  };
  const close = () => {
    for (const source of opened) source.close();
  };

  const origin = originOption(values, io);
  if (values.zone?.length) {
    const zones = await loadZones(
      values.zone.map((z) => resolvePath(io.cwd, z)),
      origin === null ? {} : { origin },
    );
    const unnamed = zones.errors.find((e) => e.code === "no-origin");
    if (unnamed) {
      throw new UsageError(
        `${unnamed.file}:${unnamed.line}:${unnamed.column}: the zone's name is not known: the file name does not name a domain ` +
          `(<zone>.zone, <zone>.txt, <zone>.db, db.<zone>) and no $ORIGIN comes before this first relative name.\n` +
          `Give the zone with --origin, e.g. --zone ${basename(unnamed.file)} --origin example.com`,
      );
    }
    // Any other error stays with its zone: lookups there fail with it (and the report names them), while
    // the other zones are read as usual. Only an error that belongs to no zone stops the run.
    const orphans = zones.errors.filter((e) => e.zone === undefined);
    if (orphans.length > 0) throw new UsageError(`zone files have errors:\n${orphans.slice(0, 20).map(formatZoneError).join("\n")}`);
    const fallback = values.resolver?.length ? open(servers) : undefined;
    const source = createZoneSource(
      zones,
      {
        ...(fallback ? { fallback } : { outsideHint: "load the zone file that holds it too (--zone), or give --resolver to ask DNS for names outside the zone files" }),
        end,
      },
    );
    const apexes = new Set(zones.origins.map((o) => canonicalName(o)));
    const outsideZones = fallback ? null : (name: string) => !isAtOrBelowAny(canonicalName(name), apexes);
    // Without a resolver every answer comes from memory, at once: no domain waits, so one at a time.
    const inFlight = domainsInFlight(concurrency, fallback ? "dns" : "memory");
    return { sourceFor: async () => source, rules: source, zones, outsideZones, concurrency, domainsInFlight: inFlight, describe: "zone files", close };
  }

  const recursive = open(servers);
  const describe = servers.map((s) => (s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`)).join(", ");
  const inFlight = domainsInFlight(concurrency, "dns");
  if (!values.authoritative) return { sourceFor: async () => recursive, rules: recursive, zones: null, outsideZones: null, concurrency, domainsInFlight: inFlight, describe, close };

  // One source per name-server set: domains of one DNS host share its servers and its cache.
  const bySet = new Map<string, Promise<RecordSource>>();
  const byDomain = new Map<string, Promise<RecordSource>>();
  const sourceFor = (domain: string): Promise<RecordSource> => {
    const name = canonicalName(domain);
    let pending = byDomain.get(name);
    if (!pending) {
      pending = authoritativeServers(recursive, name, options.authoritativePort ? { port: options.authoritativePort } : {}).then(
        (list) => {
          const key = list.map((s) => `${s.host}:${s.port}`).join(",");
          let source = bySet.get(key);
          if (!source) bySet.set(key, (source = Promise.resolve(open(list, true))));
          return source;
        },
        // Could not find the servers: every lookup for the domain fails with that reason (exit 1 in plan).
        (error: unknown): RecordSource => ({
          lookup: async (n, type) => ({ name: canonicalName(n), type, status: "failed", ttl: null, values: [], failure: { reason: "network", detail: (error as Error).message } }),
        }),
      );
      byDomain.set(name, pending);
    }
    return pending;
  };
  return { sourceFor, rules: recursive, zones: null, outsideZones: null, concurrency, domainsInFlight: inFlight, describe: `the authoritative servers (found through ${describe})`, close };
}

/** `--origin NAME`: the zone of exactly one --zone file, a domain name; null without it. */
function originOption(values: ObserveValues, io: { cwd: string }): string | null {
  if (values.origin === undefined) return null;
  const zones = values.zone ?? [];
  if (zones.length === 0) throw new UsageError("--origin names the zone of a --zone file: give the file with --zone FILE");
  if (zones.length > 1) {
    throw new UsageError("--origin names the zone of one --zone FILE (got several): run once per file, or name the files after their zones (<zone>.zone, <zone>.txt, db.<zone>)");
  }
  let directory = false;
  try {
    directory = statSync(resolvePath(io.cwd, zones[0]!)).isDirectory();
  } catch {
    // A missing file is reported by loadZones with its name.
  }
  if (directory) throw new UsageError(`--origin names the zone of one file, and ${zones[0]} is a folder: give the file itself`);
  const origin = toALabel(values.origin);
  if (origin === null || !usableDomain(origin)) throw new UsageError(`--origin '${values.origin.slice(0, 80)}' is not a domain name (e.g. example.com)`);
  return origin;
}

/** A name maildns can write a domain file for: dot-separated labels of letters, digits, "-" and "_". */
export function usableDomain(name: string): boolean {
  return /^([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$/.test(name) && nameProblem(name) === null;
}

/** Domains the loaded zones hold (their apexes), for `import --zone` and `audit --zone` without names. */
export function zoneDomains(zones: LoadedZones): string[] {
  const index = zones.index;
  return zones.origins.filter((o) => o !== "" && (index.rrset(o, "SOA") ?? index.rrset(o, "NS") ?? index.rrset(o, "MX") ?? index.rrset(o, "TXT")) !== undefined);
}

export interface ZoneMailDomains {
  /** Zones that publish an MX, an SPF record or a DMARC record. */
  domains: string[];
  /** Zones that publish none of them (a provider's or a name server's zone): skipped, with a note. */
  notMail: string[];
}

/**
 * The zones to import or audit when no domain is named: those that are mail domains. A mail zone whose
 * name cannot be a domain file (an $ORIGIN such as "a/b.example.") is a usage error naming where it is
 * declared, rather than a file written somewhere unexpected.
 */
export function zoneMailDomains(zones: LoadedZones): ZoneMailDomains {
  const domains: string[] = [];
  const notMail: string[] = [];
  for (const zone of zoneDomains(zones)) {
    const txt = (name: string) => zones.index.rrset(name, "TXT") ?? [];
    const mail =
      zones.index.rrset(zone, "MX") !== undefined ||
      zones.index.rrset(zone, "SPF") !== undefined ||
      // The generous readings (txt-version.ts): a zone meant for mail is imported or audited, and a
      // near-record in it is then reported rather than the zone skipped as "not a mail domain".
      txt(zone).some((r) => looksLikeSpf(r.value)) ||
      txt(`_dmarc.${zone}`).some((r) => looksLikeDmarc(r.value));
    if (!mail) {
      notMail.push(zone);
      continue;
    }
    if (!usableDomain(zone)) {
      const at = zones.originAt.get(zone);
      const where = at ? (at.line > 0 ? `${at.file}:${at.line}:${at.column}: ` : `${at.file}: `) : "";
      throw new UsageError(
        `${where}the zone ${zone.slice(0, 80)} is not a domain name maildns can write a file for (letters, digits, "-" and "_" ` +
          "in dot-separated labels): correct its $ORIGIN or give the zone with --origin",
      );
    }
    domains.push(zone);
  }
  return { domains, notMail };
}

/**
 * Whether to probe common DKIM selector names for a domain: over DNS yes; for a domain the zone files hold,
 * no, since they list every selector there is (zoneSelectors).
 */
export function probeSelectorsFor(zones: LoadedZones | null): (domain: string) => boolean {
  return (domain) => zones === null || zones.index.zoneOf(canonicalName(domain)) === null;
}

/** DKIM selectors a zone publishes for a domain: every `<selector>._domainkey.<domain>` owner (indexed when loaded). */
export function zoneSelectors(zones: LoadedZones | null, domain: string): string[] {
  return zones?.selectors.get(domain) ?? [];
}

/** Largest --domains-file read: a million domains of 64 octets. */
const MAX_DOMAINS_FILE_BYTES = 64 * 1024 * 1024;

/** At most this many bad lines of a --domains-file are listed; the count says how many more. */
const MAX_BAD_LINES_SHOWN = 10;

/** A name given as a domain as its A-label, or why it cannot be one (a wildcard, or no host name). */
function domainNameProblem(name: string): { sentence: string; problem: string } | { domain: string } {
  // A wildcard owner (`*.example.com`) is a zone's pattern, not a domain anyone sends mail as: its
  // `_dmarc.*.example.com` would be asked and judged as if it were one.
  if (toALabel(name)?.split(".").includes("*")) {
    const problem = "it is a wildcard, not a domain name: give the domain itself (e.g. example.com)";
    return { sentence: `'${shownName(name)}' is a wildcard, not a domain name: give the domain itself (e.g. example.com)`, problem };
  }
  // A mail domain is a host name (RFC 1123 §2.1, RFC 5321 §2.3.5): what is not one is said, with why,
  // and never asked of DNS, where it would come back as a domain that does not exist.
  const read = readDomainArgument(name);
  if ("problem" in read) return { sentence: notADomainName(name, read.problem), problem: read.problem };
  return { domain: read.domain };
}

/**
 * Domains from the command line and a `--domains-file` (one per line, `#` comments), as A-labels, deduplicated.
 * A name that is no domain name is a usage error before any DNS question, as on the command line: a list
 * checked in part would pass in CI while a domain its owner means to watch is never looked at. Every bad line
 * of the file is named at once, as FILE:LINE, so one edit fixes them all.
 */
export function domainList(positionals: readonly string[], domainsFile: string | undefined, io: { cwd: string }): string[] {
  const domains = new Set<string>();
  for (const name of positionals) {
    const read = domainNameProblem(name);
    if ("problem" in read) throw new UsageError(read.sentence);
    domains.add(read.domain);
  }
  if (domainsFile !== undefined) {
    // A regular file only: a FIFO would wait for a writer forever, and /dev/zero would never end.
    const read = readRegularFile(resolvePath(io.cwd, domainsFile), MAX_DOMAINS_FILE_BYTES);
    if ("problem" in read) throw new UsageError(`cannot read --domains-file ${domainsFile}: ${read.problem}; give a text file with one domain per line`);
    const text = read.bytes.toString("utf8");
    const bad: string[] = [];
    let badCount = 0;
    text.split(/\r?\n/).forEach((line, i) => {
      const name = line.replace(/#.*$/, "").trim();
      if (name === "") return;
      const named = domainNameProblem(name);
      if ("domain" in named) {
        domains.add(named.domain);
        return;
      }
      badCount++;
      if (bad.length < MAX_BAD_LINES_SHOWN) bad.push(`  ${domainsFile}:${i + 1}: '${shownName(name)}': ${named.problem}\n`);
    });
    if (badCount > 0) {
      const more = badCount > bad.length ? `  … and ${badCount - bad.length} more\n` : "";
      throw new UsageError(
        `--domains-file ${domainsFile}: ${badCount === 1 ? "1 line is not a domain name" : `${badCount} lines are not domain names`}, so no domain was looked at; correct ${badCount === 1 ? "it" : "them"} or comment ${badCount === 1 ? "it" : "them"} out with #:\n${bad.join("")}${more}`.trimEnd(),
      );
    }
  }
  return [...domains];
}
