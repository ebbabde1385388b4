// Files put in place together, all or nothing (`maildns init`): a file that another program makes at one
// of their names after they were written aside and before they are put in place is never replaced unless
// the caller allows it, and then nothing at all is left of this call, beside that file or elsewhere.
import * as fs from "node:fs";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { notAFile, placeStaged, stageFiles, type FileToPlace } from "../../src/config/place-files.js";
import { linkWhole } from "../../src/config/write-whole.js";
import { tempTree } from "../helpers/tmp.js";
import { folderState } from "../helpers/tree.js";

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

describe("a file that may be replaced is replaced the way every whole write replaces one", () => {
  const bits = (path: string) => statSync(path).mode & 0o7777;
  /** What folderState says of bits a new file or folder gets (the umask's). */
  const octal = (mode: number) => (mode & ~process.umask()).toString(8).padStart(4, "0");

  it("keeps the permission bits of the file it replaces; a new file gets the umask's", () => {
    const dir = tempTree({ "stacks/prod/a.example.yaml": "domain: a.example\n", "stacks/Pulumi.prod.yaml": "config: {}\n" });
    chmodSync(join(dir, "stacks/prod/a.example.yaml"), 0o600);
    chmodSync(join(dir, "stacks/Pulumi.prod.yaml"), 0o640);
    const files: FileToPlace[] = [
      { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\nmx: ovh\n", replace: true },
      { path: join(dir, "stacks/Pulumi.prod.yaml"), text: "config:\n  maildns:policy: ovh\n", replace: true },
      { path: join(dir, "stacks/new.yaml"), text: "new\n", replace: true },
      { path: join(dir, "package.json"), text: "{}\n", replace: false },
    ];
    placeStaged(stageFiles(files));
    for (const file of files) expect(readFileSync(file.path, "utf8")).toBe(file.text);
    expect(bits(join(dir, "stacks/prod/a.example.yaml"))).toBe(0o600);
    expect(bits(join(dir, "stacks/Pulumi.prod.yaml"))).toBe(0o640);
    const umask = process.umask();
    expect(bits(join(dir, "stacks/new.yaml"))).toBe(0o666 & ~umask);
    expect(bits(join(dir, "package.json"))).toBe(0o666 & ~umask);
  });

  it("follows a symbolic link at the name: the file it names is replaced, with that file's bits, and the link stays", () => {
    const dir = tempTree({ "elsewhere/a.example.yaml": "domain: a.example\n", "stacks/prod/README.md": "ours\n" });
    chmodSync(join(dir, "elsewhere/a.example.yaml"), 0o600);
    symlinkSync("../../elsewhere/a.example.yaml", join(dir, "stacks/prod/a.example.yaml"));
    placeStaged(stageFiles([{ path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\nmx: ovh\n", replace: true }]));
    expect(folderState(dir)).toEqual({
      "elsewhere/": `folder ${octal(0o777)}`,
      "elsewhere/a.example.yaml": "file 0600 domain: a.example\nmx: ovh\n",
      "stacks/": `folder ${octal(0o777)}`,
      "stacks/prod/": `folder ${octal(0o777)}`,
      "stacks/prod/README.md": `file ${octal(0o666)} ours\n`,
      "stacks/prod/a.example.yaml": "link -> ../../elsewhere/a.example.yaml",
    });
  });

  it("a failure after a link's file was replaced puts that very file back, and the link stays", () => {
    const dir = tempTree({ "elsewhere/a.example.yaml": "domain: a.example\n", "stacks/prod/README.md": "ours\n" });
    chmodSync(join(dir, "elsewhere/a.example.yaml"), 0o600);
    const inode = statSync(join(dir, "elsewhere/a.example.yaml"), { bigint: true }).ino;
    symlinkSync("../../elsewhere/a.example.yaml", join(dir, "stacks/prod/a.example.yaml"));
    const before = folderState(dir);
    const folder = join(dir, "stacks/folder.yaml");
    const staged = stageFiles([
      { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\nmx: ovh\n", replace: true },
      { path: folder, text: "ours\n", replace: true },
    ]);
    mkdirSync(folder);
    expect(failureOf(() => placeStaged(staged))?.code).toBe("EISDIR");
    expect(statSync(join(dir, "elsewhere/a.example.yaml"), { bigint: true }).ino).toBe(inode);
    rmdirSync(folder);
    expect(folderState(dir)).toEqual(before);
  });

  it("a symbolic link to nothing at the name is replaced by the file, and put back on a failure", () => {
    const dir = tempTree({ "stacks/prod/README.md": "ours\n" });
    symlinkSync("../../missing/a.example.yaml", join(dir, "stacks/prod/a.example.yaml"));
    const file: FileToPlace = { path: join(dir, "stacks/prod/a.example.yaml"), text: "domain: a.example\n", replace: true };
    const folder = join(dir, "stacks/folder.yaml");
    const failing = stageFiles([file, { path: folder, text: "ours\n", replace: true }]);
    mkdirSync(folder);
    expect(failureOf(() => placeStaged(failing))?.code).toBe("EISDIR");
    rmdirSync(folder);
    expect(readlinkSync(file.path)).toBe("../../missing/a.example.yaml");
    expect(tree(dir)).toEqual(["stacks/", "stacks/prod/", "stacks/prod/README.md", "stacks/prod/a.example.yaml"]);

    placeStaged(stageFiles([file]));
    expect(lstatSync(file.path).isFile()).toBe(true);
    expect(readFileSync(file.path, "utf8")).toBe(file.text);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});

describe("notAFile: what at a name cannot stand for a file put there", () => {
  it("names a folder, a FIFO and a link to either; nothing, a file, a link to a file or to nothing pass", () => {
    const dir = tempTree({ "file.yaml": "ours\n", "folder/notes.txt": "ours\n" });
    execFileSync("mkfifo", [join(dir, "fifo.yaml")]);
    const links: Record<string, string> = { "to-file": "file.yaml", "to-folder": "folder", "to-fifo": "fifo.yaml", "to-nothing": "missing.yaml", loop: "loop" };
    for (const [name, target] of Object.entries(links)) symlinkSync(target, join(dir, name));
    const kinds = Object.fromEntries(["missing.yaml", "file.yaml", "folder", "fifo.yaml", ...Object.keys(links)].map((name) => [name, notAFile(join(dir, name))]));
    expect(kinds).toEqual({
      "missing.yaml": undefined,
      "file.yaml": undefined,
      folder: "a folder",
      "fifo.yaml": "a FIFO (named pipe)",
      "to-file": undefined,
      "to-folder": "a link to a folder",
      "to-fifo": "a link to a FIFO (named pipe)",
      "to-nothing": undefined,
      loop: undefined,
    });
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
