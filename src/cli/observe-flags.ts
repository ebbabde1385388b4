// Observation flags shared by `plan`, `audit` and `import` (issue 3 §1, §2, §6): where live state comes
// from (resolvers, the zones' own servers, or zone files) and how a domain list is split across jobs.
import { readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { toALabel } from "../config/domain.js";
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
  type ServerAddress,
} from "../dns/index.js";
import { canonicalName, isAtOrBelow, nameProblem } from "../dns/names.js";
import { OVH_OFFERS } from "../mail/ovh.js";
import type { OvhOffer } from "../model/types.js";
import { parseShard, type Shard } from "../plan/shard.js";
import { oneOf } from "./args.js";
import { UsageError, type CliIO } from "./command.js";

export const OBSERVE_OPTIONS = {
  resolver: { type: "string", multiple: true },
  authoritative: { type: "boolean" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  zone: { type: "string", multiple: true },
  shard: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export const OBSERVE_HELP = `  --resolver IP[:PORT] DNS server to ask (repeatable; default: the system's, from /etc/resolv.conf)
  --authoritative      ask each domain's own name servers (fresh answers right after an apply)
  --concurrency N      DNS questions in flight at once (default 64)
  --timeout MS         per-attempt timeout in milliseconds (default 2000)
  --retries N          attempts after the first, rotating through the resolvers (default 2)
  --zone FILE|DIR      read BIND zone files (e.g. OVH's zone export) instead of DNS (repeatable); with
                       --resolver, names outside the zones are asked there
  --shard K/N          only the domains of shard K of N (1 ≤ K ≤ N): a domain's shard is the FNV-1a hash
                       of its name mod N, so CI matrix jobs split a list the same way on every run`;

export interface ObserveValues {
  resolver?: string[] | undefined;
  authoritative?: boolean | undefined;
  concurrency?: string | undefined;
  timeout?: string | undefined;
  retries?: string | undefined;
  zone?: string[] | undefined;
  shard?: string | undefined;
}

export interface Observation {
  /** Where a domain's managed records are read (its own servers with --authoritative). */
  sourceFor(domain: string): Promise<RecordSource>;
  /** What live rules ask (SPF includes, MX targets, report authorisations). */
  rules: RecordSource;
  /** The loaded zones with --zone (their apexes and records), else null. */
  zones: LoadedZones | null;
  concurrency: number;
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
export async function openObservation(values: ObserveValues, io: Pick<CliIO, "cwd">, options: { authoritativePort?: number; cache?: boolean } = {}): Promise<Observation> {
  const concurrency = integerFlag(values.concurrency, "--concurrency", 1, 4096) ?? 64;
  const timeoutMs = integerFlag(values.timeout, "--timeout", 1, 600_000);
  const retries = integerFlag(values.retries, "--retries", 0, 20);
  let servers: ServerAddress[];
  try {
    servers = values.resolver?.length ? values.resolver.map(parseServer) : systemServers();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.zone?.length && values.authoritative) throw new UsageError("--zone and --authoritative cannot be combined: zone files are the observed state");
  const dnsOptions = { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(retries === undefined ? {} : { retries }), concurrency, cache: options.cache ?? true };
  const opened: DnsSource[] = [];
  const open = (list: ServerAddress[]) => {
    const source = createDnsSource({ servers: list, ...dnsOptions });
    opened.push(source);
    return source;
  };
  const close = () => {
    for (const source of opened) source.close();
  };

  if (values.zone?.length) {
    const zones = await loadZones(values.zone.map((z) => resolvePath(io.cwd, z)));
    if (zones.errors.length > 0) throw new UsageError(`zone files have errors:\n${zones.errors.slice(0, 20).map(formatZoneError).join("\n")}`);
    const fallback = values.resolver?.length ? open(servers) : undefined;
    const source = createZoneSource(zones, fallback ? { fallback } : {});
    return { sourceFor: async () => source, rules: source, zones, concurrency, describe: "zone files", close };
  }

  const recursive = open(servers);
  const describe = servers.map((s) => (s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`)).join(", ");
  if (!values.authoritative) return { sourceFor: async () => recursive, rules: recursive, zones: null, concurrency, describe, close };

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
          if (!source) bySet.set(key, (source = Promise.resolve(open(list))));
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
  return { sourceFor, rules: recursive, zones: null, concurrency, describe: `the authoritative servers (found through ${describe})`, close };
}

/** Domains the loaded zones hold (their apexes), for `import --zone` and `audit --zone` without names. */
export function zoneDomains(zones: LoadedZones): string[] {
  return zones.origins.filter((o) => o !== "" && zones.records.some((r) => r.name === o && (r.type === "SOA" || r.type === "NS" || r.type === "MX" || r.type === "TXT")));
}

/** DKIM selectors a zone publishes for a domain: every `<selector>._domainkey.<domain>` owner. */
export function zoneSelectors(zones: LoadedZones | null, domain: string): string[] {
  if (!zones) return [];
  const suffix = `._domainkey.${domain}`;
  const found = new Set<string>();
  for (const r of zones.records) {
    if (r.name.endsWith(suffix) && isAtOrBelow(r.name, domain) && (r.type === "TXT" || r.type === "CNAME")) found.add(r.name.slice(0, -suffix.length));
  }
  return [...found].sort();
}

/** Domains from the command line and a `--domains-file` (one per line, `#` comments), as A-labels, deduplicated. */
export function domainList(positionals: readonly string[], domainsFile: string | undefined, io: Pick<CliIO, "cwd">): string[] {
  const names = [...positionals];
  if (domainsFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolvePath(io.cwd, domainsFile), "utf8");
    } catch (error) {
      throw new UsageError(`cannot read --domains-file ${domainsFile}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    for (const line of text.split(/\r?\n/)) {
      const name = line.replace(/#.*$/, "").trim();
      if (name !== "") names.push(name);
    }
  }
  const domains = new Set<string>();
  for (const name of names) {
    const domain = toALabel(name);
    if (domain === null || nameProblem(domain) !== null || !domain.includes(".")) {
      throw new UsageError(`'${name.slice(0, 80)}' is not a domain name (e.g. example.com)`);
    }
    domains.add(domain);
  }
  return [...domains];
}

export function offerOption(value: string | undefined): OvhOffer | null {
  if (value === undefined) return null;
  return oneOf(value, OVH_OFFERS, "--offer", "mx-plan");
}
