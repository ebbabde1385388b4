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

/** Where the RRset of one type is among a name's, or -1. */
function setIndex(sets: readonly ZoneRecord[][], type: string): number {
  for (let i = 0; i < sets.length; i++) if (sets[i]![0]!.type === type) return i;
  return -1;
}

/** The RRset of one type among a name's, or undefined. */
function setOf(sets: readonly ZoneRecord[][], type: string): ZoneRecord[] | undefined {
  const at = setIndex(sets, type);
  return at < 0 ? undefined : sets[at];
}

/** RRsets up to this size are scanned for a repeated record and grown by exact copies. */
const SMALL_SET = 32;

/** Stand-in SOA for zones given without one (programmatic test zones). */
function syntheticSoa(zone: string): ZoneRecord {
  return { name: zone, type: "SOA", ttl: 3600, value: "ns.invalid. hostmaster.invalid. 1 3600 600 86400 300" };
}

/**
 * One owner name: its records, whether it exists, whether it is a zone apex. Questions are answered from
 * these nodes, one map lookup per name tried: an audit of 10,000 zones asks hundreds of thousands of them.
 */
interface OwnerNode {
  /**
   * The name's RRsets, each a non-empty list of records of one type; undefined for a name given no records
   * (an empty non-terminal, a bare apex). A short list rather than a Map per name: a name holds a handful
   * of types, and 10,000 zones have some 90,000 names, each Map several times the size of its records.
   */
  sets: ZoneRecord[][] | undefined;
  /** The name exists: it holds records, or a name below it does (RFC 8020). */
  exists: boolean;
  apex: boolean;
  /** The node of `*.<name>`, the wildcard that may answer for names below this one that do not exist. */
  wildcard: OwnerNode | undefined;
  /** The zone holding the name (the closest apex at or above it), as of `zoneVersion`. */
  zone: string | null;
  zoneVersion: number;
}

export class ZoneIndex {
  private readonly nodes = new Map<string, OwnerNode>();
  private readonly apexes = new Set<string>();
  /** Values of the RRsets too large to scan, by "TYPE name". */
  private readonly largeSets = new Map<string, Set<string>>();
  private apexVersion = 0;

  constructor(records: Iterable<ZoneRecord> = [], origins: Iterable<string> = []) {
    for (const origin of origins) this.addZone(origin);
    this.add(records);
  }

  private node(name: string): OwnerNode {
    let node = this.nodes.get(name);
    if (!node) {
      node = { sets: undefined, exists: false, apex: false, wildcard: undefined, zone: null, zoneVersion: -1 };
      this.nodes.set(name, node);
      if (name === "*" || name.startsWith("*.")) this.node(name === "*" ? "" : name.slice(2)).wildcard = node;
    }
    return node;
  }

  /** Declare a zone apex; names at or below it are answered authoritatively. */
  addZone(origin: string): void {
    const name = canonicalName(origin);
    if (this.apexes.has(name)) return;
    this.apexes.add(name);
    this.node(name).apex = true;
    this.apexVersion++;
  }

  add(records: Iterable<ZoneRecord>): void {
    // A zone file writes a name's records one after another: the name is canonicalised and looked up
    // once for the run of records that repeat it.
    let lastOwner: string | null = null;
    let name = "";
    let node: OwnerNode | undefined;
    for (const record of records) {
      if (record.name !== lastOwner || node === undefined) {
        lastOwner = record.name;
        name = canonicalName(record.name);
        node = this.node(name);
      }
      const stored = name === record.name ? record : { ...record, name };
      const sets = node.sets;
      if (!sets) {
        node.sets = [[stored]];
        for (let n: string | null = name; n !== null; n = parentName(n)) {
          const at = n === name ? node : this.node(n);
          if (at.exists) break;
          at.exists = true;
        }
      } else {
        // Small lists grow by a copy of their exact size: push would give each one room for 17 entries,
        // and a loaded zone keeps some 200,000 of them.
        const at = setIndex(sets, stored.type);
        if (at < 0) node.sets = [...sets, [stored]];
        else {
          const list = sets[at]!;
          if (!this.holds(name, list, stored)) {
            if (list.length < SMALL_SET) sets[at] = [...list, stored];
            else list.push(stored);
          }
        }
      }
      if (stored.type === "SOA") this.addZone(name);
    }
  }

  /**
   * Whether an RRset already holds this value (a zone repeats a record: it is one record, RFC 2181 §5).
   * A scan while the RRset is small; a set of values once it grows, so a hostile RRset of 100,000 records
   * is read in linear time.
   */
  private holds(name: string, list: ZoneRecord[], record: ZoneRecord): boolean {
    if (list.length < SMALL_SET) return list.some((r) => r.value === record.value);
    const key = `${record.type} ${name}`;
    let values = this.largeSets.get(key);
    if (!values) this.largeSets.set(key, (values = new Set(list.map((r) => r.value))));
    if (values.has(record.value)) return true;
    values.add(record.value);
    return false;
  }

  /** The records at a name, by type (none: undefined). Made on each call: few callers, none in a question's path. */
  at(name: string): ReadonlyMap<string, readonly ZoneRecord[]> | undefined {
    const sets = this.nodes.get(canonicalName(name))?.sets;
    return sets && new Map(sets.map((set) => [set[0]!.type, set]));
  }

  /** The records of one type at a name (none: undefined), without making the map `at` makes. */
  rrset(name: string, type: string): readonly ZoneRecord[] | undefined {
    const sets = this.nodes.get(canonicalName(name))?.sets;
    return sets && setOf(sets, type);
  }

  /** Remove every record of a name (and type, when given). */
  remove(name: string, type?: string): void {
    const owner = canonicalName(name);
    const node = this.nodes.get(owner);
    if (!node?.sets) return;
    const wanted = type?.toUpperCase();
    const kept: ZoneRecord[][] = [];
    for (const set of node.sets) {
      if (wanted === undefined || set[0]!.type === wanted) this.largeSets.delete(`${set[0]!.type} ${owner}`);
      else kept.push(set);
    }
    node.sets = kept;
  }

  get zones(): string[] {
    return [...this.apexes].sort();
  }

  *records(): Iterable<ZoneRecord> {
    for (const node of this.nodes.values()) if (node.sets) for (const list of node.sets) yield* list;
  }

  /** The closest zone apex holding `name`; the root when no apex was declared at all; null when outside. */
  zoneOf(name: string): string | null {
    if (this.apexes.size === 0) return "";
    for (let n: string | null = name; n !== null; n = parentName(n)) {
      const node = this.nodes.get(n);
      if (node) return this.zoneOfNode(n, node);
    }
    return null;
  }

  /** The nearest name strictly above `name` that has a node, or null. */
  private nearestAbove(name: string): string | null {
    for (let n = parentName(name); n !== null; n = parentName(n)) if (this.nodes.has(n)) return n;
    return null;
  }

  /** The zone of a name that has a node: itself when an apex, else its parent's, kept until the apexes change. */
  private zoneOfNode(name: string, node: OwnerNode): string | null {
    if (node.apex) return name;
    if (node.zoneVersion !== this.apexVersion) {
      const parent = parentName(name);
      node.zone = parent === null ? null : this.zoneOf(parent);
      node.zoneVersion = this.apexVersion;
    }
    return node.zone;
  }

  private soaOf(zone: string): ZoneRecord {
    const sets = this.nodes.get(zone)?.sets;
    return (sets && setOf(sets, "SOA")?.[0]) ?? syntheticSoa(zone);
  }

  /**
   * The data at a name, or at the wildcard that covers it when the name does not exist (RFC 4592 §3.3.1);
   * `wildcard` says which. `node` is the name's own node, when it has one.
   */
  private dataAt(name: string, node: OwnerNode | undefined, zone: string, above: string | null): { data: ZoneRecord[][]; wildcard: boolean } | null {
    if (node?.sets && node.sets.length > 0) return { data: node.sets, wildcard: false };
    if (node?.exists) return null;
    // The closest encloser: the nearest ancestor that exists, inside the zone (from the nearest one with a
    // node, when the caller found it).
    let encloser = above ?? parentName(name);
    let at: OwnerNode | undefined;
    while (encloser !== null && isAtOrBelow(encloser, zone)) {
      at = this.nodes.get(encloser);
      if (at?.exists) break;
      encloser = parentName(encloser);
    }
    if (encloser === null || !isAtOrBelow(encloser, zone)) return null;
    const wildcard = at?.wildcard?.sets;
    return wildcard && wildcard.length > 0 ? { data: wildcard, wildcard: true } : null;
  }

  /**
   * Answer a question. `followOutOfZone: false` stops at an alias into another zone, as authoritative
   * servers do (the client then asks for the target itself); the zone-file source follows across zones.
   */
  query(rawName: string, type: string, options: { followOutOfZone?: boolean } = {}): ZoneAnswer {
    return this.queryCanonical(canonicalName(rawName), type, options.followOutOfZone ?? true);
  }

  /** `query` for a name already canonical (lower case, no final dot), as the zone-file source has it. */
  queryCanonical(name: string, type: string, followOutOfZone = true): ZoneAnswer {
    let node = this.nodes.get(name);
    let above: string | null = null;
    let zone: string | null;
    if (this.apexes.size === 0) zone = "";
    else if (node) zone = this.zoneOfNode(name, node);
    else {
      // A name with no node does not exist: the nearest name above it with one gives its zone and is where
      // the search for its closest encloser starts (the names between have no node, so none exists).
      above = this.nearestAbove(name);
      zone = above === null ? null : this.zoneOfNode(above, this.nodes.get(above)!);
    }
    if (zone === null) return { rcode: "REFUSED", answers: [], soa: null, leftZones: true, finalName: name };
    const answers: ZoneRecord[] = [];
    let seen: Set<string> | null = null;
    let current = name;
    let currentZone = zone;
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const found = this.dataAt(current, node, currentZone, above);
      if (!found) {
        return { rcode: node?.exists ? "NOERROR" : "NXDOMAIN", answers, soa: this.soaOf(currentZone), leftZones: false, finalName: current };
      }
      const { data, wildcard } = found;
      const alias = type === "CNAME" ? undefined : setOf(data, "CNAME")?.[0];
      if (!alias) {
        const records = setOf(data, type);
        if (!records || records.length === 0) return { rcode: "NOERROR", answers, soa: this.soaOf(currentZone), leftZones: false, finalName: current };
        for (const r of records) answers.push(r.name === current ? r : { ...r, name: current });
        return { rcode: "NOERROR", answers, soa: null, leftZones: false, finalName: current };
      }
      answers.push(alias.name === current ? alias : { ...alias, name: current });
      const target = canonicalName(alias.value);
      seen ??= new Set();
      seen.add(current);
      if (seen.has(target)) break;
      const targetNode = this.nodes.get(target);
      const targetAbove = targetNode || this.apexes.size === 0 ? null : this.nearestAbove(target);
      let targetZone: string | null;
      if (this.apexes.size === 0) targetZone = "";
      else if (targetNode) targetZone = this.zoneOfNode(target, targetNode);
      else targetZone = targetAbove === null ? null : this.zoneOfNode(targetAbove, this.nodes.get(targetAbove)!);
      if (targetZone === null || (!followOutOfZone && targetZone !== currentZone)) {
        return { rcode: "NOERROR", answers, soa: null, leftZones: true, finalName: target };
      }
      current = target;
      currentZone = targetZone;
      node = targetNode;
      above = targetAbove;
    }
    return { rcode: "SERVFAIL", answers, soa: null, leftZones: false, finalName: current };
  }
}
