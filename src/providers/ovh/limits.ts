// What OVH's DNS zones accept and how they keep records, in one place: the OVH rules (ttl-below-ovh-min,
// txt-ovh-embedded-quote) and the record form (records.ts) read these, so a limit is written once.

/** OVH's provider validation (resource_domain_zone_record.go) and OVH's manager: a custom TTL is at least 60 seconds. */
export const OVH_MIN_TTL = 60;

/** TTL 0 asks OVH for the zone's default TTL (the provider's validation: "0 or >= 60"); whatever TTL is then served is what was asked for. */
export const OVH_ZONE_DEFAULT_TTL = 0;

/** OVH's read-only field types that DNS serves as TXT (DNSC): a record of these can only be replaced. */
export const OVH_PSEUDO_TYPES: ReadonlySet<string> = new Set(["SPF", "DKIM", "DMARC"]);

/** OVH's API mangles TXT values holding a double quote or a backslash (DNSC auditrecords). */
export const OVH_TXT_FORBIDDEN = /["\\]/;

export function ovhTtlAccepted(ttl: number): boolean {
  return Number.isInteger(ttl) && (ttl === OVH_ZONE_DEFAULT_TTL || ttl >= OVH_MIN_TTL);
}

/** Whether a served TTL satisfies a desired one: 0 is met by whatever the zone's default is. */
export function ovhTtlMatches(desired: number, observed: number | null): boolean {
  return desired === OVH_ZONE_DEFAULT_TTL || observed === desired;
}
