// The linter runs before anything is declared: errors stop the preview with the CLI's text lines
// (`file:line:col level message [rule-id]`), so a reviewer sees the same words in both places.
import type { Finding } from "../engine/types.js";

export function formatFinding(finding: Finding): string {
  const where = finding.file ?? finding.domain;
  return `${where}:${finding.line}:${finding.column} ${finding.level} ${finding.message} [${finding.ruleId}]`;
}

export function lintFailure(findings: readonly Finding[], errors: number): string {
  const lines = findings.filter((f) => f.level === "error").map(formatFinding);
  return [
    `maildns lint found ${errors} error${errors === 1 ? "" : "s"}; nothing is applied until they are fixed:`,
    ...lines.map((line) => `  ${line}`),
  ].join("\n");
}
