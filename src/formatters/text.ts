import type { Finding } from "../engine/types.js";
import { oneLine } from "../model/show.js";
import { capFindings, omittedSentence } from "./cap.js";
import { palette } from "./palette.js";
import { where, type FindingsReport } from "./report.js";

const LABEL: Record<Finding["level"], string> = { error: "error", warn: "warn ", info: "info " };

/**
 * One line per finding, `file:line:col  level  message  [rule-id]`, then a summary line. A file or record
 * name, and the message (it may quote a TXT value or a DNS error), is shown with its control characters as
 * U+XXXX: a file name may hold a line break or an escape sequence (a pull request can name a file so), which
 * would split the report's lines, reach the terminal, or start a line a CI runner reads as a command
 * (`::stop-commands::` in a GitHub workflow's log).
 */
export function formatText(report: FindingsReport, options: { color?: boolean } = {}): string {
  const c = palette(options.color);
  const paint: Record<Finding["level"], (s: string) => string> = { error: c.red, warn: c.yellow, info: c.cyan };
  const { shown, omitted: cut } = capFindings(report.findings);
  const omitted = cut + (report.omitted ?? 0);
  const lines = shown.map((f) => `${oneLine(where(f))}  ${paint[f.level](LABEL[f.level])}  ${oneLine(f.message)}  ${c.dim(`[${f.ruleId}]`)}`);
  if (omitted > 0) lines.push(`… ${omittedSentence(omitted)}`);
  const { files, domains, errors, warnings, infos } = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(`${plural(files, "file")}, ${plural(domains, "domain")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`);
  return `${lines.join("\n")}\n`;
}
