import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  markdownText
} from "./chunk-YDQHN5ZX.js";
import {
  percent
} from "./chunk-JLWFAXHK.js";
import {
  escapeUnsafeInJson,
  oneLine
} from "./chunk-G7NDWJJB.js";
import "./chunk-5AL66J2M.js";

// src/reports/summary.ts
function windowEnding(today, days) {
  const end = Date.parse(`${today}T00:00:00Z`);
  const from = new Date(end - (days - 1) * 864e5).toISOString().slice(0, 10);
  return { from, to: today, days };
}
var byNumberThenText = (number, text) => (a, b) => number(b) - number(a) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
function sourceSummary(s, resolved) {
  const dkim = s.signatures.map((d) => ({ domain: d.signingDomain, selector: d.selector, messages: d.messages, alignedPass: d.alignedPass })).sort(byNumberThenText((d) => d.messages, (d) => `${d.domain}/${d.selector}`));
  return {
    ip: s.ip,
    name: resolved.names.get(s.ip) ?? null,
    spfTerm: resolved.spfTerms.get(`${s.domain} ${s.ip}`) ?? null,
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
  };
}
function domainSummary(totals, sources, resolved) {
  return { ...totals, sources: sources.map((s) => sourceSummary(s, resolved)).sort(byNumberThenText((s) => s.messages, (s) => s.ip)) };
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
  return `  ${oneLine(parts.join("; "))}`;
}
function domainHeadline(d) {
  return `${oneLine(d.domain)}: ${d.days} day${d.days === 1 ? "" : "s"} of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, ${percent(d.passing, d.messages)} passing DMARC (SPF aligned ${percent(d.spfAligned, d.messages)}, DKIM aligned ${percent(d.dkimAligned, d.messages)})`;
}
var noReports = (window) => `No reports between ${window.from} and ${window.to}.
`;
var textWriter = (window) => ({
  domain: (d, first) => `${first ? "" : "\n"}${[domainHeadline(d), ...d.sources.map(sourceLine)].join("\n")}
`,
  end: (domains) => domains === 0 ? noReports(window) : ""
});
function summaryText(domains, window) {
  return writeAll(textWriter(window), domains);
}
function writeAll(writer, domains) {
  return domains.map((d, n) => writer.domain(d, n === 0)).join("") + writer.end(domains.length);
}
var markdownWriter = (window) => ({
  domain: (d, first) => `${first ? "" : "\n"}${markdownDomain(d)}`,
  end: (domains) => domains === 0 ? noReports(window) : "\n"
});
function summaryMarkdown(domains, window) {
  return writeAll(markdownWriter(window), domains);
}
function markdownDomain(d) {
  const parts = [];
  parts.push(`### ${markdownText(d.domain)}`, "", `${d.days} days of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, **${percent(d.passing, d.messages)} passing DMARC**.`, "");
  parts.push("| Source | Name | Messages | Passing | SPF aligned | DKIM aligned | Unaligned | SPF | DKIM | Reporters |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |");
  for (const s of d.sources) {
    const spf = s.spfTerm ?? (s.spfDomains.join(", ") || "–");
    const dkim = s.dkim.map((x) => markdownText(`d=${x.domain} s=${x.selector}`)).join("<br>") || markdownText(s.dkimDomains.map((x) => `d=${x}`).join(", ")) || "–";
    parts.push(`| ${markdownText(s.ip)} | ${markdownText(s.name ?? "–")} | ${count(s.messages)} | ${percent(s.passing, s.messages)} | ${count(s.spfAligned)} | ${count(s.dkimAligned)} | ${count(s.unaligned)} | ${markdownText(spf)} | ${dkim} | ${markdownText(s.reporters.join(", "))} |`);
  }
  return `${parts.join("\n")}
`;
}
var jsonWriter = (window) => ({
  domain: (d, first) => `${first ? `{"version":1,"window":${JSON.stringify(window)},"domains":[
` : ",\n"}${escapeUnsafeInJson(JSON.stringify(d))}`,
  end: (domains) => domains === 0 ? `{"version":1,"window":${JSON.stringify(window)},"domains":[]}
` : "\n]}\n"
});
function summaryJson(domains, window) {
  return writeAll(jsonWriter(window), domains);
}
export {
  domainSummary,
  jsonWriter,
  markdownWriter,
  sourceSummary,
  summaryJson,
  summaryMarkdown,
  summaryText,
  textWriter,
  windowEnding
};
