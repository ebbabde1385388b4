// Runs the bundled Action (dist/action.js) as a subprocess the way the runner does: INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP, an event payload.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { removeWhenDone } from "../helpers/tmp.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const actionPath = join(repoRoot, "dist", "action.js");

/** `npm test` builds dist/ first (pretest); a run of this folder alone builds the bundle when it is missing. */
export function ensureBundle(): void {
  if (existsSync(actionPath)) return;
  const build = spawnSync(process.execPath, [join(repoRoot, ".ci", "build.mjs")], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

/**
 * Every input's default from action.yml as the runner sets it (INPUT_<NAME>); expressions such as
 * `${{ github.token }}` are the runner's to expand, so they are left empty here.
 */
export function actionDefaults(): Record<string, string> {
  const action = yaml.load(readFileSync(join(repoRoot, "action.yml"), "utf8")) as { inputs: Record<string, { default?: unknown }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default === undefined ? "" : String(input.default);
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value.startsWith("${{") ? "" : value;
  }
  return env;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Outputs parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
  runnerTemp: string;
}

/** Parses the `name<<delimiter` blocks of a GITHUB_OUTPUT file (and rejects anything else in it). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === "" && i === lines.length - 1) break;
    const match = /^([A-Za-z0-9_-]+)<<(.+)$/.exec(line);
    if (!match) throw new Error(`unexpected line in GITHUB_OUTPUT: ${line}`);
    const [, name, delimiter] = match;
    const value: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
    if (i >= lines.length) throw new Error(`output ${name}: delimiter never closed`);
    outputs[name!] = value.join("\n");
    i++;
  }
  return outputs;
}

/** A temporary folder for one Action run or workspace, removed when done (see removeWhenDone). */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "maildns-action-"));
  removeWhenDone(dir);
  return dir;
}

export interface RunOptions {
  workspace?: string;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs the Action with these inputs (names as in action.yml); asynchronous, so a local server can answer. */
export function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const runnerTemp = scratchDir();
  const outputFile = join(runnerTemp, "output.txt");
  const summaryFile = join(runnerTemp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace ?? repoRoot,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: "acme/mail-dns",
    GITHUB_ACTION: "maildns",
    RUNNER_TEMP: runnerTemp,
    // The action.yml defaults, as the runner passes them.
    ...actionDefaults(),
    ...options.env,
  };
  if (options.event) {
    const eventPath = join(runnerTemp, "event.json");
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_NAME = options.event.name;
    env.GITHUB_EVENT_PATH = eventPath;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionPath], { cwd: options.workspace ?? repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 15_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({
        status,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
        outputFile,
        summary: readFileSync(summaryFile, "utf8"),
        runnerTemp,
      });
    });
  });
}
