// The Action: inputs → the library (lint, plan or audit) → annotations, outputs, report files, job summary
// and the PR comment, all through the toolkit (@actions/core; @actions/github for the comment). Decisions
// (rules, levels, plans) stay in the library; this only translates.
import * as core from "@actions/core";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { PolicyError } from "../engine/policy.js";
import { UsageError } from "../engine/usage-error.js";
import { toolVersion } from "../config/version.js";
import { writeFileWhole } from "../config/write-whole.js";
import type { Finding, Level } from "../engine/types.js";
import { capFindings, omittedSentence } from "../formatters/cap.js";
import { findingsJson } from "../formatters/json.js";
import type { FindingsReport } from "../formatters/report.js";
import { formatSarif } from "../formatters/sarif.js";
import { allRules } from "../rules/index.js";
import { describeRemovedZone } from "../plan/removed-zones.js";
import { spfBudget } from "./budget.js";
import { commandOutcome, type CommandOutcome } from "./commands.js";
import { InputError, parseInputs, stillNotKept, type ActionInputs, type Env } from "./inputs.js";
import { fitSummary, reportMarkdown } from "./summary.js";
import { isInside } from "./workspace.js";
import { messageLines, oneLine, reportJson } from "../model/show.js";

const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Findings name files relative to the working directory; annotations and code scanning want them relative
 * to the repository root (GITHUB_WORKSPACE), so `working-directory: infra` gives `infra/stacks/...`.
 */
export function relocate(findings: readonly Finding[], cwd: string, workspace: string): Finding[] {
  return findings.map((f) => {
    if (!f.file) return f;
    const file = fromRoot(f.file, cwd, workspace);
    return file === f.file ? f : { ...f, file };
  });
}

/** A file named relative to `cwd`, named relative to the workspace instead (unchanged when outside it). */
export function fromRoot(file: string, cwd: string, workspace: string): string {
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  return isInside(workspace, absolute) ? relative(workspace, absolute).split(sep).join("/") : file;
}

/**
 * The toolkit's annotation for a finding: at its file, lines and (on one line only, as the toolkit
 * requires) columns, titled with the rule id. Findings about live records name the record in the message.
 */
type AnnotationKind = "error" | "warning" | "notice";

export function annotationOf(f: Finding): { kind: AnnotationKind; message: string; properties: core.AnnotationProperties } {
  const kind = f.level === "error" ? "error" : f.level === "warn" ? "warning" : "notice";
  const properties: core.AnnotationProperties = { title: f.ruleId };
  if (f.file) {
    Object.assign(properties, { file: f.file, startLine: f.line, endLine: f.endLine });
    if (f.endLine === f.line) Object.assign(properties, { startColumn: f.column, endColumn: f.endColumn });
  }
  // The message as the text report shows it (oneLine): a value it quotes may hold bidirectional controls,
  // which would show the annotation's words in another order than they are (Trojan Source, CVE-2021-42574),
  // or terminal escapes. The file property stays as it is: it must name the file.
  return { kind, message: oneLine(f.file ? f.message : `${f.name ?? f.domain}: ${f.message}`), properties };
}

function reportPath(env: Env, command: string): string {
  const step = (env.GITHUB_ACTION ?? "").replace(/[^A-Za-z0-9_.-]/g, "_") || String(process.pid);
  const name = `maildns-${command}-${step}.json`;
  // RUNNER_TEMP is the job's own folder. Outside a runner (the Action run by hand), the shared temporary
  // folder is anyone's: a name there could be taken, or be a link put there in advance, so the report goes
  // into a new folder of its own (mkdtemp: a random name, created by this run, owner-only).
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, name);
  return join(mkdtempSync(join(tmpdir(), "maildns-report-")), name);
}

/** Written whole (beside, then renamed): a step reading the report or the SARIF file never sees half of it. */
function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileWhole(path, text);
}

async function comment(inputs: ActionInputs, env: Env, markdown: string): Promise<void> {
  // Loaded only when asked for: the GitHub client is most of the bundle's start-up.
  const { commentBody, commentMarker, pullRequestTarget, retryUnitMs, upsertComment } = await import("./comment.js");
  let payload: unknown = null;
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    payload = null;
  }
  const target = pullRequestTarget(payload, env.GITHUB_REPOSITORY);
  if (!target) {
    core.info(`comment: skipped, ${env.GITHUB_EVENT_NAME ?? "this event"} is not a pull request`);
    return;
  }
  // A local runner may hand over action.yml's default expression unexpanded.
  if (!inputs.githubToken || inputs.githubToken.startsWith("${{")) {
    core.warning("comment: no github-token, so no pull request comment");
    return;
  }
  const marker = commentMarker(inputs.commentMarker);
  const result = await upsertComment({
    token: inputs.githubToken,
    target,
    marker,
    body: commentBody(markdown, marker),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    // Seconds unless the Action's own tests shorten them (see retryUnitMs).
    retryAfterUnitMs: retryUnitMs(env.MAILDNS_GITHUB_RETRY_UNIT_MS),
    onRetry: (what) => core.info(`comment: ${what}`),
    ...(inputs.commentAuthor !== null ? { authorWhenUnknown: inputs.commentAuthor } : {}),
  });
  if (result.outcome === "failed") core.warning(`comment: could not write the pull request comment: ${result.reason}`);
  else core.info(`comment: ${result.outcome} comment ${result.id} on #${target.number}`);
}

async function publish(inputs: ActionInputs, env: Env, outcome: CommandOutcome): Promise<void> {
  const findings = relocate(outcome.findings, inputs.cwd, inputs.workspace);
  const suppressed = relocate(outcome.suppressed, inputs.cwd, inputs.workspace);
  const failing = findings.filter((f) => RANK[f.level] >= RANK[inputs.failOn]).length;
  const failed = failing > 0 || outcome.failure !== null;
  // The step's own failure line, before any finding: it is an error annotation too, and GitHub marks only
  // the first ANNOTATIONS_SHOWN_PER_KIND of each kind per step, so after ten error findings a line made last
  // was dropped from the check's annotations, the one saying why the step failed. What fails is known
  // before anything is published (the findings, and why the command failed besides them).
  if (outcome.failure !== null) core.setFailed(`maildns ${inputs.command}: ${messageLines(outcome.failure)}`);
  else if (failing > 0) core.setFailed(`maildns ${inputs.command}: ${failing} finding${failing === 1 ? "" : "s"} at or above ${inputs.failOn} (fail-on)`);
  const made: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const annotate = (kind: AnnotationKind, message: string, properties: core.AnnotationProperties) => {
    made[kind]++;
    core[kind](message, properties);
  };
  // A zone a domain file's removal empties: said on the file that declared it (or the adoption file), so the
  // annotations show what the merge deletes whatever the gates say. First: GitHub shows only the first few
  // warnings of a step (ANNOTATIONS_SHOWN_PER_KIND), and findings could otherwise push these out.
  for (const zone of outcome.removedZones) {
    const file = zone.deletedFiles[0] ?? zone.adoptionFile;
    annotate("warning", oneLine(`${zone.zone}: ${describeRemovedZone(zone)}`), { title: "removed-zone", ...(file ? { file: fromRoot(file, inputs.cwd, inputs.workspace) } : {}) });
  }
  // Capped as every report is (formatters/cap.ts: per file and per run, the most severe first): a 190 KB
  // domain file of 20,000 unknown keys printed 20,000 annotation lines (4.8 MB of log), of which GitHub
  // shows ten. The counts, the outputs, the report, the summary and fail-on still see every finding.
  const { shown, omitted } = capFindings(findings);
  for (const finding of shown) {
    const { kind, message, properties } = annotationOf(finding);
    annotate(kind, message, properties);
  }
  if (omitted > 0) annotate("notice", omittedSentence(omitted), { title: "maildns" });
  const { errors, warnings, infos } = outcome.summary;
  const { files, domains } = outcome.summary;
  const counts = [plural(files, "file"), ", ", plural(domains, "domain"), ": ", plural(errors, "error"), ", ", plural(warnings, "warning"), `, ${infos} info`];
  if (outcome.changes !== null) counts.push(", ", plural(outcome.changes, "change"));
  core.info(`maildns ${inputs.command}: ${counts.join("")}`);

  const report: FindingsReport = { findings, summary: outcome.summary, rules: allRules, toolVersion: toolVersion() };
  const path = reportPath(env, inputs.command);
  // lint and audit: the `--format json` findings contract; plan: the `maildns plan --format json` contract.
  const json = outcome.planJson === null ? findingsJson(report) : { ...(outcome.planJson as object), findings: findingsJson(report).findings };
  writeFile(path, `${reportJson(json)}\n`);
  if (inputs.sarifFile) {
    const sites = new Map([...outcome.sites].map(([domain, site]) => [domain, { ...site, file: fromRoot(site.file, inputs.cwd, inputs.workspace) }]));
    const sarif = resolve(inputs.cwd, inputs.sarifFile);
    const text = formatSarif(report, { sites, suppressed });
    // Checked when the inputs were read, the name is looked at again just before the SARIF is renamed onto
    // it, as --output's is: a file the project keeps that appeared there during the run stays.
    if (inputs.sarifJudged) stillNotKept("sarif-file", inputs.sarifFile, sarif, inputs.cwd, inputs.sarifJudged, "the SARIF");
    writeFile(sarif, text);
  }

  core.setOutput("errors", errors);
  core.setOutput("warnings", warnings);
  core.setOutput("infos", infos);
  core.setOutput("changes", outcome.changes ?? 0);
  core.setOutput("report", path);

  if (inputs.summary || inputs.comment) {
    const markdown = reportMarkdown({
      command: inputs.command,
      summary: outcome.summary,
      findings,
      suppressed,
      failOn: inputs.failOn,
      failed,
      failure: outcome.failure,
      planMarkdown: outcome.planMarkdown,
      changes: outcome.changes,
      budget: spfBudget(outcome.domains, outcome.published ?? undefined, outcome.recursive ?? undefined),
      evidence: outcome.evidence,
      // The step's own failure line is one more error annotation.
      annotations: { ...made, error: made.error + (failed ? 1 : 0) },
    });
    if (inputs.summary) {
      // Outside a runner (a local try-out) there is no summary file to append to.
      // No end of line added: the Markdown ends with one, and a summary cut to GitHub's limit must stay within it.
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(fitSummary(markdown)).write();
      else core.info("summary: skipped, GITHUB_STEP_SUMMARY is not set");
    }
    if (inputs.comment) await comment(inputs, env, markdown);
  }
}

/**
 * Runs the Action with the runner's inputs and environment; the result is in what the toolkit received
 * (annotations, outputs, summary, failure). Never throws: every error is a failed step with a sentence.
 */
export async function run(): Promise<void> {
  const env: Env = process.env;
  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => core.getInput(name), env);
  } catch (error) {
    core.setFailed(`maildns: ${messageLines((error as Error).message)}`);
    return;
  }
  try {
    const outcome = await commandOutcome(inputs);
    await publish(inputs, env, outcome);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || error instanceof PolicyError) {
      core.setFailed(`maildns ${inputs.command}: ${messageLines(error.message)}`);
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    core.setFailed(`maildns ${inputs.command}: internal error: ${messageLines(detail)}`);
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
  }
}
