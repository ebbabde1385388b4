import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  compareText
} from "./chunk-JSZUARHQ.js";
import {
  reportJson
} from "./chunk-G7NDWJJB.js";

// src/reports/evidence.ts
var EVIDENCE_FILE_NAME = "dmarc-evidence.json";
var DEFAULT_MIN_SOURCE_SHARE = 1e-3;
var MAX_LISTED = 20;
var round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
function domainEvidence(summary, minSourceShare) {
  const failingSources = summary.sources.filter((s) => s.unaligned > 0 && summary.messages > 0 && s.unaligned / summary.messages >= minSourceShare).map((s) => ({
    ip: s.ip,
    name: s.name,
    messages: s.messages,
    failing: s.unaligned,
    share: round(s.unaligned / summary.messages, 4),
    // Most of the failing messages decide how the source is described.
    spf: s.spfPassUnaligned * 2 >= s.unaligned ? "unaligned" : "fail",
    dkim: s.dkimPassUnaligned * 2 >= s.unaligned ? "unaligned" : "fail",
    spfDomains: s.spfDomains,
    dkimDomains: s.dkimDomains,
    spfTerm: s.spfTerm,
    reporters: s.reporters
  })).sort((a, b) => b.failing - a.failing || compareText(a.ip, b.ip)).slice(0, MAX_LISTED);
  const selectors = /* @__PURE__ */ new Map();
  for (const source of summary.sources) {
    for (const d of source.dkim) {
      const key = `${d.domain} ${d.selector}`;
      const seen = selectors.get(key) ?? { domain: d.domain, selector: d.selector, messages: 0, alignedPass: 0 };
      seen.messages += d.messages;
      seen.alignedPass += d.alignedPass;
      selectors.set(key, seen);
    }
  }
  return {
    domain: summary.domain,
    from: summary.from,
    to: summary.to,
    days: summary.days,
    messages: summary.messages,
    passing: summary.passing,
    dkimAligned: summary.dkimAligned,
    spfAligned: summary.spfAligned,
    failingSources,
    selectors: [...selectors.values()].sort((a, b) => b.messages - a.messages || compareText(`${a.domain} ${a.selector}`, `${b.domain} ${b.selector}`)).slice(0, MAX_LISTED)
  };
}
function buildEvidence(summaries, window, minSourceShare = DEFAULT_MIN_SOURCE_SHARE) {
  return {
    version: 1,
    window: { from: window.from, to: window.to, days: window.days },
    minSourceShare,
    domains: summaries.map((s) => domainEvidence(s, minSourceShare)).sort((a, b) => compareText(a.domain, b.domain))
  };
}
function serializeEvidence(evidence) {
  return `${reportJson(evidence)}
`;
}
var EVIDENCE_HEAD = /^\s*\{\s*"version"\s*:\s*1\s*,\s*"window"\s*:\s*\{[^{}]*\}\s*,\s*"minSourceShare"\s*:/;
var beginsAsEvidence = (head) => EVIDENCE_HEAD.test(head);
var EvidenceError = class extends Error {
  name = "EvidenceError";
};
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function need(condition, file, what) {
  if (!condition) throw new EvidenceError(`${file}: not a DMARC evidence file written by \`maildns reports evidence\` (${what}); write it again with that command`);
}
var isCount = (n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
var isShare = (n) => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 1;
function dayNumber(value) {
  if (typeof value !== "string" || !DATE.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time / 864e5;
}
var isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
function parseEvidence(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EvidenceError(`${file}: not valid JSON (${error.message}); write it again with \`maildns reports evidence\``);
  }
  const v = value;
  need(v !== null && typeof v === "object", file, "not an object");
  need(v.version === 1, file, `version ${JSON.stringify(v.version)}, expected 1`);
  const window = v.window;
  const windowFrom = dayNumber(window?.from);
  const windowTo = dayNumber(window?.to);
  need(!!window && windowFrom !== null && windowTo !== null && isCount(window.days) && window.days === windowTo - windowFrom + 1, file, "no valid window");
  need(isShare(v.minSourceShare), file, "no minSourceShare");
  need(Array.isArray(v.domains), file, "no domains list");
  v.domains.forEach((d, i) => {
    const where = `domains[${i}]`;
    need(!!d && typeof d.domain === "string" && d.domain !== "", file, `${where} has no domain`);
    const from = dayNumber(d.from);
    const to = dayNumber(d.to);
    need(from !== null && to !== null && windowFrom <= from && from <= to && to <= windowTo, file, `${where} has no valid from/to inside the window`);
    need([d.days, d.messages, d.passing, d.dkimAligned, d.spfAligned].every(isCount) && d.passing <= d.messages, file, `${where} has invalid counts`);
    need(d.days >= 1 && d.days <= window.days, file, `${where} has ${d.days} days of reports, where the window holds 1 to ${window.days}`);
    need(d.dkimAligned <= d.passing && d.spfAligned <= d.passing && d.passing <= d.dkimAligned + d.spfAligned, file, `${where}'s passing messages are not its SPF- and DKIM-aligned ones`);
    need(Array.isArray(d.failingSources) && Array.isArray(d.selectors), file, `${where} has no failingSources or selectors`);
    let failing = 0;
    for (const s of d.failingSources) {
      need(!!s && typeof s.ip === "string" && isCount(s.messages) && isCount(s.failing) && isShare(s.share) && (s.spf === "fail" || s.spf === "unaligned") && (s.dkim === "fail" || s.dkim === "unaligned"), file, `${where} has an invalid failing source`);
      need(isStringList(s.spfDomains) && isStringList(s.dkimDomains) && isStringList(s.reporters), file, `${where} has an invalid failing source`);
      need(s.failing <= s.messages && d.messages > 0 && s.share === round(s.failing / d.messages, 4), file, `${where}'s failing source ${String(s.ip).slice(0, 60)} has a share that is not its failing messages over the domain's`);
      failing += s.failing;
    }
    need(failing <= d.messages - d.passing, file, `${where}'s failing sources fail more messages than the domain's failing ones`);
    for (const s of d.selectors) need(!!s && typeof s.domain === "string" && typeof s.selector === "string" && isCount(s.messages) && isCount(s.alignedPass) && s.alignedPass <= s.messages, file, `${where} has an invalid selector`);
  });
  return v;
}
function evidenceView(evidence, file, domain) {
  return { file, window: evidence.window, minSourceShare: evidence.minSourceShare, domain: evidence.domains.find((d) => d.domain === domain) ?? null };
}

export {
  EVIDENCE_FILE_NAME,
  DEFAULT_MIN_SOURCE_SHARE,
  MAX_LISTED,
  domainEvidence,
  buildEvidence,
  serializeEvidence,
  beginsAsEvidence,
  EvidenceError,
  parseEvidence,
  evidenceView
};
