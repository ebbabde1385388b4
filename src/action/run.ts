// The Action: inputs → the library (lint, plan or audit) → annotations, outputs, report files, job summary
// and the PR comment. Decisions (rules, levels, plans) stay in the library; this only translates.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { PolicyError } from "../config/policy.js";
import { UsageError } from "../cli/command.js";
import { toolVersion } from "../cli/version.js";
import type { Finding, Level } from "../engine/types.js";
import { annotation } from "../formatters/github.js";
import { findingsJson } from "../formatters/json.js";
import type { FindingsReport } from "../formatters/report.js";
import { formatSarif } from "../formatters/sarif.js";
import { allRules } from "../rules/index.js";
import { spfBudget } from "./budget.js";
import { commentBody, pullRequestTarget, upsertComment } from "./comment.js";
import { commandOutcome, type CommandOutcome } from "./commands.js";
import { InputError, parseInputs, type ActionInputs } from "./inputs.js";
import { workflowCommand, type Runner } from "./runner.js";
import { reportMarkdown } from "./summary.js";

const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Findings name files relative to the working directory; annotations and code scanning want them relative
 * to the repository root (GITHUB_WORKSPACE), so `working-directory: infra` gives `infra/stacks/...`.
 */
export function relocate(findings: readonly Finding[], cwd: string, workspace: string): Finding[] {
  const toPosix = (p: string) => p.split(sep).join("/");
  return findings.map((f) => {
    if (!f.file) return f;
    const absolute = isAbsolute(f.file) ? f.file : resolve(cwd, f.file);
    const fromRoot = relative(workspace, absolute);
    return fromRoot.startsWith("..") || isAbsolute(fromRoot) ? f : { ...f, file: toPosix(fromRoot) };
  });
}

function reportPath(env: Runner["env"], command: string): string {
  const step = (env.GITHUB_ACTION ?? "").replace(/[^A-Za-z0-9_.-]/g, "_") || String(process.pid);
  return join(env.RUNNER_TEMP || tmpdir(), `maildns-${command}-${step}.json`);
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, "utf8");
}

async function comment(runner: Runner, inputs: ActionInputs, markdown: string): Promise<void> {
  const env = runner.env;
  let payload: unknown = null;
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    payload = null;
  }
  const target = pullRequestTarget(env, payload);
  if (!target) {
    runner.log(`comment: skipped, ${env.GITHUB_EVENT_NAME ?? "this event"} is not a pull request`);
    return;
  }
  if (!inputs.githubToken) {
    runner.warning("comment: no github-token, so no pull request comment");
    return;
  }
  const result = await upsertComment({ apiUrl: env.GITHUB_API_URL || "https://api.github.com", token: inputs.githubToken, target, body: commentBody(markdown) });
  if (result.outcome === "failed") runner.warning(`comment: could not write the pull request comment: ${result.reason}`);
  else runner.log(`comment: ${result.outcome} comment ${result.id} on #${target.number}`);
}

async function publish(runner: Runner, inputs: ActionInputs, outcome: CommandOutcome): Promise<void> {
  const findings = relocate(outcome.findings, inputs.cwd, inputs.workspace);
  for (const finding of findings) runner.log(annotation(finding));
  const { errors, warnings, infos } = outcome.summary;
  const { files, domains } = outcome.summary;
  const counts = [plural(files, "file"), ", ", plural(domains, "domain"), ": ", plural(errors, "error"), ", ", plural(warnings, "warning"), `, ${infos} info`];
  if (outcome.changes !== null) counts.push(", ", plural(outcome.changes, "change"));
  runner.log(`maildns ${inputs.command}: ${counts.join("")}`);

  const report: FindingsReport = { findings, summary: outcome.summary, rules: allRules, toolVersion: toolVersion() };
  const path = reportPath(runner.env, inputs.command);
  // lint and audit: the `--format json` findings contract; plan: the `maildns plan --format json` contract.
  const json = outcome.planJson === null ? findingsJson(report) : { ...(outcome.planJson as object), findings: findingsJson(report).findings };
  writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
  if (inputs.sarifFile) writeFile(resolve(inputs.cwd, inputs.sarifFile), formatSarif(report));

  const failedOnFindings = findings.some((f) => RANK[f.level] >= RANK[inputs.failOn]);
  const failed = failedOnFindings || outcome.failure !== null;
  runner.setOutput("errors", errors);
  runner.setOutput("warnings", warnings);
  runner.setOutput("infos", infos);
  runner.setOutput("changes", outcome.changes ?? 0);
  runner.setOutput("report", path);

  if (inputs.summary || inputs.comment) {
    const markdown = reportMarkdown({
      command: inputs.command,
      summary: outcome.summary,
      findings,
      failOn: inputs.failOn,
      failed,
      failure: outcome.failure,
      planMarkdown: outcome.planMarkdown,
      changes: outcome.changes,
      budget: spfBudget(outcome.domains, outcome.published ?? undefined, outcome.recursive ?? undefined),
    });
    if (inputs.summary) runner.appendSummary(markdown);
    if (inputs.comment) await comment(runner, inputs, markdown);
  }

  if (outcome.failure !== null) runner.fail(`maildns ${inputs.command}: ${outcome.failure}`);
  else if (failedOnFindings) {
    const count = findings.filter((f) => RANK[f.level] >= RANK[inputs.failOn]).length;
    runner.fail(`maildns ${inputs.command}: ${count} finding${count === 1 ? "" : "s"} at or above ${inputs.failOn} (fail-on)`);
  }
}

/** Runs the Action; the outcome is in what `runner` received (annotations, outputs, failure). */
export async function runAction(runner: Runner): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = parseInputs(runner.env);
  } catch (error) {
    runner.fail(`maildns: ${(error as Error).message}`);
    return;
  }
  try {
    const outcome = await commandOutcome(inputs);
    await publish(runner, inputs, outcome);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || error instanceof PolicyError) {
      runner.fail(`maildns ${inputs.command}: ${error.message}`);
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    runner.fail(`maildns ${inputs.command}: internal error: ${detail}`);
    if (runner.env.RUNNER_DEBUG === "1" && error instanceof Error && error.stack) runner.log(workflowCommand("debug", error.stack));
  }
}
