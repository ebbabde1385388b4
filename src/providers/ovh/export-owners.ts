// The owners of a zone as OVH spells them, read from its export (`GET /domain/zone/{zone}/export`, a BIND
// master file). DNS names compare without case (RFC 1035 §2.3.3, RFC 4343), but OVH's API keeps a record's
// `subDomain` as it was given (`_DMARC`, `Mail._domainkey`: typed in the Control Panel, or imported with a
// zone in text mode), and its `GET /domain/zone/{zone}/record?subDomain=` filter is not documented to ignore
// case. Asked for `_dmarc` only, a record at `_DMARC` went unseen and the apply created a second DMARC record
// at the same DNS name. The parser (dns/zone-file.ts) lower-cases names, so the spellings are read here from
// the tokens as written. Pure.
import { parseZoneFile } from "../../dns/zone-file.js";
import { tokenize } from "../../dns/zone-lexer.js";

/** Letters, digits, "-", "_" and "*": the owners OVH's API takes; anything escaped is left out. */
const PLAIN = /^[A-Za-z0-9_*-]+(?:\.[A-Za-z0-9_*-]+)*$/;

/**
 * Every spelling of every owner in the export, relative to the zone (`""` for the apex), keyed by its
 * lower-case form: `_dmarc` → {`_DMARC`, `_dmarc`}. Owners outside the zone, and names with escapes, are
 * left out.
 */
export function exportOwnerSpellings(text: string, zone: string): Map<string, Set<string>> {
  const apex = zone.toLowerCase().replace(/\.$/, "");
  const spellings = new Map<string, Set<string>>();
  let origin = apex;
  let owner: string | null = null;
  // A name as written: absolute with its final dot, "@" for the origin, relative to it otherwise.
  const absolute = (raw: string) => (raw === "@" ? origin : raw.endsWith(".") ? raw.slice(0, -1) : origin === "" ? raw : `${raw}.${origin}`);
  for (const entry of tokenize(text, [])) {
    const first = entry.tokens[0]!;
    if (!entry.blankOwner && !first.quoted && first.text.startsWith("$")) {
      const argument = entry.tokens[1];
      if (first.text.toUpperCase() === "$ORIGIN" && argument) origin = absolute(argument.raw);
      continue;
    }
    if (!entry.blankOwner) owner = absolute(first.raw);
    if (owner === null) continue;
    const lower = owner.toLowerCase();
    let relative: string;
    if (lower === apex) relative = "";
    else if (lower.endsWith(`.${apex}`)) relative = owner.slice(0, owner.length - apex.length - 1);
    else continue;
    if (relative !== "" && !PLAIN.test(relative)) continue;
    const key = relative.toLowerCase();
    const set = spellings.get(key) ?? new Set<string>();
    set.add(relative);
    spellings.set(key, set);
  }
  return spellings;
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
 * or SPF record beside it. Only a shortfall counts: the export may render a pseudo-type otherwise.
 */
export function unlistedRecords(
  exportText: string,
  zone: string,
  queries: readonly { subDomain: string; fieldTypes: readonly string[] }[],
  listed: readonly { subdomain: string; type: string }[],
): string[] {
  const apex = zone.toLowerCase().replace(/\.$/, "");
  const key = (owner: string, type: string) => `${owner.toLowerCase()}\u0000${type}`;
  const exported = new Map<string, number>();
  for (const record of parseZoneFile(exportText, { origin: apex }).records) {
    const owner = record.name === apex ? "" : record.name.endsWith(`.${apex}`) ? record.name.slice(0, -apex.length - 1) : null;
    if (owner === null) continue;
    const k = key(owner, servedType(record.type));
    exported.set(k, (exported.get(k) ?? 0) + 1);
  }
  const found = new Map<string, number>();
  for (const record of listed) {
    const k = key(record.subdomain, servedType(record.type));
    found.set(k, (found.get(k) ?? 0) + 1);
  }
  const short: string[] = [];
  for (const query of queries) {
    for (const type of new Set(query.fieldTypes.map(servedType))) {
      const k = key(query.subDomain, type);
      const inExport = exported.get(k) ?? 0;
      const inList = found.get(k) ?? 0;
      if (inExport > inList) short.push(`${inExport} ${type} record${inExport === 1 ? "" : "s"} at ${query.subDomain === "" ? "@" : query.subDomain}, ${inList} listed`);
    }
  }
  return short;
}
