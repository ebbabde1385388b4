import type { FindingsReport } from "./report.js";

/** The stable JSON contract (README "JSON output"): version 1, findings, summary. */
export function findingsJson(report: FindingsReport) {
  return {
    version: 1 as const,
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      level: f.level,
      message: f.message,
      domain: f.domain,
      name: f.name,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    })),
    summary: report.summary,
  };
}

export function formatJson(report: FindingsReport): string {
  return `${JSON.stringify(findingsJson(report), null, 2)}\n`;
}
