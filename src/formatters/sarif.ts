// SARIF 2.1.0 for GitHub code scanning ("SARIF support for code scanning", docs.github.com). What GitHub's
// ingestion needs beyond the schema, and how this file meets it:
// - every result has a physical location: its file region, or, for a finding about live records (audit),
//   where the domain is declared (`sites`: a domain file or a --domains-file line) or else the placeholder
//   artifact `live-dns/<domain>` at line 1 (not a file of the repository: GitHub shows the alert without a
//   code preview);
// - `partialFingerprints.primaryLocationLineHash`, so an alert stays one alert across runs: a hash of what
//   the finding is about (rule, domain, DNS name, message kind, artifact), not of its line number, so it
//   survives edits above it;
// - at most 25,000 results per run (GitHub refuses the file past that): the most severe are kept and the
//   run's invocation says in a notification how many were left out;
// - every rule has a full description and help.
import { createHash } from "node:crypto";
import type { Invocation, Log, ReportingDescriptor, Result } from "sarif";
import type { DeclaredAt } from "../config/declared-at.js";
import type { Finding, Level } from "../engine/types.js";
import type { FindingsReport } from "./report.js";
import { reportJson } from "../model/show.js";

const SARIF_LEVEL: Record<Level, Result.level> = { error: "error", warn: "warning", info: "note" };
const RANK: Record<Level, number> = { error: 0, warn: 1, info: 2 };
const HELP_BASE = "https://github.com/maildns/maildns/blob/main/src/rules/";
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** The folder of the placeholder artifacts that stand for live domains with no file (`live-dns/<domain>`). */
export const LIVE_ARTIFACT_DIR = "live-dns";

/** Where a domain is declared, for findings about its live records (which have no file). */
export type DeclarationSite = DeclaredAt;

export interface SarifOptions {
  /** Domain → where it is declared: a domain file's `domain:` line, or a --domains-file line. */
  sites?: ReadonlyMap<string, DeclarationSite>;
  maxResults?: number;
  /**
   * The findings of each level already left out of `report.findings` (the streamed lint report keeps only
   * what it may print): counted in the note that says results were capped.
   */
  leftOut?: Readonly<Record<Level, number>>;
  /**
   * Findings a domain file's `lint:` entry silenced (each with Finding.suppression): written as results
   * with an in-source suppression (SARIF §3.27.23, §3.35), so code scanning shows them as suppressed
   * instead of not at all. They take only the room the findings leave under `maxResults`.
   */
  suppressed?: readonly Finding[];
}

/**
 * A file path as a relative URI reference (RFC 3986 §4.2; SARIF §3.10.3): each segment percent-encoded, so
 * a space, `#`, `?`, `%` or a non-ASCII letter in a file name names that file, not a fragment or a query.
 */
export function pathUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function physicalLocation(f: Finding, sites: ReadonlyMap<string, DeclarationSite> | undefined): NonNullable<Result["locations"]>[number]["physicalLocation"] {
  if (f.file) {
    return {
      artifactLocation: { uri: pathUri(f.file), uriBaseId: "%SRCROOT%" },
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) },
    };
  }
  const site = sites?.get(f.domain);
  if (site) {
    const columns = site.column !== undefined ? { startColumn: site.column, endColumn: Math.max(site.endColumn ?? site.column, site.column) } : {};
    return { artifactLocation: { uri: pathUri(site.file), uriBaseId: "%SRCROOT%" }, region: { startLine: site.line, ...columns } };
  }
  return { artifactLocation: { uri: pathUri(`${LIVE_ARTIFACT_DIR}/${f.domain || "unknown"}`), uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } };
}

/**
 * A message object's plain text (SARIF 2.1.0 §3.11.3): in it `[text](n)` is an embedded link to a location
 * (§3.11.6), so a quoted TXT value holding `[x](1)` would show as a link. A literal `[` or `]` is written
 * `\[` and `\]`, and a literal backslash `\\`, so that one written before a bracket stays a backslash. No
 * `markdown` form is emitted beside the text, so there is no second form to keep in step.
 */
export function sarifText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function lineHash(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** The findings a run keeps under the cap: the most severe first, then in report order; shown in report order. */
export function keptFindings(findings: readonly Finding[], max: number): { kept: Finding[]; left: Finding[] } {
  if (findings.length <= max) return { kept: [...findings], left: [] };
  const order = findings.map((_, i) => i).sort((a, b) => RANK[findings[a]!.level] - RANK[findings[b]!.level] || a - b);
  const keep = new Set(order.slice(0, max));
  const kept: Finding[] = [];
  const left: Finding[] = [];
  findings.forEach((f, i) => (keep.has(i) ? kept : left).push(f));
  return { kept, left };
}

function overflowNote(total: number, left: Readonly<Record<Level, number>>, max: number): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return (
    `${n(total)} results; GitHub code scanning takes at most ${n(max)} per run, so the ${n(max)} most severe are here and ` +
    `${n(left.error + left.warn + left.info)} were left out (${n(left.error)} errors, ${n(left.warn)} warnings, ${n(left.info)} notes). ` +
    `The JSON report (--format json) has every finding.`
  );
}

export function formatSarif(report: FindingsReport, options: SarifOptions = {}): string {
  const max = options.maxResults ?? MAX_SARIF_RESULTS;
  const rules = [...report.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: `${r.meta.description} References: ${r.meta.references.join("; ")}.` },
    help: { text: r.meta.fix ?? `${r.meta.description} See ${HELP_BASE}${r.meta.id}.md` },
    helpUri: `${HELP_BASE}${r.meta.id}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultLevel] },
    properties: { tags: ["mail-dns", r.meta.area], area: r.meta.area, kind: r.meta.kind },
  }));

  const { kept, left } = keptFindings(report.findings, max);
  const silenced = keptFindings(options.suppressed ?? [], max - kept.length).kept;
  const occurrences = new Map<string, number>();
  const results: Result[] = [...kept, ...silenced].map((f) => {
    const location = physicalLocation(f, options.sites);
    const hash = lineHash([f.ruleId, f.domain, f.name ?? "", f.messageId, location!.artifactLocation!.uri!]);
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    const result: Result = {
      ruleId: f.ruleId,
      level: SARIF_LEVEL[f.level],
      message: { text: sarifText(f.file ? f.message : `${f.name ?? f.domain}: ${f.message}`) },
      locations: [{ physicalLocation: location!, ...(f.file ? {} : { logicalLocations: [{ name: f.name ?? f.domain, kind: "dnsName" }] }) }],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      properties: { domain: f.domain, ...(f.name ? { dnsName: f.name } : {}), ...(f.alsoNeededBy ? { alsoNeededBy: f.alsoNeededBy } : {}) },
    };
    const ruleIndex = index.get(f.ruleId);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    if (f.suppression) {
      // The `lint:` entry in the domain file that silenced it: "inSource" (§3.35.4), its reason the
      // justification (§3.35.6), the entry's line its location (§3.35.7), its expiry a property.
      const at = f.file ? { physicalLocation: { artifactLocation: { uri: pathUri(f.file), uriBaseId: "%SRCROOT%" }, region: { startLine: f.suppression.line } } } : undefined;
      result.suppressions = [
        { kind: "inSource", justification: f.suppression.reason, ...(at ? { location: at } : {}), ...(f.suppression.until ? { properties: { until: f.suppression.until } } : {}) },
      ];
    }
    return result;
  });

  const invocation: Invocation = { executionSuccessful: true };
  const leftOut: Record<Level, number> = { error: options.leftOut?.error ?? 0, warn: options.leftOut?.warn ?? 0, info: options.leftOut?.info ?? 0 };
  for (const f of left) leftOut[f.level]++;
  const leftCount = leftOut.error + leftOut.warn + leftOut.info;
  if (leftCount > 0) {
    invocation.toolExecutionNotifications = [
      { level: "warning", descriptor: { id: "results-capped" }, message: { text: sarifText(overflowNote(kept.length + leftCount, leftOut, max)) } },
    ];
  }
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "maildns", version: report.toolVersion, informationUri: "https://github.com/maildns/maildns", rules: descriptors } },
        invocations: [invocation],
        results,
        // Columns count UTF-16 code units of the decoded text (src/config/source.ts), as the text, JSON and
        // annotations do: a tab counts one, an emoji two, a byte-order mark none.
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
      },
    ],
  };
  return `${reportJson(log)}\n`;
}
