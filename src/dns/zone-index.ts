// Zone data indexed by owner name, answering questions the way an authoritative server does: CNAME
// chains inside the data, wildcards, NXDOMAIN apart from NODATA (empty non-terminals exist, RFC 8020).
// Used by the zone-file source and by the loopback test server.
import { canonicalName, isAtOrBelow, parentName } from "./names.js";
import { MAX_CNAME_HOPS } from "./wire.js";
import type { ZoneRecord } from "./types.js";

export interface ZoneAnswer {
  rcode: "NOERROR" | "NXDOMAIN" | "REFUSED" | "SERVFAIL";
  /** The CNAMEs followed, then the records of the asked type; owners are the names asked (wildcards expanded). */
  answers: ZoneRecord[];
  /** The zone's SOA, for negative answers (RFC 2308 §3). */
  soa: ZoneRecord | null;
  /** The CNAME chain left every zone held here; `finalName` is the name still to look up. */
  leftZones: boolean;
  finalName: string;
}

/** Stand-in SOA for zones given without one (programmatic test zones). */
function syntheticSoa(zone: string): ZoneRecord {
  return { name: zone, type: "SOA", ttl: 3600, value: "ns.invalid. hostmaster.invalid. 1 3600 600 86400 300" };
}

export class ZoneIndex {
  private readonly byName = new Map<string, Map<string, ZoneRecord[]>>();
  /** Every owner name and all its ancestors: names that exist even without data of their own. */
  private readonly existing = new Set<string>();
  private readonly apexes = new Set<string>();
  /** Values of the RRsets too large to scan, by "TYPE name". */
  private readonly largeSets = new Map<string, Set<string>>();

  constructor(records: Iterable<ZoneRecord> = [], origins: Iterable<string> = []) {
    for (const origin of origins) this.addZone(origin);
    this.add(records);
  }

  /** Declare a zone apex; names at or below it are answered authoritatively. */
  addZone(origin: string): void {
    this.apexes.add(canonicalName(origin));
  }

  add(records: Iterable<ZoneRecord>): void {
    for (const record of records) {
      const name = canonicalName(record.name);
      const stored = name === record.name ? record : { ...record, name };
      let types = this.byName.get(name);
      if (!types) {
        types = new Map();
        this.byName.set(name, types);
        for (let n: string | null = name; n !== null && !this.existing.has(n); n = parentName(n)) this.existing.add(n);
      }
      const list = types.get(stored.type);
      if (list) {
        if (!this.holds(name, list, stored)) list.push(stored);
      } else {
        types.set(stored.type, [stored]);
      }
      if (stored.type === "SOA") this.apexes.add(name);
    }
  }

  /**
   * Whether an RRset already holds this value (a zone repeats a record: it is one record, RFC 2181 §5).
   * A scan while the RRset is small; a set of values once it grows, so a hostile RRset of 100,000 records
   * is read in linear time.
   */
  private holds(name: string, list: ZoneRecord[], record: ZoneRecord): boolean {
    if (list.length < 32) return list.some((r) => r.value === record.value);
    const key = `${record.type} ${name}`;
    let values = this.largeSets.get(key);
    if (!values) this.largeSets.set(key, (values = new Set(list.map((r) => r.value))));
    if (values.has(record.value)) return true;
    values.add(record.value);
    return false;
  }

  /** The records at a name, by type (none: undefined). */
  at(name: string): ReadonlyMap<string, readonly ZoneRecord[]> | undefined {
    return this.byName.get(canonicalName(name));
  }

  /** Remove every record of a name (and type, when given). */
  remove(name: string, type?: string): void {
    const owner = canonicalName(name);
    const types = this.byName.get(owner);
    if (!types) return;
    const removed = type === undefined ? [...types.keys()] : [type.toUpperCase()];
    for (const t of removed) {
      types.delete(t);
      this.largeSets.delete(`${t} ${owner}`);
    }
  }

  get zones(): string[] {
    return [...this.apexes].sort();
  }

  *records(): Iterable<ZoneRecord> {
    for (const types of this.byName.values()) for (const list of types.values()) yield* list;
  }

  /** The closest zone apex holding `name`; the root when no apex was declared at all; null when outside. */
  zoneOf(name: string): string | null {
    if (this.apexes.size === 0) return "";
    for (let n: string | null = name; n !== null; n = parentName(n)) if (this.apexes.has(n)) return n;
    return null;
  }

  private soaOf(zone: string): ZoneRecord {
    return this.byName.get(zone)?.get("SOA")?.[0] ?? syntheticSoa(zone);
  }

  /** The data at a name, or at the wildcard that covers it when the name does not exist (RFC 4592 §3.3.1). */
  private dataAt(name: string, zone: string): Map<string, ZoneRecord[]> | null {
    const own = this.byName.get(name);
    if (own && own.size > 0) return own;
    if (this.existing.has(name)) return null;
    let encloser = parentName(name);
    while (encloser !== null && !this.existing.has(encloser) && isAtOrBelow(encloser, zone)) encloser = parentName(encloser);
    if (encloser === null || !isAtOrBelow(encloser, zone)) return null;
    const wildcard = this.byName.get(encloser === "" ? "*" : `*.${encloser}`);
    return wildcard && wildcard.size > 0 ? wildcard : null;
  }

  /**
   * Answer a question. `followOutOfZone: false` stops at an alias into another zone, as authoritative
   * servers do (the client then asks for the target itself); the zone-file source follows across zones.
   */
  query(rawName: string, type: string, options: { followOutOfZone?: boolean } = {}): ZoneAnswer {
    const followOutOfZone = options.followOutOfZone ?? true;
    const name = canonicalName(rawName);
    const zone = this.zoneOf(name);
    if (zone === null) return { rcode: "REFUSED", answers: [], soa: null, leftZones: true, finalName: name };
    const answers: ZoneRecord[] = [];
    const seen = new Set<string>();
    let current = name;
    let currentZone = zone;
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      seen.add(current);
      const data = this.dataAt(current, currentZone);
      const soa = this.soaOf(currentZone);
      if (!data) {
        return { rcode: this.existing.has(current) ? "NOERROR" : "NXDOMAIN", answers, soa, leftZones: false, finalName: current };
      }
      const owned = (r: ZoneRecord) => (r.name === current ? r : { ...r, name: current });
      const alias = type === "CNAME" ? undefined : data.get("CNAME")?.[0];
      if (!alias) {
        const records = data.get(type) ?? [];
        for (const r of records) answers.push(owned(r));
        return { rcode: "NOERROR", answers, soa: records.length > 0 ? null : soa, leftZones: false, finalName: current };
      }
      answers.push(owned(alias));
      const target = canonicalName(alias.value);
      if (seen.has(target)) break;
      const targetZone = this.zoneOf(target);
      if (targetZone === null || (!followOutOfZone && targetZone !== currentZone)) {
        return { rcode: "NOERROR", answers, soa: null, leftZones: true, finalName: target };
      }
      current = target;
      currentZone = targetZone;
    }
    return { rcode: "SERVFAIL", answers, soa: null, leftZones: false, finalName: current };
  }
}
