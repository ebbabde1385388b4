// `reports summary`: the store's figures for a window, per domain and per source, in text, Markdown and
// JSON. Pure: the store's totals in, documents out.
import { percent } from "../mail/dmarc-ramp.js";
import { markdownText as cell } from "../model/markdown-text.js";
import { escapeUnsafeInJson, oneLine } from "../model/show.js";
import type { DomainTotals, SourceTotals } from "./store.js";

export interface SourceSummary {
  ip: string;
  /** Reverse name (PTR), when resolved. */
  name: string | null;
  /** The top-level term of the domain's SPF record that authorises this address, when resolved. */
  spfTerm: string | null;
  messages: number;
  passing: number;
  dkimAligned: number;
  spfAligned: number;
  /** Messages that failed DMARC (neither SPF nor DKIM aligned and passing). */
  unaligned: number;
  spfPassUnaligned: number;
  dkimPassUnaligned: number;
  spfDomains: string[];
  dkimDomains: string[];
  dkim: { domain: string; selector: string; messages: number; alignedPass: number }[];
  reporters: string[];
}

export interface DomainSummary {
  domain: string;
  from: string;
  to: string;
  days: number;
  messages: number;
  passing: number;
  dkimAligned: number;
  spfAligned: number;
  sources: SourceSummary[];
}

export interface SummaryWindow {
  from: string;
  to: string;
  days: number;
}

/** The window of `days` days ending on `today` (both included). */
export function windowEnding(today: string, days: number): SummaryWindow {
  const end = Date.parse(`${today}T00:00:00Z`);
  const from = new Date(end - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today, days };
}

export interface Resolved {
  names: ReadonlyMap<string, string | null>;
  /** Keyed "domain ip". */
  spfTerms: ReadonlyMap<string, string | null>;
}

const byNumberThenText = <T>(number: (t: T) => number, text: (t: T) => string) => (a: T, b: T) => number(b) - number(a) || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);

/** One source's line of the summary. */
export function sourceSummary(s: SourceTotals, resolved: Resolved): SourceSummary {
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
    reporters: s.reporters,
  };
}

/** One domain's summary: its totals and its sources, largest first. */
export function domainSummary(totals: DomainTotals, sources: readonly SourceTotals[], resolved: Resolved): DomainSummary {
  return { ...totals, sources: sources.map((s) => sourceSummary(s, resolved)).sort(byNumberThenText((s) => s.messages, (s) => s.ip)) };
}

const count = (n: number) => n.toLocaleString("en-US");

function sourceLine(s: SourceSummary): string {
  const parts = [
    `${s.ip}${s.name ? ` (${s.name})` : ""}: ${count(s.messages)} messages, ${percent(s.passing, s.messages)} passing`,
    `SPF aligned ${count(s.spfAligned)}, DKIM aligned ${count(s.dkimAligned)}, unaligned ${count(s.unaligned)}`,
    `SPF ${s.spfTerm ? `authorised by ${s.spfTerm}` : s.spfDomains.length ? `for ${s.spfDomains.join(", ")}` : "none"}`,
    `DKIM ${s.dkim.length ? s.dkim.map((d) => `d=${d.domain} s=${d.selector}`).join(", ") : s.dkimDomains.length ? s.dkimDomains.map((d) => `d=${d}`).join(", ") : "none"}`,
    `reporters ${s.reporters.join(", ")}`,
  ];
  // A reporter's name, a PTR name or a selector may hold controls: shown as U+XXXX, one line per source.
  return `  ${oneLine(parts.join("; "))}`;
}

function domainHeadline(d: DomainSummary): string {
  return `${oneLine(d.domain)}: ${d.days} day${d.days === 1 ? "" : "s"} of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, ${percent(d.passing, d.messages)} passing DMARC (SPF aligned ${percent(d.spfAligned, d.messages)}, DKIM aligned ${percent(d.dkimAligned, d.messages)})`;
}

/** A document written a domain at a time: what comes before the first, each domain's part, the end. */
export interface SummaryWriter {
  domain(d: DomainSummary, first: boolean): string;
  end(domains: number): string;
}

const noReports = (window: SummaryWindow) => `No reports between ${window.from} and ${window.to}.\n`;

export const textWriter = (window: SummaryWindow): SummaryWriter => ({
  domain: (d, first) => `${first ? "" : "\n"}${[domainHeadline(d), ...d.sources.map(sourceLine)].join("\n")}\n`,
  end: (domains) => (domains === 0 ? noReports(window) : ""),
});

export function summaryText(domains: readonly DomainSummary[], window: SummaryWindow): string {
  return writeAll(textWriter(window), domains);
}

function writeAll(writer: SummaryWriter, domains: readonly DomainSummary[]): string {
  return domains.map((d, n) => writer.domain(d, n === 0)).join("") + writer.end(domains.length);
}


export const markdownWriter = (window: SummaryWindow): SummaryWriter => ({
  domain: (d, first) => `${first ? "" : "\n"}${markdownDomain(d)}`,
  end: (domains) => (domains === 0 ? noReports(window) : "\n"),
});

export function summaryMarkdown(domains: readonly DomainSummary[], window: SummaryWindow): string {
  return writeAll(markdownWriter(window), domains);
}

function markdownDomain(d: DomainSummary): string {
  const parts: string[] = [];
  parts.push(`### ${cell(d.domain)}`, "", `${d.days} days of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, **${percent(d.passing, d.messages)} passing DMARC**.`, "");
  parts.push("| Source | Name | Messages | Passing | SPF aligned | DKIM aligned | Unaligned | SPF | DKIM | Reporters |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |");
  for (const s of d.sources) {
    const spf = s.spfTerm ?? (s.spfDomains.join(", ") || "–");
    // What a report says (reporter, selectors, domains) and a PTR name are anyone's to choose: escaped text.
    const dkim = s.dkim.map((x) => cell(`d=${x.domain} s=${x.selector}`)).join("<br>") || cell(s.dkimDomains.map((x) => `d=${x}`).join(", ")) || "–";
    parts.push(`| ${cell(s.ip)} | ${cell(s.name ?? "–")} | ${count(s.messages)} | ${percent(s.passing, s.messages)} | ${count(s.spfAligned)} | ${count(s.dkimAligned)} | ${count(s.unaligned)} | ${cell(spf)} | ${dkim} | ${cell(s.reporters.join(", "))} |`);
  }
  return `${parts.join("\n")}\n`;
}

/**
 * JSON, compact, one domain a line: at 10,000 domains the document is tens of megabytes, which indentation
 * would make half as large again, and a line per domain keeps it readable with grep and jq alike.
 */
export const jsonWriter = (window: SummaryWindow): SummaryWriter => ({
  domain: (d, first) => `${first ? `{"version":1,"window":${JSON.stringify(window)},"domains":[\n` : ",\n"}${escapeUnsafeInJson(JSON.stringify(d))}`,
  end: (domains) => (domains === 0 ? `{"version":1,"window":${JSON.stringify(window)},"domains":[]}\n` : "\n]}\n"),
});

export function summaryJson(domains: readonly DomainSummary[], window: SummaryWindow): string {
  return writeAll(jsonWriter(window), domains);
}
