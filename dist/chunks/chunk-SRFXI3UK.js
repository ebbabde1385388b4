import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  lookupTerms,
  normalizeDomainSpec,
  parseOnce,
  parseSpfShared
} from "./chunk-BZKAGD3N.js";

// src/dns/lookup.ts
async function settledLookup(lookup) {
  try {
    return await lookup;
  } catch (error) {
    return { status: "failed", reason: "network", detail: error instanceof Error ? error.message : String(error) };
  }
}

// src/mail/spf-lint.ts
var parseSpfText = parseOnce(parseSpfShared);
function domainSpf(domain) {
  const spf = domain.spf;
  if (!spf) return null;
  return { spf, text: spf.text, record: parseSpfText(spf.text) };
}
function spfRecord(domain) {
  const found = domainSpf(domain);
  if (!found) return null;
  return found.text.value.trimStart().toLowerCase().startsWith("v=spf1") ? found : null;
}
var SPF_ERROR_OWNER = {
  version: "spf-syntax",
  "invalid-character": "spf-syntax",
  "bad-qualifier": "spf-syntax",
  "bad-term": "spf-syntax",
  "missing-domain": "spf-syntax",
  "unexpected-argument": "spf-syntax",
  "bad-domain": "spf-syntax",
  "odd-domain": "spf-syntax",
  "unknown-mechanism": "spf-unknown-mechanism",
  "invalid-ip": "spf-invalid-cidr",
  "invalid-cidr": "spf-invalid-cidr",
  "duplicate-modifier": "spf-duplicate-modifier",
  "macro-syntax": "spf-macro-syntax",
  "macro-context": "spf-macro-syntax"
};
function errorsFor(record, ruleId, warnings = false) {
  const owned = record.errors.filter((error) => SPF_ERROR_OWNER[error.code] === ruleId);
  return warnings ? [...owned, ...record.warnings.filter((warning) => SPF_ERROR_OWNER[warning.code] === ruleId)] : owned;
}
function termTextAt(record, error) {
  const terms = record.terms;
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (terms[middle].start <= error.start) low = middle + 1;
    else high = middle;
  }
  const term = low > 0 ? terms[low - 1] : void 0;
  return term && error.end <= term.end ? term.text : record.text.slice(error.start, error.end);
}
function wholeRecord(record) {
  const start = record.text.length - record.text.trimStart().length;
  const end = record.text.trimEnd().length;
  return end > start ? [start, end] : [0, record.text.length];
}

// src/mail/spf-live.ts
var DEFAULT_MAX_DEPTH = 12;
var DEFAULT_MAX_LOOKUPS = 50;
function isSpfText(text) {
  const lower = text.slice(0, 7).toLowerCase();
  return lower === "v=spf1" || lower === "v=spf1 ";
}
function queryFor(term, domain) {
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
      return { kind: "none" };
  }
}
function ask(dns, query) {
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
function queryName(query) {
  return query.kind === "spf" ? "TXT" : query.kind === "mx" ? "MX" : query.kind === "a" ? "A" : "A/AAAA";
}
async function walkRecord(walk, record, domain, chain, top) {
  const { tree } = walk;
  const entries = lookupTerms(record).filter((entry) => entry.reachable);
  const room = Math.max(0, walk.maxLookups - tree.lookups);
  const queries = entries.map((entry) => queryFor(entry.term, domain));
  const answers = queries.map((query, i) => i < room ? settledLookup(ask(walk.dns, query)) : Promise.resolve(null));
  for (let i = 0; i < entries.length; i++) {
    const term = entries[i].term;
    if (tree.lookups >= walk.maxLookups) {
      tree.truncated = true;
      return;
    }
    const here = top ?? { term: term.text, start: term.start, end: term.end };
    const before = tree.lookups;
    tree.lookups += 1;
    const query = queries[i];
    const place = { top: here, chain, term: term.text };
    const answer = await (i < room ? answers[i] : settledLookup(ask(walk.dns, query)));
    if (answer !== null) await follow(walk, query, answer, place, chain);
    if (top === null) {
      const cost = { term: here.term, start: here.start, end: here.end, cost: tree.lookups - before };
      tree.perTerm.push(cost);
    }
  }
}
async function follow(walk, query, answer, place, chain) {
  const { tree } = walk;
  if (query.kind === "none") return;
  if (answer.status === "failed") {
    tree.failures.push({ ...place, name: query.name, query: queryName(query), reason: answer.reason, ...answer.detail ? { detail: answer.detail } : {} });
    tree.complete = false;
    return;
  }
  if (query.kind === "a" && answer.status === "ok" && !answer.records.some((address) => !address.includes(":"))) {
    const unanswered = answer.unanswered;
    if (unanswered?.type === "A") {
      tree.failures.push({ ...place, name: query.name, query: "A", reason: unanswered.reason, ...unanswered.detail ? { detail: unanswered.detail } : {} });
      tree.complete = false;
    } else {
      tree.voids.push({ ...place, name: query.name, query: "A", status: "nodata" });
    }
    return;
  }
  if (answer.status !== "ok") {
    tree.voids.push({ ...place, name: query.name, query: queryName(query), status: answer.status });
    if (query.kind === "spf") tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: answer.status });
    return;
  }
  if (query.kind === "mx") {
    const exchanges = answer.records.map((r) => r.exchange.replace(/\.$/, "")).filter((exchange) => exchange !== "");
    tree.mxSets.push({ ...place, name: query.name, hosts: exchanges.length });
    const addresses = exchanges.slice(0, 10).map((exchange) => settledLookup(walk.dns.addresses(exchange)));
    for (let i = 0; i < addresses.length; i++) {
      const result = await addresses[i];
      const name = exchanges[i];
      if (result.status === "failed") {
        tree.failures.push({ ...place, name, query: "A/AAAA", reason: result.reason, ...result.detail ? { detail: result.detail } : {} });
        tree.complete = false;
      } else if (result.status !== "ok") {
        tree.voids.push({ ...place, name, query: "A/AAAA", status: result.status });
      }
    }
    return;
  }
  if (query.kind !== "spf") return;
  const spfTexts = answer.records.filter(isSpfText);
  if (spfTexts.length === 0) {
    const nearMiss = answer.records.find((text) => text.slice(0, 6).toLowerCase() === "v=spf1");
    const reason = nearMiss === void 0 ? void 0 : parseSpfShared(nearMiss).errors.find((e) => e.code === "version")?.message;
    const notSpf = nearMiss !== void 0 && reason !== void 0 ? { notSpf: { record: nearMiss, reason } } : {};
    tree.missingRecords.push({ ...place, target: query.name, kind: query.mode, status: "no-spf", ...notSpf });
    return;
  }
  if (spfTexts.length > 1) {
    tree.multipleRecords.push({ ...place, target: query.name, kind: query.mode, count: spfTexts.length });
    return;
  }
  if (chain.includes(query.name)) {
    tree.loops.push({ ...place, target: query.name, kind: query.mode });
    return;
  }
  const target = parseSpfShared(spfTexts[0]);
  const error = target.errors[0];
  if (error) {
    tree.invalidTargets.push({ ...place, target: query.name, kind: query.mode, record: spfTexts[0], error: error.message });
    return;
  }
  if (chain.length > walk.maxDepth) {
    tree.truncated = true;
    tree.complete = false;
    return;
  }
  await walkRecord(walk, target, query.name, [...chain, query.name], place.top);
}
async function evaluateSpfTree(domain, text, dns, options = {}) {
  const tree = {
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
    complete: true
  };
  const walk = {
    dns,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxLookups: options.maxLookups ?? DEFAULT_MAX_LOOKUPS,
    tree
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
function senderAt(model, text) {
  return (start) => {
    const segment = text.segments?.find((s) => start >= s.start && start < s.end);
    if (!segment || segment.path[1] !== "senders" || typeof segment.path[2] !== "number") return null;
    return model.spf?.senders[segment.path[2]]?.name ?? null;
  };
}
var trees = /* @__PURE__ */ new WeakMap();
function domainSpfTree(model, dns) {
  const found = spfRecord(model);
  if (!found) return null;
  let byText = trees.get(dns);
  if (!byText) trees.set(dns, byText = /* @__PURE__ */ new WeakMap());
  let tree = byText.get(found.text);
  if (!tree) {
    tree = evaluateSpfTree(model.domain, found.text.value, dns, { senderAt: senderAt(model, found.text) });
    byText.set(found.text, tree);
  }
  return tree.then((t) => ({ text: found.text, tree: t }));
}
function formatChain(chain) {
  return chain.join(" → ");
}
function formatCosts(perTerm) {
  return perTerm.map((entry) => `${entry.term} ${entry.cost}${entry.sender ? ` (${entry.sender})` : ""}`).join(", ");
}

// src/mail/spf-ip.ts
import { isIP } from "node:net";
function ipToBigInt(address) {
  const family = address.includes("%") ? 0 : isIP(address);
  if (family === 4) {
    return { value: address.split(".").reduce((acc, octet) => acc << 8n | BigInt(Number(octet)), 0n), bits: 32 };
  }
  if (family !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipToBigInt(dotted[1]).value;
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === void 0 || tail === "" ? [] : tail.split(":");
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array(tail === void 0 ? 0 : missing).fill("0"), ...tailGroups];
  return { value: groups.reduce((acc, group) => acc << 16n | BigInt(parseInt(group, 16)), 0n), bits: 128 };
}
function ipInNetwork(address, network, prefix) {
  const [addressText = "", ownPrefixText] = address.split("/");
  const ip = ipToBigInt(addressText);
  const net = ipToBigInt(network);
  if (!ip || !net || ip.bits !== net.bits) return false;
  const length = prefix ?? net.bits;
  const ownLength = ownPrefixText === void 0 ? ip.bits : Number(ownPrefixText);
  if (!Number.isInteger(ownLength) || ownLength < length) return false;
  const shift = BigInt(net.bits - length);
  return ip.value >> shift === net.value >> shift;
}

export {
  settledLookup,
  domainSpf,
  spfRecord,
  errorsFor,
  termTextAt,
  wholeRecord,
  isSpfText,
  domainSpfTree,
  formatChain,
  formatCosts,
  ipToBigInt,
  ipInNetwork
};
