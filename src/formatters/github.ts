// GitHub Actions workflow commands: each finding becomes an annotation on its YAML line.
import type { Finding } from "../engine/types.js";
import { capFindings, omittedSentence } from "./cap.js";
import type { FindingsReport } from "./report.js";
import { oneLine } from "../model/show.js";

const COMMAND: Record<Finding["level"], string> = { error: "error", warn: "warning", info: "notice" };

/** Escapes a workflow-command value (the runner's own rules: %, CR, LF; and , : in properties). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function annotation(f: Finding): string {
  const props = [
    ...(f.file ? [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`] : []),
    ...(f.file && f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(f.ruleId)}`,
  ];
  const prefix = f.file ? "" : `${f.name ?? f.domain}: `;
  // The message as the text report shows it (oneLine): a value it quotes may hold bidirectional controls,
  // which would show the annotation's words in another order than they are (Trojan Source, CVE-2021-42574),
  // or terminal escapes, which the log viewer would act on. The file stays as it is: it names the file.
  return `::${COMMAND[f.level]} ${props.join(",")}::${escapeData(oneLine(prefix + f.message))}`;
}

export function formatGithub(report: FindingsReport): string {
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  const lines = shown.map((f) => `${annotation(f)}\n`);
  if (omitted > 0) lines.push(`::notice title=maildns::${escapeData(omittedSentence(omitted))}\n`);
  return lines.join("");
}
