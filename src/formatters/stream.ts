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

type Levels = Readonly<Record<Level, number>>;

export interface FindingsWriter {
  /** The findings of one file (or one domain), in report order. */
  add(findings: readonly Finding[]): void;
  /**
   * Whether the report may print any of a file's findings, given how many it has of each level. When not,
   * `count` may be given the numbers instead of `add` the findings (the lint cache then need not read
   * them): the report is the same.
   */
  keepsAny(levels: Levels): boolean;
  /** Counts a file's findings that the report cannot print (keepsAny said so) without being handed them. */
  count(levels: Levels): void;
  /**
   * Says ahead that a file with these many findings of each level will be handed over (by `add` or `count`)
   * later in the run: findings of a less severe level that so many more severe ones would push out of the
   * report are then known not to be printed before those come.
   */
  foresee(levels: Levels): void;
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
 * Which of the findings met in order a report may print: at most `max`, the most severe first, the earliest
 * first among one level (capFindings, formatSarif). A finding of a level is printed when the findings of
 * the more severe levels in the whole run, and those of its own level met before it, are fewer than `max`.
 * What is known of the whole run: the findings met so far, and those said ahead (foresee).
 */
function printRanks(max: number, perFile: number) {
  const met: Record<Level, number> = { error: 0, warn: 0, info: 0 };
  const ahead: Record<Level, number> = { error: 0, warn: 0, info: 0 };
  const atLeast = (level: Level) => Math.max(met[level], ahead[level]);
  return {
    /** Whether the next finding of `level` met may be printed. */
    mayPrint(level: Level): boolean {
      const before = level === "error" ? 0 : level === "warn" ? atLeast("error") : atLeast("error") + atLeast("warn");
      return before + met[level] < max;
    },
    met(level: Level, n = 1) {
      met[level] += n;
    },
    /**
     * Whether the report may print any of the findings of a file with these counts (of those its cap
     * keeps, cap.ts keptPerFile: the most severe first). Asked for each of 10,000 cached files: written
     * out, without an object or a closure.
     */
    mayPrintAny(levels: Levels): boolean {
      const error = Math.min(levels.error, perFile);
      if (error > 0 && this.mayPrint("error")) return true;
      const warn = Math.min(levels.warn, perFile - error);
      if (warn > 0 && this.mayPrint("warn")) return true;
      const info = Math.min(levels.info, perFile - error - warn);
      return info > 0 && this.mayPrint("info");
    },
    metFile(levels: Levels) {
      const error = Math.min(levels.error, perFile);
      const warn = Math.min(levels.warn, perFile - error);
      met.error += error;
      met.warn += warn;
      met.info += Math.min(levels.info, perFile - error - warn);
    },
    foresee(levels: Levels) {
      // A file may yet get one more finding (lint-duplicate-domain), which its cap could keep instead of
      // a less severe one: of a file that fills its cap, only its errors are sure to be there.
      const full = levels.error + levels.warn + levels.info >= perFile;
      ahead.error += Math.min(levels.error, perFile);
      if (!full) {
        ahead.warn += levels.warn;
        ahead.info += levels.info;
      }
    },
  };
}

/**
 * Keeps, of findings met in order, the `perRun` most severe (earliest first among equals), after keeping
 * at most `perFile` of each file's (per domain for live findings), as capFindings chooses them: only those
 * that may be printed (printRanks).
 */
function boundedFindings(perFile: number, perRun: number) {
  const kept: Record<Level, { finding: Finding; order: number }[]> = { error: [], warn: [], info: [] };
  const ranks = printRanks(perRun, perFile);
  let order = 0;
  let seen = 0;
  return {
    keepsAny: (levels: Levels) => ranks.mayPrintAny(levels),
    count(levels: Levels) {
      const n = levels.error + levels.warn + levels.info;
      ranks.metFile(levels);
      seen += n;
      order += n;
    },
    foresee: (levels: Levels) => ranks.foresee(levels),
    add(findings: readonly Finding[]) {
      seen += findings.length;
      const chosen = keptPerFile(findings, perFile).sort((a, b) => a - b);
      for (const i of chosen) {
        const f = findings[i]!;
        if (ranks.mayPrint(f.level)) kept[f.level].push({ finding: f, order });
        ranks.met(f.level);
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
  const ranks = printRanks(max, Infinity);
  let order = 0;
  return {
    keepsAny: (levels) => ranks.mayPrintAny(levels),
    count(levels) {
      for (const level of LEVELS) seen[level] += levels[level];
      ranks.metFile(levels);
      order += levels.error + levels.warn + levels.info;
    },
    foresee: (levels) => ranks.foresee(levels),
    add(findings) {
      for (const f of findings) {
        if (ranks.mayPrint(f.level)) kept[f.level].push({ finding: f, order });
        ranks.met(f.level);
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
    foresee: (levels) => bounded.foresee(levels),
    end(summary) {
      const { findings, omitted } = bounded.take();
      const report: FindingsReport = { findings, summary, rules: context.rules, toolVersion: context.toolVersion, ...(omitted > 0 ? { omitted } : {}) };
      write(formatFindings(format, report, { color: context.color === true }));
    },
  };
}
