// Observing a domain's managed RRsets: apex MX, the apex SPF TXT (only v=spf1 strings: other
// apex TXT such as verification tokens are never managed), each DKIM selector (CNAME or TXT), `_dmarc`
// TXT, managed SRV and CNAME, `_mta-sts` and `_smtp._tls` TXT. Faults are kept as data: a failed lookup
// makes its RRset "failed", never "absent".
import { canonicalName } from "../dns/names.js";
import { failureOf, type FailureReason, type ObservedRRset, type RecordSource, type RRType } from "../dns/types.js";
import { ownerOf, type DesiredRRset, type ManagedType } from "../model/records.js";
import type { DomainModel } from "../model/types.js";
import { looksLikeSpf } from "../mail/txt-version.js";
import { buildObservedModel, type ObservedModelOptions } from "./observed-model.js";

export type ManagedRole = DesiredRRset["role"] | "conflict";

export interface ObservedManaged {
  /** FQDN, lower case, no trailing dot. */
  name: string;
  /** Owner relative to the domain ("" for the apex). */
  subdomain: string;
  type: ManagedType;
  role: ManagedRole;
  state: "present" | "absent" | "failed";
  ttl: number | null;
  /** Presentation values, sorted (TXT: character-strings joined). */
  values: string[];
  /** TXT: the character-strings of each value, as published. */
  strings?: string[][];
  failure?: { reason: FailureReason; detail: string; server?: string };
  /**
   * Set on an absent RRset whose name does not exist (NXDOMAIN, RFC 8020 §2), not merely without this type
   * (NODATA): `audit` tells a domain that does not exist from one without records.
   */
  nxdomain?: true;
}

/**
 * True when the domain does not exist: its apex answered NXDOMAIN to both questions always asked (MX and
 * TXT), not through an alias (RFC 8020 §2). NODATA (the name exists, without that type) and a failed
 * lookup are not that: a failure stays a failure (`audit` does not audit
 * the domain, `plan` reports the lookup) and NODATA is a missing record.
 */
export function domainDoesNotExist(observation: DomainObservation): boolean {
  const apex = (type: string) => observation.rrsets.find((r) => r.subdomain === "" && r.type === type && r.role !== "conflict");
  return apex("MX")?.nxdomain === true && apex("TXT")?.nxdomain === true;
}

/** What to look at besides the apex MX, apex SPF and `_dmarc`, which are always observed. */
export interface ObservationTargets {
  domain: string;
  /** DKIM selector labels (the record lives at `<selector>._domainkey.<domain>`). */
  selectors?: readonly string[];
  /** SRV owners relative to the domain, e.g. "_imaps._tcp". */
  srvServices?: readonly string[];
  /** CNAME owners relative to the domain, e.g. "autodiscover". */
  cnames?: readonly string[];
  mtaSts?: boolean;
  tlsRpt?: boolean;
  /**
   * How the selectors above were chosen, for `audit`: those the user named, those guessed, and a label
   * that cannot be a selector, asked to tell a wildcard `*._domainkey` record from real selectors.
   */
  dkimProbe?: { named: readonly string[]; probed: readonly string[]; wildcardLabel: string | null; complete: boolean };
  /**
   * `audit`: when the domain itself is an alias, its apex MX and SPF are read through it, as senders and
   * receivers read them (RFC 5321 §5.1: the alias's target "is processed as if it were the initial domain
   * name"; an SPF TXT lookup follows it like any DNS query, RFC 7208 §4.4). The CNAME is kept beside them
   * (role "conflict"). Without it (plan, import), the alias blocks any record at the name (RFC 1034 §3.6.2):
   * the apex MX and SPF are absent, and the alias is what a file would have to say.
   */
  followApexAlias?: boolean;
}

export interface LookupFailure {
  domain: string;
  name: string;
  type: RRType;
  reason: FailureReason;
  detail: string;
  server?: string;
}

export interface DomainObservation {
  domain: string;
  /** Every observed managed RRset, sorted by name then type. */
  rrsets: ObservedManaged[];
  failures: LookupFailure[];
  /** The targets' `dkimProbe`, when the selectors were looked for rather than declared. */
  dkimProbe?: ObservationTargets["dkimProbe"];
}

/** The observation targets a desired domain asks for. */
export function targetsOf(model: DomainModel): ObservationTargets {
  return {
    domain: model.domain,
    selectors: (model.dkim?.selectors ?? []).map((s) => s.name),
    // Looked up at the owners the plan compares (model/records.ts ownerOf), not the text as written.
    srvServices: [...new Set(model.srv.map((s) => ownerOf(s.service, model.domain)))],
    cnames: model.cname.map((c) => ownerOf(c.name, model.domain)),
    mtaSts: Boolean(model.mtaSts?.text),
    tlsRpt: Boolean(model.tlsRpt),
  };
}

function fqdn(subdomain: string, domain: string): string {
  return subdomain === "" ? domain : `${subdomain}.${domain}`;
}

function fromRRset(rrset: ObservedRRset, subdomain: string, type: ManagedType, role: ManagedRole, keep?: (value: string) => boolean): ObservedManaged {
  const name = rrset.name;
  if (rrset.status === "failed") {
    return { name, subdomain, type, role, state: "failed", ttl: null, values: [], failure: failureOf(rrset) };
  }
  if (rrset.status === "nxdomain" && rrset.cname === undefined) return { name, subdomain, type, role, state: "absent", ttl: null, values: [], nxdomain: true };
  if (rrset.status !== "ok") return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
  // Plain loops: this runs for every lookup of a large audit.
  let values = rrset.values;
  let strings = rrset.strings;
  if (keep) {
    values = [];
    strings = rrset.strings ? [] : undefined;
    for (let i = 0; i < rrset.values.length; i++) {
      if (!keep(rrset.values[i]!)) continue;
      values.push(rrset.values[i]!);
      strings?.push(rrset.strings![i]!);
    }
  }
  if (values.length === 0) return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
  const observed: ObservedManaged = { name, subdomain, type, role, state: "present", ttl: rrset.ttl, values: keep ? values : [...values] };
  if (strings) observed.strings = keep ? strings : [...strings];
  return observed;
}

function absent(name: string, subdomain: string, type: ManagedType, role: ManagedRole): ObservedManaged {
  return { name, subdomain, type, role, state: "absent", ttl: null, values: [] };
}

/** The alias an answer went through when the answer says it in full (null: none); undefined when its TTL must be asked. */
function aliasInAnswer(rrset: ObservedRRset, subdomain: string, role: ManagedRole): ObservedManaged | null | undefined {
  if (rrset.cname === undefined) return null;
  if (rrset.cnameTtl !== undefined) return { name: rrset.name, subdomain, type: "CNAME", role, state: "present", ttl: rrset.cnameTtl, values: [rrset.cname] };
  return undefined;
}

/**
 * A non-CNAME lookup at `name` that went through an alias: the name holds a CNAME, which the plan must
 * see (it blocks any other record there, RFC 1034 §3.6.2). Returns the CNAME RRset as a "conflict" (or
 * with `role`). The answer's chain names the alias and, from our resolver and zone files, its TTL: only a
 * source that does not say asks the CNAME again.
 */
async function aliasAt(source: RecordSource, rrset: ObservedRRset, subdomain: string, role: ManagedRole = "conflict"): Promise<ObservedManaged | null> {
  const said = aliasInAnswer(rrset, subdomain, role);
  if (said !== undefined) return said;
  const alias = await source.lookup(rrset.name, "CNAME");
  if (alias.status === "ok" || alias.status === "failed") return fromRRset(alias, subdomain, "CNAME", role);
  return { name: rrset.name, subdomain, type: "CNAME", role, state: "present", ttl: null, values: [rrset.cname!] };
}

/** A lookup as a promise, also when the source throws instead of rejecting (as an async function would turn it). */
function ask(source: RecordSource, name: string, type: RRType): Promise<ObservedRRset> {
  try {
    return source.lookup(name, type);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Observes one name/type; the observed RRset is "absent" (and a CNAME conflict added) when an alias sits there.
 * A plain `then`, not an async function: this runs for every lookup of a large audit or import, and most
 * answers have no alias.
 */
function observeTyped(source: RecordSource, domain: string, subdomain: string, type: ManagedType, role: ManagedRole, keep?: (value: string) => boolean, throughAlias = false): Promise<ObservedManaged[]> {
  return ask(source, fqdn(subdomain, domain), type).then((rrset) => {
    if (rrset.cname === undefined) return [fromRRset(rrset, subdomain, type, role, keep)];
    return throughAlias ? typedThroughAlias(source, rrset, subdomain, type, role, keep) : typedBehindAlias(source, rrset, subdomain, type, role, keep);
  });
}

/** The answer behind the alias as the name's own (present, absent or failed), and the alias beside it. */
async function typedThroughAlias(source: RecordSource, rrset: ObservedRRset, subdomain: string, type: ManagedType, role: ManagedRole, keep?: (value: string) => boolean): Promise<ObservedManaged[]> {
  const conflict = await aliasAt(source, rrset, subdomain);
  const own = fromRRset(rrset, subdomain, type, role, keep);
  return conflict ? [own, conflict] : [own];
}

async function typedBehindAlias(source: RecordSource, rrset: ObservedRRset, subdomain: string, type: ManagedType, role: ManagedRole, keep?: (value: string) => boolean): Promise<ObservedManaged[]> {
  const conflict = await aliasAt(source, rrset, subdomain);
  // A lookup that failed behind the alias (a CNAME loop, a target that timed out) stays a failure, never
  // "absent": read as absent, plan would propose a create and audit would report a missing record.
  if (conflict && rrset.status === "failed") return [fromRRset(rrset, subdomain, type, role, keep), conflict];
  if (conflict) return [absent(rrset.name, subdomain, type, role), conflict];
  return [fromRRset(rrset, subdomain, type, role, keep)];
}

/**
 * A name that may hold a CNAME or a TXT (a DKIM selector): one TXT question. A resolver answers it with the
 * CNAME chain when an alias sits there (OVH's selectors), so the answer says both what the name holds and,
 * for live rules, what the alias leads to.
 */
function observeCnameOrTxt(source: RecordSource, domain: string, subdomain: string, role: ManagedRole): Promise<ObservedManaged[]> {
  return ask(source, fqdn(subdomain, domain), "TXT").then((txt) => {
    // Whatever the target answers (even a failure there), the name itself holds that CNAME and nothing else.
    const said = aliasInAnswer(txt, subdomain, role);
    if (said === undefined) return aliasAt(source, txt, subdomain, role).then((alias) => selectorObserved(txt, alias, subdomain, role));
    return selectorObserved(txt, said, subdomain, role);
  });
}

function selectorObserved(txt: ObservedRRset, alias: ObservedManaged | null, subdomain: string, role: ManagedRole): ObservedManaged[] {
  if (alias) return [alias, absent(txt.name, subdomain, "TXT", role)];
  if (txt.status === "failed") {
    const failed = fromRRset(txt, subdomain, "TXT", role);
    return [{ ...failed, type: "CNAME" }, failed];
  }
  // NXDOMAIN or a TXT answer with no alias: no CNAME there either.
  return [absent(txt.name, subdomain, "CNAME", role), fromRRset(txt, subdomain, "TXT", role)];
}

export function compareObserved(a: { name: string; type: string }, b: { name: string; type: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/**
 * Observes a domain's managed RRsets. All lookups of one domain are started together; the source bounds
 * how many are in flight and shares answers between domains.
 */
export async function observeDomain(source: RecordSource, targets: ObservationTargets | DomainModel): Promise<DomainObservation> {
  const t: ObservationTargets = "mail" in targets ? targetsOf(targets) : targets;
  const domain = canonicalName(t.domain);
  const follow = t.followApexAlias === true;
  const jobs: Promise<ObservedManaged[]>[] = [
    observeTyped(source, domain, "", "MX", "mx", undefined, follow),
    // The apex TXT the apply's SPF slot holds (model/slots.ts): the same generous reading, so a near-record
    // (`v=spf1<TAB>…`) is compared and replaced, never left beside the file's record.
    observeTyped(source, domain, "", "TXT", "spf", looksLikeSpf, follow),
    observeTyped(source, domain, "_dmarc", "TXT", "dmarc"),
  ];
  const selectors = new Set(t.selectors ?? []);
  if (t.dkimProbe?.wildcardLabel) selectors.add(t.dkimProbe.wildcardLabel);
  for (const selector of selectors) jobs.push(observeCnameOrTxt(source, domain, `${canonicalName(selector)}._domainkey`, "dkim"));
  for (const service of new Set(t.srvServices ?? [])) jobs.push(observeTyped(source, domain, canonicalName(service), "SRV", "srv"));
  for (const label of new Set(t.cnames ?? [])) {
    jobs.push(source.lookup(fqdn(canonicalName(label), domain), "CNAME").then((rrset) => [fromRRset(rrset, canonicalName(label), "CNAME", "cname")]));
  }
  if (t.mtaSts) jobs.push(observeTyped(source, domain, "_mta-sts", "TXT", "mta-sts"));
  if (t.tlsRpt) jobs.push(observeTyped(source, domain, "_smtp._tls", "TXT", "tls-rpt"));
  const all: ObservedManaged[] = [];
  for (const observed of await Promise.all(jobs)) for (const o of observed) all.push(o);
  // The sort is stable, so of two observations of one name and type the one asked first comes first
  // and is the one kept.
  all.sort(compareObserved);
  const rrsets: ObservedManaged[] = [];
  for (const o of all) {
    const last = rrsets[rrsets.length - 1];
    if (!last || last.name !== o.name || last.type !== o.type) rrsets.push(o);
  }
  const failures: LookupFailure[] = [];
  // A selector's failed TXT lookup is reported for CNAME and TXT: one lookup, one failure, named by the
  // question asked (TXT), so a CNAME comes after the other types of its name here. Only that pair: two
  // types at one name that fail alike (every reply without a question) are two lookups.
  const failed = rrsets.filter((r) => r.state === "failed" && r.failure);
  failed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.type === "CNAME") - Number(b.type === "CNAME")));
  for (const r of failed) {
    const selectorPair = (type: string) => (type === "CNAME" && r.type === "TXT") || (type === "TXT" && r.type === "CNAME");
    if (failures.some((f) => f.name === r.name && selectorPair(f.type) && f.detail === r.failure!.detail && f.reason === r.failure!.reason)) continue;
    failures.push({ domain, name: r.name, type: r.type, reason: r.failure!.reason, detail: r.failure!.detail, ...(r.failure!.server ? { server: r.failure!.server } : {}) });
  }
  failures.sort(compareObserved);
  return t.dkimProbe ? { domain, rrsets, failures, dkimProbe: t.dkimProbe } : { domain, rrsets, failures };
}

/** Observation and the DomainModel built from it (file null), for transition rules and `audit`. */
export async function observeDomainModel(source: RecordSource, targets: ObservationTargets | DomainModel, options: ObservedModelOptions = {}): Promise<{ observation: DomainObservation; model: DomainModel }> {
  const observation = await observeDomain(source, targets);
  return { observation, model: buildObservedModel(observation, options) };
}
