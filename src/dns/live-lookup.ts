// The resolver as live rules see it (LiveLookup, ./lookup.ts): host names without the trailing
// dot, as node:dns gives them, and DNS faults kept apart from absence.
import type { AddressLookupResult, LiveLookup, LookupResult } from "./lookup.js";
import { failureOf, type ObservedRRset, type RecordSource } from "./types.js";

type Failed = Extract<LookupResult<never>, { status: "failed" }>;

function bareHost(host: string): string {
  return host === "." ? "" : host.replace(/\.$/, "");
}

function failure(rrset: ObservedRRset): Failed {
  const failure = failureOf(rrset);
  // LookupResult has no "truncated": an answer that could not be had in full is a transport problem.
  const reason = failure.reason === "truncated" ? "network" : failure.reason;
  const detail = failure.server ? `${failure.detail} [${failure.server}]` : failure.detail;
  return { status: "failed", reason, detail };
}

/**
 * Answers already converted, per answer object. The answers of names every domain reaches (an include
 * tree, OVH's exchangers) are one object shared by the whole run: converted once, not once per domain and
 * rule. Callers only read what they get.
 */
const converted = new WeakMap<ObservedRRset, LookupResult<unknown>>();

function convert<T>(rrset: ObservedRRset, records: (values: string[]) => T): LookupResult<T> {
  let result = converted.get(rrset) as LookupResult<T> | undefined;
  if (result === undefined) {
    result = convertOnce(rrset, records);
    converted.set(rrset, result);
  }
  return result;
}

function convertOnce<T>(rrset: ObservedRRset, records: (values: string[]) => T): LookupResult<T> {
  switch (rrset.status) {
    case "ok":
      return { status: "ok", records: records(rrset.values), ttl: rrset.ttl ?? 0 };
    case "nxdomain":
    case "nodata":
      return { status: rrset.status };
    default:
      return failure(rrset);
  }
}

function parseMx(value: string): { priority: number; exchange: string } {
  const [priority, exchange] = value.split(" ");
  return { priority: Number(priority), exchange: bareHost(exchange ?? ".") };
}

export function liveLookup(source: RecordSource): LiveLookup {
  return {
    txt: async (name) => convert(await source.lookup(name, "TXT"), (values) => values),
    mx: async (name) => convert(await source.lookup(name, "MX"), (values) => values.map(parseMx)),
    cname: async (name) => convert(await source.lookup(name, "CNAME"), (values) => values.map(bareHost)),
    spf: async (name) => convert(await source.lookup(name, "SPF"), (values) => values),
    async addresses(name) {
      const [a, aaaa] = await Promise.all([source.lookup(name, "A"), source.lookup(name, "AAAA")]);
      const known = addressesOf.get(a);
      if (known && known.aaaa === aaaa) return known.result;
      const result = combineAddresses(a, aaaa);
      addressesOf.set(a, { aaaa, result });
      return result;
    },
  };
}

/** A name's addresses, per pair of answers (A, AAAA): shared answers are combined once per run, as above. */
const addressesOf = new WeakMap<ObservedRRset, { aaaa: ObservedRRset; result: AddressLookupResult }>();

function combineAddresses(a: ObservedRRset, aaaa: ObservedRRset): AddressLookupResult {
  const ok = [a, aaaa].filter((r) => r.status === "ok");
  if (ok.length > 0) {
    const result: AddressLookupResult = { status: "ok", records: ok.flatMap((r) => r.values), ttl: Math.min(...ok.map((r) => r.ttl ?? 0)) };
    // One family answered, the other failed: the host resolves, but what the failed family holds is unknown.
    const failed = a.status === "failed" ? a : aaaa.status === "failed" ? aaaa : null;
    if (failed) {
      const { reason, detail } = failure(failed);
      result.unanswered = { type: failed === a ? "A" : "AAAA", reason, ...(detail ? { detail } : {}) };
    }
    return result;
  }
  const failed = [a, aaaa].find((r) => r.status === "failed");
  if (failed) return failure(failed);
  // A name with no address records at all: NXDOMAIN when either question says so.
  return { status: a.status === "nxdomain" || aaaa.status === "nxdomain" ? "nxdomain" : "nodata" };
}
