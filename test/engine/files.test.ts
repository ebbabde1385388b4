// Finding domain files (src/engine/files.ts): symbolic links to folders are followed like links to files,
// each folder walked once by its real path, each file found once, and a deep chain of links stays bounded
// and is reported, never skipped in silence.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDomainFiles } from "../../src/engine/files.js";
import { MAX_FOLDER_DEPTH } from "../../src/engine/unreadable.js";
import { tempTree } from "../helpers/tmp.js";

const shown = (refs: ReturnType<typeof findDomainFiles>) => refs.map((r) => (r.problem ? `${r.display} !${r.problem.messageId}` : r.display));

describe("findDomainFiles and symbolic links to folders", () => {
  it("follows a link to a folder outside the path given: its files are found under the link", () => {
    const root = tempTree({ "stacks/prod/a.example.yaml": "", "common/b.example.yaml": "", "common/deeper/c.example.yaml": "" });
    symlinkSync("../../common", join(root, "stacks/prod/shared"));
    expect(shown(findDomainFiles(["stacks/prod"], root))).toEqual(["stacks/prod/a.example.yaml", "stacks/prod/shared/b.example.yaml", "stacks/prod/shared/deeper/c.example.yaml"]);
  });

  it("walks a folder once: a link back to an ancestor or to itself adds nothing, and ends", () => {
    const root = tempTree({ "stacks/prod/a.example.yaml": "", "stacks/prod/sub/b.example.yaml": "" });
    symlinkSync("..", join(root, "stacks/prod/sub/up"));
    symlinkSync(".", join(root, "stacks/prod/self"));
    symlinkSync(root, join(root, "stacks/prod/sub/root"));
    expect(shown(findDomainFiles(["stacks/prod"], root))).toEqual(["stacks/prod/a.example.yaml", "stacks/prod/sub/b.example.yaml"]);
  });

  it("finds a file once when two links, or a link and the folder itself, lead to it; the folder's own path first", () => {
    const root = tempTree({ "stacks/p/a.example.yaml": "", "stacks/q/x.example.yaml": "", "common/b.example.yaml": "" });
    symlinkSync("../../common", join(root, "stacks/p/shared"));
    symlinkSync("../../common", join(root, "stacks/q/shared"));
    // Both links lead to common/: it is shown under the first link in order, whatever order readdir gives.
    expect(shown(findDomainFiles(["stacks/q", "stacks/p"], root))).toEqual(["stacks/p/a.example.yaml", "stacks/p/shared/b.example.yaml", "stacks/q/x.example.yaml"]);
    // Given too, common/ is walked as itself before any link to it.
    expect(shown(findDomainFiles(["stacks", "common"], root))).toEqual(["common/b.example.yaml", "stacks/p/a.example.yaml", "stacks/q/x.example.yaml"]);
    // A folder given through a link and as itself: one walk, under the path without the link.
    expect(shown(findDomainFiles(["stacks/p/shared", "common"], root))).toEqual(["common/b.example.yaml"]);
  });

  it("finds a file once when a link beside it leads to it", () => {
    const root = tempTree({ "stack/a.example.yaml": "" });
    symlinkSync("a.example.yaml", join(root, "stack/z.example.yaml"));
    symlinkSync("a.example.yaml", join(root, "stack/0.example.yaml"));
    expect(shown(findDomainFiles(["stack"], root))).toEqual(["stack/a.example.yaml"]);
  });

  it("a link named like a domain file that leads to a folder is that folder", () => {
    const root = tempTree({ "stack/a.example.yaml": "", "elsewhere/b.example.yaml": "" });
    symlinkSync("../elsewhere", join(root, "stack/zz.yaml"));
    expect(shown(findDomainFiles(["stack"], root))).toEqual(["stack/a.example.yaml", "stack/zz.yaml/b.example.yaml"]);
  });

  it("a chain of links deeper than the bound stops there, and the folder it stops at is reported", () => {
    const root = tempTree({ "stack/s.example.yaml": "" });
    const chain = MAX_FOLDER_DEPTH + 4;
    for (let i = 1; i <= chain; i++) {
      mkdirSync(join(root, `chain/c${i}`), { recursive: true });
      writeFileSync(join(root, `chain/c${i}/d${i}.example.yaml`), "");
    }
    symlinkSync("../chain/c1", join(root, "stack/next"));
    for (let i = 1; i < chain; i++) symlinkSync(`../c${i + 1}`, join(root, `chain/c${i}/next`));
    const refs = shown(findDomainFiles(["stack"], root));
    const via = (n: number) => `stack/${Array.from({ length: n }, () => "next").join("/")}`;
    // Folders at depths 1 to MAX_FOLDER_DEPTH are read; the next one is reported, and nothing below it read.
    expect(refs).toEqual([
      "stack/s.example.yaml",
      ...Array.from({ length: MAX_FOLDER_DEPTH }, (_, i) => `${via(i + 1)}/d${i + 1}.example.yaml`),
      `${via(MAX_FOLDER_DEPTH + 1)} !tooDeep`,
    ].sort());
  });

  it("a path given that does not exist is a usage error", () => {
    const root = tempTree({ "stack/a.example.yaml": "" });
    expect(() => findDomainFiles(["nowhere"], root)).toThrow("nowhere: no such file or directory (give domain files or folders, e.g. stacks/)");
  });

  it("a link to / is walked no further than the bound on entries: a usage error naming the folder given and what to do", () => {
    const root = tempTree({ "stack/a.example.yaml": "" });
    symlinkSync("/", join(root, "stack/everything"));
    expect(() => findDomainFiles(["stack"], root, 2_000)).toThrow(
      "stack: more than 2,000 entries below it (through symbolic links to folders too), so maildns stopped looking for domain files there before any DNS work: give a narrower path (the stack folder itself), or replace a link in it that leads far outside the stack (to / or a home folder) with the folder it means",
    );
  });

  it("the bound counts the entries of every folder walked, links to folders included, and a stack within it is found whole", () => {
    const root = tempTree({ "stack/a.example.yaml": "", "stack/sub/b.example.yaml": "", "common/c.example.yaml": "", "common/d.example.yaml": "" });
    symlinkSync("../common", join(root, "stack/common"));
    // stack: a.example.yaml, sub, common (3); stack/sub: 1; common: 2 — six entries in all.
    expect(shown(findDomainFiles(["stack"], root, 6))).toEqual(["stack/a.example.yaml", "stack/common/c.example.yaml", "stack/common/d.example.yaml", "stack/sub/b.example.yaml"]);
    expect(() => findDomainFiles(["stack"], root, 5)).toThrow(/^stack: more than 5 entries below it/);
  });
});
