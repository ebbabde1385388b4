import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import type { Format, FindingsReport } from "./report.js";
import { formatSarif, type SarifOptions } from "./sarif.js";
import { formatText } from "./text.js";

export { FORMATS, type Format, type FindingsReport, type LintSummary } from "./report.js";

export function formatFindings(format: Format, report: FindingsReport, options: { color?: boolean; sites?: SarifOptions["sites"] } = {}): string {
  switch (format) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options.sites ? { sites: options.sites } : {});
    case "github":
      return formatGithub(report);
    case "markdown":
      return formatMarkdown(report);
  }
}
