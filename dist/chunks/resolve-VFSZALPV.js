import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  ipInNetwork
} from "./chunk-VO3HMMIX.js";
import {
  isSpfRecord,
  mechanisms,
  modifiers,
  parseSpf
} from "./chunk-K36EJTVN.js";
import "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";

// src/reports/resolve.ts
import { Resolver } from "node:dns/promises";
async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
async function reverseNames(ips, options) {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 2 });
  if (options.servers.length > 0) resolver.setServers([...options.servers]);
  const names = await mapLimited(ips, options.concurrency, async (ip) => {
    try {
      const found = await resolver.reverse(ip);
      return found[0] ? found[0].toLowerCase().replace(/\.$/, "") : null;
    } catch {
      return null;
    }
  });
  resolver.cancel();
  return new Map(ips.map((ip, i) => [ip, names[i]]));
}
var MAX_LOOKUPS = 30;
var MAX_DEPTH = 10;
var MAX_TERMS = 10;
var LOOKUP_TERMS = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists"]);
async function recordOf(domain, dns, walk) {
  if (++walk.lookups > MAX_LOOKUPS) return "failed";
  const answer = await dns.txt(domain);
  if (answer.status === "failed") return "failed";
  if (answer.status !== "ok") return null;
  const records = answer.records.filter(isSpfRecord);
  return records.length === 1 ? records[0] : null;
}
async function addressesOf(name, ip, dns, walk) {
  if (++walk.lookups > MAX_LOOKUPS) return "failed";
  const answer = await dns.addresses(name);
  if (answer.status === "failed") return "failed";
  if (answer.unanswered?.type === (ip.includes(":") ? "AAAA" : "A")) return "failed";
  return answer.status === "ok" ? answer.records : [];
}
async function mechanismMatches(m, domain, ip, dns, walk, depth) {
  const target = (m.domainSpec ?? domain).toLowerCase().replace(/\.$/, "");
  const v6 = ip.includes(":");
  const prefix = v6 ? m.cidr6 : m.cidr4;
  switch (m.name) {
    case "all":
      return true;
    case "ip4":
    case "ip6":
      return m.ip !== null && ipInNetwork(ip, m.ip, prefix);
    case "a": {
      const addresses = await addressesOf(target, ip, dns, walk);
      return addresses === "failed" ? "unknown" : addresses.some((a) => ipInNetwork(ip, a, prefix));
    }
    case "mx": {
      if (++walk.lookups > MAX_LOOKUPS) return "unknown";
      const answer = await dns.mx(target);
      if (answer.status === "failed") return "unknown";
      if (answer.status !== "ok") return false;
      for (const mx of answer.records.slice(0, 10)) {
        const addresses = await addressesOf(mx.exchange.replace(/\.$/, ""), ip, dns, walk);
        if (addresses === "failed") return "unknown";
        if (addresses.some((a) => ipInNetwork(ip, a, prefix))) return true;
      }
      return false;
    }
    case "include": {
      const result = await evaluate(target, ip, dns, walk, depth + 1);
      if (result === "unknown") return "unknown";
      if (result.match === "none" || result.match === "permerror") return "permerror";
      return result.match === "pass";
    }
    default:
      return "unknown";
  }
}
async function evaluate(domain, ip, dns, walk, depth) {
  if (depth > MAX_DEPTH) return "unknown";
  const text = await recordOf(domain, dns, walk);
  if (text === "failed") return "unknown";
  if (text === null) return { match: "none", term: null };
  const record = parseSpf(text);
  if (record.errors.length > 0) return { match: "permerror", term: null };
  for (const m of mechanisms(record)) {
    if (LOOKUP_TERMS.has(m.name) && ++walk.terms > MAX_TERMS) return { match: "permerror", term: null };
    if (m.macros.length > 0) return "unknown";
    const matched = await mechanismMatches(m, domain, ip, dns, walk, depth);
    if (matched === "unknown") return "unknown";
    if (matched === "permerror") return { match: "permerror", term: null };
    if (matched) return { match: m.qualifier === "+" ? "pass" : "other", term: m.text };
  }
  const redirect = modifiers(record).find((mod) => mod.name === "redirect");
  if (redirect && redirect.macros.length === 0) {
    if (++walk.terms > MAX_TERMS) return { match: "permerror", term: null };
    const result = await evaluate(redirect.value.toLowerCase().replace(/\.$/, ""), ip, dns, walk, depth + 1);
    if (result === "unknown") return "unknown";
    if (result.match === "none") return { match: "permerror", term: null };
    return { match: result.match, term: result.match === "pass" ? redirect.text : null };
  }
  return { match: "none", term: null };
}
async function authorisingTerm(domain, ip, dns) {
  const result = await evaluate(domain, ip, dns, { lookups: 0, terms: 0 }, 0);
  if (result === "unknown") return null;
  return result.match === "pass" && result.term !== null ? result.term : "";
}
export {
  authorisingTerm,
  reverseNames
};
