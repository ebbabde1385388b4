// `--resolve`: who a source is. Its reverse name (PTR, RFC 1035 §3.5) through Node's resolver (the
// project's stub resolver asks only for the mail record types), and the term of the domain's SPF record
// that authorises it (RFC 7208 §4.6: the first matching directive, `include:` matching when the included
// record passes, §5.2), walked through the project's LiveLookup. Both are bounded: lookups per domain,
// include depth, time per lookup; a failed lookup leaves the answer unknown (null), never "not authorised".
import { Resolver } from "node:dns/promises";
import type { LiveLookup } from "../engine/types.js";
import { ipInNetwork } from "../mail/spf-ip.js";
import { mechanisms, modifiers, parseSpf, type SpfMechanism } from "../mail/spf.js";
import { isSpfRecord } from "../mail/txt-version.js";

export interface ReverseOptions {
  /** "host:port" servers; empty: the system's. */
  servers: readonly string[];
  timeoutMs: number;
  concurrency: number;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** The first PTR name of each address (lower case, no trailing dot); null when none or the lookup failed. */
export async function reverseNames(ips: readonly string[], options: ReverseOptions): Promise<Map<string, string | null>> {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 2 });
  if (options.servers.length > 0) resolver.setServers([...options.servers]);
  const names = await mapLimited(ips, options.concurrency, async (ip) => {
    try {
      const found = await resolver.reverse(ip);
      return found[0] ? found[0].toLowerCase().replace(/\.$/, "") : null;
    } catch {
      return null;
    }
  });
  resolver.cancel();
  return new Map(ips.map((ip, i) => [ip, names[i]!]));
}

/** RFC 7208 §4.6.4: at most 10 terms that cause DNS lookups; a little headroom for MX hosts' addresses. */
const MAX_LOOKUPS = 30;
const MAX_DEPTH = 10;

interface Walk {
  lookups: number;
  /** Terms that cause DNS lookups met so far (include, a, mx, ptr, exists, redirect: RFC 7208 §4.6.4). */
  terms: number;
}

/** RFC 7208 §4.6.4: past this many DNS-querying terms in one evaluation, check_host() is a permerror. */
const MAX_TERMS = 10;
const LOOKUP_TERMS = new Set(["include", "a", "mx", "ptr", "exists"]);

/** "permerror": the evaluation ends in permerror (§4.6, §4.6.4, §5.2, §6.1), which authorises nobody. */
type Match = "pass" | "other" | "none" | "permerror" | "unknown";

async function recordOf(domain: string, dns: LiveLookup, walk: Walk): Promise<string | null | "failed"> {
  if (++walk.lookups > MAX_LOOKUPS) return "failed";
  const answer = await dns.txt(domain);
  if (answer.status === "failed") return "failed";
  if (answer.status !== "ok") return null;
  const records = answer.records.filter(isSpfRecord);
  return records.length === 1 ? records[0]! : null;
}

/**
 * The addresses of `name` a client of `ip`'s family is compared with. RFC 7208 §5.3 and §5.4 ask one type,
 * the client's (A for IPv4, AAAA for IPv6): when that lookup failed, check_host() there is a temperror
 * (§5), so the answer is unknown even though the other family answered.
 */
async function addressesOf(name: string, ip: string, dns: LiveLookup, walk: Walk): Promise<string[] | "failed"> {
  if (++walk.lookups > MAX_LOOKUPS) return "failed";
  const answer = await dns.addresses(name);
  if (answer.status === "failed") return "failed";
  if (answer.unanswered?.type === (ip.includes(":") ? "AAAA" : "A")) return "failed";
  return answer.status === "ok" ? answer.records : [];
}

async function mechanismMatches(m: SpfMechanism, domain: string, ip: string, dns: LiveLookup, walk: Walk, depth: number): Promise<boolean | "unknown" | "permerror"> {
  const target = (m.domainSpec ?? domain).toLowerCase().replace(/\.$/, "");
  const v6 = ip.includes(":");
  const prefix = v6 ? m.cidr6 : m.cidr4;
  switch (m.name) {
    case "all":
      return true;
    case "ip4":
    case "ip6":
      return m.ip !== null && ipInNetwork(ip, m.ip, prefix);
    case "a": {
      const addresses = await addressesOf(target, ip, dns, walk);
      return addresses === "failed" ? "unknown" : addresses.some((a) => ipInNetwork(ip, a, prefix));
    }
    case "mx": {
      if (++walk.lookups > MAX_LOOKUPS) return "unknown";
      const answer = await dns.mx(target);
      if (answer.status === "failed") return "unknown";
      if (answer.status !== "ok") return false;
      for (const mx of answer.records.slice(0, 10)) {
        const addresses = await addressesOf(mx.exchange.replace(/\.$/, ""), ip, dns, walk);
        if (addresses === "failed") return "unknown";
        if (addresses.some((a) => ipInNetwork(ip, a, prefix))) return true;
      }
      return false;
    }
    case "include": {
      const result = await evaluate(target, ip, dns, walk, depth + 1);
      if (result === "unknown") return "unknown";
      // §5.2: an included domain without an SPF record (none), or whose evaluation is a permerror, makes
      // the include a permerror, not a mechanism that does not match.
      if (result.match === "none" || result.match === "permerror") return "permerror";
      return result.match === "pass";
    }
    default:
      // exists, ptr and macros need the message's identity or more DNS than a summary should make.
      return "unknown";
  }
}

async function evaluate(domain: string, ip: string, dns: LiveLookup, walk: Walk, depth: number): Promise<{ match: Match; term: string | null } | "unknown"> {
  if (depth > MAX_DEPTH) return "unknown";
  const text = await recordOf(domain, dns, walk);
  if (text === "failed") return "unknown";
  if (text === null) return { match: "none", term: null };
  const record = parseSpf(text);
  // §4.6: a record that does not parse is a permerror before any term is evaluated.
  if (record.errors.length > 0) return { match: "permerror", term: null };
  for (const m of mechanisms(record)) {
    if (LOOKUP_TERMS.has(m.name) && ++walk.terms > MAX_TERMS) return { match: "permerror", term: null };
    if (m.macros.length > 0) return "unknown";
    const matched = await mechanismMatches(m, domain, ip, dns, walk, depth);
    if (matched === "unknown") return "unknown";
    if (matched === "permerror") return { match: "permerror", term: null };
    if (matched) return { match: m.qualifier === "+" ? "pass" : "other", term: m.text };
  }
  const redirect = modifiers(record).find((mod) => mod.name === "redirect");
  if (redirect && redirect.macros.length === 0) {
    if (++walk.terms > MAX_TERMS) return { match: "permerror", term: null };
    const result = await evaluate(redirect.value.toLowerCase().replace(/\.$/, ""), ip, dns, walk, depth + 1);
    if (result === "unknown") return "unknown";
    // §6.1: a redirect to a domain without an SPF record is a permerror.
    if (result.match === "none") return { match: "permerror", term: null };
    return { match: result.match, term: result.match === "pass" ? redirect.text : null };
  }
  return { match: "none", term: null };
}

/**
 * The term of `domain`'s SPF record that authorises `ip` ("include:mx.ovh.com", "ip4:192.0.2.0/24", "a"...),
 * "" when the record does not authorise it (or the domain has none), null when that could not be told.
 */
export async function authorisingTerm(domain: string, ip: string, dns: LiveLookup): Promise<string | null> {
  const result = await evaluate(domain, ip, dns, { lookups: 0, terms: 0 }, 0);
  if (result === "unknown") return null;
  return result.match === "pass" && result.term !== null ? result.term : "";
}
