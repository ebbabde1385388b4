import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { tempTree } from "./tmp.js";

// The suite shares modules between test files and a folder made inside a test cannot be removed by an
// afterAll registered there: these tests prove that temporary folders do not outlive their use.
describe("temporary folders", () => {
  const atCollection = tempTree({ "a.txt": "made while the file is collected" });
  let inHook = "";
  let inTest = "";
  beforeAll(() => {
    inHook = tempTree({ "b.txt": "made in a beforeAll hook" });
  });

  it("a folder made in a test exists during that test", () => {
    inTest = tempTree({ "c.txt": "made in a test" });
    expect(existsSync(`${inTest}/c.txt`)).toBe(true);
  });

  it("is removed once that test has finished", () => {
    expect(inTest).not.toBe("");
    expect(existsSync(inTest)).toBe(false);
  });

  it("folders made outside a test stay for the whole file", () => {
    expect(existsSync(`${atCollection}/a.txt`)).toBe(true);
    expect(existsSync(`${inHook}/b.txt`)).toBe(true);
  });
});
