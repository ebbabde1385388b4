// The import's file writer: every file written with its text, in either mode (here, or on the helper
// thread for a large import), and a file that cannot be written reported by name and reason while the
// others are still written.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
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
});
