// SPF evaluated through live DNS the way a receiver's check_host() walks it (RFC 7208 §4.6.4, §5, §6.1):
// every include and redirect is followed, each DNS-querying term is counted, and what the walk meets on
// the way (void lookups, records missing at an include, loops, the size of MX sets, DNS faults) is kept with
// the top-level term that led there, so rules can point at the term the user wrote.
// The count is the worst case: the client matches nothing, so every reachable term is evaluated.
import { settledLookup, type AddressLookupResult, type LiveLookup, type LookupResult } from "../dns/lookup.js";
import type { DomainModel, RecordText } from "../model/types.js";
import { lookupTerms, normalizeDomainSpec, parseSpfShared, type SpfMechanism, type SpfModifier, type SpfRecord } from "./spf.js";
import { spfRecord } from "./spf-lint.js";
import { isSpfRecord } from "./txt-version.js";

export interface SpfTreeOptions {
  /** Include/redirect levels followed below the record itself (default 12). */
  maxDepth?: number;
  /** Stop querying once this many lookups are counted (default 50): the count is then a lower bound. */
  maxLookups?: number;
  /** Names the third-party sender a top-level term belongs to (the structured form's `senders`). */
  senderAt?: (start: number, end: number) => string | null;
}

/** A term of the record being linted, with its [start, end) offsets in that record's text. */
export interface SpfTopTerm {
  term: string;
  start: number;
  end: number;
}

export interface SpfTermCost extends SpfTopTerm {
  /** 1 for the term itself, plus everything its include/redirect target costs. */
  cost: number;
  sender?: string;
}

/** Where in the tree something was met. */
export interface SpfTreePlace {
  /** The top-level term whose evaluation led there. */
  top: SpfTopTerm;
  /** Domains whose records were being evaluated, from the linted domain down to the one holding `term`. */
  chain: readonly string[];
  /** The term as written in the record at the end of `chain`. */
  term: string;
}

/** "A": an `exists` term's question, which is of type A alone whatever the client (RFC 7208 §5.7). */
export type SpfQuery = "TXT" | "MX" | "A/AAAA" | "A";

export interface SpfVoidLookup extends SpfTreePlace {
  name: string;
  query: SpfQuery;
  status: "nxdomain" | "nodata";
}

export interface SpfMissingRecord extends SpfTreePlace {
  target: string;
  kind: "include" | "redirect";
  /** nxdomain/nodata: no TXT at all; no-spf: TXT records, none of them `v=spf1`. */
  status: "nxdomain" | "nodata" | "no-spf";
  /**
   * no-spf only: a TXT record there that starts with `v=spf1` but is no SPF record, since a space or the
   * end must follow the version (RFC 7208 §4.5: "v=spf1\t…", "v=spf1include:…"), and why, in the parser's
   * words ("v=spf1 must be followed by a space, not U+0009"). The record is still not one: a permerror.
   */
  notSpf?: { record: string; reason: string };
}

export interface SpfMultipleRecords extends SpfTreePlace {
  target: string;
  kind: "include" | "redirect";
  count: number;
}

/** A record reached through include/redirect with a syntax error: check_host() there is a permerror (§4.6). */
export interface SpfInvalidTarget extends SpfTreePlace {
  target: string;
  kind: "include" | "redirect";
  /** The target's record and its first syntax error. */
  record: string;
  error: string;
}

export interface SpfLoop extends SpfTreePlace {
  target: string;
  kind: "include" | "redirect";
}

/** An `mx` term resolved during the walk, with the number of exchanges it names. */
export interface SpfMxSet extends SpfTreePlace {
  name: string;
  hosts: number;
}

export interface SpfLookupFailure extends SpfTreePlace {
  name: string;
  query: SpfQuery;
  reason: string;
  detail?: string;
}

export interface SpfTree {
  /** DNS-querying terms counted through every include and redirect (RFC 7208 §4.6.4). */
  lookups: number;
  /** The linted record's own reachable lookup terms, in order, with what each costs. */
  perTerm: SpfTermCost[];
  voids: SpfVoidLookup[];
  loops: SpfLoop[];
  missingRecords: SpfMissingRecord[];
  multipleRecords: SpfMultipleRecords[];
  /** Records reached through include/redirect that do not parse (permerror, §4.6); not walked further. */
  invalidTargets: SpfInvalidTarget[];
  /** Every `mx` term whose MX lookup answered, with its host count (RFC 7208 §4.6.4 allows 10). */
  mxSets: SpfMxSet[];
  failures: SpfLookupFailure[];
  /** True when maxDepth or maxLookups stopped the walk. */
  truncated: boolean;
  /** False when a failed lookup or a limit hid part of the tree: `lookups` is then a lower bound. */
  complete: boolean;
}

const DEFAULT_MAX_DEPTH = 12;
const DEFAULT_MAX_LOOKUPS = 50;


interface Walk {
  dns: LiveLookup;
  maxDepth: number;
  maxLookups: number;
  tree: SpfTree;
}

type Query =
  | { kind: "spf"; name: string; mode: "include" | "redirect" }
  | { kind: "mx"; name: string }
  | { kind: "addresses"; name: string }
  | { kind: "a"; name: string }
  | { kind: "none" };

/** What a lookup term makes a receiver ask, or "none" when it cannot be known offline (macros, ptr). */
function queryFor(term: SpfMechanism | SpfModifier, domain: string): Query {
  // Macros expand from the message being checked (§7): the name is not known before mail arrives.
  if (term.macros.length > 0) return { kind: "none" };
  if (term.kind === "modifier") return { kind: "spf", name: normalizeDomainSpec(term.value), mode: "redirect" };
  const target = term.domainSpec === null ? domain : normalizeDomainSpec(term.domainSpec);
  switch (term.name) {
    case "include":
      return term.domainSpec === null ? { kind: "none" } : { kind: "spf", name: target, mode: "include" };
    case "mx":
      return { kind: "mx", name: target };
    case "a":
      return { kind: "addresses", name: target };
    case "exists":
      return term.domainSpec === null ? { kind: "none" } : { kind: "a", name: target };
    default:
      // ptr needs the client's address (§5.5).
      return { kind: "none" };
  }
}

type Answer = LookupResult<string[]> | LookupResult<{ priority: number; exchange: string }[]> | null;

function ask(dns: LiveLookup, query: Query): Promise<Answer> {
  switch (query.kind) {
    case "spf":
      return dns.txt(query.name);
    case "mx":
      return dns.mx(query.name);
    case "addresses":
    case "a":
      return dns.addresses(query.name);
    default:
      return Promise.resolve(null);
  }
}

function queryName(query: Query): SpfQuery {
  return query.kind === "spf" ? "TXT" : query.kind === "mx" ? "MX" : query.kind === "a" ? "A" : "A/AAAA";
}


async function walkRecord(walk: Walk, record: SpfRecord, domain: string, chain: string[], top: SpfTopTerm | null): Promise<void> {
  const { tree } = walk;
  const entries = lookupTerms(record).filter((entry) => entry.reachable);
  // Ask for every term of this record at once (the resolver shares answers), but only as many as the
  // lookup budget still allows, then read the answers in order so the result does not depend on timing.
  const room = Math.max(0, walk.maxLookups - tree.lookups);
  const queries = entries.map((entry) => queryFor(entry.term, domain));
  const answers = queries.map((query, i) => (i < room ? settledLookup(ask(walk.dns, query)) : Promise.resolve(null)));
  for (let i = 0; i < entries.length; i++) {
    const term = entries[i]!.term;
    if (tree.lookups >= walk.maxLookups) {
      tree.truncated = true;
      return;
    }
    const here: SpfTopTerm = top ?? { term: term.text, start: term.start, end: term.end };
    const before = tree.lookups;
    tree.lookups += 1;
    const query = queries[i]!;
    const place: SpfTreePlace = { top: here, chain, term: term.text };
    const answer = await (i < room ? answers[i]! : settledLookup(ask(walk.dns, query)));
    if (answer !== null) await follow(walk, query, answer, place, chain);
    if (top === null) {
      const cost: SpfTermCost = { term: here.term, start: here.start, end: here.end, cost: tree.lookups - before };
      tree.perTerm.push(cost);
    }
  }
}

async function follow(walk: Walk, query: Query, answer: NonNullable<Answer>, place: SpfTreePlace, chain: string[]): Promise<void> {
  const { tree } = walk;
  if (query.kind === "none") return;
  if (answer.status === "failed") {
    tree.failures.push({ ...place, name: query.name, query: queryName(query), reason: answer.reason, ...(answer.detail ? { detail: answer.detail } : {}) });
    tree.complete = false;
    return;
  }
  if (query.kind === "a" && answer.status === "ok" && !(answer.records as string[]).some((address) => !address.includes(":"))) {
    // §5.7: `exists` asks for A records even of an IPv6 client, so a name with only AAAA records answers
    // it with none: a void lookup (§4.6.4), or unknown when the A question is the one that failed.
    const unanswered = (answer as AddressLookupResult).unanswered;
    if (unanswered?.type === "A") {
      tree.failures.push({ ...place, name: query.name, query: "A", reason: unanswered.reason, ...(unanswered.detail ? { detail: unanswered.detail } : {}) });
      tree.complete = false;
    } else {
      tree.voids.push({ ...place, name: query.name, query: "A", status: "nodata" });
    }
    return;
  }
  if (answer.status !== "ok") {
    // §4.6.4: a query answered with NXDOMAIN or with no records is a void lookup.
    tree.voids.push({ ...place, name: query.name, query: queryName(query), status: answer.status });
    if (query.kind === "spf") tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: answer.status });
    return;
  }
  if (query.kind === "mx") {
    const exchanges = (answer.records as { exchange: string }[]).map((r) => r.exchange.replace(/\.$/, "")).filter((exchange) => exchange !== "");
    tree.mxSets.push({ ...place, name: query.name, hosts: exchanges.length });
    // The mx term then looks up each exchange's addresses (§5.4), at most 10 (§4.6.4); an exchange with
    // none is a void lookup like any other (§4.6.4). A and AAAA are read together: a name is void when
    // neither has addresses, and one whose A answered while its AAAA failed (or the reverse) is no failure,
    // since the counts of a client of the family that answered are exact. Per family (§5.3 and §5.4 ask
    // only the client's type), a name with addresses of one family alone is a void for clients of the
    // other: that count is not made here. Whether a client's address matches depends on its family:
    // src/reports/resolve.ts reads `unanswered` for that.
    const addresses = exchanges.slice(0, 10).map((exchange) => settledLookup(walk.dns.addresses(exchange)));
    for (let i = 0; i < addresses.length; i++) {
      const result = await addresses[i]!;
      const name = exchanges[i]!;
      if (result.status === "failed") {
        tree.failures.push({ ...place, name, query: "A/AAAA", reason: result.reason, ...(result.detail ? { detail: result.detail } : {}) });
        tree.complete = false;
      } else if (result.status !== "ok") {
        tree.voids.push({ ...place, name, query: "A/AAAA", status: result.status });
      }
    }
    return;
  }
  if (query.kind !== "spf") return;
  const spfTexts = (answer.records as string[]).filter(isSpfRecord);
  if (spfTexts.length === 0) {
    // §5.2 (include) and §6.1 (redirect): a target without an SPF record is a permerror. One that starts with
    // v=spf1 but goes on with no space (a tab, a glued term) is no SPF record either (§4.5): say why.
    const nearMiss = (answer.records as string[]).find((text) => text.slice(0, 6).toLowerCase() === "v=spf1");
    const reason = nearMiss === undefined ? undefined : parseSpfShared(nearMiss).errors.find((e) => e.code === "version")?.message;
    const notSpf = nearMiss !== undefined && reason !== undefined ? { notSpf: { record: nearMiss, reason } } : {};
    tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: "no-spf", ...notSpf });
    return;
  }
  if (spfTexts.length > 1) {
    // §4.5: more than one record is a permerror; there is no single record to follow.
    tree.multipleRecords.push({ ...place, target: query.name, kind: query.mode, count: spfTexts.length });
    return;
  }
  if (chain.includes(query.name)) {
    tree.loops.push({ ...place, target: query.name, kind: query.mode });
    return;
  }
  const target = parseSpfShared(spfTexts[0]!);
  const error = target.errors[0];
  if (error) {
    // §4.6: a syntax error anywhere makes check_host() there a permerror, which the include (§5.2) or
    // redirect (§6.1) passes on: the whole evaluation of the linted domain is a permerror.
    tree.invalidTargets.push({ ...place, target: query.name, kind: query.mode, record: spfTexts[0]!, error: error.message });
    return;
  }
  if (chain.length > walk.maxDepth) {
    tree.truncated = true;
    tree.complete = false;
    return;
  }
  // check_host() runs again with the target as <domain> (§5.2, §6.1): bare a/mx there mean the target.
  await walkRecord(walk, target, query.name, [...chain, query.name], place.top);
}

/**
 * Walks an SPF record and everything it includes or redirects to through live DNS.
 * `domain` is the domain the record is published at (bare `a`/`mx` refer to it). Never throws.
 */
export async function evaluateSpfTree(domain: string, text: string, dns: LiveLookup, options: SpfTreeOptions = {}): Promise<SpfTree> {
  const tree: SpfTree = {
    lookups: 0,
    perTerm: [],
    voids: [],
    loops: [],
    missingRecords: [],
    multipleRecords: [],
    invalidTargets: [],
    mxSets: [],
    failures: [],
    truncated: false,
    complete: true,
  };
  const walk: Walk = {
    dns,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxLookups: options.maxLookups ?? DEFAULT_MAX_LOOKUPS,
    tree,
  };
  const apex = normalizeDomainSpec(domain);
  await walkRecord(walk, parseSpfShared(text), apex, [apex], null);
  if (tree.truncated) tree.complete = false;
  if (options.senderAt) {
    for (const entry of tree.perTerm) {
      const sender = options.senderAt(entry.start, entry.end);
      if (sender !== null) entry.sender = sender;
    }
  }
  return tree;
}

/** The sender (structured form's `senders[i].name`) whose YAML node produced characters [start, end). */
export function senderAt(model: DomainModel, text: RecordText): (start: number, end: number) => string | null {
  return (start) => {
    const segment = text.segments?.find((s) => start >= s.start && start < s.end);
    if (!segment || segment.path[1] !== "senders" || typeof segment.path[2] !== "number") return null;
    return model.spf?.senders[segment.path[2]]?.name ?? null;
  };
}

export interface DomainSpfTree {
  text: RecordText;
  tree: SpfTree;
}

// Six rules walk the same tree: once per record text and LiveLookup (the model is immutable).
const trees = new WeakMap<LiveLookup, WeakMap<RecordText, Promise<SpfTree>>>();

/** The live SPF tree of a domain's declared record, walked once per lint run; null without an SPF record. */
export function domainSpfTree(model: DomainModel, dns: LiveLookup): Promise<DomainSpfTree> | null {
  const found = spfRecord(model);
  if (!found) return null;
  let byText = trees.get(dns);
  if (!byText) trees.set(dns, (byText = new WeakMap()));
  let tree = byText.get(found.text);
  if (!tree) {
    tree = evaluateSpfTree(model.domain, found.text.value, dns, { senderAt: senderAt(model, found.text) });
    byText.set(found.text, tree);
  }
  return tree.then((t) => ({ text: found.text, tree: t }));
}

/** "a → b → c", for messages. */
export function formatChain(chain: readonly string[]): string {
  return chain.join(" → ");
}

/** "include:a.example 4, mx 1", for messages: what each top-level term costs. */
export function formatCosts(perTerm: readonly SpfTermCost[]): string {
  return perTerm.map((entry) => `${entry.term} ${entry.cost}${entry.sender ? ` (${entry.sender})` : ""}`).join(", ");
}
