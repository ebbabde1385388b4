import type { Finding } from "../engine/types.js";
import { capFindings, omittedSentence } from "./cap.js";
import { where, type FindingsReport } from "./report.js";

const ICON: Record<Finding["level"], string> = { error: "🔴 error", warn: "🟠 warn", info: "🔵 info" };

/** Markdown cell text: pipes and line breaks would break the table. */
export function cell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** `alreadyOmitted`: findings left out before (FindingsReport.omitted), counted in the sentence. */
export function findingsTable(findings: readonly Finding[], alreadyOmitted = 0): string {
  if (findings.length === 0 && alreadyOmitted === 0) return "No findings.\n";
  const { shown, omitted: cut } = capFindings(findings);
  const omitted = cut + alreadyOmitted;
  const rows = shown.map((f) => `| ${ICON[f.level]} | \`${cell(where(f))}\` | \`${f.ruleId}\` | ${cell(f.message)} |`);
  const table = ["| Level | Where | Rule | Message |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
  return omitted > 0 ? `${table}\n${omittedSentence(omitted)}.\n` : table;
}

export function formatMarkdown(report: FindingsReport): string {
  const { files, domains, errors, warnings, infos } = report.summary;
  return `## maildns lint\n\n${files} files, ${domains} domains: **${errors} errors**, ${warnings} warnings, ${infos} info.\n\n${findingsTable(report.findings, report.omitted ?? 0)}`;
}
