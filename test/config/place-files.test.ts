// Files put in place together, all or nothing (`maildns init`): a file that another program makes at one
// of their names after they were written aside and before they are put in place is never replaced unless
// the caller allows it, and then nothing at all is left of this call, beside that file or elsewhere.
import * as fs from "node:fs";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { placeStaged, stageFiles, type FileToPlace } from "../../src/config/place-files.js";
import { linkWhole } from "../../src/config/write-whole.js";
import { tempTree } from "../helpers/tmp.js";

/** Not text: read back octet for octet, a file left as it was is exactly so. */
const THEIRS = Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x41, 0xc3]);

/** This process's file system, but for link(2), refused as the kernel refuses it on FAT. */
const noLinks: typeof fs = {
  ...fs,
  linkSync: () => {
    throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" });
  },
};

/** Every name under `dir`, folders with a trailing slash. */
function tree(dir: string, under = ""): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? [`${under}${e.name}/`, ...tree(dir, `${under}${e.name}/`)] : [`${under}${e.name}`]))
    .sort();
}

/** What `placeStaged` threw, or undefined. */
function failureOf(run: () => void): (Error & { code?: string; path?: string }) | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as Error & { code?: string; path?: string };
  }
}

describe("placing files all or nothing", () => {
  const three = (dir: string, replace: boolean): FileToPlace[] => [
    { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\n", replace },
    { path: join(dir, "stacks/Pulumi.prod.yaml"), text: "config: {}\n", replace },
    { path: join(dir, "package.json"), text: "{}\n", replace },
  ];

  it("a file made at the first name after staging is left as it is, and nothing else is written", () => {
    const dir = tempTree({ "README.md": "ours\n" });
    const files = three(dir, false);
    const staged = stageFiles(files);
    writeFileSync(files[0]!.path, THEIRS);
    const failure = failureOf(() => placeStaged(staged));
    expect(failure?.code).toBe("EEXIST");
    expect(failure?.path).toBe(files[0]!.path);
    expect(failure?.message).toContain(files[0]!.path);
    expect(readFileSync(files[0]!.path)).toEqual(THEIRS);
    // Nothing beside it: no other file, no file aside; the folder it is in is its maker's.
    expect(tree(dir)).toEqual(["README.md", "stacks/", "stacks/prod/", "stacks/prod/a.example.yaml"]);
  });

  it("a file made at the second name: the first, already in place, is removed again, with the folders made for it", () => {
    const dir = tempTree({ "README.md": "ours\n" });
    const files = three(dir, false);
    const staged = stageFiles(files);
    // In the order given, the domain file is put in place before this name is tried.
    writeFileSync(files[1]!.path, THEIRS);
    const failure = failureOf(() => placeStaged(staged));
    expect(failure?.code).toBe("EEXIST");
    expect(failure?.path).toBe(files[1]!.path);
    expect(readFileSync(files[1]!.path)).toEqual(THEIRS);
    expect(tree(dir)).toEqual(["README.md", "stacks/", "stacks/Pulumi.prod.yaml"]);
  });

  it("a file that may be replaced is replaced (rename), and every other file is put in place", () => {
    const dir = tempTree({});
    const files = three(dir, true);
    const staged = stageFiles(files);
    writeFileSync(files[1]!.path, THEIRS);
    placeStaged(staged);
    for (const file of files) expect(readFileSync(file.path, "utf8")).toBe(file.text);
    expect(tree(dir)).toEqual(["package.json", "stacks/", "stacks/Pulumi.prod.yaml", "stacks/prod/", "stacks/prod/a.example.yaml"]);
  });

  it("a file that may not be replaced stops the call before any file is replaced: the file that was there stays", () => {
    // --force: the stack config is overwritten, package.json never; package.json appears meanwhile.
    const dir = tempTree({ "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: strict\n" });
    const files = three(dir, true).map((f) => (f.path.endsWith("package.json") ? { ...f, replace: false } : f));
    const staged = stageFiles(files);
    writeFileSync(join(dir, "package.json"), THEIRS);
    const failure = failureOf(() => placeStaged(staged));
    expect(failure?.code).toBe("EEXIST");
    expect(failure?.path).toBe(join(dir, "package.json"));
    expect(readFileSync(join(dir, "package.json"))).toEqual(THEIRS);
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toBe("config:\n  maildns:policy: strict\n");
    expect(tree(dir)).toEqual(["package.json", "stacks/", "stacks/Pulumi.prod.yaml"]);
  });

  it("any other failure in placing removes the files already in place too, and throws the system's error", () => {
    const dir = tempTree({ "README.md": "ours\n" });
    const files = three(dir, false);
    // A folder at a name that may be replaced: rename(2) refuses it (EISDIR), after the others are in place.
    const folder = join(dir, ".github/workflows/maildns-check-prod.yml");
    const staged = stageFiles([...files, { path: folder, text: "on: pull_request\n", replace: true }]);
    mkdirSync(folder);
    const failure = failureOf(() => placeStaged(staged));
    expect(failure?.code).toBe("EISDIR");
    expect(tree(dir)).toEqual([".github/", ".github/workflows/", ".github/workflows/maildns-check-prod.yml/", "README.md"]);
  });

  it("a failure after files were replaced puts back each file replaced, the very file, and removes the new ones", () => {
    const dir = tempTree({ "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: strict\n" });
    writeFileSync(join(dir, "stacks/theirs.yaml"), THEIRS);
    const replaced = join(dir, "stacks/theirs.yaml");
    const before = statSync(replaced, { bigint: true }).ino;
    const folder = join(dir, "stacks/folder.yaml");
    const files: FileToPlace[] = [
      { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\n", replace: false },
      { path: join(dir, "stacks/Pulumi.prod.yaml"), text: "config: {}\n", replace: true },
      { path: replaced, text: "ours\n", replace: true },
      { path: folder, text: "ours\n", replace: true },
    ];
    const staged = stageFiles(files);
    mkdirSync(folder);
    const failure = failureOf(() => placeStaged(staged));
    expect(failure?.code).toBe("EISDIR");
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toBe("config:\n  maildns:policy: strict\n");
    expect(readFileSync(replaced)).toEqual(THEIRS);
    expect(statSync(replaced, { bigint: true }).ino).toBe(before);
    expect(tree(dir)).toEqual(["stacks/", "stacks/Pulumi.prod.yaml", "stacks/folder.yaml/", "stacks/theirs.yaml"]);
  });

  it("without hard links: a file that appeared stays, a file replaced is put back (from a copy), nothing is left", () => {
    const dir = tempTree({ "stacks/Pulumi.prod.yaml": "config:\n  maildns:policy: strict\n" });
    const files: FileToPlace[] = [
      { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\n", replace: false },
      { path: join(dir, "package.json"), text: "{}\n", replace: false },
      { path: join(dir, "stacks/Pulumi.prod.yaml"), text: "config: {}\n", replace: true },
    ];
    const appeared = stageFiles(files);
    writeFileSync(join(dir, "package.json"), THEIRS);
    expect(failureOf(() => placeStaged(appeared, noLinks))?.code).toBe("EEXIST");
    expect(readFileSync(join(dir, "package.json"))).toEqual(THEIRS);
    expect(tree(dir)).toEqual(["package.json", "stacks/", "stacks/Pulumi.prod.yaml"]);

    const folder = join(dir, "stacks/folder.yaml");
    const failing = stageFiles([files[0]!, files[2]!, { path: folder, text: "ours\n", replace: true }]);
    mkdirSync(folder);
    expect(failureOf(() => placeStaged(failing, noLinks))?.code).toBe("EISDIR");
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toBe("config:\n  maildns:policy: strict\n");
    expect(tree(dir)).toEqual(["package.json", "stacks/", "stacks/Pulumi.prod.yaml", "stacks/folder.yaml/"]);

    rmdirSync(folder);
    placeStaged(stageFiles([files[0]!, files[2]!]), noLinks);
    expect(readFileSync(join(dir, "stacks/Pulumi.prod.yaml"), "utf8")).toBe("config: {}\n");
    expect(tree(dir)).toEqual(["package.json", "stacks/", "stacks/Pulumi.prod.yaml", "stacks/prod/", "stacks/prod/a.example.yaml"]);
  });

  it("a failure while staging leaves nothing: no file aside, no folder made", () => {
    const dir = tempTree({ "stacks/prod": "a file where a folder is needed\n" });
    const files = [{ path: join(dir, "a/b/one.yaml"), text: "1\n", replace: false }, ...three(dir, false)];
    const failure = failureOf(() => stageFiles(files));
    expect(failure?.code).toMatch(/^(EEXIST|ENOTDIR)$/);
    expect(existsSync(join(dir, "a"))).toBe(false);
    expect(tree(dir)).toEqual(["stacks/", "stacks/prod"]);
  });
});

describe("linkWhole on a file system without hard links (link(2) refused, as on FAT)", () => {
  it("takes a free name and puts the whole file there", () => {
    const dir = tempTree({ ".a.yaml.x.tmp": "whole\n" });
    linkWhole(noLinks, join(dir, ".a.yaml.x.tmp"), join(dir, "a.yaml"));
    expect(tree(dir)).toEqual(["a.yaml"]);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("whole\n");
  });

  it("leaves a taken name as it is (EEXIST)", () => {
    const dir = tempTree({ ".a.yaml.x.tmp": "whole\n" });
    writeFileSync(join(dir, "a.yaml"), THEIRS);
    expect(failureOf(() => linkWhole(noLinks, join(dir, ".a.yaml.x.tmp"), join(dir, "a.yaml")))?.code).toBe("EEXIST");
    expect(readFileSync(join(dir, "a.yaml"))).toEqual(THEIRS);
  });

  it("a rename that fails after the name was taken leaves no empty file at it", () => {
    const dir = tempTree({ "README.md": "ours\n" });
    // The file aside is gone (removed by someone else): the rename fails with ENOENT.
    expect(failureOf(() => linkWhole(noLinks, join(dir, ".a.yaml.x.tmp"), join(dir, "a.yaml")))?.code).toBe("ENOENT");
    expect(tree(dir)).toEqual(["README.md"]);
  });
});
