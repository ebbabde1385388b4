// A repository made by `maildns init` whose pull request deletes a domain file, for the Action's tests: real
// git commits (the base and the pull request's head), zone files in place of live DNS.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { expect } from "vitest";
import { runCli } from "../helpers/cli.js";
import { git, gitCommitAll, gitInit } from "../helpers/git.js";
import { copiesOfFolder } from "../helpers/tmp.js";
import { repoRoot, scratchDir } from "./run-action.js";

export const TODAY = "2026-11-23";

/** The `with:` of the check workflow's plan step, as `maildns init` wrote it, and its checkout step. */
export function checkWorkflow(repo: string): { checkout: { uses?: string; with?: Record<string, unknown> }; plan: Record<string, string> } {
  const workflow = yaml.load(readFileSync(join(repo, ".github/workflows/maildns-check-prod.yml"), "utf8")) as { jobs: { maildns: { steps: { uses?: string; with?: Record<string, unknown> }[] } } };
  const steps = workflow.jobs.maildns.steps;
  const plan = steps.find((s) => s.with?.command === "plan")!;
  return { checkout: steps[0]!, plan: Object.fromEntries(Object.entries(plan.with!).map(([k, v]) => [k, String(v)])) };
}

/**
 * `maildns init clean.example` (stack prod), a second domain file (shop.example, whose own plan trips no
 * gate) and the zones beside them (the plan reads them instead of live DNS), committed: the pull request's
 * base. Then the pull request deletes clean.example's file.
 */
export function initRepository(): { repo: string; base: string; head: string } {
  const repo = scratchDir();
  const init = runCli(["init", "clean.example", "--offer", "mx-plan", "--today", TODAY], { cwd: repo });
  expect(init.status, init.stderr).toBe(0);
  cpSync(join(repoRoot, "test/action/fixtures/plan/stacks/shop.example.yaml"), join(repo, "stacks/prod/shop.example.yaml"));
  cpSync(join(repoRoot, "test/action/fixtures/plan/zones"), join(repo, "zones"), { recursive: true });
  cpSync(join(repoRoot, "test/fixtures/zones/clean.example.zone"), join(repo, "zones/clean.example.zone"));
  const base = gitInit(repo);
  git(repo, "checkout", "-q", "-b", "drop-clean");
  git(repo, "rm", "-q", "stacks/prod/clean.example.yaml");
  const head = gitCommitAll(repo, "clean.example moves to another host");
  return { repo, base, head };
}

/** One repository initRepository made for the test file, copied for each caller (copyOfInitRepository). */
const initRepositories = copiesOfFolder((dir) => {
  const { repo, base, head } = initRepository();
  cpSync(repo, dir, { recursive: true });
  return { base, head };
});

/**
 * A copy (.git and all) of one repository initRepository made for the test file: the same base and head
 * commits, without running `maildns init` and git again for each test that needs the repository afresh.
 */
export function copyOfInitRepository(): { repo: string; base: string; head: string } {
  const { dir, made } = initRepositories();
  return { repo: dir, ...made };
}

export const pullRequest = (base: string, head: string) => ({ name: "pull_request", payload: { number: 7, pull_request: { number: 7, base: { sha: base, ref: "main" }, head: { sha: head, ref: "drop-clean" } } } });
