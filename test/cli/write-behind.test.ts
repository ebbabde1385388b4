// The import's file writer: every file written with its text, in either mode (here, or on the helper
// thread for a large import), and a file that cannot be written reported by name and reason while the
// others are still written.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fileWriter } from "../../src/cli/write-behind.js";
import { tempTree } from "../helpers/tmp.js";

const MODES = [
  { name: "on the helper thread", minFiles: 0 },
  { name: "here (too few files for a thread)", minFiles: 1_000_000 },
];

describe.each(MODES)("fileWriter $name", ({ minFiles }) => {
  test("writes every file with its text, overwriting one that exists; nothing is reported", async () => {
    const out = join(tempTree({ "out/f3.yaml": "old\n" }), "out");
    const writer = fileWriter(100, { minFiles });
    try {
      // More than one batch, and a count that does not fill the last one.
      for (let i = 0; i < 100; i++) writer.write(join(out, `f${i}.yaml`), `file ${i}: é\n`);
      expect([...(await writer.finish())]).toEqual([]);
    } finally {
      writer.close();
    }
    expect(readdirSync(out)).toHaveLength(100);
    for (let i = 0; i < 100; i++) expect(readFileSync(join(out, `f${i}.yaml`), "utf8")).toBe(`file ${i}: é\n`);
  });

  test("a path that is a folder fails with EISDIR and one in a missing folder with ENOENT; the files around them are written", async () => {
    const out = join(tempTree({ "out/keep.txt": "" }), "out");
    mkdirSync(join(out, "f5.yaml"));
    const writer = fileWriter(70, { minFiles });
    try {
      for (let i = 0; i < 70; i++) writer.write(join(out, i === 40 ? "missing/f40.yaml" : `f${i}.yaml`), `${i}\n`);
      expect([...(await writer.finish())]).toEqual([
        [join(out, "f5.yaml"), "EISDIR"],
        [join(out, "missing/f40.yaml"), "ENOENT"],
      ]);
    } finally {
      writer.close();
    }
    for (const i of [0, 4, 6, 39, 41, 69]) expect(readFileSync(join(out, `f${i}.yaml`), "utf8")).toBe(`${i}\n`);
  });

  test("a link at the name is followed: the file it names is replaced with its permission bits, the link stays; a link to nothing is replaced", async () => {
    const root = tempTree({ "out/kept.yaml": "plain\n", "elsewhere/named.yaml": "linked\n" });
    const out = join(root, "out");
    chmodSync(join(out, "kept.yaml"), 0o640);
    chmodSync(join(root, "elsewhere/named.yaml"), 0o600);
    symlinkSync(join(root, "elsewhere/named.yaml"), join(out, "linked.yaml"));
    symlinkSync(join(root, "elsewhere/gone.yaml"), join(out, "dangling.yaml"));
    const writer = fileWriter(3, { minFiles });
    try {
      for (const name of ["kept", "linked", "dangling"]) writer.write(join(out, `${name}.yaml`), `${name} anew\n`);
      expect([...(await writer.finish())]).toEqual([]);
    } finally {
      writer.close();
    }
    expect(readFileSync(join(out, "kept.yaml"), "utf8")).toBe("kept anew\n");
    expect(statSync(join(out, "kept.yaml")).mode & 0o7777).toBe(0o640);
    expect(readlinkSync(join(out, "linked.yaml"))).toBe(join(root, "elsewhere/named.yaml"));
    expect(readFileSync(join(root, "elsewhere/named.yaml"), "utf8")).toBe("linked anew\n");
    expect(statSync(join(root, "elsewhere/named.yaml")).mode & 0o7777).toBe(0o600);
    expect(lstatSync(join(out, "dangling.yaml")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, "dangling.yaml"), "utf8")).toBe("dangling anew\n");
    // Nothing is left beside the files: no file aside survives a write.
    expect(readdirSync(out).sort()).toEqual(["dangling.yaml", "kept.yaml", "linked.yaml"]);
    expect(readdirSync(join(root, "elsewhere"))).toEqual(["named.yaml"]);
  });

  test("made with replace false, it leaves a file at the name as it is (EEXIST) and writes the names that are free", async () => {
    const out = join(tempTree({ "out/f1.yaml": "theirs\n" }), "out");
    const writer = fileWriter(3, { minFiles, replace: false });
    try {
      for (let i = 0; i < 3; i++) writer.write(join(out, `f${i}.yaml`), `${i}\n`);
      expect([...(await writer.finish())]).toEqual([[join(out, "f1.yaml"), "EEXIST"]]);
    } finally {
      writer.close();
    }
    expect(readdirSync(out).sort()).toEqual(["f0.yaml", "f1.yaml", "f2.yaml"]);
    expect(["f0.yaml", "f1.yaml", "f2.yaml"].map((name) => readFileSync(join(out, name), "utf8"))).toEqual(["0\n", "theirs\n", "2\n"]);
  });

  test("made with followLinks false, a symbolic link at a name is replaced by the file, and the file it named is left as it is", async () => {
    const root = tempTree({ "out/f0.yaml": "old\n", "elsewhere/f1.yaml": "outside\n" });
    const out = join(root, "out");
    symlinkSync(join(root, "elsewhere/f1.yaml"), join(out, "f1.yaml"));
    const writer = fileWriter(3, { minFiles, replace: true, followLinks: false });
    try {
      for (let i = 0; i < 3; i++) writer.write(join(out, `f${i}.yaml`), `${i}\n`);
      expect([...(await writer.finish())]).toEqual([]);
    } finally {
      writer.close();
    }
    expect(readFileSync(join(root, "elsewhere/f1.yaml"), "utf8")).toBe("outside\n");
    expect(lstatSync(join(out, "f1.yaml")).isFile()).toBe(true);
    expect(["f0.yaml", "f1.yaml", "f2.yaml"].map((name) => readFileSync(join(out, name), "utf8"))).toEqual(["0\n", "1\n", "2\n"]);
  });
});
