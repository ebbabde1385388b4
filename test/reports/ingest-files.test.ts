import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { fileAbsolute, fileDisplay, reportFiles } from "../../src/reports/ingest.js";
import { tempTree } from "../helpers/tmp.js";

describe("the files an ingest reads", () => {
  const root = tempTree({
    "inbox/b.xml": "",
    "inbox/b/a.xml": "",
    "inbox/b.c/z.xml": "",
    "inbox/a/deep/one.xml": "",
    "inbox/.hidden.xml": "",
    "inbox/.cache/two.xml": "",
    "inbox/ä.xml": "",
    "inbox/Z.xml": "",
    "single.xml.gz": "",
  });

  it("lists every file under the folders, in code point order of the paths shown, hidden entries skipped", () => {
    const { files, problems } = reportFiles(["inbox"], root);
    expect(problems).toEqual([]);
    // "/" (U+002F) sorts after "." (U+002E): inbox/b.c/z.xml and inbox/b.xml come before inbox/b/a.xml.
    expect(files.map(fileDisplay)).toEqual(["inbox/Z.xml", "inbox/a/deep/one.xml", "inbox/b.c/z.xml", "inbox/b.xml", "inbox/b/a.xml", "inbox/ä.xml"]);
    expect(files.map(fileAbsolute)).toEqual(files.map((f) => join(root, fileDisplay(f))));
  });

  it("reads a file named twice (by itself and in its folder, or the same path twice) once", () => {
    const { files } = reportFiles(["inbox/b", "inbox/b/a.xml", "single.xml.gz", "./single.xml.gz", "inbox/b/"], root);
    expect(files.map(fileDisplay)).toEqual(["inbox/b/a.xml", "single.xml.gz"]);
  });

  it("shows paths outside the working folder in full, and names a missing path", () => {
    const { files, problems } = reportFiles([join(root, "inbox", "b"), "nowhere"], join(root, "inbox", "a"));
    expect(files.map(fileDisplay)).toEqual([join(root, "inbox", "b", "a.xml")]);
    expect(problems).toEqual([{ source: "nowhere", message: "no such file or folder" }]);
  });

  it("shows the working folder's own files by name", () => {
    const { files } = reportFiles(["."], join(root, "inbox", "b"));
    expect(files.map(fileDisplay)).toEqual(["a.xml"]);
  });
});
