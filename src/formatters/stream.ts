// Reports made from findings handed over file by file, without holding them all: `lint` of 50,000 files
// keeps none itself. What a report may print is bounded (cap.ts: the most severe first, at most
// MAX_FINDINGS_PER_FILE per file and MAX_FINDINGS_PER_RUN in all; SARIF: MAX_SARIF_RESULTS, sarif.ts), so
// the writer keeps, of each level, only as many as could still be printed, counts the rest, and at the end
// hands what it kept to the format's own formatter with the count of what it left out. The text is the
// one the formatter gives for the whole report (test/formatters/stream.test.ts compares them).
import type { Finding, Level } from "../engine/types.js";
import { keptPerFile, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN } from "./cap.js";
import { formatFindings } from "./index.js";
import type { Format, FindingsReport, LintSummary } from "./report.js";
import { formatSarif, MAX_SARIF_RESULTS, type SarifOptions } from "./sarif.js";

export interface FindingsWriter {
  /** The findings of one file (or one domain), in report order. */
  add(findings: readonly Finding[]): void;
  /**
   * Whether `add` would keep any of a file's findings, given how many it has of each level: false once the
   * report holds as many of each of those levels as it can print. Then `count` may be given the numbers
   * instead of `add` the findings (the lint cache then need not read them): the report is the same.
   */
  keepsAny(levels: Readonly<Record<Level, number>>): boolean;
  /** Counts findings that `add` would not keep (keepsAny said so) without being handed them. */
  count(levels: Readonly<Record<Level, number>>): void;
  /** Writes the report. */
  end(summary: LintSummary): void;
}

export interface WriterContext {
  rules: FindingsReport["rules"];
  toolVersion: string;
  color?: boolean;
  sites?: SarifOptions["sites"];
  /** The caps (tests use small ones). */
  perFile?: number;
  perRun?: number;
  maxSarifResults?: number;
}

const LEVELS: readonly Level[] = ["error", "warn", "info"];

/**
 * Whether a finding of `level` met now may still be printed: the report prints, of at most `max`, the most
 * severe first and, of one level, the earliest. Once it holds `max` findings of this level and the more
 * severe ones, a later one never is (what it holds only grows), so it need not be kept.
 */
function printable(kept: Record<Level, readonly unknown[]>, level: Level, max: number): boolean {
  let held = kept.error.length;
  if (level !== "error") held += kept.warn.length;
  if (level === "info") held += kept.info.length;
  return held < max;
}

/**
 * Keeps, of findings met in order, the `perRun` most severe (earliest first among equals), after keeping
 * at most `perFile` of each file's (per domain for live findings), as capFindings chooses them.
 */
function boundedFindings(perFile: number, perRun: number) {
  const kept: Record<Level, { finding: Finding; order: number }[]> = { error: [], warn: [], info: [] };
  let order = 0;
  let seen = 0;
  return {
    keepsAny: (levels: Readonly<Record<Level, number>>) => LEVELS.some((level) => levels[level] > 0 && printable(kept, level, perRun)),
    count(levels: Readonly<Record<Level, number>>) {
      const n = levels.error + levels.warn + levels.info;
      seen += n;
      order += n;
    },
    add(findings: readonly Finding[]) {
      seen += findings.length;
      const chosen = keptPerFile(findings, perFile).sort((a, b) => a - b);
      for (const i of chosen) {
        const f = findings[i]!;
        if (printable(kept, f.level, perRun)) kept[f.level].push({ finding: f, order });
        order++;
      }
      order += findings.length - chosen.length;
    },
    /** The findings to print, in report order, and how many of those met are left out. */
    take(): { findings: Finding[]; omitted: number } {
      const chosen: { finding: Finding; order: number }[] = [];
      for (const level of LEVELS) for (const k of kept[level]) if (chosen.length < perRun) chosen.push(k);
      chosen.sort((a, b) => a.order - b.order);
      return { findings: chosen.map((c) => c.finding), omitted: seen - chosen.length };
    },
  };
}

/** SARIF: only its own cap; the results it leaves out are counted by level for its notification. */
function sarifWriter(write: (chunk: string) => void, context: WriterContext): FindingsWriter {
  const max = context.maxSarifResults ?? MAX_SARIF_RESULTS;
  const kept: Record<Level, { finding: Finding; order: number }[]> = { error: [], warn: [], info: [] };
  const seen: Record<Level, number> = { error: 0, warn: 0, info: 0 };
  let order = 0;
  return {
    keepsAny: (levels) => LEVELS.some((level) => levels[level] > 0 && printable(kept, level, max)),
    count(levels) {
      for (const level of LEVELS) seen[level] += levels[level];
      order += levels.error + levels.warn + levels.info;
    },
    add(findings) {
      for (const f of findings) {
        if (printable(kept, f.level, max)) kept[f.level].push({ finding: f, order });
        seen[f.level]++;
        order++;
      }
    },
    end(summary) {
      const chosen: { finding: Finding; order: number }[] = [];
      for (const level of LEVELS) for (const k of kept[level]) if (chosen.length < max) chosen.push(k);
      chosen.sort((a, b) => a.order - b.order);
      const left: Record<Level, number> = { ...seen };
      for (const c of chosen) left[c.finding.level]--;
      const report: FindingsReport = { findings: chosen.map((c) => c.finding), summary, rules: context.rules, toolVersion: context.toolVersion };
      write(formatSarif(report, { ...(context.sites ? { sites: context.sites } : {}), maxResults: max, leftOut: left }));
    },
  };
}

export function findingsWriter(format: Format, write: (chunk: string) => void, context: WriterContext): FindingsWriter {
  if (format === "sarif") return sarifWriter(write, context);
  const bounded = boundedFindings(context.perFile ?? MAX_FINDINGS_PER_FILE, context.perRun ?? MAX_FINDINGS_PER_RUN);
  return {
    add: (findings) => bounded.add(findings),
    keepsAny: (levels) => bounded.keepsAny(levels),
    count: (levels) => bounded.count(levels),
    end(summary) {
      const { findings, omitted } = bounded.take();
      const report: FindingsReport = { findings, summary, rules: context.rules, toolVersion: context.toolVersion, ...(omitted > 0 ? { omitted } : {}) };
      write(formatFindings(format, report, { color: context.color === true }));
    },
  };
}
