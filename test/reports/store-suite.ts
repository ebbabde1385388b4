// One suite for the report store, run on the embedded engine (store.test.ts, PGlite) and on a PostgreSQL
// server (store.slow.test.ts): the same statements must give the same answers on both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvidence, serializeEvidence } from "../../src/reports/evidence.js";
import { migrate } from "../../src/reports/migrations.js";
import type { AggregateReport } from "../../src/reports/model.js";
import { decodeXml, parseAggregateReport } from "../../src/reports/parse.js";
import type { ReportStore, StoredReport } from "../../src/reports/store.js";
import { reportDay } from "../../src/reports/store.js";
import { buildSummary } from "../../src/reports/summary.js";
import { fixture } from "../helpers/report-files.js";

function report(name: string): StoredReport {
  const outcome = parseAggregateReport(name, decodeXml(fixture(name)));
  if (!("report" in outcome)) throw new Error(outcome.problem.message);
  return { report: outcome.report, source: name };
}

/** A generated daily report for `domain` from `reporter`: `passing` messages from 192.0.2.10, `failing` from 203.0.113.5. */
function daily(domain: string, reporter: string, day: string, passing: number, failing: number): StoredReport {
  const begin = Date.parse(`${day}T00:00:00Z`) / 1000;
  const r: AggregateReport = {
    orgName: reporter,
    email: `dmarc@${reporter}`,
    reportId: `${reporter}-${domain}-${day}`,
    begin,
    end: begin + 86399,
    policy: { domain, adkim: "r", aspf: "r", p: "quarantine", sp: null, np: null, pct: null, testing: false },
    rows: [
      { sourceIp: "192.0.2.10", count: passing, disposition: "none", headerFrom: domain, envelopeFrom: domain, dkim: [{ domain, selector: "sel1", result: "pass" }], spf: [{ domain, scope: "mfrom", result: "pass" }] },
      ...(failing === 0 ? [] : [{ sourceIp: "203.0.113.5", count: failing, disposition: "quarantine", headerFrom: domain, envelopeFrom: "crm.example", dkim: [{ domain: "crm.example", selector: "crm1", result: "pass" }], spf: [{ domain: "crm.example", scope: "mfrom", result: "pass" }] }]),
    ],
  };
  return { report: r, source: `${r.reportId}.xml` };
}

export function storeSuite(engine: string, open: () => Promise<ReportStore>): void {
  describe(`the report store on ${engine}`, () => {
    let store: ReportStore;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    it("is migrated once: schema_migrations holds version 1, and migrating again applies nothing", async () => {
      expect(await store.sql.query("SELECT version, name FROM schema_migrations ORDER BY version")).toEqual([{ version: 1, name: expect.stringContaining("aggregate reports") }]);
      expect(await migrate(store.sql)).toEqual([]);
    });

    it("adds a report once: the same reporter and report id again changes nothing", async () => {
      expect(await store.addReports([report("google.xml")])).toEqual({ added: 1, duplicates: 0 });
      expect(await store.addReports([report("google.xml"), report("microsoft.xml"), report("microsoft.xml")])).toEqual({ added: 1, duplicates: 2 });
      expect(await store.reportCount()).toBe(2);
      const rows = await store.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM report_rows");
      expect(rows[0]!.n).toBe(4);
    });

    it("keeps a failed batch out entirely (one transaction)", async () => {
      const broken = daily("broken.example", "r.example", "2026-12-01", 1, 1);
      (broken.report.rows[0] as { count: number }).count = Number.NaN;
      await expect(store.addReports([daily("broken.example", "r.example", "2026-12-02", 1, 1), broken])).rejects.toThrow();
      expect(await store.domainTotals({ from: "2026-01-01", to: "2026-12-31", domains: ["broken.example"] })).toEqual([]);
    });

    it("computes per-domain figures with alignment judged at ingest", async () => {
      // google.xml: 415 pass (DKIM aligned, SPF relaxed-aligned) + 2 forwarded (SPF aligned only).
      // microsoft.xml: 88 pass + 12 failing from 203.0.113.5.
      const [totals] = await store.domainTotals({ from: "2025-12-01", to: "2025-12-31", domains: ["example.com"] });
      expect(totals).toEqual({ domain: "example.com", days: 1, from: "2025-12-03", to: "2025-12-03", messages: 517, passing: 505, dkimAligned: 503, spfAligned: 505 });
      const sources = await store.sourceTotals({ from: "2025-12-01", to: "2025-12-31", domains: ["example.com"] });
      const crm = sources.find((s) => s.ip === "203.0.113.5");
      expect(crm).toEqual({ domain: "example.com", ip: "203.0.113.5", messages: 12, passing: 0, dkimAligned: 0, spfAligned: 0, spfPassUnaligned: 0, dkimPassUnaligned: 0, spfDomains: ["bounce.crm.example"], dkimDomains: [], reporters: ["Enterprise Outlook"], signatures: [] });
      expect(sources.find((s) => s.ip === "192.0.2.10")).toMatchObject({ messages: 503, passing: 503, reporters: ["Enterprise Outlook", "google.com"], signatures: [{ signingDomain: "example.com", selector: "ovhmo123-selector1", messages: 503, alignedPass: 503 }] });
    });

    it("filters by window and domain, and counts distinct days", async () => {
      const batch: StoredReport[] = [];
      for (let d = 1; d <= 20; d++) {
        const day = `2026-11-${String(d).padStart(2, "0")}`;
        batch.push(daily("window.example", "google.com", day, 99, 1), daily("window.example", "yahoo.com", day, 50, 0));
      }
      expect(await store.addReports(batch)).toEqual({ added: 40, duplicates: 0 });
      expect(reportDay(batch[0]!.report)).toBe("2026-11-01");
      const [last14] = await store.domainTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["window.example"] });
      expect(last14).toMatchObject({ days: 14, from: "2026-11-07", to: "2026-11-20", messages: 14 * 150, passing: 14 * 149 });
      const crm = (await store.sourceTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["window.example"] })).find((s) => s.ip === "203.0.113.5");
      expect(crm).toMatchObject({ messages: 14, passing: 0, spfPassUnaligned: 14, dkimPassUnaligned: 14, spfDomains: ["crm.example"], dkimDomains: ["crm.example"], reporters: ["google.com"] });
      expect(await store.domainTotals({ from: "2026-11-07", to: "2026-11-20", domains: ["nothing.example"] })).toEqual([]);
      const all = await store.domainTotals({ from: "2025-11-01", to: "2026-12-31", domains: null });
      expect(all.map((d) => d.domain)).toEqual(["example.com", "window.example"]);
    });

    it("keeps DKIM selectors per source with their aligned passes", async () => {
      const signatures = await store.signatureTotals({ from: "2026-11-01", to: "2026-11-30", domains: ["window.example"] });
      expect(signatures.sort((a, b) => a.selector.localeCompare(b.selector))).toEqual([
        { domain: "window.example", ip: "203.0.113.5", signingDomain: "crm.example", selector: "crm1", messages: 20, alignedPass: 0 },
        { domain: "window.example", ip: "192.0.2.10", signingDomain: "window.example", selector: "sel1", messages: 20 * 149, alignedPass: 20 * 149 },
      ]);
    });

    it("remembers IMAP positions and resolved names", async () => {
      expect(await store.imapPosition("127.0.0.1:993", "tester", "INBOX")).toBeNull();
      await store.setImapPosition("127.0.0.1:993", "tester", "INBOX", { uidValidity: 1700000000, lastUid: 5 });
      await store.setImapPosition("127.0.0.1:993", "tester", "INBOX", { uidValidity: 1700000000, lastUid: 9 });
      expect(await store.imapPosition("127.0.0.1:993", "tester", "INBOX")).toEqual({ uidValidity: 1700000000, lastUid: 9 });
      await store.saveSourceNames(new Map([["203.0.113.5", "mail.crm.example"], ["192.0.2.10", null]]));
      await store.saveSpfTerms([{ domain: "window.example", ip: "192.0.2.10", term: "include:mx.ovh.com" }]);
      expect(await store.sourceNames()).toEqual(new Map([["203.0.113.5", "mail.crm.example"], ["192.0.2.10", null]]));
      expect(await store.spfTerms()).toEqual(new Map([["window.example 192.0.2.10", "include:mx.ovh.com"]]));
    });

    it("gives the same evidence file twice (deterministic)", async () => {
      const window = { from: "2026-11-07", to: "2026-11-20", days: 14 };
      const make = async () => {
        const range = { ...window, domains: null };
        const summary = buildSummary(await store.domainTotals(range), await store.sourceTotals(range), { names: await store.sourceNames(), spfTerms: await store.spfTerms() });
        return serializeEvidence(buildEvidence(summary, window));
      };
      const first = await make();
      expect(await make()).toBe(first);
      const evidence = JSON.parse(first);
      expect(evidence.domains).toHaveLength(1);
      expect(evidence.domains[0]).toMatchObject({
        domain: "window.example",
        days: 14,
        messages: 2100,
        passing: 2086,
        failingSources: [{ ip: "203.0.113.5", name: "mail.crm.example", failing: 14, share: 0.0067, spf: "unaligned", dkim: "unaligned", spfDomains: ["crm.example"] }],
        selectors: [{ domain: "window.example", selector: "sel1", messages: 2086, alignedPass: 2086 }, { domain: "crm.example", selector: "crm1", messages: 14, alignedPass: 0 }],
      });
    });
  });
}
