import type { Finding } from "../engine/types.js";
import { capFindings, omittedSentence } from "./cap.js";
import { markdownCode, markdownText } from "../model/markdown-text.js";
import { where, type FindingsReport } from "./report.js";

const ICON: Record<Finding["level"], string> = { error: "🔴 error", warn: "🟠 warn", info: "🔵 info" };

/** Attacker-controlled text in a cell or list item, and a value as code (markdown-text.ts says why). */
export { markdownText as cell, markdownCode as code } from "../model/markdown-text.js";

/** `alreadyOmitted`: findings left out before (FindingsReport.omitted), counted in the sentence. */
export function findingsTable(findings: readonly Finding[], alreadyOmitted = 0): string {
  if (findings.length === 0 && alreadyOmitted === 0) return "No findings.\n";
  const { shown, omitted: cut } = capFindings(findings);
  const omitted = cut + alreadyOmitted;
  const rows = shown.map((f) => `| ${ICON[f.level]} | ${markdownCode(where(f))} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} |`);
  const table = ["| Level | Where | Rule | Message |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
  return omitted > 0 ? `${table}\n${omittedSentence(omitted)}.\n` : table;
}

/**
 * The findings `lint:` entries silenced, each with the entry's reason and expiry (Finding.suppression): a
 * pull request can add such an entry and turn its check green, so a reviewer is shown what it silenced.
 * Every row is written (the caller bounds the list).
 */
export function suppressedTable(findings: readonly Finding[]): string {
  const rows = findings.map((f) => {
    const by = f.suppression;
    const reason = by ? markdownText(by.reason) : "";
    const until = by?.until ? markdownCode(by.until) : "no expiry";
    return `| ${ICON[f.level]} | ${markdownCode(where(f))} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} | ${reason} | ${until} |`;
  });
  return ["| Level | Where | Rule | Message | Reason | Until |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}

export function formatMarkdown(report: FindingsReport): string {
  const { files, domains, errors, warnings, infos } = report.summary;
  return `## maildns lint\n\n${files} files, ${domains} domains: **${errors} errors**, ${warnings} warnings, ${infos} info.\n\n${findingsTable(report.findings, report.omitted ?? 0)}`;
}
