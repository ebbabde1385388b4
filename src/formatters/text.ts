import type { Finding } from "../engine/types.js";
import { where, type FindingsReport } from "./report.js";

const LABEL: Record<Finding["level"], string> = { error: "error", warn: "warn ", info: "info " };

/** One line per finding, `file:line:col  level  message  [rule-id]`, then a summary line. */
export function formatText(report: FindingsReport, options: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const colorOf: Record<Finding["level"], string> = { error: "31", warn: "33", info: "36" };
  const lines = report.findings.map((f) => `${where(f)}  ${paint(colorOf[f.level], LABEL[f.level])}  ${f.message}  ${paint("2", `[${f.ruleId}]`)}`);
  const { files, domains, errors, warnings, infos } = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(`${plural(files, "file")}, ${plural(domains, "domain")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`);
  return `${lines.join("\n")}\n`;
}
