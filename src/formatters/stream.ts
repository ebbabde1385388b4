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
 * Keeps, of findings met in order, the `perRun` most severe (earliest first among equals), after keeping
 * at most `perFile` of each file's (per domain for live findings), as capFindings chooses them.
 */
function boundedFindings(perFile: number, perRun: number) {
  const kept: Record<Level, { finding: Finding; order: number }[]> = { error: [], warn: [], info: [] };
  let order = 0;
  let seen = 0;
  return {
    add(findings: readonly Finding[]) {
      seen += findings.length;
      const chosen = keptPerFile(findings, perFile).sort((a, b) => a - b);
      for (const i of chosen) {
        const f = findings[i]!;
        // Of one level, the earliest `perRun` are all that can ever be printed.
        if (kept[f.level].length < perRun) kept[f.level].push({ finding: f, order });
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
    add(findings) {
      for (const f of findings) {
        if (kept[f.level].length < max) kept[f.level].push({ finding: f, order });
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
    end(summary) {
      const { findings, omitted } = bounded.take();
      const report: FindingsReport = { findings, summary, rules: context.rules, toolVersion: context.toolVersion, ...(omitted > 0 ? { omitted } : {}) };
      write(formatFindings(format, report, { color: context.color === true }));
    },
  };
}
