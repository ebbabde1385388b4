import type { Finding } from "../engine/types.js";
import { capFindings } from "./cap.js";
import type { FindingsReport } from "./report.js";
import { reportJson } from "../model/show.js";

/** One finding as the stable JSON contract has it (README "JSON output"). */
export function findingJson(f: Finding) {
  return {
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
    ...(f.count !== undefined ? { count: f.count } : {}),
    ...(f.alsoNeededBy !== undefined ? { alsoNeededBy: f.alsoNeededBy } : {}),
  };
}

/** The stable JSON contract: version 1, findings, summary; `omitted` when the report left findings out. */
export function findingsJson(report: Pick<FindingsReport, "findings" | "summary" | "omitted">) {
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  return { version: 1 as const, findings: shown.map(findingJson), ...(omitted > 0 ? { omitted } : {}), summary: report.summary };
}

export function formatJson(report: FindingsReport): string {
  return `${reportJson(findingsJson(report))}\n`;
}
