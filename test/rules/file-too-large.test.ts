import { describe, expect, it } from "vitest";
import { lintPaths } from "../../src/index.js";
import { tempTree } from "../helpers/tmp.js";

describe("file-too-large", () => {
  const root = tempTree({
    "big/example.com.yaml": `domain: example.com\n# ${"x".repeat(1024 * 1024)}\n`,
    "small/example.com.yaml": "domain: example.com\n",
  });

  it("reports a file over 1 MiB at 1:1 without reading it", async () => {
    const result = await lintPaths(["big"], { cwd: root, today: "2026-11-23" });
    expect(result.findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.column])).toEqual([["file-too-large", "error", "big/example.com.yaml", 1, 1]]);
    expect(result.findings[0]!.data).toMatchObject({ max: 1048576 });
  });

  it("accepts a small file", async () => {
    const result = await lintPaths(["small"], { cwd: root, today: "2026-11-23", policy: "rfc" });
    expect(result.findings.filter((f) => f.ruleId === "file-too-large")).toEqual([]);
  });
});
