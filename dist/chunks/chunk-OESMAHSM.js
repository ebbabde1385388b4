import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  absoluteHost,
  aliasTargetName,
  asciiLowerCase,
  desiredRecords,
  effectivePolicy,
  parseDmarc,
  voidReason
} from "./chunk-3OSQQ7QY.js";
import {
  ipToBigInt
} from "./chunk-VO3HMMIX.js";
import {
  looksLikeDmarc,
  looksLikeSpf
} from "./chunk-K36EJTVN.js";
import {
  canonicalName
} from "./chunk-53CTTIHG.js";
import {
  oneLine
} from "./chunk-G7NDWJJB.js";

// src/model/slots.ts
function standingSlotRecords(records) {
  const standing = [];
  for (const record of records) {
    const slot = slotOf(record);
    if (slot) standing.push({ ...record, ...slot, ttl: record.ttl ?? 0, file: null, path: [] });
  }
  return standing;
}
function policyKind(record) {
  if (record.type !== "TXT") return null;
  if (looksLikeSpf(record.value)) return "spf";
  if (looksLikeDmarc(record.value)) return "dmarc";
  return null;
}
function lastField(value) {
  const fields = value.trim().split(/\s+/);
  return absoluteHost(fields[fields.length - 1] ?? ".");
}
function selectorOf(subdomain) {
  const match = /^(.+)\._domainkey$/i.exec(subdomain);
  return match ? match[1].toLowerCase() : null;
}
function slotOf(record) {
  const owner = record.subdomain.toLowerCase();
  const type = record.type.toUpperCase();
  if (owner === "" && type === "MX") return { slot: `mx:${lastField(record.value)}`, role: "mx" };
  if (owner === "" && type === "TXT") return looksLikeSpf(record.value) ? { slot: "spf", role: "spf" } : null;
  if (owner === "_dmarc" && type === "TXT") return { slot: "dmarc", role: "dmarc" };
  const selector = selectorOf(owner);
  if (selector !== null && (type === "TXT" || type === "CNAME")) return { slot: `dkim:${selector}`, role: "dkim" };
  if (owner === "_mta-sts" && type === "TXT") return { slot: "mta-sts", role: "mta-sts" };
  if (owner === "_smtp._tls" && type === "TXT") return { slot: "tls-rpt", role: "tls-rpt" };
  if (type === "SRV") return { slot: `srv:${owner}:${lastField(record.value)}`, role: "srv" };
  if (type === "CNAME" && owner !== "") return { slot: `cname:${owner}`, role: "cname" };
  return null;
}
function desiredSlotRecords(domain, rrsets = desiredRecords(domain)) {
  const bySlot = /* @__PURE__ */ new Map();
  for (const rrset of rrsets) {
    for (const value of rrset.values) {
      const found = slotOf({ subdomain: rrset.subdomain, type: rrset.type, value });
      const base = found?.slot ?? rrset.role;
      let slot = base;
      for (let n = 2; bySlot.has(slot); n++) slot = `${base}#${n}`;
      bySlot.set(slot, {
        name: rrset.name,
        subdomain: rrset.subdomain.toLowerCase(),
        type: rrset.type,
        value,
        ttl: rrset.ttl,
        slot,
        role: rrset.role,
        file: domain.file,
        path: rrset.path
      });
    }
  }
  return [...bySlot.values()].sort((a, b) => a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0);
}
function ownerLabel(subdomain) {
  return subdomain === "" ? "@" : subdomain;
}

// src/model/operations.ts
var PHASE_ORDER = { before: 0, main: 1, after: 2 };
function liveBySlot(live) {
  const bySlot = /* @__PURE__ */ new Map();
  for (const record of live) {
    const found = slotOf(record);
    if (!found) continue;
    const list = bySlot.get(found.slot) ?? [];
    list.push(record);
    bySlot.set(found.slot, list);
  }
  for (const [slot, list] of [...bySlot]) {
    if (!slot.startsWith("mx:") || list.length < 2) continue;
    list.sort((a, b) => a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  }
  return bySlot;
}
function sameValue(a, b) {
  if (a.type !== b.type) return false;
  return a.type === "TXT" ? a.value === b.value : asciiLowerCase(a.value) === asciiLowerCase(b.value);
}
function matchSlots(live, desired, options = {}) {
  const ttlMatches = options.ttlMatches ?? ((d, o) => o === d);
  const bySlot = liveBySlot(live);
  const desiredBySlot = new Map(desired.map((d) => [d.slot, d]));
  for (const [slot, list] of [...bySlot]) {
    if (!slot.startsWith("mx:")) continue;
    for (let n = 2; list.length > 1 && desiredBySlot.has(`${slot}#${n}`); n++) {
      const extra = list.find((r) => sameValue(r, desiredBySlot.get(`${slot}#${n}`))) ?? list[list.length - 1];
      list.splice(list.indexOf(extra), 1);
      bySlot.set(`${slot}#${n}`, [extra]);
    }
  }
  const owner = (name) => name.toLowerCase().replace(/\.$/, "");
  const cnameOwners = new Set(desired.filter((d) => d.type === "CNAME").map((d) => owner(d.name)));
  const wantedOwners = new Set(desired.map((d) => owner(d.name)));
  const clashes = (record) => cnameOwners.has(owner(record.name)) || record.type === "CNAME" && wantedOwners.has(owner(record.name));
  const matches = [];
  for (const slot of [.../* @__PURE__ */ new Set([...desiredBySlot.keys(), ...bySlot.keys()])].sort()) {
    const want = desiredBySlot.get(slot) ?? null;
    const candidates = bySlot.get(slot) ?? [];
    if (!want) {
      const removals2 = candidates.map(
        (record) => clashes(record) ? { record, phase: "before", reason: "replace" } : { record, phase: "after", reason: "unwanted" }
      );
      matches.push({ slot, want, keep: null, removals: removals2, change: "none" });
      continue;
    }
    const editable = candidates.filter((r) => !r.replaceOnly && r.type === want.type);
    const kind = policyKind(want);
    const sameKind = (r) => kind === null || policyKind(r) === kind;
    const keep = editable.find((r) => sameValue(r, want) && (options.prefer?.(r) ?? true)) ?? editable.find((r) => sameKind(r) && (options.prefer?.(r) ?? false)) ?? editable.find((r) => sameValue(r, want)) ?? editable.find(sameKind) ?? editable.find((r) => options.prefer?.(r) ?? false) ?? (kind === null ? editable[0] : void 0) ?? null;
    const removals = [];
    for (const record of candidates) {
      if (record === keep) continue;
      const replaced = record.replaceOnly === true || record.type !== want.type;
      const policy = policyKind(record) !== null;
      removals.push({ record, phase: replaced || policy ? "before" : "after", reason: replaced ? "replace" : "surplus" });
    }
    const change = !keep ? "create" : !sameValue(keep, want) || !ttlMatches(want.ttl, keep.ttl) ? "update" : "none";
    matches.push({ slot, want, keep, removals, change });
  }
  return matches;
}
function operationsOf(matches) {
  const operations = [];
  for (const m of matches) {
    for (const r of m.removals) operations.push({ action: "delete", phase: r.phase, slot: m.slot, before: r.record, after: null, reason: r.reason });
    if (m.change === "create") operations.push({ action: "create", phase: "main", slot: m.slot, before: null, after: m.want });
    if (m.change === "update") operations.push({ action: "update", phase: "main", slot: m.slot, before: m.keep, after: m.want });
  }
  return operations.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
}
function zoneOperations(live, desired, options = {}) {
  return operationsOf(matchSlots(live, desired, options));
}
function replay(live, operations) {
  const states = [];
  let current = [...live];
  const same = (a, b) => "key" in a ? a.key === b.key : a.name === b.name && a.type === b.type && a.value === b.value;
  for (const op of operations) {
    if (op.before) {
      const before = op.before;
      const index = current.findIndex((r) => r === before || same(r, before));
      if (index >= 0) current = [...current.slice(0, index), ...current.slice(index + 1)];
    }
    if (op.after) current = [...current, op.after];
    states.push(current);
  }
  return states;
}
function describeOperation(op) {
  const record = op.after ?? op.before;
  const owner = record.name;
  if (op.action === "create") return `create ${record.type} ${owner} "${record.value}"`;
  if (op.action === "update") return `update ${record.type} ${owner} to "${op.after.value}"`;
  return `delete ${op.before.type} ${owner} "${op.before.value}"`;
}

// src/plan/safety.ts
var GATE_IDS = [
  "delete-all-mx",
  "duplicate-policy-record",
  "large-change",
  "loosen-dmarc",
  "loosen-spf",
  "remove-dkim-selector",
  "remove-spf-include",
  "skip-adopt"
];
var NEVER_ALLOWED = /* @__PURE__ */ new Set(["duplicate-policy-record"]);
var DEFAULT_SAFETY = { largeChangeShare: 0.3, largeChangeMinRecords: 4 };
function isRealMx(value) {
  const host = value.trim().split(/\s+/)[1] ?? "";
  return host !== "." && host !== "";
}
var atApex = (domain) => (r) => r.name === domain;
function spfTexts(records, domain) {
  return records.filter((r) => atApex(domain)(r) && r.type === "TXT" && looksLikeSpf(r.value)).map((r) => r.value);
}
function dmarcTexts(records, domain) {
  return records.filter((r) => r.name === `_dmarc.${domain}` && r.type === "TXT" && looksLikeDmarc(r.value)).map((r) => r.value);
}
function spfIncludes(text) {
  const found = [];
  for (const term of text.trim().split(/\s+/).slice(1)) {
    const match = /^[+\-~?]?include:(.+)$/i.exec(term) ?? /^redirect=(.+)$/i.exec(term);
    if (match) found.push(match[1].toLowerCase().replace(/\.$/, ""));
  }
  return found;
}
function spfAllStrength(text) {
  const terms = text.trim().split(/\s+/).slice(1);
  const all = terms.find((t) => /^[+\-~?]?all$/i.test(t));
  if (!all) return terms.some((t) => /^redirect=/i.test(t)) ? null : 1;
  return qualifierStrength(/^[+\-~?]/.test(all) ? all[0] : "");
}
function qualifierStrength(qualifier) {
  return { "": 0, "+": 0, "?": 1, "~": 2, "-": 3 }[qualifier];
}
var ALL_NAME = ["+all", "?all", "~all", "-all"];
function spfEveryAddress(text) {
  const covered = { 32: [], 128: [] };
  for (const term of text.trim().split(/ +/).slice(1)) {
    if (/^[+\-~?]?all$/i.test(term)) break;
    const wide = /^([+\-~?]?)(?:a|mx)(?::[^/]+)?(?:\/(\d{1,3}))?(?:\/\/(\d{1,3}))?$/i.exec(term);
    if (wide && (wide[2] === "0" || wide[3] === "0")) {
      const bits2 = wide[2] === "0" ? 32 : 128;
      return { family: bits2 === 32 ? "IPv4" : "IPv6", terms: [...covered[bits2].map((r) => r.term), term], strength: Math.min(qualifierStrength(wide[1]), ...covered[bits2].map((r) => r.strength)) };
    }
    const match = /^([+\-~?]?)ip([46]):([^/]+)(?:\/(\d{1,3}))?$/i.exec(term);
    if (!match) continue;
    const ip = ipToBigInt(match[3]);
    const bits = match[2] === "4" ? 32 : 128;
    if (!ip || ip.bits !== bits) continue;
    const prefix = match[4] === void 0 ? bits : Number(match[4]);
    if (prefix > bits) continue;
    const size = 1n << BigInt(bits - prefix);
    const start = ip.value / size * size;
    const ranges = covered[bits];
    ranges.push({ start, end: start + size - 1n, term, strength: qualifierStrength(match[1]) });
    let reach = -1n;
    for (const range of [...ranges].sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) {
      if (range.start > reach + 1n) break;
      if (range.end > reach) reach = range.end;
    }
    if (reach === (1n << BigInt(bits)) - 1n) {
      return { family: bits === 32 ? "IPv4" : "IPv6", terms: ranges.map((r) => r.term), strength: Math.min(...ranges.map((r) => r.strength)) };
    }
  }
  return null;
}
function spfStrength(text) {
  const all = spfAllStrength(text);
  const every = spfEveryAddress(text);
  if (every === null) return all;
  return all === null ? every.strength : Math.min(all, every.strength);
}
var POLICY_RANK = { none: 0, quarantine: 1, reject: 2 };
var POLICY_NAME = ["none", "quarantine", "reject"];
function dmarcStrength(text) {
  const tags = /* @__PURE__ */ new Map();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().toLowerCase());
  }
  const p = POLICY_RANK[tags.get("p") ?? ""];
  if (p === void 0) return null;
  const sp = POLICY_RANK[tags.get("sp") ?? ""] ?? p;
  const np = POLICY_RANK[tags.get("np") ?? ""] ?? sp;
  const pctText = tags.get("pct");
  const pct = pctText !== void 0 && /^\d+$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return { p, sp, np, pct, testing: tags.get("t") === "y" };
}
function writtenDmarc(text) {
  const record = parseDmarc(text);
  const named = record.tags.filter((tag) => tag.hasEquals);
  const twice = record.versionFirst ? named.find((tag, i) => named.findIndex((other) => other.key === tag.key) !== i) : void 0;
  if (twice) return { voided: `its ${twice.key}= tag is written twice, which makes the whole record invalid (RFC 6376 §3.2)` };
  const strength = effectivePolicy(record).tag !== null ? dmarcStrength(text) : null;
  if (strength === null) return { voided: voidReason(record) };
  return { strength };
}
function writtenLoosening(before, text) {
  const written = writtenDmarc(text);
  if ("voided" in written) return `writes a DMARC record from which receivers apply no policy, as ${written.voided}`;
  return dmarcLoosening(before, written.strength);
}
function dmarcLoosening(before, after) {
  if (!after) return "removes the DMARC record";
  if (after.p < before.p) return `lowers p=${POLICY_NAME[before.p]} to p=${POLICY_NAME[after.p]}`;
  if (after.sp < before.sp) return `lowers sp=${POLICY_NAME[before.sp]} to sp=${POLICY_NAME[after.sp]}`;
  if (after.np < before.np) return `lowers np=${POLICY_NAME[before.np]} to np=${POLICY_NAME[after.np]}`;
  if (before.p > 0 && after.p === before.p && after.pct < before.pct) return `lowers pct=${before.pct} to pct=${after.pct}`;
  if (before.p > 0 && after.testing && !before.testing) return "adds t=y (test mode applies one policy lower)";
  return null;
}
function mxGate(input) {
  const { domain } = input;
  const liveMx = input.live.filter((r) => atApex(domain)(r) && r.type === "MX" && isRealMx(r.value));
  const wantedMx = input.desired.filter((r) => r.subdomain === "" && r.type === "MX" && isRealMx(r.value));
  if (liveMx.length === 0 || wantedMx.length > 0) return [];
  const hosts = liveMx.map((r) => r.value).sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b)).join(", ");
  return [{ id: "delete-all-mx", name: domain, reason: `${domain}: this update removes every MX (${hosts}); the domain stops receiving mail` }];
}
function dmarcGate(input) {
  const { domain } = input;
  const trip = (reason) => [{ id: "loosen-dmarc", name: `_dmarc.${domain}`, reason: `${domain}: this update ${reason}` }];
  const wanted = input.desired.find((r) => r.role === "dmarc");
  const alias = wanted ? void 0 : input.desired.find((r) => r.subdomain === "_dmarc" && r.type === "CNAME");
  const before = dmarcTexts(input.live, domain).map(dmarcStrength).filter((s) => s !== null);
  if (before.length === 0) return aliasReplacementTrips(input, wanted, alias, trip);
  const strongest = before.reduce((a, b) => b.p > a.p ? b : a);
  const current = `the current p=${POLICY_NAME[strongest.p]}`;
  if (alias) return delegationTrips(strongest, current, `delegates DMARC to ${aliasTargetName(alias.value)} (a CNAME)`, alias.value, input.delegatedDmarc, trip);
  const loosened = wanted ? writtenLoosening(strongest, wanted.value) : dmarcLoosening(strongest, null);
  return loosened ? trip(`loosens DMARC: it ${loosened}`) : [];
}
function liveDmarcAlias(input) {
  const record = input.live.find((r) => r.name === `_dmarc.${input.domain}` && r.type === "CNAME");
  if (record) return { target: aliasTargetName(record.value), managed: true };
  return input.liveDelegatedDmarc ? { target: aliasTargetName(input.liveDelegatedDmarc.target), managed: false } : null;
}
function aliasReplacementTrips(input, wanted, alias, trip) {
  const live = liveDmarcAlias(input);
  if (!live) return [];
  const newTarget = alias ? aliasTargetName(alias.value) : null;
  if (newTarget === live.target || !wanted && !alias && !live.managed) return [];
  const change = wanted ? `replaces the DMARC alias to ${live.target} (a CNAME) with a record of its own` : alias ? `moves the DMARC alias from ${live.target} to ${newTarget}` : `removes the DMARC alias to ${live.target} (a CNAME)`;
  const read = input.liveDelegatedDmarc;
  const texts = read !== void 0 && aliasTargetName(read.target) === live.target ? read.texts : null;
  if (texts === null) return trip(`${change}, but the policy at ${live.target}, which receivers apply now, could not be read: whether the change loosens DMARC is unknown`);
  const records = texts.filter(looksLikeDmarc);
  const before = records.length === 1 ? dmarcStrength(records[0]) : null;
  if (!before) return [];
  const current = `the current p=${POLICY_NAME[before.p]} (at ${live.target})`;
  if (alias) return delegationTrips(before, current, change, alias.value, input.delegatedDmarc, trip);
  if (!wanted) return trip(`${change}, whose record receivers apply today (p=${POLICY_NAME[before.p]}): receivers then apply no DMARC policy`);
  const loosened = writtenLoosening(before, wanted.value);
  return loosened ? trip(`${change}, which is looser: it ${loosened}`) : [];
}
function delegationTrips(before, current, delegates, aliasValue, read, trip) {
  const target = aliasTargetName(aliasValue);
  const texts = read !== void 0 && aliasTargetName(read.target) === target ? read.texts : null;
  if (texts === null) return trip(`${delegates}, whose policy could not be read: whether it is as strict as ${current} is unknown`);
  const records = texts.filter(looksLikeDmarc);
  if (records.length !== 1) return trip(`${delegates}, which publishes ${records.length === 0 ? "no DMARC record" : `${records.length} DMARC records`}: receivers then apply no DMARC policy`);
  const after = writtenDmarc(records[0]);
  if ("voided" in after) {
    const why = after.voided === "it has no valid p=" ? "has no valid p= tag" : `applies no policy (${after.voided})`;
    return trip(`${delegates}, whose record ${why}: receivers then apply no DMARC policy`);
  }
  const loosened = dmarcLoosening(before, after.strength);
  return loosened ? trip(`${delegates}, whose policy is looser: it ${loosened}`) : [];
}
function spfGates(input) {
  const { domain } = input;
  const trips = [];
  const live = spfTexts(input.live, domain);
  const wanted = input.desired.filter((r) => r.role === "spf").map((r) => r.value);
  const liveIncludes = new Set(live.flatMap(spfIncludes));
  const wantedIncludes = new Set(wanted.flatMap(spfIncludes));
  const removed = [...liveIncludes].filter((d) => !wantedIncludes.has(d)).sort();
  if (removed.length > 0) {
    trips.push({ id: "remove-spf-include", name: domain, reason: `${domain}: this update removes SPF include ${removed.join(", ")}; mail from that sender then fails SPF` });
  }
  const before = live.map(spfStrength).filter((s) => s !== null);
  const after = wanted.map(spfStrength).filter((s) => s !== null);
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
function spfRemoval(domain, live) {
  const judged = live.map((text) => ({ text, strength: spfAllStrength(text) }));
  const redirected = judged.find((r) => r.strength === null);
  if (redirected) {
    return `${domain}: this update removes the SPF record "${redirected.text}", whose policy its redirect= target decides: receivers then find no SPF record (result none, RFC 7208 §2.6.1) and apply no SPF policy`;
  }
  const strongest = judged.reduce((a, b) => b.strength > a.strength ? b : a);
  if (strongest.strength < 2) return null;
  const effect = strongest.strength === 3 ? "refused" : "marked";
  return `${domain}: this update removes the SPF record "${strongest.text}" (${ALL_NAME[strongest.strength]}): receivers then find no SPF record (result none, RFC 7208 §2.6.1), and mail from hosts it does not list is no longer ${effect}`;
}
function dkimGate(input) {
  const wanted = new Set(input.desired.filter((r) => r.role === "dkim").map((r) => selectorOf(r.subdomain)));
  const removed = /* @__PURE__ */ new Map();
  for (const record of input.live) {
    const selector = selectorOf(record.subdomain);
    if (selector === null || wanted.has(selector)) continue;
    removed.set(selector, record.name);
  }
  return [...removed.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([selector, name]) => ({
    id: "remove-dkim-selector",
    name,
    reason: `${input.domain}: this update deletes DKIM selector ${selector} (${name}); mail signed with it and still in transit or re-verified later fails DKIM (keep an old selector at least 7 days after a rotation)`
  }));
}
function largeChangeGate(input) {
  const options = input.options ?? DEFAULT_SAFETY;
  const total = input.live.length;
  const changed = input.operations.filter((op) => op.before !== null).length;
  if (total < options.largeChangeMinRecords || changed / total <= options.largeChangeShare) return [];
  const share = Math.round(changed / total * 100);
  return [
    {
      id: "large-change",
      name: input.domain,
      reason: `${input.domain}: this update deletes or modifies ${changed} of ${total} managed records (${share}% > ${Math.round(options.largeChangeShare * 100)}%)`
    }
  ];
}
function duplicateGate(input) {
  const trips = /* @__PURE__ */ new Map();
  const states = replay(input.live, input.operations);
  const check = (records, when, only) => {
    const counts = /* @__PURE__ */ new Map();
    for (const r of records) {
      const kind = policyKind(r);
      if (kind === null || only !== null && canonicalName(r.name) !== canonicalName(only)) continue;
      const key = `${canonicalName(r.name)}\0${kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) {
      if (count < 2) continue;
      const [name, kind] = key.split("\0");
      if (trips.has(name)) continue;
      const what = kind === "spf" ? "v=spf1" : "v=DMARC1";
      const effect = kind === "spf" ? "SPF then fails with permerror (RFC 7208 §3.2)" : "no DMARC policy then applies at all (RFC 7489 §6.6.3)";
      trips.set(name, { id: "duplicate-policy-record", name, reason: `${input.domain}: ${when} ${name} would hold ${count} ${what} records; ${effect}` });
    }
  };
  input.operations.forEach((op, i) => {
    if (op.after && policyKind(op.after) !== null) check(states[i], `after step ${i + 1} (${describeOperation(op)})`, op.after.name);
  });
  check(states.length > 0 ? states[states.length - 1] : input.live, "at the end of the update", null);
  check(input.desired, "the domain file itself asks for", null);
  return [...trips.values()];
}
var CHECKS = [mxGate, duplicateGate, largeChangeGate, dmarcGate, spfGates, dkimGate];
function quietName(id, domain) {
  return id === "loosen-dmarc" ? `_dmarc.${domain}` : domain;
}
function evaluateGates(input) {
  const allow = new Set(input.allow ?? []);
  const trips = CHECKS.flatMap((check) => check(input));
  const gates = [];
  for (const id of GATE_IDS) {
    if (id === "skip-adopt") continue;
    const mine = trips.filter((t) => t.id === id);
    if (mine.length === 0) {
      gates.push({ id, domain: input.domain, name: quietName(id, input.domain), tripped: false, allowed: false, reason: null });
      continue;
    }
    for (const trip of mine) {
      gates.push({ id, domain: input.domain, name: trip.name, tripped: true, allowed: allow.has(id) && !NEVER_ALLOWED.has(id), reason: oneLine(trip.reason) });
    }
  }
  return gates;
}
function refused(gate) {
  return gate.tripped && !gate.allowed;
}
function skipAdoptGate(domain, reason, allow) {
  return { id: "skip-adopt", domain, name: domain, tripped: true, allowed: allow.includes("skip-adopt"), reason };
}
function allowNames(raw) {
  const names = Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
  return names.map((n) => n.trim()).filter((n) => n !== "");
}
function unknownGateNames(names) {
  return names.filter((n) => !GATE_IDS.includes(n));
}
function refusalMessage(gates, how) {
  const stopped = gates.filter(refused);
  const lines = stopped.map((g) => `  ${g.reason} [${g.id}]`);
  const overridable = [...new Set(stopped.map((g) => g.id))].filter((id) => !NEVER_ALLOWED.has(id));
  const message = [`maildns refused this update (${stopped.length} safety gate${stopped.length === 1 ? "" : "s"}):`, ...lines];
  if (stopped.some((g) => NEVER_ALLOWED.has(g.id))) {
    message.push("duplicate-policy-record cannot be allowed: fix the zone or the domain file so each name keeps one SPF and one DMARC record.");
  }
  if (overridable.length > 0) {
    message.push("If this is intended, allow it for this update, e.g.", `  ${how(overridable[0])}`, `(allowed: ${overridable.join(", ")}), then remove the override afterwards.`);
  }
  return message.join("\n");
}

export {
  standingSlotRecords,
  slotOf,
  desiredSlotRecords,
  ownerLabel,
  matchSlots,
  operationsOf,
  zoneOperations,
  GATE_IDS,
  NEVER_ALLOWED,
  DEFAULT_SAFETY,
  evaluateGates,
  refused,
  skipAdoptGate,
  allowNames,
  unknownGateNames,
  refusalMessage
};
