// The base commit is read from the checkout's own repository, never from a folder of the change that looks
// like one: a pull request can commit a folder holding HEAD, config, objects/ and refs/, which git's own
// search takes for a bare repository, and whose config runs commands (core.sshCommand when fetching,
// core.fsmonitor when reading the index).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trackedByGit } from "../../src/action/committed.js";
import { openGitBase, repositoryOf } from "../../src/plan/git-base.js";
import { gitCommitAll, gitInit, writeIn } from "../helpers/git.js";
import { tempTree } from "../helpers/tmp.js";

/** A repository whose second commit makes `folder` look like a bare repository whose config touches `marker`. */
function repositoryWithFakeBare(folder: string, marker: string): { repo: string; base: string } {
  const repo = tempTree({ [`${folder}/stacks/prod/a.yaml`]: "domain: example.com\n" });
  const base = gitInit(repo);
  writeIn(repo, `${folder}/HEAD`, "ref: refs/heads/main\n");
  writeIn(
    repo,
    `${folder}/config`,
    `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ..\n\tfsmonitor = "touch ${marker}; false"\n\tsshCommand = "touch ${marker}; false"\n[remote "origin"]\n\turl = ssh://git.invalid/x\n`,
  );
  writeIn(repo, `${folder}/objects/info/keep`, "");
  writeIn(repo, `${folder}/refs/heads/keep`, "");
  // A shallow clone is what makes plan fetch the base it lacks.
  writeIn(repo, `${folder}/shallow`, `${"0".repeat(40)}\n`);
  gitCommitAll(repo, "a folder that looks like a bare repository");
  return { repo, base };
}

describe("a folder of the change that looks like a bare repository", () => {
  it("plan's base (working-directory inside it): its config runs nothing, and the checkout's repository is the one read", () => {
    const marker = join(tempTree({}), "ran");
    const { repo, base } = repositoryWithFakeBare("infra", marker);
    const missing = openGitBase("1".repeat(40), join(repo, "infra"), { fetchMissing: true });
    expect(existsSync(marker)).toBe(false);
    expect(missing.problem).toMatch(/^the base 1{40} is not a commit of this repository/);
    const found = openGitBase(base, join(repo, "infra"), { fetchMissing: true });
    expect(existsSync(marker)).toBe(false);
    expect([found.problem, found.short]).toEqual([null, base.slice(0, 12)]);
    expect(found.hadFile(join(repo, "infra/stacks/prod/a.yaml"))).toBe(true);
    expect(repositoryOf(join(repo, "infra/stacks"))).toBe(repositoryOf(repo));
  });

  it("the Action's check of a committed cache (the cache in such a folder): its config runs nothing, and the answer is the checkout's", () => {
    const marker = join(tempTree({}), "ran");
    const { repo } = repositoryWithFakeBare(".maildns", marker);
    writeIn(repo, ".maildns/lint-cache", "");
    expect(trackedByGit(join(repo, ".maildns/lint-cache"))).toBe(false);
    expect(existsSync(marker)).toBe(false);
    expect(trackedByGit(join(repo, ".maildns/config"))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });
});
