// The summary's documents, written a domain at a time (jsonWriter, textWriter, markdownWriter) as
// `reports summary` streams them: the same figures whatever the number of domains, and JSON one domain a line.
import { describe, expect, it } from "vitest";
import type { DomainTotals, SourceTotals } from "../../src/reports/store.js";
import { domainSummary, jsonWriter, markdownWriter, summaryJson, summaryMarkdown, summaryText, textWriter, windowEnding, type DomainSummary } from "../../src/reports/summary.js";

const window = windowEnding("2026-11-20", 14);
const resolved = { names: new Map([["203.0.113.5", "mail.crm.example"]]), spfTerms: new Map([["a.example 192.0.2.10", "include:mx.ovh.com"]]) };

function totals(domain: string, messages: number, passing: number): DomainTotals {
  return { domain, days: 14, from: "2026-11-07", to: "2026-11-20", messages, passing, dkimAligned: passing, spfAligned: passing };
}

function source(domain: string, ip: string, messages: number, passing: number, signatures: SourceTotals["signatures"] = []): SourceTotals {
  return { domain, ip, messages, passing, dkimAligned: passing, spfAligned: passing, spfPassUnaligned: messages - passing, dkimPassUnaligned: 0, spfDomains: [domain], dkimDomains: [domain], reporters: ["google.com", "Yahoo"], signatures };
}

const domains: DomainSummary[] = [
  domainSummary(totals("a.example", 2100, 2086), [
    source("a.example", "203.0.113.5", 14, 0),
    source("a.example", "192.0.2.10", 2086, 2086, [{ signingDomain: "a.example", selector: "s2", messages: 10, alignedPass: 10 }, { signingDomain: "a.example", selector: "s1", messages: 2076, alignedPass: 2076 }]),
  ], resolved),
  domainSummary(totals("b.example", 5, 5), [source("b.example", "198.51.100.7", 5, 5)], resolved),
];

describe("reports summary documents", () => {
  it("orders sources by messages and signatures by messages, with the names and SPF terms resolved", () => {
    expect(domains[0]!.sources.map((s) => s.ip)).toEqual(["192.0.2.10", "203.0.113.5"]);
    expect(domains[0]!.sources[0]).toMatchObject({ spfTerm: "include:mx.ovh.com", unaligned: 0, dkim: [{ selector: "s1" }, { selector: "s2" }] });
    expect(domains[0]!.sources[1]).toMatchObject({ name: "mail.crm.example", spfTerm: null, unaligned: 14 });
  });

  it("writes JSON compact, one domain a line, parsing to {version, window, domains}", () => {
    const json = summaryJson(domains, window);
    const lines = json.split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`{"version":1,"window":{"from":"2026-11-07","to":"2026-11-20","days":14},"domains":[`);
    expect(JSON.parse(lines[1]!.replace(/,$/, ""))).toEqual(domains[0]);
    expect(JSON.parse(lines[2]!)).toEqual(domains[1]);
    expect(lines.slice(3)).toEqual(["]}", ""]);
    expect(JSON.parse(json)).toEqual({ version: 1, window, domains });
    expect(JSON.parse(summaryJson([], window))).toEqual({ version: 1, window, domains: [] });
  });

  it("gives the same document written a domain at a time as written whole", () => {
    for (const [writer, whole] of [[jsonWriter, summaryJson], [textWriter, summaryText], [markdownWriter, summaryMarkdown]] as const) {
      const w = writer(window);
      expect(domains.map((d, n) => w.domain(d, n === 0)).join("") + w.end(domains.length)).toBe(whole(domains, window));
    }
  });

  it("writes text and Markdown with a blank line between domains, and says when there are no reports", () => {
    const text = summaryText(domains, window);
    expect(text).toBe(
      "a.example: 14 days of reports (2026-11-07 → 2026-11-20), 2,100 messages, 99.3% passing DMARC (SPF aligned 99.3%, DKIM aligned 99.3%)\n" +
        "  192.0.2.10: 2,086 messages, 100.0% passing; SPF aligned 2,086, DKIM aligned 2,086, unaligned 0; SPF authorised by include:mx.ovh.com; DKIM d=a.example s=s1, d=a.example s=s2; reporters google.com, Yahoo\n" +
        "  203.0.113.5 (mail.crm.example): 14 messages, 0.0% passing; SPF aligned 0, DKIM aligned 0, unaligned 14; SPF for a.example; DKIM d=a.example; reporters google.com, Yahoo\n" +
        "\n" +
        "b.example: 14 days of reports (2026-11-07 → 2026-11-20), 5 messages, 100.0% passing DMARC (SPF aligned 100.0%, DKIM aligned 100.0%)\n" +
        "  198.51.100.7: 5 messages, 100.0% passing; SPF aligned 5, DKIM aligned 5, unaligned 0; SPF for b.example; DKIM d=b.example; reporters google.com, Yahoo\n",
    );
    const markdown = summaryMarkdown(domains, window);
    expect(markdown.startsWith("### a.example\n\n14 days of reports (2026-11-07 → 2026-11-20), 2,100 messages, **99.3% passing DMARC**.\n\n| Source |")).toBe(true);
    expect(markdown).toContain("| 198.51.100.7 | – | 5 | 100.0% | 5 | 5 | 0 | b.example | d=b.example | google.com, Yahoo |\n\n");
    expect(markdown.endsWith("|\n\n")).toBe(true);
    expect(markdown.match(/^### /gm)).toHaveLength(2);
    expect(summaryText([], window)).toBe("No reports between 2026-11-07 and 2026-11-20.\n");
    expect(summaryMarkdown([], window)).toBe("No reports between 2026-11-07 and 2026-11-20.\n");
  });

  it("a report's reporter, a PTR name or a selector cannot inject Markdown or HTML, or drive the terminal", () => {
    // Anyone can mail an aggregate report to the rua= address, and anyone can set their address's PTR name.
    const hostile: DomainSummary = {
      ...domains[0]!,
      sources: [{ ...domains[0]!.sources[0]!, name: "<img src=x>.example", reporters: ["@octocat <!-- hide -->", "\u001b[2J\u202e"], dkim: [{ domain: "a.example", selector: "s|<b>", messages: 1, alignedPass: 1 }] }],
    };
    const markdown = summaryMarkdown([hostile], window);
    const row = markdown.split("\n").find((l) => l.startsWith("| 192.0.2.10"))!;
    expect(row).not.toMatch(/<(?!br>)/);
    expect(row).not.toMatch(/@[a-z]/);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(12);
    const text = summaryText([hostile], window);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain("reporters @octocat <!-- hide -->, U+001B[2JU+202E");
  });
});
