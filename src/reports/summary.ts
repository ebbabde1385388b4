// `reports summary`: the store's figures for a window, per domain and per source, in text, Markdown and
// JSON. Pure: the store's totals in, documents out.
import { percent } from "../mail/dmarc-ramp.js";
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

export function buildSummary(domains: readonly DomainTotals[], sources: readonly SourceTotals[], resolved: Resolved): DomainSummary[] {
  const sourcesOf = new Map<string, SourceSummary[]>();
  for (const s of sources) {
    const key = `${s.domain} ${s.ip}`;
    const dkim = s.signatures.map((d) => ({ domain: d.signingDomain, selector: d.selector, messages: d.messages, alignedPass: d.alignedPass })).sort(byNumberThenText((d) => d.messages, (d) => `${d.domain}/${d.selector}`));
    let list = sourcesOf.get(s.domain);
    if (!list) sourcesOf.set(s.domain, (list = []));
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
      reporters: s.reporters,
    });
  }
  return domains.map((d) => ({
    ...d,
    sources: (sourcesOf.get(d.domain) ?? []).sort(byNumberThenText((s) => s.messages, (s) => s.ip)),
  }));
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
  return `  ${parts.join("; ")}`;
}

function domainHeadline(d: DomainSummary): string {
  return `${d.domain}: ${d.days} day${d.days === 1 ? "" : "s"} of reports (${d.from} → ${d.to}), ${count(d.messages)} messages, ${percent(d.passing, d.messages)} passing DMARC (SPF aligned ${percent(d.spfAligned, d.messages)}, DKIM aligned ${percent(d.dkimAligned, d.messages)})`;
}

export function summaryText(domains: readonly DomainSummary[], window: SummaryWindow): string {
  if (domains.length === 0) return `No reports between ${window.from} and ${window.to}.\n`;
  return `${domains.map((d) => [domainHeadline(d), ...d.sources.map(sourceLine)].join("\n")).join("\n\n")}\n`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function summaryMarkdown(domains: readonly DomainSummary[], window: SummaryWindow): string {
  if (domains.length === 0) return `No reports between ${window.from} and ${window.to}.\n`;
  const parts: string[] = [];
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
  return `${parts.join("\n")}\n`;
}

export function summaryJson(domains: readonly DomainSummary[], window: SummaryWindow): string {
  return `${JSON.stringify({ version: 1, window, domains }, null, 2)}\n`;
}
