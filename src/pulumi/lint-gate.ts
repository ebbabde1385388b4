// The linter runs before anything is declared: errors stop the preview with the CLI's own text lines
// (formatText: `file:line:col  level  message  [rule-id]`), so a reviewer reads the same words in both places.
import type { Finding } from "../engine/types.js";
import { formatText } from "../formatters/text.js";
import { unreadableNote } from "../engine/unreadable.js";

function textOf(findings: readonly Finding[], files: number, domains: number, all: readonly Finding[]): string {
  const count = (level: Finding["level"]) => all.filter((f) => f.level === level).length;
  const summary = { files, domains, errors: count("error"), warnings: count("warn"), infos: count("info") };
  return formatText({ findings, summary, rules: [], toolVersion: "" }).trimEnd();
}

/** One finding as the CLI prints it, without colour. */
export function formatFinding(finding: Finding): string {
  return textOf([finding], 0, 0, []).split("\n")[0]!;
}

/** The preview's error: every error-level finding as the CLI prints it, then the CLI's summary line. */
export function lintFailure(findings: readonly Finding[], errors: number, files: number, domains: number): string {
  const errorFindings = findings.filter((f) => f.level === "error");
  return [
    `maildns lint found ${errors} error${errors === 1 ? "" : "s"}; nothing is applied until they are fixed:`,
    textOf(errorFindings, files, domains, findings),
    ...unreadableNote(findings),
  ].join("\n");
}
