// Where lint and plan look for stack folders (engine/stack-aliases.ts stackFolderCandidates): the paths given
// that are folders, then the folders one level below, by name; a link counts as what it leads to.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stackFolderCandidates } from "../../src/engine/stack-aliases.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "maildns-stack-candidates-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("stackFolderCandidates", () => {
  it("lists the folders below a path by name, follows links to folders, and leaves out files, hidden entries and dangling links", () => {
    const stacks = join(root, "stacks");
    mkdirSync(join(stacks, "prod"), { recursive: true });
    mkdirSync(join(stacks, "dev"));
    mkdirSync(join(stacks, ".git"));
    mkdirSync(join(root, "elsewhere"));
    writeFileSync(join(stacks, "example.com.yaml"), "domain: example.com\n");
    writeFileSync(join(stacks, "Pulumi.prod.yaml"), "config: {}\n");
    symlinkSync(join(stacks, "prod"), join(stacks, "current"));
    symlinkSync(join(root, "elsewhere"), join(stacks, "b-linked"));
    symlinkSync(join(stacks, "example.com.yaml"), join(stacks, "a-file-link"));
    symlinkSync(join(root, "nowhere"), join(stacks, "dangling"));
    expect(stackFolderCandidates(["stacks"], root)).toEqual([stacks, join(stacks, "b-linked"), join(stacks, "current"), join(stacks, "dev"), join(stacks, "prod")]);
  });

  it("skips a path that is a file or is missing, and lists a folder given twice twice", () => {
    mkdirSync(join(root, "stack"));
    writeFileSync(join(root, "one.yaml"), "domain: example.com\n");
    expect(stackFolderCandidates(["one.yaml", "missing", "stack", "stack"], root)).toEqual([join(root, "stack"), join(root, "stack")]);
  });
});
