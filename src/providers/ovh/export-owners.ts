// The owners of a zone as OVH spells them, and how many records each holds, read from its export (`GET
// /domain/zone/{zone}/export`, a BIND master file) in one parse. DNS names compare without case (RFC 1035
// §2.3.3, RFC 4343), but OVH's API keeps a record's `subDomain` as it was given (`_DMARC`,
// `Mail._domainkey`: typed in the Control Panel, or imported with a zone in text mode), and its `GET
// /domain/zone/{zone}/record?subDomain=` filter is not documented to ignore case. Asked for `_dmarc` only, a
// record at `_DMARC` went unseen and the apply created a second DMARC record at the same DNS name. The parser
// (dns/zone-file.ts) lower-cases the records' names and gives the owners as written beside them. Pure.
import { canonicalName } from "../../dns/names.js";
import { parseZoneFile } from "../../dns/zone-file.js";

/** Letters, digits, "-", "_" and "*": the owners OVH's API takes; anything escaped is left out. */
const PLAIN = /^[A-Za-z0-9_*-]+(?:\.[A-Za-z0-9_*-]+)*$/;

/** The zone's export, read once for both the listing (its owners' spellings) and its check (its record counts). */
export interface ExportReading {
  /**
   * Every spelling of every owner in the export, relative to the zone (`""` for the apex), keyed by its
   * lower-case form: `_dmarc` → {`_DMARC`, `_dmarc`}. Owners outside the zone, and names with escapes, are
   * left out.
   */
  spellings: Map<string, Set<string>>;
  /** Records per lower-case owner relative to the zone and served type (`countKey`). */
  counts: Map<string, number>;
}

const countKey = (owner: string, type: string) => `${owner.toLowerCase()}\u0000${type}`;

/** `name` relative to `apex` (`""` for the apex itself), compared without case; null outside the zone. */
function relativeTo(name: string, apex: string): string | null {
  const lower = name.toLowerCase();
  if (lower === apex) return "";
  return lower.endsWith(`.${apex}`) ? name.slice(0, name.length - apex.length - 1) : null;
}

/** The export of `zone` parsed once: its owners' spellings and its records counted per owner and type. */
export function readExport(text: string, zone: string): ExportReading {
  const apex = canonicalName(zone);
  const parsed = parseZoneFile(text, { origin: apex, ownerSpellings: true });
  const spellings = new Map<string, Set<string>>();
  for (const owner of parsed.ownerSpellings ?? []) {
    const relative = relativeTo(owner, apex);
    if (relative === null || (relative !== "" && !PLAIN.test(relative))) continue;
    const key = relative.toLowerCase();
    const set = spellings.get(key) ?? new Set<string>();
    set.add(relative);
    spellings.set(key, set);
  }
  const counts = new Map<string, number>();
  for (const record of parsed.records) {
    const owner = relativeTo(record.name, apex);
    if (owner === null) continue;
    const k = countKey(owner, servedType(record.type));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { spellings, counts };
}

/** The owners' spellings alone (`ExportReading.spellings`). */
export function exportOwnerSpellings(text: string, zone: string): Map<string, Set<string>> {
  return readExport(text, zone).spellings;
}

const TXT_FAMILY = new Set(["TXT", "SPF", "DKIM", "DMARC"]);

/** The type a DNS answer shows: OVH's SPF, DKIM and DMARC pseudo-types are served (and exported) as TXT. */
function servedType(fieldType: string): string {
  const type = fieldType.toUpperCase();
  return TXT_FAMILY.has(type) ? "TXT" : type;
}

/**
 * Where the zone's export holds more records than the API listed, at an owner and type that were listed
 * (`2 TXT records at _dmarc, 1 listed`), compared by DNS name without case. The listing asks for each
 * spelling the export shows; should OVH export an owner in another case than it keeps it, or its filter
 * miss a spelling some other way, a record there goes unlisted, and the apply would write a second DMARC
 * or SPF record beside it. Only a shortfall counts: the export may render a pseudo-type otherwise. `exported`
 * is the export's text, or its reading when the caller already has one.
 */
export function unlistedRecords(
  exported: string | ExportReading,
  zone: string,
  queries: readonly { subDomain: string; fieldTypes: readonly string[] }[],
  listed: readonly { subdomain: string; type: string }[],
): string[] {
  const { counts } = typeof exported === "string" ? readExport(exported, zone) : exported;
  const found = new Map<string, number>();
  for (const record of listed) {
    const k = countKey(record.subdomain, servedType(record.type));
    found.set(k, (found.get(k) ?? 0) + 1);
  }
  const short: string[] = [];
  for (const query of queries) {
    for (const type of new Set(query.fieldTypes.map(servedType))) {
      const k = countKey(query.subDomain, type);
      const inExport = counts.get(k) ?? 0;
      const inList = found.get(k) ?? 0;
      if (inExport > inList) short.push(`${inExport} ${type} record${inExport === 1 ? "" : "s"} at ${query.subDomain === "" ? "@" : query.subDomain}, ${inList} listed`);
    }
  }
  return short;
}
