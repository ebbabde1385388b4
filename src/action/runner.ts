// The GitHub Actions runner protocol, written out so the bundle needs no @actions/* package: inputs come in
// as INPUT_<NAME> variables, outputs and the job summary are appended to the files the runner names in
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and everything else is a workflow command on stdout
// (docs.github.com "Workflow commands for GitHub Actions").
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { escapeData, escapeProperty } from "../formatters/github.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** The runner's variable for an input: spaces become underscores, hyphens stay (`fail-on` → INPUT_FAIL-ON). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** An input's value, trimmed; "" when the workflow did not set it and action.yml gives no default. */
export function readInput(env: Env, name: string): string {
  return (env[inputVariable(name)] ?? "").trim();
}

/**
 * One output in the file-command syntax `name<<delimiter`, value, delimiter. The delimiter is random so no
 * value can end the block early and smuggle in another output.
 */
export function outputBlock(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: value contains its delimiter`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export type AnnotationKind = "error" | "warning" | "notice";

/** A workflow command such as `::warning::message` (properties, when any, escaped the runner's way). */
export function workflowCommand(command: string, message: string, properties: Readonly<Record<string, string | number>> = {}): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/** What the Action does to the outside world; the real one writes to the runner, tests may record. */
export interface Runner {
  env: Env;
  /** A line on the log (workflow commands included). */
  log(line: string): void;
  setOutput(name: string, value: string | number): void;
  appendSummary(markdown: string): void;
  warning(message: string): void;
  /** Marks the step failed: `::error::message` and exit code 1. */
  fail(message: string): void;
  readonly failed: boolean;
}

export function processRunner(env: Env = process.env, write: (text: string) => void = (text) => process.stdout.write(text)): Runner {
  let failed = false;
  const append = (variable: string, text: string) => {
    const file = env[variable];
    if (!file) return false;
    appendFileSync(file, text, "utf8");
    return true;
  };
  const runner: Runner = {
    env,
    log: (line) => write(`${line}\n`),
    setOutput(name, value) {
      // Outside a runner (a local try-out) there is nowhere to put outputs: say them on the log instead.
      if (!append("GITHUB_OUTPUT", outputBlock(name, String(value)))) runner.log(`output ${name}=${value}`);
    },
    appendSummary(markdown) {
      append("GITHUB_STEP_SUMMARY", markdown.endsWith("\n") ? markdown : `${markdown}\n`);
    },
    warning: (message) => runner.log(workflowCommand("warning", message)),
    fail(message) {
      failed = true;
      runner.log(workflowCommand("error", message));
      process.exitCode = 1;
    },
    get failed() {
      return failed;
    },
  };
  return runner;
}
