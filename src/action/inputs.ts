// The Action's inputs (action.yml), read and checked before anything runs: a wrong value stops the step
// with a sentence naming the input and the values it accepts.
import { isAbsolute, resolve } from "node:path";
import type { Level } from "../engine/types.js";
import { readInput, type Env } from "./runner.js";

export const ACTION_COMMANDS = ["lint", "plan", "audit"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export const FAIL_LEVELS = ["error", "warn", "info"] as const;

export interface ActionInputs {
  command: ActionCommand;
  paths: string[];
  policy: string | null;
  failOn: Level;
  resolver: string | null;
  zone: string | null;
  sarifFile: string | null;
  summary: boolean;
  comment: boolean;
  githubToken: string;
  /** Absolute folder the paths are relative to. */
  cwd: string;
  /** The repository checkout (GITHUB_WORKSPACE): file names in annotations and SARIF are relative to it. */
  workspace: string;
  today: string | null;
}

export class InputError extends Error {
  override name = "InputError";
}

function choice<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = readInput(env, name);
  if (value === "") return fallback;
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found) return found;
  throw new InputError(`input '${name}' must be one of ${allowed.join(", ")} (got '${value}'), e.g. \`${name}: ${allowed[0]}\``);
}

/** YAML 1.2 core schema booleans, as the toolkit's getBooleanInput accepts them. */
function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = readInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${value}')`);
}

function optional(env: Env, name: string): string | null {
  const value = readInput(env, name);
  return value === "" ? null : value;
}

/** `paths` may list several, one per line, or separated by spaces or commas. */
export function splitPaths(value: string): string[] {
  return value.split(/[\s,]+/).filter((p) => p !== "");
}

export function parseInputs(env: Env, processCwd: string = process.cwd()): ActionInputs {
  const command = choice(env, "command", ACTION_COMMANDS, "lint");
  const failOn = choice(env, "fail-on", FAIL_LEVELS, "error");
  const workspace = resolve(processCwd, env.GITHUB_WORKSPACE || ".");
  const workingDirectory = readInput(env, "working-directory");
  const cwd = workingDirectory === "" ? workspace : isAbsolute(workingDirectory) ? workingDirectory : resolve(workspace, workingDirectory);
  const paths = splitPaths(readInput(env, "paths"));
  const today = optional(env, "today");
  if (today !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))) {
    throw new InputError(`input 'today' must be a date like 2026-11-23 (got '${today}')`);
  }
  return {
    command,
    paths: paths.length ? paths : ["stacks"],
    policy: optional(env, "policy"),
    failOn,
    resolver: optional(env, "resolver"),
    zone: optional(env, "zone"),
    sarifFile: optional(env, "sarif-file"),
    summary: flag(env, "summary", true),
    comment: flag(env, "comment", false),
    githubToken: readInput(env, "github-token"),
    cwd,
    workspace,
    today,
  };
}
