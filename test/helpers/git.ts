// A real git repository in a temporary folder, driven by the `git` command as a user drives it: commits
// with a fixed author, so a test can make a base and a head and hand the base to `plan --base`.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** No global or system configuration: the repository behaves the same on every machine. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "maildns tests",
  GIT_AUTHOR_EMAIL: "tests@example.invalid",
  GIT_COMMITTER_NAME: "maildns tests",
  GIT_COMMITTER_EMAIL: "tests@example.invalid",
  GIT_TERMINAL_PROMPT: "0",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Makes `cwd` a repository on branch main, commits what it holds, and returns that commit. */
export function gitInit(cwd: string): string {
  git(cwd, "init", "-q", "-b", "main");
  return gitCommitAll(cwd, "base");
}

/** Stages every change (deletions too) and commits; returns the new commit. */
export function gitCommitAll(cwd: string, message: string): string {
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--allow-empty", "-m", message);
  return git(cwd, "rev-parse", "HEAD");
}

export function writeIn(cwd: string, path: string, text: string): void {
  mkdirSync(dirname(join(cwd, path)), { recursive: true });
  writeFileSync(join(cwd, path), text);
}

export function removeIn(cwd: string, path: string): void {
  rmSync(join(cwd, path));
}
