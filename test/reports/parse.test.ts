import { describe, expect, it } from "vitest";
import { judgeRow, organizationalDomain } from "../../src/reports/alignment.js";
import type { AggregateReport } from "../../src/reports/model.js";
import { readReports } from "../../src/reports/ingest.js";
import { decodeXml, MAX_RECORD_COUNT, parseAggregateReport } from "../../src/reports/parse.js";
import { fixture, hostile, minimalReport, reportMessage } from "../helpers/report-files.js";

function parsed(name: string): AggregateReport {
  const outcome = parseAggregateReport(name, decodeXml(fixture(name)));
  if (!("report" in outcome)) throw new Error(`${name}: ${outcome.problem.message}`);
  return outcome.report;
}

describe("parsing the published report shapes", () => {
  it("reads RFC 7489 Appendix C's schema", () => {
    const report = parsed("rfc7489-appendix-c.xml");
    expect(report).toMatchObject({ orgName: "receiver.example", email: "dmarc-reports@receiver.example", reportId: "7489-20261201-example.com", begin: 1764547200, end: 1764633599 });
    expect(report.policy).toEqual({ domain: "example.com", adkim: "r", aspf: "s", p: "quarantine", sp: "none", np: null, pct: 50, testing: false });
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toEqual({
      sourceIp: "192.0.2.10",
      count: 120,
      disposition: "none",
      headerFrom: "example.com",
      envelopeFrom: null,
      dkim: [{ domain: "example.com", selector: "ovhmo123-selector1", result: "pass" }],
      spf: [{ domain: "example.com", scope: "mfrom", result: "pass" }],
    });
    expect(report.rows[1]!.headerFrom).toBe("news.example.com");
  });

  it("reads RFC 9990's format: its namespace, np, testing, disposition pass, SPF without scope", () => {
    const report = parsed("rfc9990.xml");
    expect(report.policy).toMatchObject({ domain: "example.com", p: "quarantine", sp: "none", np: "reject", testing: true, pct: null, adkim: "r", aspf: "r" });
    expect(report.rows[0]).toMatchObject({ sourceIp: "2001:db8::25", count: 123, disposition: "pass", envelopeFrom: "example.com", spf: [{ domain: "example.com", scope: null, result: "fail" }] });
    expect(report.rows[1]!.dkim).toEqual([{ domain: "crm.example", selector: "crm1", result: "pass" }]);
  });

  it("reads Google's and Microsoft's shapes", () => {
    const google = parsed("google.xml");
    expect(google).toMatchObject({ orgName: "google.com", reportId: "12883459181347712345" });
    expect(google.policy.np).toBe("quarantine");
    const microsoft = parsed("microsoft.xml");
    expect(microsoft).toMatchObject({ orgName: "Enterprise Outlook", email: "dmarcreport@microsoft.com" });
    expect(microsoft.rows[1]).toMatchObject({ sourceIp: "203.0.113.5", envelopeFrom: "bounce.crm.example", spf: [{ domain: "bounce.crm.example", scope: "mfrom", result: "softfail" }], dkim: [] });
  });

  it("decodes a windows-1252 report with the draft namespace", () => {
    const report = parsed("legacy-windows-1252.xml");
    expect(report.orgName).toBe("Société Exemple");
    expect(report.rows[0]!.count).toBe(1);
  });

  it("decodes character references and maps IPv4-mapped IPv6 to IPv4", () => {
    const xml = minimalReport("example.com", "r-1", { org: "Fran&#231;ois &amp; Co", rows: `<record><row><source_ip>::FFFF:192.0.2.1</source_ip><count>1</count></row><identifiers><header_from>Example.COM.</header_from></identifiers></record>` });
    const outcome = parseAggregateReport("x.xml", xml);
    expect("report" in outcome && outcome.report.orgName).toBe("François & Co");
    expect("report" in outcome && outcome.report.rows[0]).toMatchObject({ sourceIp: "192.0.2.1", headerFrom: "example.com", dkim: [], spf: [] });
  });
});

describe("bad and hostile documents end in a problem naming them", () => {
  it("refuses an external entity before parsing, with its position", () => {
    expect(parseAggregateReport("xxe.xml", hostile.externalEntity())).toEqual({
      problem: { source: "xxe.xml", line: 2, column: 1, message: expect.stringContaining("refused: the XML has a document type declaration") },
    });
  });

  it("refuses entity expansion (billion laughs)", () => {
    const outcome = parseAggregateReport("lol.xml", hostile.billionLaughs());
    expect(outcome).toEqual({ problem: expect.objectContaining({ source: "lol.xml", line: 2, message: expect.stringContaining("could pull in external entities or expand without bound") }) });
  });

  it("names the line and column of malformed XML (the draft sample's mismatched tag)", () => {
    const xml = `<feedback>\n  <report_metadata>\n    <genertor>x</generator>\n  </report_metadata>\n</feedback>`;
    expect(parseAggregateReport("bad.xml", xml)).toEqual({
      problem: { source: "bad.xml", line: 3, column: 16, message: "not well-formed XML: Expected closing tag 'genertor' (opened in line 3, col 5) instead of closing tag 'generator'." },
    });
  });

  it("quotes at most 200 characters of what the XML library could not read", () => {
    const outcome = parseAggregateReport("flood.xml", `<feedback>${"<".repeat(1_000_000)}`);
    expect("problem" in outcome && outcome.problem.message).toMatch(/^not well-formed XML: [^\n]{1,200}… \(\d+ characters\)$/);
  });

  // A report cut short (an interrupted download or copy) was "Invalid '[    "feedback",    "record", …]'
  // found." at line 1, column 1: the library's list of open elements, placed at the top of the file.
  it("says where a document cut short ends and which elements it leaves open, naming at most four", () => {
    const report = fixture("google.xml").toString("utf8");
    const cut = report.slice(0, report.indexOf("<type>forwarded</type>"));
    expect(cut.split("\n")[56]).toBe("        <reason>");
    expect(parseAggregateReport("cut.xml", cut)).toEqual({
      problem: {
        source: "cut.xml",
        // Just after "<reason>", the last thing the file holds (the white space after it is not counted).
        line: 57,
        column: 17,
        message: "not well-formed XML: the document ends with 5 elements still open (<feedback>, …, <row>, <policy_evaluated>, <reason>): the file was cut short (a download or copy that stopped); get the report again",
      },
    });
    expect(parseAggregateReport("one.xml", "<feedback>\n  <version>1.0</version>\n")).toEqual({
      problem: { source: "one.xml", line: 2, column: 25, message: "not well-formed XML: the document ends with 1 element still open (<feedback>): the file was cut short (a download or copy that stopped); get the report again" },
    });
    const flood = parseAggregateReport("flood.xml", `<feedback>${"<a>".repeat(100_000)}`);
    expect(flood).toEqual({
      problem: { source: "flood.xml", line: 1, column: 300_011, message: "not well-formed XML: the document ends with 100001 elements still open (<feedback>, …, <a>, <a>, <a>): the file was cut short (a download or copy that stopped); get the report again" },
    });
  });

  it("says what is missing from a document that is not a report", () => {
    expect(parseAggregateReport("a.xml", "<html><body/></html>")).toEqual({ problem: { source: "a.xml", message: expect.stringContaining("the root element is not <feedback>") } });
    expect(parseAggregateReport("b.xml", minimalReport("example.com", ""))).toEqual({ problem: { source: "b.xml", message: "not a valid DMARC aggregate report: it has no <report_id>" } });
    const badIp = minimalReport("example.com", "r", { rows: "<record><row><source_ip>not-an-ip</source_ip><count>1</count></row><identifiers><header_from>example.com</header_from></identifiers></record>" });
    expect(parseAggregateReport("c.xml", badIp)).toEqual({ problem: { source: "c.xml", message: "not a valid DMARC aggregate report: record 1 has no valid <source_ip> (got 'not-an-ip')" } });
    const badRange = minimalReport("example.com", "r", { begin: 10 }).replace("<end>86409</end>", "<end>5</end>");
    expect(parseAggregateReport("d.xml", badRange)).toMatchObject({ problem: { message: expect.stringContaining("<date_range>") } });
  });
});

describe("alignment (RFC 7489 §3.1, §4.2)", () => {
  const row = (headerFrom: string, dkim: [string, string][], spf: [string, string, string | null][]) => ({
    sourceIp: "192.0.2.1",
    count: 1,
    disposition: "none",
    headerFrom,
    envelopeFrom: null,
    dkim: dkim.map(([domain, result]) => ({ domain, selector: "s", result })),
    spf: spf.map(([domain, result, scope]) => ({ domain, result, scope })),
  });
  const relaxed = { adkim: "r", aspf: "r" } as const;
  const strict = { adkim: "s", aspf: "s" } as const;

  it("finds organizational domains through the Public Suffix List, private suffixes included", () => {
    expect(organizationalDomain("mail.example.co.uk")).toBe("example.co.uk");
    expect(organizationalDomain("news.example.com")).toBe("example.com");
    expect(organizationalDomain("a.github.io")).toBe("a.github.io");
    expect(organizationalDomain("bounce.crm.example")).toBe("crm.example");
  });

  it("relaxed: a subdomain aligns; strict: only the same domain", () => {
    const r = row("example.com", [["mail.example.com", "pass"]], [["bounce.example.com", "pass", "mfrom"]]);
    expect(judgeRow(r, relaxed)).toMatchObject({ dkimAligned: true, spfAligned: true, passing: true });
    expect(judgeRow(r, strict)).toMatchObject({ dkimAligned: false, spfAligned: false, passing: false, spfResult: "pass", spfDomain: "bounce.example.com" });
  });

  it("a pass for another organisation does not align; one aligned pass is enough", () => {
    expect(judgeRow(row("example.com", [["crm.example", "pass"]], [["crm.example", "pass", null]]), relaxed)).toMatchObject({ passing: false, dkimResult: "pass", dkimDomain: "crm.example" });
    expect(judgeRow(row("example.com", [["crm.example", "pass"], ["example.com", "pass"]], [["crm.example", "fail", null]]), relaxed)).toMatchObject({ passing: true, dkimAligned: true, spfAligned: false });
    expect(judgeRow(row("a.github.io", [], [["b.github.io", "pass", "mfrom"]]), relaxed)).toMatchObject({ passing: false });
  });

  it("uses HELO only when there is no MAIL FROM result", () => {
    expect(judgeRow(row("example.com", [], [["example.com", "pass", "helo"], ["other.example", "fail", "mfrom"]]), relaxed)).toMatchObject({ spfAligned: false });
    expect(judgeRow(row("example.com", [], [["example.com", "pass", "helo"]]), relaxed)).toMatchObject({ spfAligned: true });
  });
});

describe("a report moves no evidence it has no right to", () => {
  const record = (ip: string, count: string, headerFrom: string, dkimDomain = headerFrom) =>
    `<record><row><source_ip>${ip}</source_ip><count>${count}</count></row><identifiers><header_from>${headerFrom}</header_from></identifiers><auth_results><dkim><domain>${dkimDomain}</domain><selector>s1</selector><result>pass</result></dkim></auth_results></record>`;
  const problemOf = (outcome: ReturnType<typeof parseAggregateReport>) => ("problem" in outcome ? outcome.problem.message : null);

  it("refuses a record whose From domain is neither the policy's domain nor under it (its passes are another domain's)", () => {
    const forged = minimalReport("shop.example", "forged-1", { rows: record("198.51.100.7", "5000", "evil.example") });
    expect(problemOf(parseAggregateReport("forged.xml", forged))).toBe(
      "not a valid DMARC aggregate report: record 1's <header_from> evil.example is neither shop.example nor under it, so its figures are not shop.example's: the report is forged or broken",
    );
    // A name that only ends with the domain's letters is not under it.
    const lookalike = minimalReport("shop.example", "forged-2", { rows: record("198.51.100.7", "5", "myshop.example") });
    expect(problemOf(parseAggregateReport("lookalike.xml", lookalike))).toContain("myshop.example is neither shop.example nor under it");
    // A subdomain's mail under its Organizational Domain's policy is the domain's (RFC 7489 §6.6.3).
    const sub = minimalReport("shop.example", "sub-1", { rows: record("198.51.100.7", "5", "News.Shop.Example.") });
    expect(parseAggregateReport("sub.xml", sub)).toMatchObject({ report: { rows: [{ headerFrom: "news.shop.example", count: 5 }] } });
  });

  it("keeps internationalised names in A-labels, as the domain files declare them", () => {
    const xml = minimalReport("bücher.example", "idn-1", { rows: record("198.51.100.7", "3", "news.xn--bcher-kva.example") });
    expect(parseAggregateReport("idn.xml", xml)).toMatchObject({ report: { policy: { domain: "xn--bcher-kva.example" }, rows: [{ headerFrom: "news.xn--bcher-kva.example" }] } });
  });

  it("refuses a record claiming more messages than one source can send in a report", () => {
    expect(parseAggregateReport("max.xml", minimalReport("shop.example", "big-1", { rows: record("198.51.100.7", String(MAX_RECORD_COUNT), "shop.example") }))).toMatchObject({ report: { rows: [{ count: 2147483647 }] } });
    const billions = minimalReport("shop.example", "big-2", { rows: record("198.51.100.7", "999999999999999", "shop.example") });
    expect(problemOf(parseAggregateReport("billions.xml", billions))).toBe(
      "not a valid DMARC aggregate report: record 1 claims 999999999999999 messages from one source, more than the 2147483647 a record may hold: the report is forged or broken, and its figures would outweigh every other source of shop.example",
    );
    const beyondNumbers = minimalReport("shop.example", "big-3", { rows: record("198.51.100.7", "99999999999999999999", "shop.example") });
    expect(problemOf(parseAggregateReport("huge.xml", beyondNumbers))).toBe("not a valid DMARC aggregate report: record 1 has no valid <count>");
  });

  it("refuses a period longer than a week, and one that ends after tomorrow", () => {
    const begin = Date.parse("2026-11-01T00:00:00Z") / 1000;
    const week = minimalReport("shop.example", "week", { begin }).replace(`<end>${begin + 86399}</end>`, `<end>${begin + 7 * 86400}</end>`);
    expect(parseAggregateReport("week.xml", week)).toHaveProperty("report");
    const years = minimalReport("shop.example", "years", { begin: 0 }).replace("<end>86399</end>", `<end>${begin}</end>`);
    expect(problemOf(parseAggregateReport("years.xml", years))).toBe(
      "not a valid DMARC aggregate report: its <date_range> covers 20758 days (1970-01-01 → 2026-11-01), more than the 7 a report may cover: it would count that much mail on one day",
    );
    const now = Date.parse("2026-11-20T12:00:00Z") / 1000;
    const today = minimalReport("shop.example", "today", { begin: Date.parse("2026-11-20T00:00:00Z") / 1000 });
    expect(parseAggregateReport("today.xml", today, { now })).toHaveProperty("report");
    const future = minimalReport("shop.example", "future", { begin: Date.parse("2026-11-22T00:00:00Z") / 1000 });
    expect(problemOf(parseAggregateReport("future.xml", future, { now }))).toBe(
      "not a valid DMARC aggregate report: its <date_range> ends 2026-11-22, after today (2026-11-20): a report of mail still to come is forged or broken (check this machine's clock if it is not)",
    );
    const farFuture = minimalReport("shop.example", "far", { begin: 999999999999999 - 86399 });
    expect(problemOf(parseAggregateReport("far.xml", farFuture, { now }))).toContain("ends 999999999999999 s, after today");
  });

  it("refuses a period that begins before DMARC existed, or ends before it begins, naming the element and value", () => {
    const now = Date.parse("2026-11-20T12:00:00Z") / 1000;
    // RFC 7489 Appendix C: seconds since 1970. A reporter writing 0 put its report on 1970-01-01, in no window.
    const epoch = minimalReport("shop.example", "epoch", { begin: 0 });
    expect(problemOf(parseAggregateReport("epoch.xml", epoch, { now }))).toBe(
      "not a valid DMARC aggregate report: its <date_range> begins 1970-01-01 (<begin> 0), before DMARC existed (its first specification was published on 2012-01-30): the reporter wrote a time it did not have, and the report would fall in no window",
    );
    const lastDay2011 = minimalReport("shop.example", "2011", { begin: Date.parse("2011-12-31T00:00:00Z") / 1000 });
    expect(problemOf(parseAggregateReport("2011.xml", lastDay2011, { now }))).toContain("its <date_range> begins 2011-12-31 (<begin> 1325289600), before DMARC existed");
    // The first second of 2012 is taken.
    expect(parseAggregateReport("2012.xml", minimalReport("shop.example", "2012", { begin: 1325376000 }), { now })).toMatchObject({ report: { begin: 1325376000, end: 1325462399 } });
    const backwards = minimalReport("shop.example", "backwards", { begin: 1764720000 }).replace("<end>1764806399</end>", "<end>1764633600</end>");
    expect(problemOf(parseAggregateReport("backwards.xml", backwards, { now }))).toBe(
      "not a valid DMARC aggregate report: its <date_range> ends before it begins (<begin> 1764720000, 2025-12-03; <end> 1764633600, 2025-12-02): the reporter's period is broken",
    );
    const words = minimalReport("shop.example", "words").replace(/<end>\d+<\/end>/, "<end>tomorrow</end>");
    expect(problemOf(parseAggregateReport("words.xml", words, { now }))).toBe("not a valid DMARC aggregate report: its <date_range> has no valid <end> (got 'tomorrow'; seconds since 1970-01-01 UTC)");
    const none = minimalReport("shop.example", "none").replace(/<begin>\d+<\/begin>/, "");
    expect(problemOf(parseAggregateReport("none.xml", none, { now }))).toBe("not a valid DMARC aggregate report: its <date_range> has no <begin>");
  });

  it("quotes a bad <begin>, <end> or <source_ip> with its controls and bidi characters as U+XXXX, cut at 60 characters", () => {
    // The value is the reporter's (a stranger's mail): a line break, an escape sequence or a bidi override
    // in it would reach the terminal or the CI log that shows the problem, in text and through `jq -r`.
    const now = Date.parse("2026-11-20T12:00:00Z") / 1000;
    const begin = minimalReport("shop.example", "b", { begin: 1764720000 }).replace(/<begin>\d+<\/begin>/, "<begin>17647\u202e20000\n\u001b[2J##[error]x</begin>");
    expect(problemOf(parseAggregateReport("b.xml", begin, { now }))).toBe(
      "not a valid DMARC aggregate report: its <date_range> has no valid <begin> (got '17647U+202E20000U+000AU+001B[2J##U+005Berror]x'; seconds since 1970-01-01 UTC)",
    );
    const ip = minimalReport("shop.example", "ip", { rows: record("192.0.2.1\u200b", "1", "shop.example") });
    expect(problemOf(parseAggregateReport("ip.xml", ip, { now }))).toBe("not a valid DMARC aggregate report: record 1 has no valid <source_ip> (got '192.0.2.1U+200B')");
    // Cut before it is shown: 60 characters of the value, never half of a character beyond the first plane.
    const long = minimalReport("shop.example", "long", { begin: 1764720000 }).replace(/<end>\d+<\/end>/, `<end>${"9".repeat(59)}\u{1F600}</end>`);
    expect(problemOf(parseAggregateReport("long.xml", long, { now }))).toBe(`not a valid DMARC aggregate report: its <date_range> has no valid <end> (got '${"9".repeat(59)}\u{1F600}'; seconds since 1970-01-01 UTC)`);
  });

  it("one report dated 1970 is refused with its reason, and the others in the same message still go in", async () => {
    const good = minimalReport("shop.example", "good", { begin: 1764720000 });
    const epoch = minimalReport("shop.example", "epoch", { begin: 0 });
    const later = minimalReport("shop.example", "later", { begin: 1764806400 });
    const message = reportMessage("three reports", [
      { filename: "good.xml", contentType: "text/xml", data: Buffer.from(good) },
      { filename: "epoch.xml", contentType: "text/xml", data: Buffer.from(epoch) },
      { filename: "later.xml", contentType: "text/xml", data: Buffer.from(later) },
    ]);
    const found = await readReports("rua.eml", Buffer.from(message), undefined, Date.parse("2025-12-10T00:00:00Z") / 1000);
    expect(found.reports.map((r) => r.report.reportId)).toEqual(["good", "later"]);
    expect(found.problems).toEqual([{ source: "rua.eml/epoch.xml", message: expect.stringContaining("its <date_range> begins 1970-01-01 (<begin> 0), before DMARC existed") }]);
    expect(found.documents).toBe(3);
  });

  // Every XML processor must read UTF-16 (XML 1.0 §4.3.3), told by its byte order mark (Appendix F). Read as
  // octets it matched nothing: "not an aggregate report: neither XML, gzip, zip nor a mail message".
  it("reads a report in UTF-16, little- or big-endian after its byte order mark, as the same report in UTF-8", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z") / 1000;
    const utf8 = fixture("google.xml").toString("utf8");
    const expected = (await readReports("google.xml", Buffer.from(utf8), undefined, now)).reports.map((r) => r.report);
    expect(expected).toHaveLength(1);
    const text = utf8.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.from(little);
    big.swap16();
    for (const [name, bytes] of [["le.xml", little], ["be.xml", big]] as const) {
      const found = await readReports(name, bytes, undefined, now);
      expect(found.problems).toEqual([]);
      expect(found.reports.map((r) => r.report)).toEqual(expected);
    }
  });

  it("writes one address one way: RFC 5952's IPv6, IPv4-mapped IPv6 as IPv4; refuses a zone index", () => {
    const ips = (...given: string[]) => {
      const outcome = parseAggregateReport("ips.xml", minimalReport("shop.example", "ips", { rows: given.map((ip) => record(ip, "1", "shop.example")).join("") }));
      return "report" in outcome ? outcome.report.rows.map((r) => r.sourceIp) : problemOf(outcome);
    };
    expect(ips("2001:DB8:0:0:0:0:0:1", "2001:db8::1", "2001:0db8::0001", "::FFFF:C000:0201", "::ffff:192.0.2.1", "192.0.2.1")).toEqual(["2001:db8::1", "2001:db8::1", "2001:db8::1", "192.0.2.1", "192.0.2.1", "192.0.2.1"]);
    expect(ips("fe80::1%eth0")).toBe("not a valid DMARC aggregate report: record 1 has no valid <source_ip> (got 'fe80::1%eth0')");
    expect(ips("01.2.3.4")).toBe("not a valid DMARC aggregate report: record 1 has no valid <source_ip> (got '01.2.3.4')");
  });
});
