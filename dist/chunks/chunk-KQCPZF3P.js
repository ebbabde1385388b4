import { createRequire as __maildnsRequire } from 'node:module'; const require = __maildnsRequire(import.meta.url);
import {
  markdownCode,
  markdownText
} from "./chunk-YDQHN5ZX.js";
import {
  capFindings,
  omittedSentence,
  where
} from "./chunk-RR2JAOJK.js";

// src/formatters/markdown.ts
var ICON = { error: "🔴 error", warn: "🟠 warn", info: "🔵 info" };
function findingsTable(findings, alreadyOmitted = 0) {
  if (findings.length === 0 && alreadyOmitted === 0) return "No findings.\n";
  const { shown, omitted: cut } = capFindings(findings);
  const omitted = cut + alreadyOmitted;
  const rows = shown.map((f) => `| ${ICON[f.level]} | ${markdownCode(where(f))} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} |`);
  const table = ["| Level | Where | Rule | Message |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
  return omitted > 0 ? `${table}
${omittedSentence(omitted)}.
` : table;
}
function suppressedTable(findings) {
  const rows = findings.map((f) => {
    const by = f.suppression;
    const reason = by ? markdownText(by.reason) : "";
    const until = by?.until ? markdownCode(by.until) : "no expiry";
    return `| ${ICON[f.level]} | ${markdownCode(where(f))} | ${markdownCode(f.ruleId)} | ${markdownText(f.message)} | ${reason} | ${until} |`;
  });
  return ["| Level | Where | Rule | Message | Reason | Until |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function formatMarkdown(report) {
  const { files, domains, errors, warnings, infos } = report.summary;
  return `## maildns lint

${files} files, ${domains} domains: **${errors} errors**, ${warnings} warnings, ${infos} info.

${findingsTable(report.findings, report.omitted ?? 0)}`;
}

export {
  findingsTable,
  suppressedTable,
  formatMarkdown
};
