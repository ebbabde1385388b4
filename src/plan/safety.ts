// Safety gates: changes that can silently break mail. Computed by the library from a zone's live and
// desired records (provider-neutral, model/slots.ts) and the operations the apply performs (model/operations.ts),
// so `maildns plan`, the Action and the Pulumi program judge the same change the same way. A tripped gate
// stops the apply unless it is allowed for that update (`maildns:allow`, `plan --allow`);
// `duplicate-policy-record` can never be allowed: two SPF or DMARC records at one name is a broken zone.
import { canonicalName } from "../dns/names.js";
import { aliasTargetName } from "../mail/dmarc-alias.js";
import { effectivePolicy, parseDmarc, voidReason } from "../mail/dmarc.js";
import { ipToBigInt } from "../mail/spf-ip.js";
import { policyKind, selectorOf, type SlotRecord, type ZoneRecord } from "../model/slots.js";
import { looksLikeDmarc, looksLikeSpf } from "../mail/txt-version.js";
import { describeOperation, replay, type Operation } from "../model/operations.js";
import { oneLine } from "../model/show.js";

export const GATE_IDS = [
  "delete-all-mx",
  "duplicate-policy-record",
  "large-change",
  "loosen-dmarc",
  "loosen-spf",
  "remove-dkim-selector",
  "remove-spf-include",
  "skip-adopt",
] as const;

export type GateId = (typeof GATE_IDS)[number];

/** Gates that no override lets through. */
export const NEVER_ALLOWED: ReadonlySet<GateId> = new Set<GateId>(["duplicate-policy-record"]);

/** One gate's verdict for one domain (and, when tripped, one name). The `plan --format json` contract. */
export interface Gate {
  id: GateId;
  domain: string;
  /** The DNS name the verdict is about (the domain itself when nothing tripped). */
  name: string;
  tripped: boolean;
  /** True when tripped and the update allows it (`maildns:allow`, `--allow`). */
  allowed: boolean;
  /** Why it tripped, as a sentence; null when it did not. */
  reason: string | null;
  /**
   * Set by `plan` on a refused gate that the stack's config in the repository allows (`maildns:allow` in
   * `stacks/Pulumi.<stack>.yaml`, as shown): the `pulumi up` after the merge passes it, the plan does not.
   */
  allowedOnMerge?: string;
}

export interface SafetyOptions {
  /** Share of a zone's managed records that one update may delete or modify (octoDNS: 30 %). */
  largeChangeShare: number;
  /**
   * The large-change gate only looks at zones holding at least this many managed records. octoDNS uses 10
   * for whole zones; a mail-only zone holds about 9 (5 MX, SPF, 2 DKIM, DMARC), so we use 4: below that one
   * edit is already a third of the zone.
   */
  largeChangeMinRecords: number;
}

export const DEFAULT_SAFETY: SafetyOptions = { largeChangeShare: 0.3, largeChangeMinRecords: 4 };

export interface GateInput {
  domain: string;
  /** The zone's managed records as they are now. */
  live: readonly ZoneRecord[];
  /** What the file asks for. */
  desired: readonly SlotRecord[];
  /** What the apply does, in its order (model/operations.ts); replayed from `live`. */
  operations: readonly Operation[];
  allow?: readonly string[];
  options?: SafetyOptions;
  /**
   * What the `_dmarc` CNAME the file asks for leads to, read before the gates run (`plan` asks DNS). Without
   * it (the Pulumi program, `adopt`) the delegated policy counts as not read, and the gate trips.
   */
  delegatedDmarc?: DelegatedDmarc;
  /**
   * What the live `_dmarc` CNAME leads to (the policy receivers apply today), read before the gates run when
   * the update replaces that alias (`plan` asks DNS). Without it (the Pulumi program, `adopt`) the live policy
   * counts as not read, and the gate trips when the update replaces or removes the alias.
   */
  liveDelegatedDmarc?: DelegatedDmarc;
}

/** The TXT texts at the target of a `_dmarc` CNAME: [] when it holds none or does not exist, null when they could not be read. */
export interface DelegatedDmarc {
  /** The alias target (compared through aliasTargetName: case and a final dot do not matter). */
  target: string;
  texts: readonly string[] | null;
}

function isRealMx(value: string): boolean {
  // RFC 7505: "0 ." is a null MX, which says the domain receives no mail.
  const host = value.trim().split(/\s+/)[1] ?? "";
  return host !== "." && host !== "";
}

const atApex = (domain: string) => (r: ZoneRecord) => r.name === domain;

function spfTexts(records: readonly ZoneRecord[], domain: string): string[] {
  return records.filter((r) => atApex(domain)(r) && r.type === "TXT" && looksLikeSpf(r.value)).map((r) => r.value);
}

function dmarcTexts(records: readonly ZoneRecord[], domain: string): string[] {
  return records.filter((r) => r.name === `_dmarc.${domain}` && r.type === "TXT" && looksLikeDmarc(r.value)).map((r) => r.value);
}

/** `include:` and `redirect=` domains of an SPF record (RFC 7208 §5.2, §6.1), lower case without a final dot. */
export function spfIncludes(text: string): string[] {
  const found: string[] = [];
  for (const term of text.trim().split(/\s+/).slice(1)) {
    const match = /^[+\-~?]?include:(.+)$/i.exec(term) ?? /^redirect=(.+)$/i.exec(term);
    if (match) found.push(match[1]!.toLowerCase().replace(/\.$/, ""));
  }
  return found;
}

/**
 * How strict the record's `all` is: `-all` 3, `~all` 2, `?all` 1, `+all` 0. A record without `all` ends
 * in neutral (RFC 7208 §4.7), like `?all`; with `redirect=` and no `all` the redirected record decides,
 * which this cannot see: null.
 */
export function spfAllStrength(text: string): number | null {
  const terms = text.trim().split(/\s+/).slice(1);
  const all = terms.find((t) => /^[+\-~?]?all$/i.test(t));
  if (!all) return terms.some((t) => /^redirect=/i.test(t)) ? null : 1;
  return qualifierStrength(/^[+\-~?]/.test(all) ? all[0]! : "");
}

/** How strict a mechanism's qualifier is, as spfAllStrength counts: `-` 3, `~` 2, `?` 1, `+` or none 0 (RFC 7208 §4.6.2). */
function qualifierStrength(qualifier: string): number {
  return { "": 0, "+": 0, "?": 1, "~": 2, "-": 3 }[qualifier as "" | "+" | "?" | "~" | "-"];
}

const ALL_NAME = ["+all", "?all", "~all", "-all"];

/**
 * The `ip4:` and `ip6:` mechanisms that, before the record's `all` (terms after it are never evaluated, RFC
 * 7208 §5.1), together match every address of one family, the family, and the weakest result they give
 * (as spfAllStrength counts: `+` 0 … `-` 3); null when no family is covered. `ip4:0.0.0.0/0` is valid syntax
 * (RFC 7208 §5.6) and lets every IPv4 host on the Internet send, as `+all` does (and `~ip4:0.0.0.0/0` is
 * `~all` for IPv4): with `-all` after it, the loosen-spf gate read the record as strict as `-all` alone, and
 * `v=spf1 ip4:0.0.0.0/0 -all` (or two /1 halves) passed it, and lint.
 */
export function spfEveryAddress(text: string): { family: "IPv4" | "IPv6"; terms: string[]; strength: number } | null {
  type Range = { start: bigint; end: bigint; term: string; strength: number };
  const covered: Record<32 | 128, Range[]> = { 32: [], 128: [] };
  for (const term of text.trim().split(/ +/).slice(1)) {
    if (/^[+\-~?]?all$/i.test(term)) break;
    // `a/0` and `mx/0` (`a//0` for IPv6) match every address of the family as soon as the name has one
    // address (RFC 7208 §5.3, §5.4): counted as covering it, since a gate never gets weaker on a lookup it cannot make.
    const wide = /^([+\-~?]?)(?:a|mx)(?::[^/]+)?(?:\/(\d{1,3}))?(?:\/\/(\d{1,3}))?$/i.exec(term);
    if (wide && (wide[2] === "0" || wide[3] === "0")) {
      const bits = wide[2] === "0" ? 32 : 128;
      return { family: bits === 32 ? "IPv4" : "IPv6", terms: [...covered[bits].map((r) => r.term), term], strength: Math.min(qualifierStrength(wide[1]!), ...covered[bits].map((r) => r.strength)) };
    }
    const match = /^([+\-~?]?)ip([46]):([^/]+)(?:\/(\d{1,3}))?$/i.exec(term);
    if (!match) continue;
    const ip = ipToBigInt(match[3]!);
    const bits = match[2] === "4" ? 32 : 128;
    if (!ip || ip.bits !== bits) continue;
    const prefix = match[4] === undefined ? bits : Number(match[4]);
    if (prefix > bits) continue;
    const size = 1n << BigInt(bits - prefix);
    const start = (ip.value / size) * size;
    const ranges = covered[bits];
    ranges.push({ start, end: start + size - 1n, term, strength: qualifierStrength(match[1]!) });
    // Merged in address order: the family is covered when one run goes from 0 to its last address.
    let reach = -1n;
    for (const range of [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
      if (range.start > reach + 1n) break;
      if (range.end > reach) reach = range.end;
    }
    if (reach === (1n << BigInt(bits)) - 1n) {
      return { family: bits === 32 ? "IPv4" : "IPv6", terms: ranges.map((r) => r.term), strength: Math.min(...ranges.map((r) => r.strength)) };
    }
  }
  return null;
}

/** spfAllStrength, or weaker when ip4:/ip6: mechanisms before the `all` give a whole address family a weaker result. */
function spfStrength(text: string): number | null {
  const all = spfAllStrength(text);
  const every = spfEveryAddress(text);
  if (every === null) return all;
  return all === null ? every.strength : Math.min(all, every.strength);
}

interface DmarcStrength {
  p: number;
  sp: number;
  /** np (RFC 9989 §4.7: the policy for non-existent subdomains), which defaults to sp. */
  np: number;
  pct: number;
  testing: boolean;
}

const POLICY_RANK: Readonly<Record<string, number>> = { none: 0, quarantine: 1, reject: 2 };
const POLICY_NAME = ["none", "quarantine", "reject"];

/** p, sp (defaults to p, RFC 7489 §6.3), np (defaults to sp, RFC 9989 §4.7), pct (defaults to 100) and t=y (RFC 9989 test mode). */
export function dmarcStrength(text: string): DmarcStrength | null {
  const tags = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().toLowerCase());
  }
  const p = POLICY_RANK[tags.get("p") ?? ""];
  if (p === undefined) return null;
  const sp = POLICY_RANK[tags.get("sp") ?? ""] ?? p;
  const np = POLICY_RANK[tags.get("np") ?? ""] ?? sp;
  const pctText = tags.get("pct");
  const pct = pctText !== undefined && /^\d+$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return { p, sp, np, pct, testing: tags.get("t") === "y" };
}

/**
 * What receivers apply from a DMARC record an update writes (or an alias it writes leads to): its strength,
 * or why it applies no policy at all. Receivers read the record, not its look: one that does not start with
 * v=DMARC1 is discarded (RFC 7489 §6.6.3); an `sp=` or `np=` that is not a valid policy voids every policy
 * of the record, `p=` included (RFC 7489 §6.6.3 step 6, RFC 9989 §4.10.1); and a tag written twice makes
 * the whole tag-list invalid (RFC 6376 §3.2, which DMARC's syntax follows, RFC 7489 §6.3). dmarcStrength
 * alone skipped a bad `sp=` and read the last of two `p=`, so `p=reject; sp=rejct` or `p=none; p=reject` in
 * place of `p=reject` passed the loosen-dmarc gate while receivers applied no policy from it.
 */
export function writtenDmarc(text: string): { strength: DmarcStrength } | { voided: string } {
  const record = parseDmarc(text);
  const named = record.tags.filter((tag) => tag.hasEquals);
  const twice = record.versionFirst ? named.find((tag, i) => named.findIndex((other) => other.key === tag.key) !== i) : undefined;
  if (twice) return { voided: `its ${twice.key}= tag is written twice, which makes the whole record invalid (RFC 6376 §3.2)` };
  const strength = effectivePolicy(record).tag !== null ? dmarcStrength(text) : null;
  if (strength === null) return { voided: voidReason(record) };
  return { strength };
}

/** How a record the update writes loosens `before`, or null: dmarcLoosening, with a void record said as such. */
function writtenLoosening(before: DmarcStrength, text: string): string | null {
  const written = writtenDmarc(text);
  if ("voided" in written) return `writes a DMARC record from which receivers apply no policy, as ${written.voided}`;
  return dmarcLoosening(before, written.strength);
}

/**
 * How `after` is looser than `before`, or null. `np` counts as `p` and `sp` do: lowering the policy for
 * subdomains that do not exist (RFC 9989 §4.7) lets mail from made-up subdomains through.
 */
function dmarcLoosening(before: DmarcStrength, after: DmarcStrength | null): string | null {
  if (!after) return "removes the DMARC record";
  if (after.p < before.p) return `lowers p=${POLICY_NAME[before.p]} to p=${POLICY_NAME[after.p]}`;
  if (after.sp < before.sp) return `lowers sp=${POLICY_NAME[before.sp]} to sp=${POLICY_NAME[after.sp]}`;
  if (after.np < before.np) return `lowers np=${POLICY_NAME[before.np]} to np=${POLICY_NAME[after.np]}`;
  if (before.p > 0 && after.p === before.p && after.pct < before.pct) return `lowers pct=${before.pct} to pct=${after.pct}`;
  if (before.p > 0 && after.testing && !before.testing) return "adds t=y (test mode applies one policy lower)";
  return null;
}

interface Trip {
  id: GateId;
  name: string;
  reason: string;
}

function mxGate(input: GateInput): Trip[] {
  const { domain } = input;
  const liveMx = input.live.filter((r) => atApex(domain)(r) && r.type === "MX" && isRealMx(r.value));
  const wantedMx = input.desired.filter((r) => r.subdomain === "" && r.type === "MX" && isRealMx(r.value));
  if (liveMx.length === 0 || wantedMx.length > 0) return [];
  const hosts = liveMx
    .map((r) => r.value)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
    .join(", ");
  return [{ id: "delete-all-mx", name: domain, reason: `${domain}: this update removes every MX (${hosts}); the domain stops receiving mail` }];
}

function dmarcGate(input: GateInput): Trip[] {
  const { domain } = input;
  const trip = (reason: string): Trip[] => [{ id: "loosen-dmarc", name: `_dmarc.${domain}`, reason: `${domain}: this update ${reason}` }];
  const wanted = input.desired.find((r) => r.role === "dmarc");
  const alias = wanted ? undefined : input.desired.find((r) => r.subdomain === "_dmarc" && r.type === "CNAME");
  const before = dmarcTexts(input.live, domain).map(dmarcStrength).filter((s): s is DmarcStrength => s !== null);
  if (before.length === 0) return aliasReplacementTrips(input, wanted, alias, trip);
  const strongest = before.reduce((a, b) => (b.p > a.p ? b : a));
  const current = `the current p=${POLICY_NAME[strongest.p]}`;
  if (alias) return delegationTrips(strongest, current, `delegates DMARC to ${aliasTargetName(alias.value)} (a CNAME)`, alias.value, input.delegatedDmarc, trip);
  const loosened = wanted ? writtenLoosening(strongest, wanted.value) : dmarcLoosening(strongest, null);
  return loosened ? trip(`loosens DMARC: it ${loosened}`) : [];
}

/** The target of the live `_dmarc` CNAME: a managed record the apply sees, or the one `plan` observed beside them. */
function liveDmarcAlias(input: GateInput): { target: string; managed: boolean } | null {
  const record = input.live.find((r) => r.name === `_dmarc.${input.domain}` && r.type === "CNAME");
  if (record) return { target: aliasTargetName(record.value), managed: true };
  return input.liveDelegatedDmarc ? { target: aliasTargetName(input.liveDelegatedDmarc.target), managed: false } : null;
}

/**
 * The live `_dmarc` is a CNAME (DMARC delegated to a provider's record): what receivers apply today is the
 * record at its target (RFC 7489 §6.6.3), the "before" of an update that replaces the alias with a record of
 * its own, with another alias, or removes it. A "before" that could not be read trips the gate, saying so.
 */
function aliasReplacementTrips(input: GateInput, wanted: SlotRecord | undefined, alias: SlotRecord | undefined, trip: (reason: string) => Trip[]): Trip[] {
  const live = liveDmarcAlias(input);
  if (!live) return [];
  const newTarget = alias ? aliasTargetName(alias.value) : null;
  // The same alias on both sides changes nothing receivers read; an alias `plan` saw but the apply does not
  // manage (no `_dmarc` in the file) is left as it is.
  if (newTarget === live.target || (!wanted && !alias && !live.managed)) return [];
  const change = wanted
    ? `replaces the DMARC alias to ${live.target} (a CNAME) with a record of its own`
    : alias
      ? `moves the DMARC alias from ${live.target} to ${newTarget}`
      : `removes the DMARC alias to ${live.target} (a CNAME)`;
  const read = input.liveDelegatedDmarc;
  const texts = read !== undefined && aliasTargetName(read.target) === live.target ? read.texts : null;
  if (texts === null) return trip(`${change}, but the policy at ${live.target}, which receivers apply now, could not be read: whether the change loosens DMARC is unknown`);
  const records = texts.filter(looksLikeDmarc);
  // No record there, or several: receivers apply no policy today (RFC 7489 §6.6.3), so nothing can loosen.
  const before = records.length === 1 ? dmarcStrength(records[0]!) : null;
  if (!before) return [];
  const current = `the current p=${POLICY_NAME[before.p]} (at ${live.target})`;
  if (alias) return delegationTrips(before, current, change, alias.value, input.delegatedDmarc, trip);
  if (!wanted) return trip(`${change}, whose record receivers apply today (p=${POLICY_NAME[before.p]}): receivers then apply no DMARC policy`);
  const loosened = writtenLoosening(before, wanted.value);
  return loosened ? trip(`${change}, which is looser: it ${loosened}`) : [];
}

/**
 * A `_dmarc` CNAME in place of the record (delegation to a DMARC provider's record): receivers follow the
 * alias and apply what its target publishes, so that is what is judged. A target that could not be read
 * still trips the gate, saying so: a safety gate never gets weaker on missing data.
 */
function delegationTrips(before: DmarcStrength, current: string, delegates: string, aliasValue: string, read: DelegatedDmarc | undefined, trip: (reason: string) => Trip[]): Trip[] {
  const target = aliasTargetName(aliasValue);
  const texts = read !== undefined && aliasTargetName(read.target) === target ? read.texts : null;
  if (texts === null) return trip(`${delegates}, whose policy could not be read: whether it is as strict as ${current} is unknown`);
  const records = texts.filter(looksLikeDmarc);
  // RFC 7489 §6.6.3: no record, or more than one, and no policy applies at all.
  if (records.length !== 1) return trip(`${delegates}, which publishes ${records.length === 0 ? "no DMARC record" : `${records.length} DMARC records`}: receivers then apply no DMARC policy`);
  const after = writtenDmarc(records[0]!);
  if ("voided" in after) {
    const why = after.voided === "it has no valid p=" ? "has no valid p= tag" : `applies no policy (${after.voided})`;
    return trip(`${delegates}, whose record ${why}: receivers then apply no DMARC policy`);
  }
  const loosened = dmarcLoosening(before, after.strength);
  return loosened ? trip(`${delegates}, whose policy is looser: it ${loosened}`) : [];
}

function spfGates(input: GateInput): Trip[] {
  const { domain } = input;
  const trips: Trip[] = [];
  const live = spfTexts(input.live, domain);
  const wanted = input.desired.filter((r) => r.role === "spf").map((r) => r.value);

  const liveIncludes = new Set(live.flatMap(spfIncludes));
  const wantedIncludes = new Set(wanted.flatMap(spfIncludes));
  const removed = [...liveIncludes].filter((d) => !wantedIncludes.has(d)).sort();
  if (removed.length > 0) {
    trips.push({ id: "remove-spf-include", name: domain, reason: `${domain}: this update removes SPF include ${removed.join(", ")}; mail from that sender then fails SPF` });
  }

  // RFC 7208 §8: `-all` makes receivers refuse unlisted senders, `~all` only marks them, `?all` says
  // nothing, `+all` lets anyone send. Going down that list is loosening, whatever else changes.
  const before = live.map(spfStrength).filter((s): s is number => s !== null);
  const after = wanted.map(spfStrength).filter((s): s is number => s !== null);
  // A whole address family let through by ip4:/ip6: is said as what it is, not as the record's `all`.
  const every = wanted.map(spfEveryAddress).find((e) => e !== null) ?? null;
  const asAll = every && every.strength === 0 ? `authorises every ${every.family} address (${every.terms.join(" ")}), as +all does` : null;
  if (before.length > 0 && after.length > 0) {
    const from = Math.max(...before);
    const to = Math.min(...after);
    if (to < from) {
      const hint = to === 0 ? "every host on the Internet may then send mail as " + domain : "mail from hosts the record does not list is then no longer refused";
      const forEvery = every && every.strength === to ? ` for every ${every.family} address (${every.terms.join(" ")})` : "";
      const change = asAll ? `loosens SPF from ${ALL_NAME[from]}: it ${asAll}` : `loosens SPF from ${ALL_NAME[from]} to ${ALL_NAME[to]}${forEvery}`;
      trips.push({ id: "loosen-spf", name: domain, reason: `${domain}: this update ${change}: ${hint}` });
    }
  } else if (after.includes(0)) {
    trips.push({ id: "loosen-spf", name: domain, reason: `${domain}: this update ${asAll ? asAll.replace(/^authorises/, "publishes an SPF record that authorises") : "publishes +all"}: every host on the Internet may then send mail as ${domain}` });
  } else if (live.length > 0 && wanted.length === 0) {
    const removal = spfRemoval(domain, live);
    if (removal) trips.push({ id: "loosen-spf", name: domain, reason: removal });
  }
  return trips;
}

/**
 * The apex's SPF record removed with nothing in its place: receivers then get `none` (RFC 7208 §2.6.1, no
 * record found), which they treat like `neutral` (§8.1, §8.2). That loosens a record ending in `-all` or
 * `~all`, and one ending in `redirect=` (whose policy the target decides, unknown here: a gate never gets
 * weaker on missing data); removing `?all` or `+all` changes nothing receivers conclude.
 */
function spfRemoval(domain: string, live: readonly string[]): string | null {
  const judged = live.map((text) => ({ text, strength: spfAllStrength(text) }));
  const redirected = judged.find((r) => r.strength === null);
  if (redirected) {
    return `${domain}: this update removes the SPF record "${redirected.text}", whose policy its redirect= target decides: receivers then find no SPF record (result none, RFC 7208 §2.6.1) and apply no SPF policy`;
  }
  const strongest = judged.reduce((a, b) => (b.strength! > a.strength! ? b : a));
  if (strongest.strength! < 2) return null;
  const effect = strongest.strength === 3 ? "refused" : "marked";
  return `${domain}: this update removes the SPF record "${strongest.text}" (${ALL_NAME[strongest.strength!]}): receivers then find no SPF record (result none, RFC 7208 §2.6.1), and mail from hosts it does not list is no longer ${effect}`;
}

function dkimGate(input: GateInput): Trip[] {
  const wanted = new Set(input.desired.filter((r) => r.role === "dkim").map((r) => selectorOf(r.subdomain)));
  const removed = new Map<string, string>();
  for (const record of input.live) {
    const selector = selectorOf(record.subdomain);
    if (selector === null || wanted.has(selector)) continue;
    removed.set(selector, record.name);
  }
  return [...removed.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([selector, name]) => ({
      id: "remove-dkim-selector" as const,
      name,
      reason: `${input.domain}: this update deletes DKIM selector ${selector} (${name}); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation)`,
    }));
}

function largeChangeGate(input: GateInput): Trip[] {
  const options = input.options ?? DEFAULT_SAFETY;
  const total = input.live.length;
  const changed = input.operations.filter((op) => op.before !== null).length;
  if (total < options.largeChangeMinRecords || changed / total <= options.largeChangeShare) return [];
  const share = Math.round((changed / total) * 100);
  return [
    {
      id: "large-change",
      name: input.domain,
      reason: `${input.domain}: this update deletes or modifies ${changed} of ${total} managed records (${share}% > ${Math.round(options.largeChangeShare * 100)}%)`,
    },
  ];
}

/**
 * Two SPF or two DMARC records at one name after an operation that writes one, or at the end. A delete
 * never adds a record, so the states it leads to are never worse than the one before: a zone that starts
 * with three SPF records can still be repaired one deletion at a time.
 */
function duplicateGate(input: GateInput): Trip[] {
  const trips = new Map<string, Trip>();
  const states = replay(input.live, input.operations);
  // By DNS name, which compares without case (RFC 1035 §2.3.3, RFC 4343): a host may keep an owner as it
  // was given (OVH: `_DMARC`), and a record created at `_dmarc` beside it is a second one at that name. The
  // canonical form also reads escapes (`\095dmarc` is `_dmarc`), drops a final dot and turns U-labels to A-labels.
  const check = (records: readonly ZoneRecord[], when: string, only: string | null) => {
    const counts = new Map<string, number>();
    for (const r of records) {
      const kind = policyKind(r);
      if (kind === null || (only !== null && canonicalName(r.name) !== canonicalName(only))) continue;
      const key = `${canonicalName(r.name)}\u0000${kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) {
      if (count < 2) continue;
      const [name, kind] = key.split("\u0000") as [string, "spf" | "dmarc"];
      if (trips.has(name)) continue;
      const what = kind === "spf" ? "v=spf1" : "v=DMARC1";
      const effect = kind === "spf" ? "SPF then fails with permerror (RFC 7208 §3.2)" : "no DMARC policy then applies at all (RFC 7489 §6.6.3)";
      trips.set(name, { id: "duplicate-policy-record", name, reason: `${input.domain}: ${when} ${name} would hold ${count} ${what} records; ${effect}` });
    }
  };
  input.operations.forEach((op, i) => {
    if (op.after && policyKind(op.after) !== null) check(states[i]!, `after step ${i + 1} (${describeOperation(op)})`, op.after.name);
  });
  check(states.length > 0 ? states[states.length - 1]! : input.live, "at the end of the update", null);
  check(input.desired, "the domain file itself asks for", null);
  return [...trips.values()];
}

const CHECKS: readonly ((input: GateInput) => Trip[])[] = [mxGate, duplicateGate, largeChangeGate, dmarcGate, spfGates, dkimGate];

/** Where a gate that did not trip is reported. */
function quietName(id: GateId, domain: string): string {
  return id === "loosen-dmarc" ? `_dmarc.${domain}` : domain;
}

/** Every gate's verdict for one zone: one entry per gate, or one per name where it tripped. */
export function evaluateGates(input: GateInput): Gate[] {
  const allow = new Set(input.allow ?? []);
  const trips = CHECKS.flatMap((check) => check(input));
  const gates: Gate[] = [];
  for (const id of GATE_IDS) {
    if (id === "skip-adopt") continue;
    const mine = trips.filter((t) => t.id === id);
    if (mine.length === 0) {
      gates.push({ id, domain: input.domain, name: quietName(id, input.domain), tripped: false, allowed: false, reason: null });
      continue;
    }
    for (const trip of mine) {
      // A reason quotes live values (an SPF include, a DMARC record): their bidi controls and zero-width
      // characters as U+XXXX, as a finding's message shows them (engine/lint.ts shownData), for the plan's
      // JSON and the refusal pulumi up prints carry the reason as it is.
      gates.push({ id, domain: input.domain, name: trip.name, tripped: true, allowed: allow.has(id) && !NEVER_ALLOWED.has(id), reason: oneLine(trip.reason) });
    }
  }
  return gates;
}

/** A gate the update is not allowed to pass. */
export function refused(gate: Gate): boolean {
  return gate.tripped && !gate.allowed;
}

/** The `skip-adopt` gate of the Pulumi program: a zone whose live records were never read. */
export function skipAdoptGate(domain: string, reason: string, allow: readonly string[]): Gate {
  return { id: "skip-adopt", domain, name: domain, tripped: true, allowed: allow.includes("skip-adopt"), reason };
}

/** The names `maildns:allow` and `--allow` accept; a typo is a mistake worth stopping for. */
/**
 * The gate names of a `maildns:allow` value: a list (`pulumi config set --path 'maildns:allow[0]' …`) or one
 * string of names separated by commas (`pulumi config set maildns:allow a,b`), trimmed, empty ones left out.
 * Read alike by the Pulumi program and by plan's note on the stack config.
 */
export function allowNames(raw: unknown): string[] {
  const names = Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
  return names.map((n) => n.trim()).filter((n) => n !== "");
}

export function unknownGateNames(names: readonly string[]): string[] {
  return names.filter((n) => !(GATE_IDS as readonly string[]).includes(n));
}

export function refusalMessage(gates: readonly Gate[], how: (id: GateId) => string): string {
  const stopped = gates.filter(refused);
  const lines = stopped.map((g) => `  ${g.reason} [${g.id}]`);
  const overridable = [...new Set(stopped.map((g) => g.id))].filter((id) => !NEVER_ALLOWED.has(id));
  const message = [`maildns refused this update (${stopped.length} safety gate${stopped.length === 1 ? "" : "s"}):`, ...lines];
  if (stopped.some((g) => NEVER_ALLOWED.has(g.id))) {
    message.push("duplicate-policy-record cannot be allowed: fix the zone or the domain file so each name keeps one SPF and one DMARC record.");
  }
  if (overridable.length > 0) {
    message.push("If this is intended, allow it for this update, e.g.", `  ${how(overridable[0]!)}`, `(allowed: ${overridable.join(", ")}), then remove the override afterwards.`);
  }
  return message.join("\n");
}
