// The Markdown report of a run: the job summary and, with `comment: true`, the PR comment. Pure: the same
// findings that become annotations and SARIF, in tables.
import type { Finding, Level } from "../engine/types.js";
import { cell, code, findingsTable, suppressedTable } from "../formatters/markdown.js";
import type { LintSummary } from "../formatters/report.js";
import type { Change } from "../plan/plan.js";
import { budgetTable, type BudgetRow } from "./budget.js";

/** GitHub shows at most 1 MiB of summary per step; thousands of findings are cut, the report keeps them. */
export const MAX_TABLE_ROWS = 500;
/**
 * GitHub refuses a step's job summary past 1 MiB (1,048,576 bytes of UTF-8) and then shows none of it; 500
 * rows of long TXT values can pass that, so the summary is cut to it (fitSummary).
 */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

/**
 * `markdown` cut to at most `max` (as `size` measures), ending with `note(left)`, `left` being the size
 * left out. Whole lines are kept, so a table row, a code span or a character is never cut in half; a first
 * line too long on its own is cut between two characters. Unchanged when it fits.
 */
export function cutMarkdown(markdown: string, max: number, size: (s: string) => number, note: (left: number) => string): string {
  const total = size(markdown);
  if (total <= max) return markdown;
  const budget = max - size(note(total));
  let used = 0;
  let end = 0;
  for (const line of markdown.split(/(?<=\n)/)) {
    const n = size(line);
    if (used + n > budget) break;
    used += n;
    end += line.length;
  }
  if (end === 0) {
    for (const c of markdown) {
      const n = size(c);
      if (used + n > budget) break;
      used += n;
      end += c.length;
    }
  }
  return markdown.slice(0, end) + note(total - used);
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** The job summary, cut to what GitHub takes of one step, saying how much was left out. */
export function fitSummary(markdown: string): string {
  return cutMarkdown(markdown, MAX_SUMMARY_BYTES, utf8Bytes, (left) => `\n… (cut to fit GitHub's 1 MiB job summary: ${left.toLocaleString("en-US")} more bytes not shown; the JSON report has everything)\n`);
}

export interface ReportView {
  command: string;
  summary: LintSummary;
  findings: readonly Finding[];
  /** What the domain files' `lint:` entries silenced, each with its entry (Finding.suppression). */
  suppressed?: readonly Finding[];
  failOn: Level;
  failed: boolean;
  /** Why the run failed besides findings (a plan that could not be made), if so. */
  failure?: string | null;
  /** The plan's own Markdown (plan runs only). */
  planMarkdown?: string | null;
  changes?: number | null;
  budget: readonly BudgetRow[];
  /** One line per domain: what the DMARC aggregate reports say (dmarc-evidence.json). */
  evidence?: readonly string[];
  /** How many annotations of each kind the step made (the Action's run), to say when GitHub shows fewer. */
  annotations?: Readonly<Record<"error" | "warning" | "notice", number>>;
}

/**
 * GitHub shows at most this many annotations of each kind (error, warning, notice) per step, the first ones
 * made, and 50 per job; the others are dropped without a word (actions/toolkit docs/problem-matchers.md,
 * "Limitations"). The summary says so when a step made more.
 */
export const ANNOTATIONS_SHOWN_PER_KIND = 10;

function annotationsDropped(made: NonNullable<ReportView["annotations"]>): string | null {
  const over = (["error", "warning", "notice"] as const).filter((kind) => made[kind] > ANNOTATIONS_SHOWN_PER_KIND);
  if (over.length === 0) return null;
  const named = over.map((kind) => `${made[kind].toLocaleString("en-US")} ${kind}`);
  const counts = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")} and ${named.at(-1)!}`;
  return `This step made ${counts} annotations; GitHub marks only the first ${ANNOTATIONS_SHOWN_PER_KIND} of each kind on the files (and 50 per job), so some findings above have no mark on their line.`;
}

/** The plan's changes, one row per RRset, values before and after (cut like the findings table). */
export function planTable(changes: readonly Change[], maxRows = MAX_TABLE_ROWS): string {
  if (changes.length === 0) return "No changes: live DNS matches the domain files.\n";
  const ttl = (c: Change) => (c.action === "update" && c.beforeTtl !== c.ttl ? `${c.beforeTtl ?? "?"} → ${c.ttl ?? "?"}` : String(c.ttl ?? "?"));
  const values = (list: readonly string[]) => list.map(code).join("<br>");
  const rows = changes.slice(0, maxRows).map((c) => `| ${c.action} | ${cell(c.name)} | ${c.type} | ${ttl(c)} | ${values(c.before)} | ${values(c.after)} |`);
  const more = changes.length > maxRows ? [`… and ${changes.length - maxRows} more changes (see the JSON report).`, ""] : [];
  return ["| Action | Name | Type | TTL | Before | After |", "| --- | --- | --- | --- | --- | --- |", ...rows, "", ...more].join("\n");
}

const AT_OR_ABOVE: Record<Level, string> = { error: "errors", warn: "warnings or errors", info: "any finding" };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function reportMarkdown(view: ReportView, maxRows = MAX_TABLE_ROWS): string {
  const { files, domains, errors, warnings, infos } = view.summary;
  const verdict = view.failed ? "❌ failed" : "✅ passed";
  const suppressed = view.suppressed ?? [];
  const parts = [
    `## maildns ${view.command}: ${verdict}`,
    "",
    `${plural(files, "file")}, ${plural(domains, "domain")}: **${plural(errors, "error")}**, ${plural(warnings, "warning")}, ${infos} info` +
      (view.changes !== undefined && view.changes !== null ? `; ${plural(view.changes, "change")} pending` : "") +
      (suppressed.length > 0 ? `; ${plural(suppressed.length, "finding")} suppressed (listed below)` : "") +
      `. The check fails on ${AT_OR_ABOVE[view.failOn]}.`,
    "",
  ];
  if (view.failure) parts.push(`> [!CAUTION]`, `> ${cell(view.failure)}`, "");
  if (view.planMarkdown !== undefined && view.planMarkdown !== null) parts.push("### Plan", "", view.planMarkdown.trimEnd(), "");
  parts.push("### Findings", "");
  const shown = view.findings.slice(0, maxRows);
  parts.push(findingsTable(shown).trimEnd(), "");
  if (view.findings.length > shown.length) parts.push(`… and ${view.findings.length - shown.length} more findings (see the annotations, the SARIF file or the JSON report).`, "");
  const dropped = view.annotations ? annotationsDropped(view.annotations) : null;
  if (dropped) parts.push(dropped, "");
  if (suppressed.length > 0) {
    // A pull request can add a `lint:` entry (with any reason) and turn its check green: the reviewer sees
    // here what it silenced, and why, without reading the YAML diff.
    parts.push(
      "### Suppressed findings",
      "",
      `${plural(suppressed.length, "finding")} silenced by \`lint:\` entries in the domain files: not counted above, and they fail nothing. Check each reason.`,
      "",
      suppressedTable(suppressed.slice(0, maxRows)).trimEnd(),
      "",
    );
    if (suppressed.length > maxRows) parts.push(`… and ${suppressed.length - maxRows} more suppressed findings.`, "");
  }
  if (view.evidence && view.evidence.length > 0) {
    parts.push("### DMARC evidence", "", ...view.evidence.slice(0, maxRows).map((line) => `- ${cell(line)}`), "");
    if (view.evidence.length > maxRows) parts.push(`… and ${view.evidence.length - maxRows} more domains.`, "");
  }
  parts.push("### SPF lookup budget", "", budgetTable(view.budget.slice(0, maxRows)).trimEnd(), "");
  if (view.budget.length > maxRows) parts.push(`… and ${view.budget.length - maxRows} more domains.`, "");
  return `${parts.join("\n")}\n`;
}
