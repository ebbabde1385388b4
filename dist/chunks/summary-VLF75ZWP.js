import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  percent
} from "./chunk-JLWFAXHK.js";
import "./chunk-5AL66J2M.js";

// src/reports/summary.ts
function windowEnding(today, days) {
  const end = Date.parse(`${today}T00:00:00Z`);
  const from = new Date(end - (days - 1) * 864e5).toISOString().slice(0, 10);
  return { from, to: today, days };
}
var byNumberThenText = (number, text) => (a, b) => number(b) - number(a) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
function buildSummary(domains, sources, resolved) {
  const sourcesOf = /* @__PURE__ */ new Map();
  for (const s of sources) {
    const key = `${s.domain} ${s.ip}`;
    const dkim = s.signatures.map((d) => ({ domain: d.signingDomain, selector: d.selector, messages: d.messages, alignedPass: d.alignedPass })).sort(byNumberThenText((d) => d.messages, (d) => `${d.domain}/${d.selector}`));
    let list = sourcesOf.get(s.domain);
    if (!list) sourcesOf.set(s.domain, list = []);
    list.push({
      ip: s.ip,
      name: resolved.names.get(s.ip) ?? null,
      spfTerm: resolved.spfTerms.get(key) ?? null,
      messages: s.messages,
      passing: s.passing,
      dkimAligned: s.dkimAligned,
      spfAligned: s.spfAligned,
      unaligned: s.messages - s.passing,
      spfPassUnaligned: s.spfPassUnaligned,
      dkimPassUnaligned: s.dkimPassUnaligned,
      spfDomains: s.spfDomains,
      dkimDomains: s.dkimDomains,
      dkim,
      reporters: s.reporters
    });
  }
  return domains.map((d) => ({
    ...d,
    sources: (sourcesOf.get(d.domain) ?? []).sort(byNumberThenText((s) => s.messages, (s) => s.ip))
  }));
}
var count = (n) => n.toLocaleString("en-US");
function sourceLine(s) {
  const parts = [
    `${s.ip}${s.name ? ` (${s.name})` : ""}: ${count(s.messages)} messages, ${percent(s.passing, s.messages)} passing`,
    `SPF aligned ${count(s.spfAligned)}, DKIM aligned ${count(s.dkimAligned)}, unaligned ${count(s.unaligned)}`,
    `SPF ${s.spfTerm ? `authorised by ${s.spfTerm}` : s.spfDomains.length ? `for ${s.spfDomains.join(", ")}` : "none"}`,
    `DKIM ${s.dkim.length ? s.dkim.map((d) => `d=${d.domain} s=${d.selector}`).join(", ") : s.dkimDomains.length ? s.dkimDomains.map((d) => `d=${d}`).join(", ") : "none"}`,
    `reporters ${s.reporters.join(", ")}`
  ];
  return `  ${parts.join("; ")}`;
}
function domainHeadline(d) {
  return `${d.domain}: ${d.days} day${d.days === 1 ? "" : "s"} of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, ${percent(d.passing, d.messages)} passing DMARC (SPF aligned ${percent(d.spfAligned, d.messages)}, DKIM aligned ${percent(d.dkimAligned, d.messages)})`;
}
function summaryText(domains, window) {
  if (domains.length === 0) return `No reports between ${window.from} and ${window.to}.
`;
  return `${domains.map((d) => [domainHeadline(d), ...d.sources.map(sourceLine)].join("\n")).join("\n\n")}
`;
}
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function summaryMarkdown(domains, window) {
  if (domains.length === 0) return `No reports between ${window.from} and ${window.to}.
`;
  const parts = [];
  for (const d of domains) {
    parts.push(`### ${d.domain}`, "", `${d.days} days of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, **${percent(d.passing, d.messages)} passing DMARC**.`, "");
    parts.push("| Source | Name | Messages | Passing | SPF aligned | DKIM aligned | Unaligned | SPF | DKIM | Reporters |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |");
    for (const s of d.sources) {
      const spf = s.spfTerm ?? (s.spfDomains.join(", ") || "–");
      const dkim = s.dkim.map((x) => `d=${x.domain} s=${x.selector}`).join("<br>") || s.dkimDomains.map((x) => `d=${x}`).join(", ") || "–";
      parts.push(`| ${s.ip} | ${cell(s.name ?? "–")} | ${count(s.messages)} | ${percent(s.passing, s.messages)} | ${count(s.spfAligned)} | ${count(s.dkimAligned)} | ${count(s.unaligned)} | ${cell(spf)} | ${cell(dkim)} | ${cell(s.reporters.join(", "))} |`);
    }
    parts.push("");
  }
  return `${parts.join("\n")}
`;
}
function summaryJson(domains, window) {
  return `${JSON.stringify({ version: 1, window, domains }, null, 2)}
`;
}
export {
  buildSummary,
  summaryJson,
  summaryMarkdown,
  summaryText,
  windowEnding
};
