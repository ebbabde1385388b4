// Live DNS as the mail checks ask it: answers per question, with a DNS fault ("failed") kept apart from
// absence (NXDOMAIN, NODATA), so a fault is never read as a missing record.

/** Live DNS, as rules see it (a resolver's or zone files' answers; absent for static runs). */
export interface LiveLookup {
  /** TXT strings joined per record; "failed" keeps DNS faults apart from absence. */
  txt(name: string): Promise<LookupResult<string[]>>;
  mx(name: string): Promise<LookupResult<{ priority: number; exchange: string }[]>>;
  /** A and AAAA together: "ok" when either family answered, with the other's failure kept (AddressLookupResult). */
  addresses(name: string): Promise<AddressLookupResult>;
  cname(name: string): Promise<LookupResult<string[]>>;
  /** Records of RR type 99 ("SPF", RFC 7208 §3.1; deprecated), character-strings joined per record. */
  spf(name: string): Promise<LookupResult<string[]>>;
}

export type LookupResult<T> =
  | { status: "ok"; records: T; ttl: number }
  | { status: "nxdomain" | "nodata" }
  | { status: "failed"; reason: "timeout" | "servfail" | "refused" | "malformed" | "network" | "budget" | "outside-zones"; detail?: string };

export type FailedLookup = Extract<LookupResult<never>, { status: "failed" }>;

/**
 * A name's addresses, both families asked. An answer is "ok" as soon as one family has addresses: the host
 * exists and can be reached over it. When the other family's lookup failed (SERVFAIL, a timeout), `unanswered`
 * says which: a check about that family (does an IPv6 client's address belong to the host? RFC 7208 §5.3 asks
 * only AAAA for one, A for an IPv4 one) cannot be decided from these records, and must not read as "no".
 */
export type AddressLookupResult = LookupResult<string[]> & { unanswered?: { type: "A" | "AAAA"; reason: FailedLookup["reason"]; detail?: string } };

/** A lookup's answer, or a network failure when its promise rejects (a broken LiveLookup): live checks never throw. */
export async function settledLookup<T>(lookup: Promise<T>): Promise<T | FailedLookup> {
  try {
    return await lookup;
  } catch (error) {
    return { status: "failed", reason: "network", detail: error instanceof Error ? error.message : String(error) };
  }
}
